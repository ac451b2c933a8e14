"""Each query of queries/ against its expected result on the seed's graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipgraph.query import header, load_store, queries_dir, run

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


@pytest.fixture(scope="module")
def store(seed_ttl):
    return load_store([seed_ttl])


@pytest.mark.parametrize("name", sorted(p.stem for p in queries_dir().glob("*.rq")))
def test_query_result(store, name, update_golden):
    text = (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    result = run(store, text)
    expected_file = EXPECTED / f"{name}.csv"
    if update_golden:
        expected_file.write_text(result.as_csv(), encoding="utf-8")
    assert result.as_csv() == expected_file.read_text(encoding="utf-8")
    h = header(text)
    assert {"title", "description", "columns"} <= h.keys()
    assert h["columns"] == ", ".join(result.columns)


@pytest.mark.parametrize(("name", "columns"), sorted(CONTRACT.items()))
def test_contract_columns(store, name, columns):
    result = run(store, (queries_dir() / f"{name}.rq").read_text(encoding="utf-8"))
    assert ", ".join(result.columns) == columns


def test_contract_counts(store):
    def rows(name):
        return run(store, (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")).rows

    kinds = [r[1] for r in rows("paragraphs")]
    assert kinds.count("preambular") == 6 and kinds.count("operative") == 12
    assert [r[1] for r in rows("sponsors")] == ["BLR", "RUS", "UZB"]
    assert {r[3] for r in rows("citations")} == SEED_CITED
    directives = {(int(r[1]), r[2], r[3]) for r in rows("directives")}
    assert {
        (1, "urges", "member-states"),
        (3, "encourages", "sr-trafficking"),
        (8, "acknowledges", "iom"),
        (10, "invites", "pga"),
        (12, "requests", "secretary-general"),
    } <= directives
