"""Figures of the networks: the same pictures in notebooks and from the command line.

Figures are made with matplotlib's object API (no pyplot, no global state, no screen): a notebook shows the
:class:`~matplotlib.figure.Figure` a cell returns, and :func:`save` writes it.
"""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure

from .network import add_metrics, simple
from .output import write_atomically

#: One colour per kind of node, the same in every figure.
COLOURS = {
    "instrument": "#4c72b0",
    "treaty": "#dd8452",
    "body": "#55a868",
    "post": "#c44e52",
    "role": "#8172b3",
    "state": "#937860",
    "event": "#da8bc3",
    "other": "#8c8c8c",
}


#: Colours of the communities, largest first (the tenth and smaller ones share grey).
COMMUNITY_COLOURS = ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#ccb974", "#64b5cd"]


def draw_network(
    g: nx.Graph, title: str | None = None, labels: int = 12, colour: str = "kind", limit: int = 400, seed: int = 1
) -> Figure:
    """A picture of ``g``: nodes coloured by ``kind`` (or by ``community``) and sized by PageRank, the
    ``labels`` most connected ones named (by weighted degree), edges thicker with weight. Of a graph of more
    than ``limit`` nodes, the ``limit`` most connected are drawn (thousands of nodes make a picture neither
    readable nor quick to lay out). The layout is repeatable (``seed``)."""
    fig = Figure(figsize=(10, 8), layout="constrained")
    ax = fig.subplots()
    ax.set_axis_off()
    title = title or g.graph.get("name", "")
    if not len(g):
        ax.set_title(title)
        ax.text(0.5, 0.5, "no nodes", ha="center", va="center", transform=ax.transAxes)
        return fig
    if "pagerank" not in next(iter(g.nodes.values())):
        add_metrics(g)
    if len(g) > limit:
        title += f"\n(the {limit} most connected nodes of {len(g)})"
        g = g.subgraph(sorted(g, key=lambda n: (-g.nodes[n]["strength"], n))[:limit])
    ax.set_title(title)
    flat = simple(g)
    pos = nx.spring_layout(flat, weight="weight", seed=seed, k=1.5 / len(flat) ** 0.5)
    top = max((d["weight"] for _, _, d in flat.edges(data=True)), default=1)
    nx.draw_networkx_edges(
        flat,
        pos,
        ax=ax,
        alpha=0.3 if flat.number_of_edges() < 500 else 0.06,
        edge_color="#555555",
        width=[0.5 + 2.5 * d["weight"] / top for *_, d in flat.edges(data=True)],
    )
    ranks = [d["pagerank"] for _, d in g.nodes(data=True)]
    low, spread = min(ranks), (max(ranks) - min(ranks)) or 1.0
    groups: dict[tuple[str, str], list] = {}
    for node, data in g.nodes(data=True):
        groups.setdefault(_colour(data, colour), []).append(node)
    for (colour_of, name), nodes in sorted(groups.items(), key=lambda item: item[0][1]):
        sizes = [20 + 600 * (g.nodes[n]["pagerank"] - low) / spread for n in nodes]
        nx.draw_networkx_nodes(flat, pos, nodelist=nodes, node_size=sizes, node_color=colour_of, label=name, ax=ax)
    named = sorted(g.nodes, key=lambda n: (-g.nodes[n]["strength"], n))[:labels]
    nx.draw_networkx_labels(flat, pos, {n: _short(g.nodes[n].get("short", n)) for n in named}, font_size=8, ax=ax)
    ax.legend(loc="lower left", fontsize=8, markerscale=0.5, frameon=False)
    return fig


def _colour(data: dict, by: str) -> tuple[str, str]:
    """A node's colour and its name in the legend."""
    if by == "community":
        i = data["community"]
        if i < len(COMMUNITY_COLOURS):
            return COMMUNITY_COLOURS[i], f"community {i + 1:>2}"
        return COLOURS["other"], "smaller communities"
    kind = data.get("kind", "other")
    return COLOURS.get(kind, COLOURS["other"]), kind


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def save(fig: Figure, path: Path, dpi: int = 120) -> Path:
    """Write ``fig`` as PNG (or SVG, by the suffix) at ``path``, whole or not at all."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=path.suffix.lstrip(".") or "png", dpi=dpi)
    write_atomically(path, buffer.getvalue())
    return path
