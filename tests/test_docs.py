"""`tipgraph docs`: every term, concept and shape documented; every internal link resolves; pages open in Chromium."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html
from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SH, SKOS

from tipgraph import docs, release
from tipgraph.refdata import ontology_graph, shapes_graph


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    written = docs.write(out)
    assert {p.name for p in written} == {"index.html", "ontology.en.html", "ontology.zh.html", "vocabularies.html",
                                         "shapes.html", "classes.svg"}  # fmt: skip
    return out


def _page(site: Path, name: str):
    return html.fromstring((site / name).read_text(encoding="utf-8"))


def test_every_internal_link_resolves(site):
    checked = 0
    for page in site.glob("*.html"):
        tree = _page(site, page.name)
        for href in tree.xpath("//a/@href | //img/@src"):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue  # the IRIs of the terms and of the standards: not ours to serve here
            target = site / unquote(parts.path) if parts.path else page
            assert target.is_file(), f"{page.name}: {href}"
            if parts.fragment and target.suffix == ".html":
                assert _page(site, target.name).get_element_by_id(unquote(parts.fragment), None) is not None, href
            checked += 1
    assert checked > 300


def test_every_term_concept_and_shape_is_documented(site):
    graph = ontology_graph()
    for lang in ("en", "zh"):
        text = _page(site, f"ontology.{lang}.html").text_content()
        for name, _, _ in release.terms(graph):
            label = next(o for o in graph.objects(release.URIRef(release.ONTOLOGY + name), RDFS.label)
                         if isinstance(o, Literal) and o.language == lang)  # fmt: skip
            assert str(label) in text, (lang, name)
    vocab = _page(site, "vocabularies.html")
    ids = vocab.xpath("//@id")
    assert len(ids) == len(set(ids))
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        if (concept, SKOS.inScheme, None) in graph:
            row = vocab.get_element_by_id(docs.concept_id(concept))
            for label in graph.objects(concept, SKOS.prefLabel):
                assert str(label) in row.text_content()
    shapes = _page(site, "shapes.html").text_content()
    for message in shapes_graph().objects(None, SH.message):
        assert str(message) in shapes
    svg = (site / "classes.svg").read_text(encoding="utf-8")
    assert "tip:Directive" in svg and "tip:Instrument" in svg and "hasParagraph" in svg


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Debian's chromium is needed for the browser tests (bash .ci/run installs it)")
    return found


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("index.html", ["tipgraph documentation", "source: the United Nations", "本体（中文）"]),
        ("ontology.en.html", ["directive", "operative verb", "Object Properties"]),
        ("ontology.zh.html", ["指示", "执行动词"]),
        ("vocabularies.html", ["Operative verbs", "urges", "敦促", "الحث", "exhortation", "призыв"]),
        ("shapes.html", ["DirectiveShape", "A directive has exactly one proponent, an organization."]),
    ],
)
def test_pages_render_in_chromium(site, page, expected):
    dom = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", (site / page).as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout  # fmt: skip
    rendered = html.fromstring(dom).text_content()
    for text in expected:
        assert text in rendered, text
