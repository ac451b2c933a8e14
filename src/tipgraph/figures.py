"""Figures of the networks (matplotlib, no screen needed): the same pictures in notebooks and from the command line."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot: no screen here, PNG out (a notebook's inline backend still shows figures)
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from .network import add_metrics, simple  # noqa: E402
from .output import write_atomically  # noqa: E402

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


def draw_network(g: nx.Graph, title: str | None = None, labels: int = 12, seed: int = 1) -> Figure:
    """A picture of ``g``: nodes coloured by kind and sized by PageRank, the ``labels`` most central ones
    named (by weighted degree), edges thicker with weight. The layout is repeatable (``seed``)."""
    fig, ax = plt.subplots(figsize=(10, 8), layout="constrained")
    ax.set_axis_off()
    ax.set_title(title or g.graph.get("name", ""))
    if not len(g):
        ax.text(0.5, 0.5, "no nodes", ha="center", va="center", transform=ax.transAxes)
        return fig
    if "pagerank" not in next(iter(g.nodes.values())):
        add_metrics(g)
    flat = simple(g)
    pos = nx.spring_layout(flat, weight="weight", seed=seed, k=1.5 / len(flat) ** 0.5)
    top = max((d["weight"] for _, _, d in flat.edges(data=True)), default=1)
    nx.draw_networkx_edges(
        flat,
        pos,
        ax=ax,
        alpha=0.3,
        edge_color="#555555",
        width=[0.5 + 2.5 * d["weight"] / top for *_, d in flat.edges(data=True)],
    )
    kinds = sorted({d.get("kind", "other") for _, d in g.nodes(data=True)})
    ranks = [d["pagerank"] for _, d in g.nodes(data=True)]
    low, spread = min(ranks), (max(ranks) - min(ranks)) or 1.0
    for kind in kinds:
        nodes = [n for n, d in g.nodes(data=True) if d.get("kind", "other") == kind]
        sizes = [20 + 600 * (g.nodes[n]["pagerank"] - low) / spread for n in nodes]
        nx.draw_networkx_nodes(
            flat,
            pos,
            nodelist=nodes,
            node_size=sizes,
            node_color=COLOURS.get(kind, COLOURS["other"]),
            label=kind,
            ax=ax,
        )
    named = sorted(g.nodes, key=lambda n: (-g.nodes[n]["strength"], n))[:labels]
    nx.draw_networkx_labels(flat, pos, {n: _short(g.nodes[n].get("short", n)) for n in named}, font_size=8, ax=ax)
    ax.legend(loc="lower left", fontsize=8, markerscale=0.5, frameon=False)
    return fig


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def save(fig: Figure, path: Path, dpi: int = 120) -> Path:
    """Write ``fig`` as PNG (or SVG, by the suffix) at ``path``, whole or not at all, and close it."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=path.suffix.lstrip(".") or "png", dpi=dpi)
    plt.close(fig)
    write_atomically(path, buffer.getvalue())
    return path
