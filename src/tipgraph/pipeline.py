"""From files to graphs: read, analyse, build and (if asked) validate one document; fill a store with many.

The ``build`` command runs this with its reports and progress; notebooks and scripts call
:func:`build_store` to get a store to query in a line.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .akn_reader import read_akn
from .errors import InputError
from .extract import analyse
from .graph import build_graph, work_iri
from .ids import expression_iri
from .model import Analysis, Document
from .store import nt_triples, open_store, put_graph
from .text_reader import read_file
from .validate import Report, validate

READABLE = (".txt", ".xml")


def input_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and the ``.txt`` and ``.xml`` files under each folder, in a stable order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in READABLE and p.is_file()))
        else:
            files.append(path)
    return files


def read_any(path: Path, lang: str) -> Document:
    """An AKN file (``.xml``) or a PDF extraction (any other name, in ``lang``)."""
    return read_akn(path) if path.suffix == ".xml" else read_file(path, lang=lang)


@dataclass
class Built:
    """One document built: what was read, found and made, and the SHACL report if it was validated."""

    path: Path
    doc: Document
    analysis: Analysis
    graph: Graph
    expression: str
    report: Report | None


def build_one(
    path: Path, lang: str = "zh", symbol: str | None = None, date: str | None = None, check: bool = True
) -> Built:
    """Read, analyse and build one file (and validate its graph unless ``check`` is false).

    Raises :class:`InputError` for a file that cannot be read.
    """
    doc = read_any(path, lang)
    analysis = analyse(doc)
    graph = build_graph(doc, analysis, symbol=symbol, date=date)
    expression = expression_iri(work_iri(doc, symbol), doc.lang)
    return Built(path, doc, analysis, graph, expression, validate(graph) if check else None)


def _nt(job: tuple[Path, str]) -> tuple[str, bytes] | str:
    """One file's graph as (expression IRI, N-Triples), or why it cannot be read: what a worker sends back."""
    path, lang = job
    try:
        built = build_one(path, lang, check=False)
    except InputError as e:
        return str(e)
    except Exception as e:  # a bug: reported, and the other documents are built
        return f"{path}: internal error {type(e).__name__}: {e} (please report it)"
    return built.expression, built.graph.serialize(format="nt", encoding="utf-8")


def build_store(
    inputs: Iterable[Path | str],
    store: ox.Store | None = None,
    lang: str = "zh",
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
) -> ox.Store:
    """A store (in memory unless given) holding the documents of ``inputs`` (files and folders), one named
    graph each, not validated, built by ``jobs`` processes (``progress`` is called after each file). A file
    that cannot be read is skipped with a warning."""
    store = store if store is not None else open_store(None)
    work = [(path, lang) for path in input_files(inputs)]
    with ProcessPoolExecutor(jobs) if jobs > 1 else nullcontext() as pool:
        for done in pool.map(_nt, work, chunksize=4) if pool else map(_nt, work):
            if progress:
                progress()
            if isinstance(done, str):
                warnings.warn(f"skipped: {done}", stacklevel=2)
                continue
            expression, nt = done
            put_graph(store, ox.NamedNode(expression), nt_triples(nt))
    return store
