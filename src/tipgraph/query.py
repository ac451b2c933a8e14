"""SPARQL SELECT queries: the query files of ``queries/``, their parameters, and where they run.

A query runs on the embedded store (:class:`Embedded`, Oxigraph) or on any SPARQL 1.1 endpoint
(:class:`Endpoint`, through SPARQLWrapper) and gives the same :class:`Result` on both. Parameters are
declared in the query's header and bound as RDF terms, never pasted into the query text: the query gets
a ``VALUES`` block opening its outermost group, written from the terms by rdflib, the same on both.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier
from SPARQLWrapper import JSON, POST, SELECT, SPARQLWrapper

from . import __version__
from .errors import InputError
from .ids import BASE, ID, LANGUAGES, VOCAB, Symbol
from .refdata import ontology_dir

_HEADER = re.compile(r"^#\s*(title|description|parameters|example|columns):\s*(.*)$", re.MULTILINE)
_PARAMETER = re.compile(r"(\w+) \((\w+)(?:, (required)|\s*=\s*([^)]*))?\)(?::\s*([^;]*))?")
_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_WHOLE = re.compile(r"-?[0-9]+")
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
#: Parameter types: what a value given on the command line becomes.
TYPES = {
    "iri": "an entity or concept by its key (unodc, urges), an instrument by its symbol (A/RES/76/186), or an IRI",
    "text": "a string",
    "language": "a language tag of the six (ar zh en fr ru es)",
    "integer": "a whole number",
}


#: How tipgraph names itself to servers.
USER_AGENT = f"tipgraph/{__version__} (+{BASE})"


def credentials() -> tuple[str, str] | None:
    """A server's user and password, from ``TIPGRAPH_ENDPOINT_USER`` and ``TIPGRAPH_ENDPOINT_PASSWORD``."""
    user = os.environ.get("TIPGRAPH_ENDPOINT_USER")
    return (user, os.environ.get("TIPGRAPH_ENDPOINT_PASSWORD", "")) if user else None


def queries_dir() -> Path:
    return ontology_dir().parent / "queries"


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(["" if v is None else v for v in row] for row in self.rows)
        return out.getvalue()

    def as_json(self) -> str:
        return json.dumps(
            [dict(zip(self.columns, row, strict=True)) for row in self.rows], ensure_ascii=False, indent=1
        )


@dataclass(frozen=True)
class Parameter:
    name: str  # the variable it binds
    type: str  # a key of TYPES
    required: bool
    default: str | None  # the value taken when none is given
    description: str


def header(query_text: str) -> dict[str, str]:
    """The comment header of a query file: title, description, parameters, example, columns."""
    return {k: v.strip() for k, v in _HEADER.findall(query_text)}


def example(query_text: str) -> dict[str, str]:
    """The parameter values a query is shown and tested with (``# example: actor=unodc; lang=en``).

    >>> example("# example: actor=unodc; lang=en")
    {'actor': 'unodc', 'lang': 'en'}
    """
    given = header(query_text).get("example", "")
    return dict(pair.strip().split("=", 1) for pair in given.split(";") if pair.strip())


def parameters(query_text: str) -> dict[str, Parameter]:
    """The parameters a query declares, each binding the variable of its name.

    >>> parameters("# parameters: actor (iri, required): who is asked; lang (language = en)")["lang"]
    Parameter(name='lang', type='language', required=False, default='en', description='')
    """
    declared = header(query_text).get("parameters", "none")
    found = {
        m[0]: Parameter(m[0], m[1], bool(m[2]), m[3].strip() or None, m[4].strip())
        for m in _PARAMETER.findall(declared)
    }
    for p in found.values():
        if p.type not in TYPES:
            raise InputError(f"parameter {p.name!r} has unknown type {p.type!r} (one of {', '.join(TYPES)})")
    return found


def resolve_query(name: str) -> Path:
    """A query file by path, or by name in ``queries/`` (``directives`` or ``directives.rq``)."""
    path = Path(name)
    if path.is_file():
        return path
    named = queries_dir() / (name if name.endswith(".rq") else name + ".rq")
    if named.is_file():
        return named
    raise InputError("no such query file or named query", source=name)


class Backend(Protocol):
    def select(self, query_text: str, bindings: dict[str, Identifier], source: str = "<query>") -> Result: ...


class Embedded:
    """Queries on an Oxigraph store (see :mod:`tipgraph.store`)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def select(self, query_text: str, bindings: dict[str, Identifier], source: str = "<query>") -> Result:
        try:
            solutions = self.store.query(with_values(query_text, bindings) if bindings else query_text)
        except SyntaxError as e:
            raise InputError(f"bad SPARQL: {e}", source=source) from None
        if not isinstance(solutions, ox.QuerySolutions):
            raise InputError("only SELECT queries are supported here", source=source)
        columns = tuple(v.value for v in solutions.variables)
        return Result(columns, tuple(tuple(_value(s[c]) for c in columns) for s in solutions))


class Endpoint:
    """Queries on a remote SPARQL 1.1 endpoint holding a published store (:mod:`tipgraph.publish`).

    Credentials come from ``TIPGRAPH_ENDPOINT_USER`` and ``TIPGRAPH_ENDPOINT_PASSWORD`` (HTTP Basic, or
    Digest when ``TIPGRAPH_ENDPOINT_AUTH=digest``). ``default_graph`` names the graph queries read, for a
    server whose own default graph is not the merged graph (Virtuoso's is the union of all its graphs).
    """

    def __init__(self, url: str, timeout: float = 60.0, default_graph: str | None = None) -> None:
        self.url = url
        self.client = SPARQLWrapper(url, agent=USER_AGENT)
        if default_graph:
            self.client.addDefaultGraph(default_graph)
        self.client.setReturnFormat(JSON)
        self.client.setMethod(POST)  # a form: Virtuoso 7 hangs on a query sent as the body
        self.client.setTimeout(int(timeout))
        if login := credentials():
            self.client.setCredentials(*login)
            self.client.setHTTPAuth(os.environ.get("TIPGRAPH_ENDPOINT_AUTH", "basic").upper())

    def select(self, query_text: str, bindings: dict[str, Identifier], source: str = "<query>") -> Result:
        if bindings:
            query_text = with_values(query_text, bindings)
        self.client.setQuery(query_text)
        self.client.queryType = SELECT  # it guesses from words, comments included: "asks" is ASK
        try:
            answer = self.client.queryAndConvert()
        except Exception as e:  # SPARQLWrapper raises its own errors, urllib's and socket's
            raise InputError(f"the endpoint {self.url} failed: {type(e).__name__}: {e}", source=source) from None
        if not isinstance(answer, dict) or "results" not in answer:
            raise InputError("only SELECT queries are supported here", source=source)
        columns = tuple(answer["head"]["vars"])
        rows = tuple(tuple(b[c]["value"] if c in b else None for c in columns) for b in answer["results"]["bindings"])
        return Result(columns, rows)


def with_values(query_text: str, bindings: dict[str, Identifier]) -> str:
    """The query with ``VALUES`` binding each variable opening its outermost group (SELECT queries)."""
    at = _first_brace(query_text)
    if at is None:
        raise InputError("cannot bind parameters: the query has no group pattern")
    block = " ".join(f"VALUES ?{name} {{ {term.n3()} }}" for name, term in bindings.items())
    return f"{query_text[: at + 1]} {block} {query_text[at + 1 :]}"


def _first_brace(text: str) -> int | None:
    """The position of the first ``{`` that is not in a comment, a string or an IRI."""
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            return i
        if c == "#":
            i = text.find("\n", i)
            if i < 0:
                return None
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            while i < len(text) and not text.startswith(quote, i):
                i += 2 if text[i] == "\\" else 1
            i += len(quote) - 1
        elif c == "<" and (m := re.match(r"<[^\s<>\"{}|^`\\]*>", text[i:])):
            i += m.end() - 1
        i += 1
    return None


def bind(backend: Backend, query_text: str, given: dict[str, str]) -> dict[str, Identifier]:
    """The RDF terms for the parameter values ``given`` (name -> value as typed by a user)."""
    declared = parameters(query_text)
    given = {p.name: p.default for p in declared.values() if p.default is not None} | given
    terms: dict[str, Identifier] = {}
    for name, value in given.items():
        if name not in declared:
            takes = ", ".join(declared) or "none"
            raise InputError(f"the query has no parameter {name!r} (its parameters: {takes})")
        terms[name] = _term(backend, declared[name], value)
    if missing := [p.name for p in declared.values() if p.required and p.name not in terms]:
        raise InputError(f"the query needs --param {' '.join(f'{m}=…' for m in missing)}")
    return terms


def _term(backend: Backend, p: Parameter, value: str) -> Identifier:
    def bad(why: str) -> InputError:
        return InputError(f"--param {p.name}={value!r}: {why} ({p.type}: {TYPES[p.type]})")

    if p.type == "text":
        return Literal(value)
    if p.type == "language":
        if value not in LANGUAGES:
            raise bad("not one of the six languages")
        return Literal(value)
    if p.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise bad("not a whole number")
        return Literal(int(value), datatype=XSD.integer)
    if _IRI.fullmatch(value):
        return URIRef(value)
    if "/" in value:
        try:
            return URIRef(Symbol.parse(value).work_iri)
        except ValueError as e:
            raise bad(str(e)) from None
    if not _KEY.fullmatch(value):
        raise bad("neither a key (letters, digits, '-', '.', '_') nor an IRI")
    found = backend.select(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT DISTINCT ?iri WHERE { ?iri skos:prefLabel ?label . FILTER (STRENDS(STR(?iri), ?suffix)"
        f' && (STRSTARTS(STR(?iri), "{ID}") || STRSTARTS(STR(?iri), "{VOCAB}"))) }} ORDER BY ?iri',
        {"suffix": Literal("/" + value)},
        source=f"--param {p.name}",
    ).rows
    if len(found) != 1:
        raise bad("no entity or concept has this key" if not found else "ambiguous: " + ", ".join(r[0] for r in found))
    return URIRef(found[0][0])


def run(backend: Backend, query_text: str, given: dict[str, str] | None = None, source: str = "<query>") -> Result:
    """Run a SELECT query with its parameters bound from ``given`` (name -> value as typed by a user)."""
    return backend.select(query_text, bind(backend, query_text, given or {}), source=source)


def records(backend: Backend | ox.Store, name: str, **given: str) -> list[dict[str, str | None]]:
    """The rows of a named query (or a query file), each a dict by column: what a script or notebook wants.

    ``backend`` may be a store itself; ``given`` are the parameters, as :func:`run` takes them. A column
    whose values are all whole numbers (counts, paragraph numbers, sessions) comes as ``int``.
    """
    if isinstance(backend, ox.Store):
        backend = Embedded(backend)
    path = resolve_query(name)
    result = run(backend, path.read_text(encoding="utf-8"), given, source=str(path))
    whole = [
        all(row[i] is None or _WHOLE.fullmatch(row[i]) for row in result.rows) for i in range(len(result.columns))
    ]
    return [
        {c: int(v) if w and v is not None else v for c, v, w in zip(result.columns, row, whole, strict=True)}
        for row in result.rows
    ]


def _value(term: object) -> str | None:
    if term is None:
        return None
    return str(term.value)  # type: ignore[attr-defined]
