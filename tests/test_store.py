"""The embedded store: one named graph per document expression, a default graph that merges them once."""

from __future__ import annotations

import gc

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from tipgraph import refdata
from tipgraph import store as store_module
from tipgraph.cli import main
from tipgraph.query import Embedded, run
from tipgraph.store import REFERENCE_GRAPH, document_graphs, open_store, put_graph

from .conftest import SEED, akn_fixture

EX = "http://example.org/"


def _t(s: str, p: str, o: str) -> ox.Triple:
    return ox.Triple(ox.NamedNode(EX + s), ox.NamedNode(EX + p), ox.NamedNode(EX + o))


def _default(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def _named(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for g in store.named_graphs() for q in store.quads_for_pattern(None, None, None, g)}


def test_the_default_graph_is_the_merge_and_a_rebuild_replaces():
    store = ox.Store()
    en, fr = ox.NamedNode(EX + "en"), ox.NamedNode(EX + "fr")
    shared, only_en, only_fr = _t("work", "has", "p1"), _t("work", "has", "p2"), _t("work", "has", "p3")
    put_graph(store, en, [shared, only_en])
    put_graph(store, fr, [shared, only_fr])
    assert _default(store) == {shared, only_en, only_fr} == _named(store)
    assert len(list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))) == 3  # each triple once
    put_graph(store, en, [shared, only_en])  # built again: nothing changes
    assert len(store) == 4 + 3
    put_graph(store, en, [_t("work", "has", "p4")])  # built again, differently
    assert _default(store) == {shared, only_fr, _t("work", "has", "p4")}  # shared stays: fr still says it
    put_graph(store, fr, [])
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
    assert len(store) == size
    assert len(list(document_graphs(store))) == 3
    del store
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
