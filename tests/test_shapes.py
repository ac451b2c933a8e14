"""SHACL shapes against self-describing test files: data and the expected report in one .test.ttl.

Each expected result names its focus node and, where there is one, its path; a result with no path
stands for a node-level (or SPARQL) violation. The actual report must have exactly those pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH

from tipgraph.validate import validate

CASES = sorted((Path(__file__).parent / "shacl").glob("*.test.ttl"))


def _split(path: Path) -> tuple[Graph, bool, set]:
    whole = Graph().parse(path, format="turtle")
    report = next(whole.subjects(RDF.type, SH.ValidationReport))
    conforms = bool(whole.value(report, SH.conforms).toPython())
    expected = set()
    drop = {report}
    for result in whole.objects(report, SH.result):
        drop.add(result)
        path_ = whole.value(result, SH.resultPath)
        expected.add((whole.value(result, SH.focusNode), path_))
    data = Graph()
    for s, p, o in whole:
        if s not in drop:
            data.add((s, p, o))
    return data, conforms, expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_shape_case(case):
    data, conforms, expected = _split(case)
    report = validate(data)
    assert report.conforms == conforms, "\n".join(map(str, report.violations))
    actual = set()
    for result in report.graph.objects(None, SH.result):
        path = report.graph.value(result, SH.resultPath)
        actual.add((report.graph.value(result, SH.focusNode), path if isinstance(path, URIRef) else None))
    assert actual == expected


#: Case-file prefixes that are not a shape's name, and the shapes only reached through another (by sh:node).
ALIASES = {"preambular": "preambularparagraph", "operative": "operativeparagraph"}
REACHED_THROUGH = {"target": "annotation", "position": "annotation"}


def test_every_shape_has_a_conforming_and_a_violating_case():
    from tipgraph.refdata import shapes_graph

    shapes = {s for s in shapes_graph().subjects(RDF.type, SH.NodeShape) if not isinstance(s, BNode)}
    names = {str(s).rsplit("#", 1)[-1].removesuffix("Shape").lower() for s in shapes}
    assert len(names) >= 13
    for outcome in ("ok", "bad"):
        covered = {ALIASES.get(c.name.split("-")[0], c.name.split("-")[0]) for c in CASES if f"-{outcome}." in c.name}
        assert {REACHED_THROUGH.get(n, n) for n in names} <= covered, outcome


def test_validation_leaves_no_trace():
    """Documents are validated one after another in one graph of the reference data: each report is the one
    it would get alone, and the graph is the reference data again afterwards."""
    from tipgraph.validate import _reference

    before = set(_reference())
    cases = [_split(case) for case in CASES]
    alone = [_pairs(validate(data)) for data, _, _ in cases]
    again = [_pairs(validate(data)) for data, _, _ in reversed(cases)]
    assert again == alone[::-1]
    assert set(_reference()) == before


def _pairs(report) -> set:
    return {(v.focus, v.path, v.message) for v in report.violations}
