"""Networks of the graph, for networkx: SPARQL selects the edges, networkx holds them.

Each network is read by the ``network-*.rq`` queries of the query library (so the same edges come out of the
embedded store, of graph files or of a SPARQL endpoint); nodes are IRIs and carry the attributes of
``network-nodes.rq`` (label, kind, session, date). Nothing turns literals into nodes.

The seed cites two resolutions and five treaties (MODEL.md):

>>> from tipgraph.pipeline import build_store
>>> g = citation_graph(build_store(["examples/seed"]))
>>> sorted(d["short"] for n, d in g.nodes(data=True) if g.in_degree(n))[:3]
['A/RES/61/180', 'CEDAW', 'E/RES/2008/33']
>>> g.number_of_edges()
7
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .output import write_atomically
from .query import Backend, records

#: The networks by name, as the command line and the exports call them.
NAMES = ("citations", "directives", "co-mentions", "sponsors", "co-sponsors", "votes")
FORMATS = ("graphml", "gexf", "cyjs")
#: The attributes that say what a node is (the metrics say where it stands in one network).
DESCRIPTION = ("label", "short", "kind", "session", "date")


def _nodes(backend: Backend | ox.Store, lang: str) -> dict[str, dict[str, object]]:
    """The attributes of every possible node: ``label``, ``short`` (its shortest label), ``kind`` (of the first
    row: a node of two kinds keeps one), ``session`` and ``date``."""
    nodes: dict[str, dict[str, object]] = {}
    for row in records(backend, "network-nodes", lang=lang):
        attrs = nodes.setdefault(row["node"], {"label": row["label"], "short": row["label"], "kind": row["kind"]})
        if row["altLabel"] and len(row["altLabel"]) < len(attrs["short"]):
            attrs["short"] = row["altLabel"]
        if row["session"]:
            attrs["session"] = row["session"]
        if row["date"]:
            attrs["date"] = row["date"]
    return nodes


def _add_node(g: nx.Graph, node: str, known: dict[str, dict[str, object]]) -> None:
    if node not in g:
        name = node.rsplit("/", 1)[-1]
        attrs = known.get(node) or {"label": name, "short": name, "kind": "other"}
        g.add_node(node, **attrs)


def citation_graph(backend: Backend | ox.Store, lang: str = "en") -> nx.DiGraph:
    """Instruments → the treaties and resolutions they cite. Edge ``weight``: citations; ``relations``: how
    (``recalls; welcomes``…)."""
    known = _nodes(backend, lang)
    g = nx.DiGraph(name="citations")
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in records(backend, "network-citations"):
        edge = row["citing"], row["cited"]
        for node in edge:
            _add_node(g, node, known)
        weight = g.edges[edge]["weight"] if g.has_edge(*edge) else 0
        g.add_edge(*edge, weight=weight + row["citations"])
        relations[edge].add(row["relation"])
    for edge, names in relations.items():
        g.edges[edge]["relations"] = "; ".join(sorted(names))
    return g


def directive_graph(backend: Backend | ox.Store, lang: str = "en") -> nx.MultiDiGraph:
    """Instruments → the actors their operative paragraphs address: one edge per directive and addressee,
    with the ``paragraph``, the ``verb`` and its ``intent``."""
    known = _nodes(backend, lang)
    g = nx.MultiDiGraph(name="directives")
    for row in records(backend, "network-directives"):
        for node in (row["instrument"], row["addressee"]):
            _add_node(g, node, known)
        g.add_edge(
            row["instrument"],
            row["addressee"],
            paragraph=row["paragraph"],
            verb=row["verb"],
            intent=row["intent"],
            weight=1,
        )
    return g


def co_mention_graph(backend: Backend | ox.Store, lang: str = "en") -> nx.Graph:
    """Bodies and posts, linked when one paragraph names both. Edge ``weight``: paragraphs; ``instruments``:
    how many instruments."""
    known = _nodes(backend, lang)
    g = nx.Graph(name="co-mentions")
    for row in records(backend, "network-co-mentions"):
        for node in (row["first"], row["second"]):
            _add_node(g, node, known)
        g.add_edge(row["first"], row["second"], weight=row["paragraphs"], instruments=row["instruments"])
    return g


def state_graph(backend: Backend | ox.Store, relations: tuple[str, ...], name: str, lang: str = "en") -> nx.Graph:
    """Member States and instruments (a bipartite graph), linked when the State stands in one of
    ``relations`` (``sponsor``, ``in favour``, ``against``, ``abstaining``) to the instrument."""
    known = _nodes(backend, lang)
    g = nx.Graph(name=name)
    for row in records(backend, "network-states"):
        if row["relation"] in relations:
            for node in (row["state"], row["instrument"]):
                _add_node(g, node, known)
            g.add_edge(row["state"], row["instrument"], relation=row["relation"], weight=1)
    for _, data in g.nodes(data=True):
        data["bipartite"] = int(data["kind"] != "state")
    return g


def sponsorship_graph(backend: Backend | ox.Store, lang: str = "en") -> nx.Graph:
    """Member States → the drafts they sponsored (bipartite)."""
    return state_graph(backend, ("sponsor",), "sponsors", lang)


def vote_graph(backend: Backend | ox.Store, lang: str = "en") -> nx.Graph:
    """Member States → the resolutions adopted by a recorded vote; edge ``relation``: how the State voted."""
    return state_graph(backend, ("in favour", "against", "abstaining"), "votes", lang)


def co_sponsorship_graph(sponsors: nx.Graph) -> nx.Graph:
    """States linked by the drafts they sponsored together (``weight``: how many), from
    :func:`sponsorship_graph`."""
    states = [n for n, d in sponsors.nodes(data=True) if d["kind"] == "state"]
    g = nx.bipartite.weighted_projected_graph(sponsors, states)
    g.graph["name"] = "co-sponsors"
    for _, data in g.nodes(data=True):  # what the node is, not its place in the bipartite graph
        for key in set(data) - set(DESCRIPTION):
            del data[key]
    return g


def build(backend: Backend | ox.Store, name: str, lang: str = "en") -> nx.Graph:
    """The network called ``name`` (one of :data:`NAMES`)."""
    if name == "co-sponsors":
        return co_sponsorship_graph(sponsorship_graph(backend, lang))
    makers = {
        "citations": citation_graph,
        "directives": directive_graph,
        "co-mentions": co_mention_graph,
        "sponsors": sponsorship_graph,
        "votes": vote_graph,
    }
    if name not in makers:
        raise ValueError(f"unknown network {name!r} (one of {', '.join(NAMES)})")
    return makers[name](backend, lang)


def simple(g: nx.Graph, directed: bool = False) -> nx.Graph:
    """``g`` as a simple graph (directed or not), the weights of parallel edges summed.

    >>> m = nx.MultiDiGraph([("a", "b", {"weight": 2}), ("a", "b", {"weight": 1}), ("b", "a", {})])
    >>> simple(m).edges["a", "b"]["weight"], simple(m, directed=True).edges["a", "b"]["weight"]
    (4, 3)
    """
    h = nx.DiGraph() if directed else nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, w in g.edges(data="weight", default=1):
        h.add_edge(u, v, weight=h.edges[u, v]["weight"] + w if h.has_edge(u, v) else w)
    return h


def add_metrics(g: nx.Graph, seed: int = 1) -> nx.Graph:
    """Set each node's ``degree`` (edges, parallel ones counted), ``strength`` (weighted degree),
    ``pagerank`` (weighted, along the edges' direction) and ``community`` (Louvain on the undirected weighted
    graph, numbered by size, largest 0; ``seed`` makes it repeatable). Returns ``g``."""
    if not len(g):
        return g
    pagerank = nx.pagerank(simple(g, directed=g.is_directed()), weight="weight")
    communities = nx.community.louvain_communities(simple(g), weight="weight", seed=seed)
    community = {n: i for i, c in enumerate(sorted(communities, key=lambda c: (-len(c), min(c)))) for n in c}
    for node, data in g.nodes(data=True):
        data["degree"] = g.degree(node)
        data["strength"] = float(g.degree(node, weight="weight"))
        data["pagerank"] = pagerank[node]
        data["community"] = community[node]
    return g


def ranking(g: nx.Graph, top: int | None = None, kind: str | None = None) -> list[dict[str, object]]:
    """The nodes (of one ``kind`` if given) by PageRank, highest first, as rows (after :func:`add_metrics`)."""
    rows = [
        {"node": n, **{k: d.get(k) for k in ("label", "kind", "degree", "strength", "pagerank", "community")}}
        for n, d in g.nodes(data=True)
        if kind is None or d.get("kind") == kind
    ]
    rows.sort(key=lambda r: (-r["pagerank"], r["node"]))
    return rows[:top] if top else rows


def ranking_csv(rows: list[dict[str, object]]) -> str:
    """The rows of :func:`ranking` as CSV."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]) if rows else ["node"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


_PLAIN = (str, int, float, bool)


def clean(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` whose attributes (graph, nodes, edges) are all strings, numbers or booleans: None
    dropped, lists and sets joined with ``"; "``, anything else written as a string. GraphML, GEXF and
    Cytoscape want no other kinds.

    >>> g = nx.Graph(); g.add_node("a", label="A", session=None, verbs=["urges", "invites"])
    >>> clean(g).nodes["a"]
    {'label': 'A', 'verbs': 'invites; urges'}
    """

    def plain(attrs: dict) -> dict:
        out = {}
        for key, value in attrs.items():
            if value is None:
                continue
            if isinstance(value, list | tuple | set | frozenset):
                value = "; ".join(sorted(map(str, value)))
            out[str(key)] = value if isinstance(value, _PLAIN) else str(value)
        return out

    h = g.__class__()
    h.graph.update(plain(g.graph))
    h.add_nodes_from((n, plain(d)) for n, d in g.nodes(data=True))
    if g.is_multigraph():
        h.add_edges_from((u, v, k, plain(d)) for u, v, k, d in g.edges(keys=True, data=True))
    else:
        h.add_edges_from((u, v, plain(d)) for u, v, d in g.edges(data=True))
    return h


def export(g: nx.Graph, directory: Path, name: str, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write ``g`` as ``name.graphml`` (yEd, Gephi, Cytoscape), ``name.gexf`` (Gephi) and ``name.cyjs``
    (Cytoscape JSON) under ``directory``, each through a temporary file; returns the paths written."""
    h = clean(g)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = directory / f"{name}.{fmt}"
        if fmt == "graphml":
            data = "\n".join(nx.generate_graphml(h)).encode("utf-8")
        elif fmt == "gexf":
            data = "\n".join(nx.generate_gexf(h)).encode("utf-8")
        elif fmt == "cyjs":
            data = json.dumps(nx.cytoscape_data(h, name="label"), ensure_ascii=False, indent=1).encode("utf-8")
        else:
            raise ValueError(f"unknown network format {fmt!r} (one of {', '.join(FORMATS)})")
        write_atomically(path, data)
        written.append(path)
    return written
