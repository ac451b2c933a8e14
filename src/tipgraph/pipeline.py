"""From files to graphs: read, analyse, build and (if asked) validate one document; fill a store with many.

The ``build`` command runs this with its reports and progress; notebooks and scripts call
:func:`build_store` to get a store to query in a line.
"""

from __future__ import annotations

import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .akn_reader import read_akn
from .errors import InputError, read_input
from .extract import analyse
from .graph import build_graph, work_iri
from .ids import expression_iri
from .losses import Losses
from .losses import check as check_losses
from .model import Analysis, Document
from .store import open_store, put_document, source_id
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
    return Built(doc, analysis, graph, expression, validate(graph) if check else None)


@dataclass
class Outcome:
    """What building one file in a worker process sends back: its graph as N-Triples, the figures of its
    summary, the warnings and SHACL violations as text, the loss check, or why it could not be read."""

    path: Path
    expression: str = ""
    nt: bytes = b""
    counts: dict[str, int] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    violations: tuple[str, ...] = ()
    losses: Losses | None = None
    error: str | None = None
    source: str = ""  # the file's bytes named by their digest (store.source_id)


def _outcome(job: tuple[Path, str, str | None, str | None, bool]) -> Outcome:
    path, lang, symbol, date, check = job
    try:
        built = build_one(path, lang, symbol=symbol, date=date, check=False)
        nt = built.graph.serialize(format="nt", encoding="utf-8")
        report = validate(nt) if check else None  # the N-Triples that are sent back anyway, not the graph again
        data = read_input(path)
        losses = check_losses(built.doc, built.graph, data if path.suffix == ".xml" else None)
    except InputError as e:
        return Outcome(path, error=str(e))
    except Exception as e:  # a bug: reported, and the other documents are built (a batch can hold thousands)
        return Outcome(path, error=f"{path}: internal error {type(e).__name__}: {e} (please report it)")
    doc, analysis = built.doc, built.analysis
    counts = {
        "triples": len(built.graph),
        "documents": 1,
        "preambular": len(doc.preamble),
        "operative": len(doc.operative),
        "footnotes": len(doc.footnotes),
        "mentions": len({m.entity for m in analysis.mentions}),
        "citations": len(analysis.citations),
        "directives": len(analysis.directives),
    }
    return Outcome(
        path,
        built.expression,
        nt,
        counts,
        tuple(analysis.warnings),
        tuple(str(v) for v in report.violations) if report else (),
        losses,
        source=source_id(data).value,
    )


def build_many(
    files: list[Path],
    lang: str = "zh",
    symbol: str | None = None,
    date: str | None = None,
    check: bool = True,
    jobs: int = 1,
) -> Iterator[Outcome]:
    """Build (and validate, if ``check``) each file, in ``jobs`` processes; the outcomes come in file order."""
    work = [(path, lang, symbol, date, check) for path in files]
    if jobs < 2 or len(files) < 2:
        yield from map(_outcome, work)
        return
    with ProcessPoolExecutor(jobs) as pool:
        # a few files ahead of the one awaited, not all of them: finished graphs wait in memory for the caller
        # (who stores them one at a time), so a window bounds memory whatever the number of files
        ahead: deque = deque()
        for job in work:
            ahead.append(pool.submit(_outcome, job))
            if len(ahead) > 4 * jobs:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


#: Documents stored between two flushes of the store's write buffers: Oxigraph (RocksDB) otherwise holds
#: what it was given in memory, some 2.6 MB a resolution, until its buffers are full at several hundred MB.
FLUSH_EVERY = 50


def store_each(outcomes: Iterable[Outcome], store: ox.Store) -> Iterator[Outcome]:
    """Each outcome, once its graph is in ``store`` (one transaction a document; nothing for one that could
    not be read), the store's buffers flushed to disk every :data:`FLUSH_EVERY` documents."""
    stored = 0
    for outcome in outcomes:
        if not outcome.error:
            put_document(store, ox.NamedNode(outcome.expression), outcome.nt, ox.NamedNode(outcome.source))
            stored += 1
            if stored % FLUSH_EVERY == 0:
                store.flush()
        yield outcome


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
    for outcome in store_each(build_many(input_files(inputs), lang, check=False, jobs=jobs), store):
        if progress:
            progress()
        if outcome.error:
            warnings.warn(f"skipped: {outcome.error}", stacklevel=2)
    return store
