"""A real SPARQL server on loopback (Oxigraph's, from the `oxigraph` package): publish to it, query it, serve."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from tipgraph import network
from tipgraph.cli import main
from tipgraph.publish import graphs_to_publish, publish
from tipgraph.query import Embedded, Endpoint, queries_dir, run
from tipgraph.store import REFERENCE_GRAPH, document_graphs, open_store, put_graph

from .conftest import SEED
from .test_queries import EXAMPLES, TEXT_QUERY

OXIGRAPH = str(Path(sys.executable).parent / "oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stderr.read().decode() if process.stderr else ''}")
        with contextlib.suppress(OSError):
            urllib.request.urlopen(url, timeout=1).close()
            return
        time.sleep(0.1)
    raise RuntimeError(f"no answer from {url}")


@contextlib.contextmanager
def _server(command: list[str], url: str, seconds: float = 30):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for(url, process, seconds)
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def oxigraph_server(tmp_path):
    """A fresh, empty Oxigraph server on loopback: its base URL."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [OXIGRAPH, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"]
    with _server(command, base + "/query?query=ASK%7B%7D"):
        yield base


def _server_triples(base: str, graph: ox.NamedNode | ox.DefaultGraph) -> set[ox.Triple]:
    target = "default" if isinstance(graph, ox.DefaultGraph) else "graph=" + urllib.parse.quote(graph.value, safe="")
    request = urllib.request.Request(f"{base}/store?{target}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {q.triple for q in ox.parse(response.read(), format=ox.RdfFormat.N_TRIPLES)}


def _store_triples(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, graph)}


def test_publish_then_every_query_answers_as_embedded(oxigraph_server, library_store):
    report = publish(library_store, oxigraph_server + "/store")
    assert report.failed == [] and len(report.sent) == 1 + 14 + 1  # reference, documents, default
    for graph in graphs_to_publish(library_store):
        assert _server_triples(oxigraph_server, graph) == _store_triples(library_store, graph), graph
    remote, embedded = Endpoint(oxigraph_server + "/query"), Embedded(library_store)
    for path in sorted(queries_dir().glob("*.rq")):
        text, params = path.read_text(encoding="utf-8"), EXAMPLES.get(path.stem, {})
        assert run(remote, text, params) == run(embedded, text, params), path.stem
    for name in network.NAMES:  # the networks are read through SPARQL: the same from the server
        assert nx.utils.graphs_equal(network.build(remote, name), network.build(embedded, name)), name
    # parameters are terms on the server too: an attack is a string that matches nothing
    assert run(remote, TEXT_QUERY, {"word": '") || true || ("'}).rows == ()
    assert run(remote, TEXT_QUERY, {"word": "Secretary-General"}) == run(
        embedded, TEXT_QUERY, {"word": "Secretary-General"}
    )
    # publishing again changes nothing (replace semantics)
    before = _server_triples(oxigraph_server, ox.DefaultGraph())
    assert publish(library_store, oxigraph_server + "/store").failed == []
    assert _server_triples(oxigraph_server, ox.DefaultGraph()) == before


class _DroppingProxy:
    """A TCP proxy to ``port`` that cuts the first ``drops`` connections after part of the request."""

    def __init__(self, port: int, drops: int) -> None:
        self.target, self.drops = port, drops
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.dropped = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        server = socket.create_connection(("127.0.0.1", self.target))
        if self.dropped < self.drops:
            self.dropped += 1
            server.sendall(client.recv(4096))  # the headers and the start of the body, then nothing
            time.sleep(0.05)
            client.close()
            server.close()
            return
        for a, b in ((client, server), (server, client)):
            threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self.listener.close()


def test_a_connection_dropped_halfway_loses_nothing(oxigraph_server, library_graphs):
    store = open_store(None)
    for name, graph in library_graphs[:2]:
        put_graph(store, ox.NamedNode(name), graph.serialize(format="nt", encoding="utf-8"))
    port = int(oxigraph_server.rsplit(":", 1)[1])
    proxy = _DroppingProxy(port, drops=3)
    try:
        report = publish(store, f"http://127.0.0.1:{proxy.port}/store", timeout=10, retries=3)
    finally:
        proxy.close()
    assert proxy.dropped == 3  # the first graph was cut off three times, and sent whole the fourth
    assert report.failed == [] and len(report.sent) == 4
    for graph in graphs_to_publish(store):
        assert _server_triples(oxigraph_server, graph) == _store_triples(store, graph), graph


def _built_store(tmp_path: Path) -> Path:
    location = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEED), "--store", str(location)]).exit_code == 0
    import gc

    gc.collect()  # the build run in this process lets go of the store
    return location


def test_publish_command_dry_run_and_failures(tmp_path):
    location = _built_store(tmp_path)
    runner = CliRunner()
    dead = f"http://127.0.0.1:{_free_port()}/store"  # nothing listens there
    r = runner.invoke(main, ["publish", "--endpoint", dead, "--store", str(location), "--dry-run"])
    assert r.exit_code == 0, r.output
    assert r.output.count("would PUT") == 3 and "?default" in r.output and "graph=https%3A%2F%2F" in r.output
    r = runner.invoke(
        main, ["publish", "--endpoint", dead, "--store", str(location), "--retries", "1", "--timeout", "2"]
    )
    assert r.exit_code == 1
    assert "published 0 of 3 graphs" in r.output and "3 graph(s) not published" in r.output
    assert "Connection refused" in r.output or "ConnectionRefused" in r.output


def test_publish_command_to_a_server(tmp_path, oxigraph_server):
    location = _built_store(tmp_path)
    r = CliRunner().invoke(main, ["publish", "--endpoint", oxigraph_server + "/store", "--store", str(location)])
    assert r.exit_code == 0 and "published 3 of 3 graphs" in r.output, r.output
    r = CliRunner().invoke(main, ["query", "--endpoint", oxigraph_server + "/query", "directives", "--format", "csv"])
    assert r.exit_code == 0 and ",12,requests,secretary-general" in r.output, r.output
    r = CliRunner().invoke(main, ["query", "--endpoint", oxigraph_server + "/nowhere", "directives"])
    assert r.exit_code == 2 and "the endpoint" in r.output


def test_serve_answers_sparql_and_shows_a_query_page(tmp_path):
    location = _built_store(tmp_path)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "tipgraph", "serve", "--store", str(location), "--bind", f"127.0.0.1:{port}"]
    with _server(command, base + "/"):
        with urllib.request.urlopen(base + "/", timeout=10) as page:
            assert "text/html" in page.headers["Content-Type"]
        r = CliRunner().invoke(main, ["query", "--endpoint", base + "/query", "directives", "--format", "csv"])
        assert r.exit_code == 0, r.output
        rows = r.output.splitlines()
    store = open_store(location)
    assert len(list(document_graphs(store))) == 1 and store.contains_named_graph(REFERENCE_GRAPH)
    assert rows == run(Embedded(store), (queries_dir() / "directives.rq").read_text()).as_csv().splitlines()
