"""Validate a graph against the SHACL shapes in ``ontology/shapes`` and say what is wrong in words."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParserElement
from pyshacl import validate as shacl_validate
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, SH, NamespaceManager

from .graph import PREFIXES
from .namespaces import OA
from .refdata import ontology_graph, shapes_graph
from .store import document_graphs, graph_bytes, load_file


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    shape: str | None
    quote: str | None  # the source text the focus node came from, where known

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        said = f" — text: “{self.quote}”" if self.quote else ""
        return f"{self.focus}{where}: {self.message}{said}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    graph: Graph  # the SHACL validation report as RDF


@functools.cache
def _reference() -> Graph:
    """The graph each document is validated in: the ontology and reference data, and, during a validation,
    the document's own triples (added, then taken out again)."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    return graph


def validate(data: Graph) -> Report:
    """Validate ``data`` together with the ontology and reference data (``data`` is not changed).

    The document's triples are added to one graph of the reference data and taken out after, rather than
    both copied into a new graph for each document, and pyshacl validates that graph in place (no copy
    either; the shapes infer nothing). Not for threads.
    """
    mixed = _reference()
    added = [triple for triple in data if triple not in mixed]
    for triple in added:
        mixed.add(triple)
    try:
        conforms, report, _ = shacl_validate(
            mixed, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True, inplace=True
        )
    finally:
        for triple in added:
            mixed.remove(triple)
    # pyshacl parses SPARQL with pyparsing; where packrat caching is on (matplotlib turns it on when imported),
    # the cache keeps the exceptions of the last parse, their tracebacks and so every caller's frame: an open
    # store among them would stay locked. Nothing is to be reused from that cache.
    ParserElement.reset_cache()
    violations = []
    for result in report.objects(None, SH.result):  # top-level results, not their sh:detail
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        shape = report.value(result, SH.sourceShape)
        violations.append(
            Violation(
                focus=str(focus),
                path=None if path is None or not isinstance(path, URIRef) else _names().normalizeUri(path),
                message=str(message) if message else "does not conform",
                shape=str(shape) if isinstance(shape, URIRef) else None,
                quote=_quote(data, focus),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return Report(bool(conforms), tuple(violations), report)


@functools.cache
def _names() -> NamespaceManager:
    names = NamespaceManager(Graph(bind_namespaces="none"))
    for prefix, ns in PREFIXES.items():
        names.bind(prefix, ns)
    return names


def _quote(data: Graph, node: object) -> str | None:
    for anno in data.subjects(OA.hasBody, node):
        for target in data.objects(anno, OA.hasTarget):
            for selector in data.objects(target, OA.hasSelector):
                if (exact := data.value(selector, OA.exact)) is not None:
                    return " ".join(str(exact).split())[:120]
    return None


def documents(path: Path) -> Iterator[tuple[str, Graph]]:
    """The documents of an RDF file, each as (name, graph): its named graphs (.nq, .trig: one per document
    expression, as the store holds them), or the whole file where it has none.

    Raises:
        tipgraph.errors.InputError: the file cannot be read or parsed.
    """
    store = ox.Store()
    load_file(store, path)
    if next(document_graphs(store), None) is not None:
        yield from store_documents(store)
    else:
        yield path.resolve().as_uri(), _graph(store, ox.DefaultGraph())


def store_documents(store: ox.Store) -> Iterator[tuple[str, Graph]]:
    """Each document expression's named graph in ``store``, as (name, graph)."""
    for name in document_graphs(store):
        yield name.value, _graph(store, name)


def _graph(store: ox.Store, name: ox.NamedNode | ox.DefaultGraph) -> Graph:
    return Graph().parse(data=graph_bytes(store, name), format="nt")


def report_dataset(reports: list[tuple[str, Report]]) -> Graph:
    """The SHACL reports of many documents in one graph, each report saying (``dct:subject``) which document."""
    merged = Graph()
    merged.bind("sh", SH)
    for name, report in reports:
        for triple in report.graph:
            merged.add(triple)
        for node in report.graph.subjects(SH.conforms, None):
            merged.add((node, DCTERMS.subject, URIRef(name)))
    return merged
