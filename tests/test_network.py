"""tipgraph.network: networks read through SPARQL from the library graph, their metrics, exports and figures."""

from __future__ import annotations

import json
from collections import Counter
from itertools import combinations

import networkx as nx
import pytest

from tipgraph import network
from tipgraph.query import Embedded, queries_dir, run

from .conftest import SEED

UNGA = "https://w3id.org/tipgraph/akn/un/statement/deliberation/unga/"
ID = "https://w3id.org/tipgraph/id/"


@pytest.fixture(scope="module")
def networks(library_store):
    return {name: network.add_metrics(network.build(library_store, name)) for name in network.NAMES}


def _rows(store, name: str) -> list[tuple]:
    return list(run(Embedded(store), (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")).rows)


def test_citations(networks):
    g = networks["citations"]
    assert isinstance(g, nx.DiGraph) and not g.is_multigraph()
    # 77/194 welcomes 76/7 and takes note of 76/181 (as test_queries knows from the text)
    assert g.has_edge(UNGA + "77-194", UNGA + "76-181") and g.has_edge(UNGA + "77-194", UNGA + "76-7")
    protocol = g.nodes[ID + "treaty/tip-protocol"]
    assert protocol["kind"] == "treaty" and protocol["short"] == "Trafficking in Persons Protocol"
    resolution = g.nodes[UNGA + "76-186"]
    assert (resolution["label"], resolution["kind"], resolution["session"]) == ("A/RES/76/186", "instrument", 76)
    # every resolution of the series that cites the Protocol is an edge into it, with how it cites it
    citing = {u.rsplit("/", 1)[-1] for u in g.predecessors(ID + "treaty/tip-protocol")}
    assert {"75-158", "76-186", "77-194"} <= citing
    assert "urges-ratification" in g.edges[UNGA + "77-194", ID + "treaty/tip-protocol"]["relations"]
    # no literal became a node: every node is an IRI with a kind
    assert all(n.startswith("https://") and d["kind"] != "other" for n, d in g.nodes(data=True))


def test_directives_carry_verb_and_intent(networks, library_store):
    g = networks["directives"]
    assert g.is_multigraph() and g.is_directed()
    assert g.number_of_edges() == len(_rows(library_store, "network-directives"))
    to_icat = [d for _, v, d in g.out_edges(UNGA + "76-186", data=True) if v == ID + "org/icat"]
    assert to_icat and all(isinstance(d["paragraph"], int) and d["verb"] and d["intent"] for d in to_icat)
    # the seed requests a report of the Secretary-General in its last paragraph (12)
    seed = next(n for n in g if n.endswith("63-x355d7fed"))
    assert any(
        d["verb"] == "requests" and d["paragraph"] == 12 and d["intent"] == "request"
        for _, v, d in g.out_edges(seed, data=True)
        if v == ID + "post/secretary-general"
    )
    assert {d["kind"] for n, d in g.nodes(data=True) if g.in_degree(n)} <= {"body", "post", "role", "state", "event"}


def test_co_mentions_and_states(networks, library_store):
    co = networks["co-mentions"]
    assert not co.is_directed()
    assert co.edges[ID + "org/icat", ID + "org/unodc"]["weight"] >= 1
    votes = networks["votes"]
    tally = Counter(d["relation"] for _, _, d in votes.edges(UNGA + "76-145", data=True))
    assert tally == {"in favour": 118, "against": 2, "abstaining": 61}  # as recorded (A/76/PV.50)
    sponsors = networks["sponsors"]
    assert nx.is_bipartite(sponsors)
    assert {d["bipartite"] for n, d in sponsors.nodes(data=True) if d["kind"] == "state"} == {0}
    # co-sponsorship counts the drafts two States sponsored together, as the sponsors query lists them
    drafts: dict[str, set[str]] = {}
    for state, instrument, relation in _rows(library_store, "network-states"):
        if relation == "sponsor":
            drafts.setdefault(state, set()).add(instrument)
    co_sponsors = networks["co-sponsors"]
    for a, b in list(combinations(sorted(drafts), 2))[:2000]:
        shared = len(drafts[a] & drafts[b])
        assert (co_sponsors.edges[a, b]["weight"] if co_sponsors.has_edge(a, b) else 0) == shared, (a, b)


def test_metrics(networks, library_store):
    for name, g in networks.items():
        assert sum(d["pagerank"] for _, d in g.nodes(data=True)) == pytest.approx(1.0), name
        assert all(isinstance(d["community"], int) and d["degree"] == g.degree(n) for n, d in g.nodes(data=True))
        sizes = Counter(d["community"] for _, d in g.nodes(data=True))
        assert [sizes[i] for i in range(len(sizes))] == sorted(sizes.values(), reverse=True), name
    top = network.ranking(networks["co-mentions"], top=3)
    assert len(top) == 3 and top[0]["pagerank"] >= top[1]["pagerank"] >= top[2]["pagerank"]
    assert {r["kind"] for r in network.ranking(networks["directives"], kind="post")} == {"post"}
    # Louvain is seeded: the same graph gives the same communities
    again = network.add_metrics(network.build(library_store, "co-mentions"))
    assert nx.get_node_attributes(again, "community") == nx.get_node_attributes(networks["co-mentions"], "community")


@pytest.mark.parametrize("name", network.NAMES)
def test_exports_read_back(networks, tmp_path, name):
    g = networks[name]
    paths = network.export(g, tmp_path, name)
    assert [p.suffix for p in paths] == [".graphml", ".gexf", ".cyjs"]
    plain = (str, int, float, bool)
    for reread in (
        nx.read_graphml(tmp_path / f"{name}.graphml"),
        nx.read_gexf(tmp_path / f"{name}.gexf"),
        nx.cytoscape_graph(json.loads((tmp_path / f"{name}.cyjs").read_text(encoding="utf-8"))),
    ):
        assert reread.number_of_nodes() == g.number_of_nodes() and reread.number_of_edges() == g.number_of_edges()
        assert reread.is_directed() == g.is_directed()
        for _, data in reread.nodes(data=True):
            assert all(isinstance(v, plain) for v in data.values()), data
    graphml = nx.read_graphml(tmp_path / f"{name}.graphml")
    for node, data in g.nodes(data=True):
        assert graphml.nodes[node]["label"] == data["label"] and graphml.nodes[node]["kind"] == data["kind"]
        assert graphml.nodes[node]["pagerank"] == pytest.approx(data["pagerank"])
    gexf = nx.read_gexf(tmp_path / f"{name}.gexf")
    assert {d["label"] for _, d in gexf.nodes(data=True)} == {d["label"] for _, d in g.nodes(data=True)}
    assert not list(tmp_path.glob(".*.tmp"))


def test_network_command(tmp_path, seed_ttl):
    from click.testing import CliRunner

    from tipgraph.cli import main

    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["network", str(seed_ttl), "-o", str(out), "--network", "directives"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in out.iterdir()) == [
        "directives-nodes.csv",
        "directives.cyjs",
        "directives.gexf",
        "directives.graphml",
        "directives.png",
    ]
    assert (out / "directives.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = (out / "directives-nodes.csv").read_text(encoding="utf-8").splitlines()
    assert table[0] == "node,label,kind,degree,strength,pagerank,community"
    assert any(",Member States,role," in line for line in table)
    r = CliRunner().invoke(main, ["network", str(SEED), "-o", str(out)])
    assert r.exit_code == 2 and "unknown RDF format '.txt'" in r.output
