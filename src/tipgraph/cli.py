"""The ``tipgraph`` command: parses arguments and calls the library, nothing more.

Exit codes: 0 done (and the graph conforms), 1 built but does not conform, 2 bad input or usage.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

import click
from rdflib import Graph
from rich.console import Console
from rich.table import Table

from .errors import InputError
from .extract import analyse
from .graph import build_graph
from .ids import Symbol
from .query import header, load_store, queries_dir, resolve_query, run
from .text_reader import read_file
from .validate import validate

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    sys.exit(2)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, so no half-written file is ever left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@click.group()
@click.version_option(package_name="tipgraph")
def main() -> None:
    """tipgraph: UN resolutions against trafficking in persons, as linked data."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Turtle file to write."
)
@click.option("--symbol", help="The document symbol, where the text lacks it (A/C.3/63/L.13).")
@click.option("--date", "date_", help="The document's date (YYYY-MM-DD), where the text lacks it.")
@click.option("--lang", default="zh", show_default=True, help="Language of the text (BCP 47).")
def build(inputs: tuple[Path, ...], output: Path, symbol: str | None, date_: str | None, lang: str) -> None:
    """Read resolution texts, extract, build RDF, validate it and write Turtle."""
    if (symbol or date_) and len(inputs) > 1:
        _fail("--symbol and --date describe one document: give one input with them")
    if symbol:
        try:
            symbol = str(Symbol.parse(symbol))
        except ValueError as e:
            _fail(str(e))
    if date_:
        try:
            date_ = dt.date.fromisoformat(date_).isoformat()
        except ValueError:
            _fail(f"--date {date_!r} is not a date of the form YYYY-MM-DD")
    graph = Graph()
    counts: Counter[str] = Counter()
    for path in inputs:
        try:
            doc = read_file(path, lang=lang)
        except InputError as e:
            _fail(str(e))
        analysis = analyse(doc)
        for w in analysis.warnings:
            err.print(f"[yellow]warning:[/yellow] {path}: {w}")
        g = build_graph(doc, analysis, symbol=symbol, date=date_)
        for prefix, ns in g.namespaces():
            graph.bind(prefix, ns, override=False)
        graph += g
        counts.update(
            documents=1,
            preambular=len(doc.preamble),
            operative=len(doc.operative),
            footnotes=len(doc.footnotes),
            mentions=len({m.entity for m in analysis.mentions}),
            citations=len(analysis.citations),
            directives=len(analysis.directives),
        )
    report = validate(graph)
    write_atomically(output, graph.serialize(format="longturtle").encode("utf-8"))
    summary = ", ".join(f"{n} {k}" for k, n in counts.items())
    out.print(f"wrote {output}: {len(graph)} triples; {summary}")
    if report.conforms:
        out.print("[green]conforms[/green] to the SHACL shapes")
        return
    err.print(f"[red]does not conform[/red]: {len(report.violations)} violation(s)")
    for v in report.violations:
        err.print(f"  - {v}")
    sys.exit(1)


@main.command()
@click.argument("args", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the named queries in queries/.")
@click.option("--no-ontology", is_flag=True, help="Do not load the ontology and reference data with the graph.")
def query(args: tuple[str, ...], fmt: str, list_: bool, no_ontology: bool) -> None:
    """Run a SPARQL query: tipgraph query GRAPH... QUERY (a .rq file or a name from queries/)."""
    if list_:
        table = Table("name", "title", "columns")
        for path in sorted(queries_dir().glob("*.rq")):
            h = header(path.read_text(encoding="utf-8"))
            table.add_row(path.stem, h.get("title", ""), h.get("columns", ""))
        out.print(table)
        return
    if len(args) < 2:
        _fail("usage: tipgraph query GRAPH... QUERY")
    try:
        query_path = resolve_query(args[-1])
        store = load_store([Path(a) for a in args[:-1]], with_ontology=not no_ontology)
        result = run(store, query_path.read_text(encoding="utf-8"), source=str(query_path))
    except InputError as e:
        _fail(str(e))
    if fmt == "csv":
        click.echo(result.as_csv(), nl=False)
    elif fmt == "json":
        click.echo(result.as_json())
    else:
        table = Table(*result.columns)
        for row in result.rows:
            table.add_row(*("" if v is None else v for v in row))
        out.print(table)
