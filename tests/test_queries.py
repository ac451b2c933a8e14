"""The query library of queries/: headers, expected results on the library graph, and parameters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipgraph.errors import InputError
from tipgraph.query import Embedded, example, header, parameters, queries_dir, run, with_values
from tipgraph.store import load_files, open_store

from .conftest import SEED_CITED

EXPECTED = Path(__file__).parent / "expected"
CONTRACT = {
    "instruments": "instrument, symbol, kind, organ, session, committee, agendaItem, title, lang",
    "paragraphs": "instrument, kind, number, phrase",
    "directives": "instrument, paragraph, action, addressee",
    "citations": "instrument, paragraphKind, paragraph, cited, relation",
    "mentions": "instrument, entity, entityType",
    "sponsors": "instrument, state",
}
#: The questions; the quality checks (``*-violation.rq``, which must return nothing) are tested in test_ontology.
NAMES = sorted(p.stem for p in queries_dir().glob("*.rq") if not p.stem.endswith("-violation"))
#: The parameters each query is tested with: its ``# example:`` header, where it needs or takes some.
EXAMPLES = {p.stem: example(p.read_text(encoding="utf-8")) for p in queries_dir().glob("*.rq")}


def _text(name: str) -> str:
    return (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")


def _rows(backend, name: str, **params: str) -> list[tuple]:
    return list(run(backend, _text(name), params).rows)


@pytest.fixture(scope="module")
def library(library_store):
    return Embedded(library_store)


@pytest.fixture(scope="module")
def seed(seed_ttl):
    store = open_store(None)
    load_files(store, [seed_ttl])
    return Embedded(store)


def test_a_dozen_competency_questions_beyond_the_contract():
    assert len(set(NAMES) - set(CONTRACT)) >= 12


@pytest.mark.parametrize("name", NAMES)
def test_query_result(library, name, update_golden):
    """Each query, with its example parameters, against its expected result (--update-golden rewrites them)."""
    text = _text(name)
    result = run(library, text, EXAMPLES.get(name, {}))
    expected_file = EXPECTED / f"{name}.csv"
    if update_golden:
        expected_file.write_text(result.as_csv(), encoding="utf-8")
    assert result.as_csv() == expected_file.read_text(encoding="utf-8")
    assert len(result.rows) > 0
    h = header(text)
    assert {"title", "description", "parameters", "columns"} <= h.keys()
    assert h["columns"] == ", ".join(result.columns)
    assert set(EXAMPLES.get(name, {})) <= set(parameters(text))


@pytest.mark.parametrize(("name", "columns"), sorted(CONTRACT.items()))
def test_contract_columns(seed, name, columns):
    assert ", ".join(run(seed, _text(name)).columns) == columns


def test_contract_counts(seed):
    kinds = [r[1] for r in _rows(seed, "paragraphs")]
    assert kinds.count("preambular") == 6 and kinds.count("operative") == 12
    assert [r[1] for r in _rows(seed, "sponsors")] == ["BLR", "RUS", "UZB"]
    assert {r[3] for r in _rows(seed, "citations")} == SEED_CITED
    directives = {(int(r[1]), r[2], r[3]) for r in _rows(seed, "directives")}
    assert {
        (1, "urges", "member-states"),
        (3, "encourages", "sr-trafficking"),
        (8, "acknowledges", "iom"),
        (10, "invites", "pga"),
        (12, "requests", "secretary-general"),
    } <= directives


def test_competency_answers(library):
    """What a reader of the resolutions knows, asked of the graph."""
    ratify = {(r[0], r[4], r[5]) for r in _rows(library, "ratification", treaty="tip-protocol")}
    assert {("75-158", "member-states", "tip-protocol"), ("77-194", "member-states", "tip-protocol")} <= ratify
    assert {r[5] for r in _rows(library, "ratification", treaty="tip-protocol")} == {"tip-protocol"}
    # 76/186 asks the Secretary-General for a report at the seventy-eighth session (operative paragraph 28)
    asked = _rows(library, "secretary-general")
    assert ("76-186", "2021-12-16", "28", "requests", "78") in {r[:5] for r in asked}
    assert any(r[7] and r[7].startswith("to submit") for r in asked)
    chain = {(r[0], r[1]) for r in _rows(library, "recall-chain", instrument="A/RES/77/194")}
    assert ("A/RES/77/194", "A/RES/76/7") in chain and ("A/RES/77/194", "A/RES/76/181") in chain
    assert any(citing == "A/RES/76/181" for citing, _ in chain), "the chain goes on through 76/181"
    unodc = {(r[2], r[3]) for r in _rows(library, "verbs-by-actor", actor="unodc")}
    assert ("76-186", "requests") in unodc
    votes = {r[0]: r[2:] for r in _rows(library, "votes")}
    assert votes["76-145"] == ("by a recorded vote", "118", "2", "61")
    assert votes["76-186"][0] == "without a vote"
    cast = [r[2] for r in _rows(library, "state-votes")]
    assert (cast.count("in favour"), cast.count("against"), cast.count("abstaining")) == (118, 2, 61)
    assert _rows(library, "state-votes", state="CHN") != []
    assert {r[0] for r in _rows(library, "deadlines")} >= {"75-158", "76-186", "77-194"}
    icat = _rows(library, "entity-paragraphs", entity="icat")
    assert {r[3] for r in icat if r[0] == "76-186"} == {"ar", "zh", "en", "fr", "ru", "es"}
    cited = {(r[0], r[3]) for r in _rows(library, "cited-by", cited="A/RES/76/181")}
    assert ("77-194", "takes-note") in cited


def test_parameters_are_bound_as_terms_never_pasted(library):
    actor = parameters(_text("verbs-by-actor"))["actor"]
    assert actor.type == "iri" and not actor.required
    every = _rows(library, "verbs-by-actor")
    assert {r[0] for r in _rows(library, "verbs-by-actor", actor="unodc")} == {"unodc"}
    assert {r[0] for r in every} > {"unodc"}
    for bad in ("unodc> } ; DROP ALL ; #", "unodc } UNION { ?s ?p ?o", "UNODC", "nosuchkey"):
        with pytest.raises(InputError):
            run(library, _text("verbs-by-actor"), {"actor": bad})
    with pytest.raises(InputError, match="needs --param cited"):
        run(library, _text("cited-by"))
    with pytest.raises(InputError, match="no parameter 'who'"):
        run(library, _text("directives"), {"who": "unodc"})
    with pytest.raises(InputError, match="six languages"):
        run(library, _text("entity-paragraphs"), {"entity": "icat", "lang": 'en" || true || "'})


TEXT_QUERY = """# title: t
# parameters: word (text)
# columns: p
PREFIX tip: <https://w3id.org/tipgraph/ontology#>
SELECT DISTINCT ?p WHERE { ?p a tip:OperativeParagraph ; tip:text ?t . FILTER (CONTAINS(?t, ?word)) } ORDER BY ?p
"""


def test_a_text_parameter_is_a_literal(library):
    """A string that would break out of a spliced query is only a string here: it matches nothing."""
    assert len(run(library, TEXT_QUERY, {"word": "Secretary-General"}).rows) > 3
    for attack in ('") || true || ("', 'x\\") || true || (\\"', '"} ?p ?o {"'):
        assert run(library, TEXT_QUERY, {"word": attack}).rows == ()


def test_values_open_the_outermost_group():
    from rdflib import Literal, URIRef

    query = 'SELECT * # a { in a comment\nFROM <http://x/g#a> WHERE { ?s ?p "{" . { ?s ?p ?o } }'
    bound = with_values(query, {"a": URIRef("http://e/a"), "b": Literal('say "hi"')})
    assert bound.startswith(query[: query.index("WHERE {") + 7] + " VALUES")
    assert 'VALUES ?a { <http://e/a> } VALUES ?b { "say \\"hi\\"" }' in bound
