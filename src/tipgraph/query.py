"""Run SPARQL over graph files (with the ontology and reference data) on an embedded Oxigraph store."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import InputError
from .refdata import ontology_dir

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
_HEADER = re.compile(r"^#\s*(title|description|parameters|columns):\s*(.*)$", re.MULTILINE)


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


def header(query_text: str) -> dict[str, str]:
    """The comment header of a query file: title, description, parameters, columns."""
    return {k: v.strip() for k, v in _HEADER.findall(query_text)}


def resolve_query(name: str) -> Path:
    """A query file by path, or by name in ``queries/`` (``directives`` or ``directives.rq``)."""
    path = Path(name)
    if path.is_file():
        return path
    named = queries_dir() / (name if name.endswith(".rq") else name + ".rq")
    if named.is_file():
        return named
    raise InputError("no such query file or named query", source=name)


def load_store(graphs: list[Path], with_ontology: bool = True) -> ox.Store:
    store = ox.Store()
    files = list(graphs)
    if with_ontology:
        files += sorted(p for p in ontology_dir().rglob("*.ttl") if "shapes" not in p.parts)
    for path in files:
        fmt = _FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise InputError(f"unknown RDF format {path.suffix!r} (use one of {', '.join(_FORMATS)})", source=str(path))
        try:
            store.bulk_load(path=str(path), format=fmt)
        except (OSError, SyntaxError, ValueError) as e:
            raise InputError(f"cannot load: {e}", source=str(path)) from None
    return store


def run(store: ox.Store, query_text: str, source: str = "<query>") -> Result:
    try:
        solutions = store.query(query_text)
    except SyntaxError as e:
        raise InputError(f"bad SPARQL: {e}", source=source) from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise InputError("only SELECT queries are supported here", source=source)
    columns = tuple(v.value for v in solutions.variables)
    rows = tuple(tuple(_value(s[c]) for c in columns) for s in solutions)
    return Result(columns, rows)


def _value(term: object) -> str | None:
    if term is None:
        return None
    return str(term.value)  # type: ignore[attr-defined]
