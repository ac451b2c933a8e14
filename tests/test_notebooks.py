"""The notebooks of notebooks/ run from top to bottom without an error, and show their figures.

`pytest --update-golden` writes the executed notebooks back (outputs included, so GitHub shows the figures).
A notebook whose metadata says ``{"tipgraph": {"needs": "corpus"}}`` reads ../shared/corpus and is skipped,
with the reason, when the corpus is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: What makes a figure in a cell.
FIGURES = ("draw_network(", ".plot.", "plt.subplots(")
CORPUS = Path(os.environ.get("TIPGRAPH_CORPUS", ROOT.parent / "shared" / "corpus")) / "unxml-ga"


def test_the_four_notebooks_are_there():
    assert [p.stem.split("-", 1)[1] for p in NOTEBOOKS] == [
        "seed-explained",
        "anti-trafficking-series",
        "sparql-cookbook",
        "corpus-network",
    ]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path: Path, update_golden: bool):
    nb = nbformat.read(path, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and "**Question:**" in first.source, "open with the question it answers"
    assert "United Nations" in first.source, "acknowledge the source of the documents"
    if nb.metadata.get("tipgraph", {}).get("needs") == "corpus" and not CORPUS.is_dir():
        pytest.skip(f"{path.name} reads the shared corpus, absent at {CORPUS} (set TIPGRAPH_CORPUS)")
    client = NotebookClient(
        nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}, record_timing=False
    )
    client.execute()  # raises CellExecutionError, with the cell and the traceback, if a cell fails
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")]
    for cell in nb.cells:  # every figure has a static form, which GitHub renders
        if cell.cell_type == "code" and any(call in cell.source for call in FIGURES):
            assert any("image/png" in o.get("data", {}) for o in cell.outputs), cell.source
    if update_golden:
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
