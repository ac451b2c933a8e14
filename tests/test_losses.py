"""Loss checks: a paragraph lost by the reader or by the graph builder is found and named."""

from __future__ import annotations

import dataclasses

import pytest
from lxml import etree
from rdflib import Graph, Literal, URIRef

from tipgraph.akn_reader import NS, read_akn_bytes
from tipgraph.extract import analyse
from tipgraph.graph import build_graph
from tipgraph.losses import check
from tipgraph.namespaces import TIP

from .conftest import akn_fixture


def _built(doc):
    return build_graph(doc, analyse(doc))


@pytest.mark.parametrize("lang", ["en", "zh", "ar"])
def test_a_resolution_loses_nothing(lang):
    source = akn_fixture(lang).read_bytes()
    doc = read_akn_bytes(source)
    losses = check(doc, _built(doc), source)
    assert losses.complete, str(losses)
    assert losses.counts["operative"] == (len(doc.operative),) * 2 and losses.counts["footnote"][0] > 0


def _paragraph(graph: Graph, ident: str) -> URIRef:
    return next(s for s in graph.subjects(TIP.text, None) if str(s).endswith(f"/para/{ident}"))


def test_a_paragraph_missing_from_the_graph_is_named():
    source = akn_fixture("en").read_bytes()
    doc = read_akn_bytes(source)
    graph = _built(doc)
    graph.remove((_paragraph(graph, "op-3"), None, None))
    losses = check(doc, graph, source)
    assert not losses.complete
    assert "operative 3: not in the graph" in losses.missing
    assert losses.counts["operative"] == (len(doc.operative), len(doc.operative) - 1)


def test_a_paragraph_whose_text_changed_is_named():
    source = akn_fixture("fr").read_bytes()
    doc = read_akn_bytes(source)
    graph = _built(doc)
    node = _paragraph(graph, "pre-2")
    graph.set((node, TIP.text, Literal("autre chose", lang="fr")))
    losses = check(doc, graph, source)
    assert "preambular 2: its text in the graph differs from the text read" in losses.missing


def test_a_paragraph_the_reader_dropped_is_found_in_the_source():
    """The check reads the XML again: a paragraph the reader lost, and so the graph too, is named by its eId."""
    source = akn_fixture("ru").read_bytes()
    doc = read_akn_bytes(source)
    short = dataclasses.replace(doc, operative=doc.operative[:-1])
    losses = check(short, _built(short), source)
    assert not losses.complete
    (missing,) = losses.missing
    assert missing.startswith(f"paragraph {doc.operative[-1].eid} (line ") and "is not in the graph" in missing


def test_a_heading_is_listed_apart():
    root = etree.fromstring(akn_fixture("es").read_bytes())
    body = root.find(f".//{{{NS}}}mainBody")
    heading = etree.fromstring(
        f'<paragraph xmlns="{NS}" eId="para_h"><content><p>Seguimiento</p></content></paragraph>'
    )
    body.insert(len(body) - 1, heading)
    source = etree.tostring(root)
    doc = read_akn_bytes(source)
    losses = check(doc, _built(doc), source)
    assert losses.complete and len(losses.headings) == 1 and "Seguimiento" in losses.headings[0]
