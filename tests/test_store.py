"""The embedded store: one named graph per document expression, a default graph that merges them once."""

from __future__ import annotations

import gc
import os

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph

from tipgraph import refdata
from tipgraph import store as store_module
from tipgraph.cli import main
from tipgraph.query import Embedded, run
from tipgraph.store import REFERENCE_GRAPH, document_graphs, open_store, put_graph, rdflib_triples, stored_sources

from .conftest import SEED, akn_fixture

EX = "http://example.org/"


def _t(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), ox.NamedNode(EX + o))


def _default(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _named(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for g in store.named_graphs() for q in store.quads_for_pattern(None, None, None, g)}


def _nt(*triples: ox.Triple) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)


def test_the_default_graph_is_the_merge_and_a_rebuild_replaces():
    store = ox.Store()
    en, fr = ox.NamedNode(EX + "en"), ox.NamedNode(EX + "fr")
    shared, only_en, only_fr = _t("work", "has", "p1"), _t("work", "has", "p2"), _t("work", "has", "p3")
    put_graph(store, en, _nt(shared, only_en))
    put_graph(store, fr, _nt(shared, only_fr))
    assert _default(store) == {shared, only_en, only_fr} == _named(store)
    assert len(list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))) == 3  # each triple once
    put_graph(store, en, _nt(shared, only_en))  # built again: nothing changes
    assert len(store) == 4 + 3
    put_graph(store, en, _nt(_t("work", "has", "p4")))  # built again, differently
    assert _default(store) == {shared, only_fr, _t("work", "has", "p4")}  # shared stays: fr still says it
    put_graph(store, fr, _nt())
    assert _default(store) == {_t("work", "has", "p4")} == _named(store)


def test_the_library_store_answers_as_the_merged_file(library_store, library_graphs, tmp_path):
    """Thirteen expression graphs with many triples in common give the answers of one merged graph."""
    from rdflib import Graph

    merged = Graph()
    for _, g in library_graphs:
        merged += g
    path = tmp_path / "merged.nt"
    merged.serialize(path, format="nt", encoding="utf-8")
    from_file = open_store(None)
    store_module.load_files(from_file, [path])
    assert _default(library_store) == _default(from_file)
    assert len(list(document_graphs(library_store))) == len(library_graphs) == 14
    text = "PREFIX tip: <https://w3id.org/tipgraph/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?d a tip:Directive }"
    assert run(Embedded(library_store), text).rows == run(Embedded(from_file), text).rows


def test_reference_data_is_loaded_once_and_again_when_it_changes(tmp_path, monkeypatch):
    ontology = tmp_path / "ontology"
    ontology.mkdir()
    (ontology / "a.ttl").write_text(f"<{EX}a> <{EX}p> <{EX}old> .\n", encoding="utf-8")
    monkeypatch.setattr(refdata, "reference_files", lambda: sorted(ontology.glob("*.ttl")))
    location = tmp_path / "store"
    store = open_store(location)
    first = _named(store)
    assert _t("a", "p", "old") in first and _default(store) == first
    del store
    store = open_store(location)  # unchanged: not loaded again
    assert _named(store) == first
    del store
    (ontology / "a.ttl").write_text(f"<{EX}a> <{EX}p> <{EX}new> .\n", encoding="utf-8")
    store = open_store(location)
    assert _t("a", "p", "new") in _default(store) and _t("a", "p", "old") not in _default(store)
    assert list(store.named_graphs()) == [REFERENCE_GRAPH]


def _reopen(location):
    """The store at ``location``, once the commands run in this process have let go of it."""
    gc.collect()
    return open_store(location)


def test_build_into_a_store_twice_duplicates_nothing(tmp_path):
    location = tmp_path / "store"
    runner = CliRunner()
    english, french = akn_fixture("en"), akn_fixture("fr")
    r = runner.invoke(main, ["build", str(SEED), str(english), str(french), "--store", str(location)])
    assert r.exit_code == 0, r.output
    assert "3 documents" in r.output
    size = len(_reopen(location))
    r = runner.invoke(main, ["build", str(french), "--store", str(location)])
    assert r.exit_code == 0, r.output
    store = _reopen(location)
    assert len(store) == size  # the graph replaced, and its notes (when built, from which bytes)
    assert len(list(document_graphs(store))) == 3
    assert len(stored_sources(store)) == 3
    del store
    r = runner.invoke(main, ["build", str(SEED), str(english), str(french), "--store", str(location), "--resume"])
    assert r.exit_code == 0 and "resuming: 3 of 3 file(s) already stored" in r.output, r.output
    assert len(_reopen(location)) == size
    r = runner.invoke(main, ["query", "--store", str(location), "instruments", "--format", "csv"])
    assert r.exit_code == 0 and len(r.output.splitlines()) == 1 + 3


def test_the_default_store_location(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIPGRAPH_STORE", raising=False)
    runner = CliRunner()
    r = runner.invoke(main, ["query", "directives"])
    assert r.exit_code == 2 and "no store at tipgraph-store" in r.output
    assert runner.invoke(main, ["build", str(SEED)]).exit_code == 0
    assert (tmp_path / "tipgraph-store").is_dir()
    gc.collect()  # the build run in this process lets go of the store
    r = runner.invoke(main, ["query", "directives", "--format", "csv"])
    assert r.exit_code == 0 and ",12,requests,secretary-general" in r.output
    monkeypatch.setenv("TIPGRAPH_STORE", str(tmp_path / "elsewhere"))
    assert runner.invoke(main, ["build", str(SEED)]).exit_code == 0
    assert (tmp_path / "elsewhere").is_dir()


@pytest.mark.parametrize("bad", ["x.txt", "x.ttl"])
def test_query_files_that_cannot_be_read(tmp_path, bad):
    path = tmp_path / bad
    path.write_text("<not> rdf", encoding="utf-8")
    r = CliRunner().invoke(main, ["query", str(path), "directives"])
    assert r.exit_code == 2 and bad in r.output


def test_a_build_lets_go_of_the_store_when_pyparsing_caches(tmp_path):
    """matplotlib turns pyparsing's packrat cache on; the cache must not keep the build's frames (and its
    open store) alive after the SHACL validation parsed its SPARQL."""
    from pyparsing import ParserElement

    ParserElement.enable_packrat()
    location = tmp_path / "store"
    r = CliRunner().invoke(main, ["build", str(SEED), "--store", str(location)])
    assert r.exit_code == 0, r.output
    assert len(_reopen(location)) > 0


def _merged_is_the_union(store) -> bool:
    union = {q.triple for g in document_graphs(store) for q in store.quads_for_pattern(None, None, None, g)}
    union |= {q.triple for q in store.quads_for_pattern(None, None, None, REFERENCE_GRAPH)}
    return union == {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_parallel_build_is_the_same_as_one_process(tmp_path):
    inputs = [str(SEED), str(akn_fixture("en")), str(akn_fixture("fr"))]
    outputs = {}
    for jobs, suffix in (("1", ".nt"), ("2", ".nt"), ("2", ".ttl")):
        out = tmp_path / f"jobs{jobs}{suffix}"
        r = CliRunner().invoke(main, ["build", *inputs, "--jobs", jobs, "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert "3 documents" in r.output
        outputs[jobs, suffix] = out.read_bytes()
    assert outputs["1", ".nt"] == outputs["2", ".nt"]  # N-Triples by the name, sorted: byte for byte
    assert Graph().parse(data=outputs["2", ".nt"], format="nt").isomorphic(
        Graph().parse(data=outputs["2", ".ttl"], format="turtle")
    )


def test_a_killed_build_is_completed_by_the_next(tmp_path, library_graphs):
    """Kill a parallel build into a store mid-way; the next run (``--resume``: only the files not stored yet)
    leaves every document's graph whole, the default graph the union of them, and nothing twice."""
    import signal
    import subprocess
    import sys

    from .conftest import copy_76_186

    copy_76_186(tmp_path / "corpus")
    location = tmp_path / "store"
    command = [sys.executable, "-m", "tipgraph", "build", str(tmp_path / "corpus"), "--store", str(location)]
    process = subprocess.Popen(
        [*command, "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    seen = set()
    for line in process.stderr:  # each document's warnings come as it is stored: kill during the third
        if line.startswith("warning:"):
            seen.add(line.split(":")[1])
        if len(seen) == 3:
            break
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert len(seen) == 3, "killed before it stored anything"
    expected = {name: set(rdflib_triples(g)) for name, g in library_graphs if "/76-186/" in name}
    killed = open_store(location)
    stored = list(document_graphs(killed))
    assert 0 < len(stored) < 6
    for graph in stored:  # each stored in one transaction: whole, or not there at all
        assert {q.triple for q in killed.quads_for_pattern(None, None, None, graph)} == expected[graph.value]
    assert _merged_is_the_union(killed)
    del killed
    gc.collect()
    r = subprocess.run([*command, "--resume"], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"resuming: {len(stored)} of 6 file(s) already stored" in r.stdout  # those are not built again
    assert f"for {6 - len(stored)} of {6 - len(stored)} document(s)" in r.stdout
    store = open_store(location)
    assert {g.value for g in document_graphs(store)} == set(expected)
    for graph in document_graphs(store):
        assert {q.triple for q in store.quads_for_pattern(None, None, None, graph)} == expected[graph.value]
    assert _merged_is_the_union(store)
