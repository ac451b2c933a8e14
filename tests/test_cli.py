"""The tipgraph command: outputs and exit codes (0 conforms, 1 does not, 2 bad input or usage)."""

from __future__ import annotations

import gc
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF, SH

from tipgraph.cli import main

from .conftest import AKN_EXAMPLES, SEED


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_build_and_query(tmp_path):
    out = tmp_path / "seed.ttl"
    r = _run("build", SEED, "-o", out)
    assert r.exit_code == 0, r.output
    assert "6 preambular, 12 operative" in r.output and "conforms" in r.output
    r = _run("query", out, "directives", "--format", "csv")
    assert r.exit_code == 0
    assert r.output.splitlines()[0] == "instrument,paragraph,action,addressee"
    assert ",12,requests,secretary-general" in r.output
    r = _run("query", "--list")
    assert "directives" in r.output and "sponsors" in r.output


def test_build_is_byte_identical(tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert _run("build", SEED, "-o", a).exit_code == 0
    assert _run("build", SEED, "-o", b).exit_code == 0
    assert a.read_bytes() == b.read_bytes()


def test_symbol_and_date(tmp_path):
    out = tmp_path / "seed.ttl"
    assert _run("build", SEED, "-o", out, "--symbol", "A/C.3/63/L.13", "--date", "2008-10-20").exit_code == 0
    r = _run("query", out, "instruments", "--format", "csv")
    assert "63-l13,A/C.3/63/L.13,draft-resolution,general-assembly,63,third-committee,97" in r.output


def test_non_conforming_exits_1(tmp_path):
    """An operative paragraph opened by a verb the vocabulary lacks: built, but it does not conform."""
    src = tmp_path / "odd.txt"
    src.write_text(SEED.read_text(encoding="utf-8").replace(" 5. 鼓励", " 5. 梦想"), encoding="utf-8")
    out = tmp_path / "odd.ttl"
    r = _run("build", src, "-o", out)
    assert r.exit_code == 1
    assert out.exists()
    assert "para/op-5" in r.output and "operative-verbs" in r.output


def test_bad_input_exits_2_and_writes_nothing(tmp_path):
    cases = {
        "empty.txt": b"",
        "letter.txt": "尊敬的主席先生：\n谨致函阁下。\n".encode(),
        "latin1.txt": SEED.read_bytes()[:200] + b"\xff\xfe\x00bad",
        "truncated.txt": SEED.read_bytes()[:-400],
    }
    for name, data in cases.items():
        src = tmp_path / name
        src.write_bytes(data)
        out = tmp_path / (name + ".ttl")
        r = _run("build", src, "-o", out)
        assert r.exit_code == 2, (name, r.output)
        assert name in r.output, r.output
        assert not out.exists()
    r = _run("build", SEED, "-o", tmp_path / "x.ttl", "--symbol", "A/RES/bogus")
    assert r.exit_code == 2 and "not a UN resolution" in r.output
    r = _run("build", SEED, "-o", tmp_path / "x.ttl", "--date", "20 Oct 2008")
    assert r.exit_code == 2
    r = _run("build", tmp_path / "missing.txt", "-o", tmp_path / "x.ttl")
    assert r.exit_code == 2 and "missing.txt" in r.output


def test_bad_input_names_the_line(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes(SEED.read_bytes()[:300] + b"\n\xff\n")
    r = _run("build", src, "-o", tmp_path / "x.ttl")
    assert r.exit_code == 2
    assert "bad.txt:" in r.output and "not UTF-8" in r.output


def test_build_a_folder_of_six_languages_with_a_bad_file(tmp_path):
    """Six AKN versions of one resolution become one work; a broken file is reported and skipped."""
    from .conftest import copy_76_186

    corpus = tmp_path / "unxml-ga"
    copy_76_186(corpus)
    (corpus / "76session" / "English" / "broken.xml").write_text("<akomaNtoso><statement>", encoding="utf-8")
    out = tmp_path / "76-186.ttl"
    r = _run("build", corpus, "-o", out)
    assert r.exit_code == 1, r.output  # one file skipped
    assert "broken.xml:1: not well-formed XML" in r.output and "1 file(s) skipped" in r.output
    assert "6 documents" in r.output and out.exists()
    r = _run("query", out, "instruments", "--format", "csv")
    rows = [line for line in r.output.splitlines()[1:] if line]
    assert len(rows) == 6 and {row.split(",")[0] for row in rows} == {"76-186"}
    assert {row.rsplit(",", 1)[-1] for row in rows} == {"ar", "zh", "en", "fr", "ru", "es"}


def test_eval_prints_one_table(tmp_path):
    from .conftest import AKN_EXAMPLES

    r = _run("eval", AKN_EXAMPLES, "--jobs", "1")
    assert r.exit_code == 0, r.output
    header = next(line for line in r.output.splitlines() if "measure" in line)
    assert all(lang in header for lang in ("ar", "zh", "en", "fr", "ru", "es"))
    assert "exact paragraph counts" in r.output
    assert "their addressees agreeing" in r.output  # the directives agreeing, their verbs aside


def test_two_files_of_one_expression_are_reported(tmp_path):
    import shutil

    from .conftest import akn_fixture

    for name in ("a.xml", "b.xml"):
        shutil.copy(akn_fixture("en"), tmp_path / name)
    r = _run("build", tmp_path, "--store", tmp_path / "store")
    assert r.exit_code == 0, r.output
    assert "b.xml: the same expression as" in r.output and "a.xml" in r.output


def test_validate_exit_codes_report_and_source_text(tmp_path):
    good, bad = tmp_path / "seed.ttl", Path(__file__).parent / "shacl" / "directive-bad.test.ttl"
    assert _run("build", SEED, "-o", good).exit_code == 0
    r = _run("validate", good)
    assert r.exit_code == 0, r.output
    assert "1 document(s): 1 conform, 0 do not" in r.output
    # a document that does not conform: each violation with its focus, path and message; the report as RDF
    report = tmp_path / "report.ttl"
    r = _run("validate", good, bad, "--report", report)
    assert r.exit_code == 1
    assert "(tip:addressee): A directive has at least one addressee" in r.output
    g = Graph().parse(report)
    verdicts = {str(g.value(node, DCTERMS.subject)): g.value(node, SH.conforms).toPython()
                for node in g.subjects(RDF.type, SH.ValidationReport)}  # fmt: skip
    assert verdicts == {good.resolve().as_uri(): True, bad.resolve().as_uri(): False}
    # the text a violating node came from is quoted
    odd = tmp_path / "odd.ttl"
    src = tmp_path / "odd.txt"
    src.write_text(SEED.read_text(encoding="utf-8").replace(" 5. 鼓励", " 5. 梦想"), encoding="utf-8")
    _run("build", src, "-o", odd)
    r = _run("validate", odd)
    assert r.exit_code == 1 and "text: “5. 梦想所有利益攸关者" in r.output
    # input that cannot be read: reported, the rest still checked, exit 2
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle <", encoding="utf-8")
    r = _run("validate", garbage, good)
    assert r.exit_code == 2
    assert "garbage.ttl: cannot load" in r.output and "1 document(s): 1 conform" in r.output


def test_validate_a_store_document_by_document(tmp_path):
    store = tmp_path / "store"
    assert _run("build", *sorted(AKN_EXAMPLES.rglob("A_RES_76_186-*.xml")), "--store", store).exit_code == 0
    gc.collect()  # the in-process build's store must be let go before validate opens it
    r = _run("validate", "--store", store)
    assert r.exit_code == 0, r.output
    assert "6 document(s): 6 conform, 0 do not" in r.output
