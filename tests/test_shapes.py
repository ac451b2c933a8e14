"""SHACL shapes against self-describing test files: data and the expected report in one .test.ttl.

Each expected result names its focus node and, where there is one, its path; a result with no path
stands for a node-level (or SPARQL) violation. The actual report must have exactly those pairs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import RDF, SH

from tipgraph.validate import validate, validate_with_pyshacl

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
    """Documents are validated one after another in one store of the reference data: each report is the one it
    would get alone, and the store holds the reference data alone again afterwards."""
    from tipgraph.validate import _workspace

    before = len(_workspace())
    cases = [_split(case) for case in CASES]
    alone = [_pairs(validate(data)) for data, _, _ in cases]
    again = [_pairs(validate(data)) for data, _, _ in reversed(cases)]
    assert again == alone[::-1]
    assert len(_workspace()) == before


def _pairs(report) -> set:
    return {(v.focus, v.path, v.message) for v in report.violations}


def _results(report) -> set:
    """What a report says, engine apart: (focus, path, message, value) of each result; a blank-node path by its
    Turtle, the message as the shapes wrote it (pyshacl's own wording where a shape has no sh:message)."""
    g = report.graph
    found = set()
    for result in g.objects(None, SH.result):
        path = g.value(result, SH.resultPath)
        shape = g.value(result, SH.sourceShape)
        message = g.value(result, SH.resultMessage) if shapes_graph().value(shape, SH.message) else None
        if isinstance(path, BNode):
            path = tuple(sorted(str(o) for _, o in g.predicate_objects(path)))
        found.add((g.value(result, SH.focusNode), path, str(message) if message else None, g.value(result, SH.value)))
    return found


def shapes_graph():
    from tipgraph.refdata import shapes_graph

    return shapes_graph()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_compiled_shapes_agree_with_pyshacl(case):
    """The shapes compiled to SPARQL and run by Oxigraph report what pyshacl reports: the same results, values and
    messages, on every case."""
    data, _, _ = _split(case)
    ours, reference = validate(data), validate_with_pyshacl(data)
    assert ours.conforms == reference.conforms
    assert _results(ours) == _results(reference)
    assert _pairs(ours) == _pairs(reference)


@pytest.fixture(scope="module")
def document():
    """A whole resolution's graph (76/186 in English: directives, citations, treaties, votes and sponsors)."""
    from tipgraph.pipeline import build_one

    from .conftest import akn_fixture

    return build_one(akn_fixture("en"), check=False).graph


def test_compiled_shapes_agree_with_pyshacl_on_a_resolution(document):
    ours = validate(document)
    assert ours.conforms and _results(ours) == _results(validate_with_pyshacl(document)) == set()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_compiled_shapes_agree_with_pyshacl_on_damaged_resolutions(document, data):
    """The resolution with triples taken out and objects swapped at random: both engines find the same faults."""
    triples = sorted(document)
    taken = data.draw(st.sets(st.integers(0, len(triples) - 1), min_size=1, max_size=40), label="taken out")
    damaged = Graph()
    for i, triple in enumerate(triples):
        if i not in taken:
            damaged.add(triple)
    pairs = st.tuples(st.sampled_from(triples), st.sampled_from(triples))
    swaps = data.draw(st.lists(pairs, max_size=10), label="swapped")
    for (s, p, _), (_, _, o) in swaps:
        damaged.add((s, p, o))
    ours, reference = validate(damaged), validate_with_pyshacl(damaged)
    assert ours.conforms == reference.conforms
    assert _results(ours) == _results(reference)


OTHER_COMPONENTS = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetClass ex:Thing ;
  sh:xone ( [ sh:path ex:a ; sh:minCount 1 ] [ sh:path ex:b ; sh:minCount 1 ] ) ;
  sh:not [ sh:path ex:c ; sh:hasValue "forbidden" ] ;
  sh:property [ sh:path [ sh:alternativePath ( ex:a ex:b ) ] ; sh:maxCount 2 ; sh:nodeKind sh:Literal ] ;
  sh:property [ sh:path [ sh:zeroOrMorePath ex:next ] ; sh:qualifiedValueShape [ sh:class ex:End ] ;
                sh:qualifiedMaxCount 1 ] ;
  sh:property [ sh:path ex:n ; sh:maxExclusive 10 ; sh:maxLength 1 ; sh:in ( 1 2 3 "x" ) ] .
ex:T a sh:NodeShape ; sh:targetNode ex:t1 ; sh:hasValue ex:t2 .
"""
OTHER_DATA = """
@prefix ex: <http://example.org/> .
ex:ok a ex:Thing ; ex:a "1" ; ex:n 2 ; ex:next ex:e1 . ex:e1 a ex:End .
ex:both a ex:Thing ; ex:a "1" ; ex:b "2" ; ex:c "forbidden" ; ex:n 12 .
ex:none a ex:Thing ; ex:n "xy" .
ex:many a ex:Thing ; ex:a "1", "2" ; ex:b ex:iri ; ex:next ex:m1 . ex:m1 a ex:End ; ex:next ex:m2 . ex:m2 a ex:End .
ex:t1 ex:p ex:t2 .
"""


def test_compiled_components_beyond_tipgraphs_shapes_agree_with_pyshacl():
    """Components tipgraph's shapes do not use yet (xone, not, alternative and repeated paths, qualifiedMaxCount,
    value ranges, lengths, sh:in, a node's hasValue) give pyshacl's results too."""
    import pyoxigraph as ox
    from pyshacl import validate as shacl_validate

    from tipgraph.shacl import compile_shapes

    shapes = Graph().parse(data=OTHER_COMPONENTS, format="turtle")
    data = Graph().parse(data=OTHER_DATA, format="turtle")
    _, report, _ = shacl_validate(data, shacl_graph=shapes, advanced=True)
    expected = {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.sourceConstraintComponent)))
                for r in report.objects(None, SH.result)}  # fmt: skip
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    found = {(row["this"].value, str(check.component)) for check in compile_shapes(shapes)
             for row in store.query(check.query)}  # fmt: skip
    assert len(expected) == 14  # each component violated at least once
    assert found == expected


def test_what_the_compiler_does_not_translate_is_refused():
    from tipgraph.shacl import Unsupported, compile_shapes

    closed = "@prefix sh: <http://www.w3.org/ns/shacl#> . <http://e/S> sh:targetNode <http://e/x> ; sh:closed true ."
    with pytest.raises(Unsupported, match="closed"):
        compile_shapes(Graph().parse(data=closed, format="turtle"))
