"""`tipgraph export`: every format parses back to the same graph; the dataset description; Akoma Ntoso out."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from lxml import etree
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, VOID

from tipgraph import __version__, export
from tipgraph.akn_writer import write_akn
from tipgraph.cli import main
from tipgraph.namespaces import ELI, OA, TIP
from tipgraph.pipeline import build_one, build_store
from tipgraph.store import REFERENCE_GRAPH, open_store

from .conftest import ROOT, SEED, akn_fixture

SCHEMA = ROOT.parent / "shared" / "schemas" / "akomantoso30.xsd"


@pytest.fixture(scope="module")
def store():
    return build_store([SEED, akn_fixture("en"), akn_fixture("zh")], open_store(None))


def _graph(statements) -> Graph:
    return Graph().parse(data=ox.serialize(statements, format=ox.RdfFormat.N_TRIPLES), format="nt")


def _same(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"only in the export: {sorted(only_a)[:5]}\nonly in the source: {sorted(only_b)[:5]}")


@pytest.mark.parametrize(("fmt", "parser"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("xml", "xml")])
def test_graph_formats_parse_back_to_the_same_graph(store, fmt, parser):
    data = export.export(store, fmt)
    _same(Graph().parse(data=data, format=parser), _graph(export.merged(export.dataset(store))))
    assert export.export(store, fmt) == data, "the same store gives the same bytes"


@pytest.mark.parametrize(("fmt", "parser"), [("nq", "nquads"), ("trig", "trig")])
def test_dataset_formats_keep_a_named_graph_per_expression(store, fmt, parser):
    parsed = Dataset()
    parsed.parse(data=export.export(store, fmt), format=parser)
    quads = export.dataset(store)
    names = sorted({q.graph_name.value for q in quads})
    assert len(names) == 3 and REFERENCE_GRAPH.value not in names
    assert sorted(str(g.identifier) for g in parsed.graphs() if len(g)) == names
    for name in names:
        _same(parsed.graph(URIRef(name)), _graph([q.triple for q in quads if q.graph_name.value == name]))
    with_reference = export.export(store, fmt, reference=True)
    assert REFERENCE_GRAPH.value.encode() in with_reference and len(with_reference) > len(export.export(store, fmt))


def test_jsonld_reads_like_a_resolution(store):
    doc = json.loads(export.export(store, "jsonld"))
    assert doc["@context"] == export.context()
    framed = [n for n in doc["@graph"] if "eli:is_realized_by" in n]
    assert len(framed) == 2  # the seed and 76/186 (one work, two expressions)
    work = next(n for n in framed if n["@id"].endswith("76-186"))
    assert {e["dct:language"] for e in work["eli:is_realized_by"]} == {"en", "zh"}
    paragraphs = work["hasParagraph"]
    assert len(paragraphs) > 40 and all("text" in p and "number" in p for p in paragraphs)


def test_the_description_counts_what_the_graph_holds(store):
    g = Graph().parse(data=export.description(store, "2026-01-01T00:00:00+00:00"), format="turtle")
    ds = URIRef(export.DATASET)
    assert "United Nations" in str(g.value(ds, DCTERMS.rights))
    merged = _graph(export.merged(export.dataset(store)))
    assert g.value(ds, VOID.triples).toPython() == len(merged)
    partitions = {
        g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython() for p in g.objects(ds, VOID.classPartition)
    }
    assert partitions[TIP.Directive] == len(set(merged.subjects(RDF.type, TIP.Directive)))
    assert partitions[TIP.Expression] == 3
    subsets = set(g.objects(ds, VOID.subset))
    assert len(subsets) == 3 and all(g.value(s, DCTERMS.source) for s in subsets)
    assert all(g.value(s, PROV.generatedAtTime).toPython().year >= 2026 for s in subsets)  # when each was stored
    readers = {str(g.value(g.value(s, PROV.wasGeneratedBy), RDFS.label)) for s in subsets}
    assert readers == {f"tipgraph {__version__} reader akn", f"tipgraph {__version__} reader text-zh"}


def _without_provenance(graph: Graph) -> Graph:
    """The graph of the work: no annotations, extraction, expression or source file, nor the markup's eIds."""
    expressions = set(graph.subjects(RDF.type, TIP.Expression)) | set(graph.subjects(RDF.type, TIP.Manifestation))
    dropped = set(graph.subjects(RDF.type, OA.Annotation)) | set(graph.subjects(RDF.type, TIP.ExtractionActivity))
    dropped |= {o for a in set(graph.subjects(RDF.type, OA.Annotation)) for o in graph.objects(a, OA.hasTarget)}
    dropped |= {o for t in set(dropped) for o in graph.objects(t, OA.hasSelector)}
    out = Graph()
    for s, p, o in graph:
        if s not in dropped | expressions and p != ELI.id_local and o not in expressions:
            out.add((s, p, o))
    return out


@pytest.mark.skipif(not SCHEMA.is_file(), reason="the AKN schema is in ../shared/schemas")
def test_akn_out_is_valid_and_reads_back_into_the_same_graph(tmp_path):
    built = build_one(SEED, symbol="A/C.3/63/L.13", date="2008-10-20", check=False)
    xml = write_akn(built.doc, built.analysis, date="2008-10-20", symbol="A/C.3/63/L.13")
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    assert schema.validate(etree.fromstring(xml)), schema.error_log
    path = tmp_path / "seed.xml"
    path.write_bytes(xml)
    again = build_one(path)
    assert again.report.conforms
    assert len(again.doc.preamble) == 6 and len(again.doc.operative) == 12 and len(again.doc.footnotes) == 5
    _same(_without_provenance(again.graph), _without_provenance(built.graph))


def test_export_command(tmp_path):
    from click.testing import CliRunner

    run = CliRunner().invoke
    r = run(main, ["export", str(SEED), "--format", "akn", "-o", str(tmp_path / "x.xml")])
    assert r.exit_code == 2 and "give --date" in r.output and not (tmp_path / "x.xml").exists()
    ttl = tmp_path / "seed.ttl"
    assert run(main, ["build", str(SEED), "-o", str(ttl)]).exit_code == 0
    r = run(main, ["export", str(ttl), "-o", str(tmp_path / "seed.jsonld")])
    assert r.exit_code == 0, r.output
    assert isomorphic(Graph().parse(tmp_path / "seed.jsonld"), Graph().parse(ttl))
    r = run(main, ["export", str(ttl), "--format", "void", "-o", str(tmp_path / "void.ttl")])
    assert r.exit_code == 0 and Graph().parse(tmp_path / "void.ttl").value(URIRef(export.DATASET), VOID.triples)


def test_path_of_a_missing_input_is_refused(tmp_path):
    from click.testing import CliRunner

    r = CliRunner().invoke(main, ["export", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "x.ttl")])
    assert r.exit_code == 2
