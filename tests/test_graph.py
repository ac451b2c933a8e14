"""The seed's graph: golden (compared as graphs), deterministic, conforming."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from tipgraph.extract import analyse
from tipgraph.graph import build_graph
from tipgraph.validate import validate

GOLDEN = Path(__file__).parent / "golden" / "seed.ttl"


def _diff(expected: Graph, got: Graph, most: int = 40) -> str:
    _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    lines = [f"- {t}" for t in sorted(only_expected)[:most]] + [f"+ {t}" for t in sorted(only_got)[:most]]
    return f"{len(only_expected)} triple(s) missing, {len(only_got)} unexpected:\n" + "\n".join(lines)


def test_golden(seed_graph, update_golden):
    if update_golden:
        GOLDEN.write_text(seed_graph.serialize(format="longturtle"), encoding="utf-8")
    expected = Graph().parse(GOLDEN)
    assert to_isomorphic(expected) == to_isomorphic(seed_graph), _diff(expected, seed_graph)


def test_deterministic(seed_doc):
    first = build_graph(seed_doc, analyse(seed_doc)).serialize(format="longturtle")
    second = build_graph(seed_doc, analyse(seed_doc)).serialize(format="longturtle")
    assert first == second


def test_seed_conforms(seed_graph):
    report = validate(seed_graph)
    assert report.conforms, "\n".join(map(str, report.violations))


def test_symbol_and_date_supplied(seed_doc, seed_analysis):
    g = build_graph(seed_doc, seed_analysis, symbol="A/C.3/63/L.13", date="2008-10-20")
    works = set(g.subjects(predicate=None, object=None))
    assert any(str(w).endswith("/statement/resolutionDraft/unga-c3/63-l13") for w in works)
    assert validate(g).conforms


def test_every_statement_traces_to_its_text(seed_graph, seed_doc):
    """Each annotation quotes exactly the source characters its position selector names."""
    q = """
    PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?start ?end ?exact WHERE {
      ?a oa:hasTarget ?t . ?t oa:hasSelector ?p , ?q .
      ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }"""
    rows = list(seed_graph.query(q))
    assert len(rows) > 100
    for start, end, exact in rows:
        assert seed_doc.text[int(start) : int(end)] == str(exact)
