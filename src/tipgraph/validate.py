"""Validate graphs against the SHACL shapes in ``ontology/shapes`` and say what is wrong in words."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyparsing import ParserElement
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SH, XSD, NamespaceManager
from rdflib.term import Node

from .graph import PREFIXES
from .ids import BASE
from .namespaces import OA
from .refdata import ontology_graph, shapes_graph
from .shacl import Check, compile_shapes
from .store import REFERENCE_GRAPH, document_graphs, load_file, open_store


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


_VALIDATING = ox.NamedNode(BASE + "graph/validating")


@functools.cache
def _checks() -> list[Check]:
    return compile_shapes(shapes_graph())


@functools.cache
def _workspace() -> ox.Store:
    """An in-memory store with the reference data, where documents are validated one at a time."""
    return open_store(None)


_validated = itertools.count(1)
#: Documents validated in one workspace before it is made anew: Oxigraph's in-memory store keeps what is taken
#: out of it (about 90 kB a resolution), which would grow with the number of documents.
RENEW_AFTER = 200


def validate(data: Graph | bytes) -> Report:
    """Validate a document's graph (an rdflib graph, or N-Triples) together with the reference data.

    The shapes, compiled once into SPARQL (:mod:`tipgraph.shacl`), are run by Oxigraph on a store of the reference
    data into which the document is loaded for the time of the validation. Not for threads.
    """
    nt = data if isinstance(data, bytes) else data.serialize(format="nt", encoding="utf-8")
    if next(_validated) % RENEW_AFTER == 0:
        _workspace.cache_clear()
    store = _workspace()
    store.load(nt, format=ox.RdfFormat.N_TRIPLES, to_graph=_VALIDATING)
    try:
        return validate_stored(store, _VALIDATING)
    finally:
        store.clear_graph(_VALIDATING)


def validate_stored(store: ox.Store, name: ox.NamedNode | ox.DefaultGraph) -> Report:
    """Validate the graph ``name`` of ``store`` (which holds the reference data) where it stands: nothing copied."""
    scope = [name, REFERENCE_GRAPH]
    found: dict[tuple, Check] = {}
    for check in _checks():
        solutions = store.query(check.query, default_graph=scope)
        variables = [v.value for v in solutions.variables]
        for row in solutions:
            values = {variable: row[variable] for variable in variables}
            message = _fill(check.message, values) if check.message else _DEFAULT_MESSAGES.get(check.component)
            value = values.get("value", values["this"] if check.path is None else None)  # a node shape's: its focus
            found.setdefault((_rdflib(values["this"]), _rdflib(value), message), check)
    quotes = _quotes(store, scope, {focus for focus, _, _ in found}) if found else {}
    conforms = all(check.severity != SH.Violation for check in found.values())
    violations = sorted(
        (
            Violation(
                focus=str(focus),
                path=_names().normalizeUri(check.path) if isinstance(check.path, URIRef) else None,
                message=message or "does not conform",
                shape=str(check.shape) if isinstance(check.shape, URIRef) else None,
                quote=quotes.get(focus),
            )
            for (focus, _, message), check in found.items()
        ),
        key=lambda v: (v.focus, v.path or "", v.message),
    )
    return Report(conforms, tuple(violations), _report_graph(found, conforms))


_DEFAULT_MESSAGES = {
    SH.MinCountConstraintComponent: "Fewer values than sh:minCount.",
    SH.MaxCountConstraintComponent: "More values than sh:maxCount.",
    SH.ClassConstraintComponent: "A value is not an instance of the sh:class.",
    SH.DatatypeConstraintComponent: "A value is not of the sh:datatype.",
}


def _fill(template: str, values: dict) -> str:
    """A message with its ``{?var}`` (or ``{$var}``) placeholders filled from a solution's values."""
    return _PLACEHOLDER.sub(lambda m: getattr(values.get(m.group(1)), "value", ""), template)


_PLACEHOLDER = re.compile(r"\{[?$](\w+)\}")


def _rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == str(XSD.string):  # as rdflib writes a plain literal
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def _report_graph(found: dict[tuple, Check], conforms: bool) -> Graph:
    """The results as a SHACL validation report."""
    report = Graph()
    report.bind("sh", SH)
    node = BNode()
    report.add((node, RDF.type, SH.ValidationReport))
    report.add((node, SH.conforms, Literal(conforms)))
    shapes = shapes_graph()
    for (focus, value, message), check in found.items():
        result = BNode()
        report.add((node, SH.result, result))
        report.add((result, RDF.type, SH.ValidationResult))
        report.add((result, SH.focusNode, focus))
        report.add((result, SH.sourceShape, check.shape))
        report.add((result, SH.sourceConstraintComponent, check.component))
        report.add((result, SH.resultSeverity, check.severity))
        if value is not None:
            report.add((result, SH.value, value))
        if message:
            report.add((result, SH.resultMessage, Literal(message)))
        if check.path is not None:
            report.add((result, SH.resultPath, check.path))
            for triple in shapes.cbd(check.path) if isinstance(check.path, BNode) else ():
                report.add(triple)
    return report


_QUOTES = """
PREFIX oa: <http://www.w3.org/ns/oa#>
SELECT ?node (MIN(?exact) AS ?quote) WHERE {
  ?annotation oa:hasBody ?node ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
} GROUP BY ?node"""


def _quotes(store: ox.Store, scope: list, nodes: set) -> dict[Node, str]:
    """The source text each of ``nodes`` was extracted from, where an annotation says."""
    quotes = {}
    for row in store.query(_QUOTES, default_graph=scope):
        if (node := _rdflib(row["node"])) in nodes:
            quotes[node] = " ".join(row["quote"].value.split())[:120]
    return quotes


@functools.cache
def _reference() -> Graph:
    """The graph pyshacl validates each document in: the ontology and reference data, and, during a validation,
    the document's own triples (added, then taken out again)."""
    graph = Graph()
    for triple in ontology_graph():
        graph.add(triple)
    return graph


def validate_with_pyshacl(data: Graph) -> Report:
    """Validate ``data`` with pyshacl, the reference implementation of SHACL (slow: about a second a resolution).

    :func:`validate` must agree with it: the tests run both on every shape case and example document.
    The document's triples are added to one graph of the reference data and taken out after, and pyshacl
    validates that graph in place. Not for threads.
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


def validate_file(path: Path) -> Iterator[tuple[str, Report]]:
    """Validate the documents of an RDF file, each as (name, report): its named graphs (.nq, .trig: one per
    document expression, as the store holds them), or the whole file where it has none.

    Raises:
        tipgraph.errors.InputError: the file cannot be read or parsed.
    """
    store = open_store(None)
    load_file(store, path)
    names = list(document_graphs(store))
    if names:
        yield from validate_store(store, names)
    else:
        yield path.resolve().as_uri(), validate_stored(store, ox.DefaultGraph())


def validate_store(store: ox.Store, names: list[ox.NamedNode] | None = None) -> Iterator[tuple[str, Report]]:
    """Validate each document expression's named graph in ``store`` (or those ``names``), as (name, report)."""
    for name in names if names is not None else document_graphs(store):
        yield name.value, validate_stored(store, name)


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
