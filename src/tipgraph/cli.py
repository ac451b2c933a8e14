"""The ``tipgraph`` command: parses arguments and calls the library, nothing more.

Exit codes: 0 done (and the graph conforms), 1 built but does not conform, 2 bad input or usage.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import click
import networkx as nx
from pyoxigraph import NamedNode
from rdflib import Graph
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from . import network
from .errors import InputError, read_input
from .evaluate import FOLDERS, ROWS, Score, corpus_files, evaluate
from .graph import PREFIXES
from .ids import Symbol
from .network import NAMES as NETWORKS
from .output import write_atomically
from .pipeline import build_many, input_files, store_each
from .publish import graph_url, graphs_to_publish, publish
from .query import Backend, Embedded, Endpoint, header, queries_dir, resolve_query, run
from .store import (
    MERGED_GRAPH,
    REFERENCE_GRAPH,
    default_location,
    load_files,
    open_store,
    source_id,
    stored_sources,
)

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}")
    sys.exit(2)


@click.group()
@click.version_option(package_name="tipgraph")
def main() -> None:
    """tipgraph: UN resolutions against trafficking in persons, as linked data."""


def _open(location: Path, must_exist: bool = False):
    if must_exist and not location.is_dir():
        _fail(f"no store at {location}: build one with `tipgraph build INPUT... --store {location}`")
    try:
        return open_store(location)
    except InputError as e:
        _fail(str(e))


STORE_OPTION = click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="The embedded store (default: $TIPGRAPH_STORE, else ./tipgraph-store; build: unless -o alone is given).",
)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Turtle file to write.")
@STORE_OPTION
@click.option("--symbol", help="The document symbol, where the text lacks it (A/C.3/63/L.13).")
@click.option("--date", "date_", help="The document's date (YYYY-MM-DD), where the text lacks it.")
@click.option("--lang", default="zh", show_default=True, help="Language of the plain-text inputs (ar zh en fr ru es).")
@click.option("--jobs", type=int, default=1, show_default=True, help="Processes that read, build and validate.")
@click.option(
    "--resume",
    is_flag=True,
    help="Skip the files whose graphs the store holds from the same bytes (to finish a build that was stopped).",
)
def build(
    inputs: tuple[Path, ...],
    output: Path | None,
    store_dir: Path | None,
    symbol: str | None,
    date_: str | None,
    lang: str,
    jobs: int,
    resume: bool,
) -> None:
    """Read resolutions (files or folders: AKN .xml, PDF-extracted text), extract, build RDF, validate, and
    write Turtle (-o) or add to the embedded store (one named graph per document expression, replaced when
    the document is built again).

    Versions of one resolution in several languages become one work with one expression each. A file
    that cannot be read is reported and skipped. Exit 0: all read and conforming; 1: a file skipped or a
    shape violated; 2: bad usage or nothing read.
    """
    files = input_files(inputs)
    if (symbol or date_) and len(files) > 1:
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
    if not files:
        _fail("no .txt or .xml file among the inputs")
    if output is None and store_dir is None:
        store_dir = default_location()
    store = _open(store_dir) if store_dir else None
    if resume:
        if store is None or output is not None:
            _fail("--resume finishes a build into a store: give --store and no -o")
        files, stored = _not_stored(files, stored_sources(store)), len(files)
        out.print(f"resuming: {stored - len(files)} of {stored} file(s) already stored from the same bytes")
        if not files:
            return
    triples: set[bytes] = set()  # for -o: the N-Triples lines of all documents, each once
    counts: Counter[str] = Counter()
    skipped, violations, incomplete, headings = [], [], [], 0
    read_from: dict[str, Path] = {}  # expression IRI -> the file it was read from
    with Progress(console=err, transient=True, disable=len(files) < 2) as progress:
        task = progress.add_task("building", total=len(files))
        outcomes = build_many(files, lang, symbol, date_, check=True, jobs=jobs)
        for outcome in store_each(outcomes, store) if store is not None else outcomes:
            progress.advance(task)
            path, expression = outcome.path, outcome.expression
            if outcome.error:
                skipped.append(outcome.error)
                err.print(f"[red]skipped:[/red] {outcome.error}")
                continue
            for w in outcome.warnings:
                err.print(f"[yellow]warning:[/yellow] {path}: {w}")
            violations.extend(f"{path.name}: {v}" for v in outcome.violations)
            if not outcome.losses.complete:
                incomplete.append(f"{path}: {outcome.losses}")
                err.print(f"[red]loss:[/red] {incomplete[-1]}")
            headings += len(outcome.losses.headings)
            if expression in read_from:
                earlier = read_from[expression]
                err.print(f"[yellow]warning:[/yellow] {path}: the same expression as {earlier} ({expression})")
            read_from[expression] = path
            if output is not None:
                triples.update(outcome.nt.splitlines())
            counts.update(outcome.counts)
    if not counts["documents"]:
        _fail(f"none of the {len(files)} input file(s) could be read")
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if k != "triples")
    if output is not None:
        write_atomically(output, _serialize(sorted(triples), output.suffix))
        out.print(f"wrote {output}: {len(triples)} triples; {summary}")
    if store is not None:
        out.print(f"stored in {store_dir} (a named graph per document): {counts['triples']} triples; {summary}")
    if skipped:
        err.print(f"[red]{len(skipped)} file(s) skipped[/red]")
    built = counts["documents"]
    out.print(
        f"loss check: every paragraph and footnote of the source is in the graph for {built - len(incomplete)} of"
        f" {built} document(s)" + (f"; {headings} heading(s) of the source are not modelled" if headings else "")
    )
    if not violations:
        out.print("[green]conforms[/green] to the SHACL shapes")
    else:
        err.print(f"[red]does not conform[/red]: {len(violations)} violation(s)")
        for v in violations:
            err.print(f"  - {v}")
    if skipped or violations or incomplete:
        sys.exit(1)


def _not_stored(files: list[Path], stored: set[NamedNode]) -> list[Path]:
    """The files whose bytes the store has no graph of (one that cannot be read stays, to be reported)."""
    keep = []
    for path in files:
        try:
            if source_id(read_input(path)) in stored:
                continue
        except InputError:
            pass
        keep.append(path)
    return keep


def _serialize(lines: list[bytes], suffix: str) -> bytes:
    """Sorted N-Triples lines as N-Triples (``.nt``) or as Turtle (any other name), both byte for byte the
    same for the same input."""
    if suffix == ".nt":
        return b"".join(line + b"\n" for line in lines)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.parse(data=b"\n".join(lines), format="nt")
    return graph.serialize(format="longturtle").encode("utf-8")


@main.command(name="eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--lang", "langs", multiple=True, help="Only these languages (ar zh en fr ru es); all by default.")
@click.option("--limit", type=int, help="Only the first N resolutions (in file-name order) of each language.")
@click.option("--jobs", type=int, default=os.cpu_count() or 1, show_default=True, help="Processes to use.")
@click.option("--failures", is_flag=True, help="List the documents whose paragraph counts differ.")
def eval_(corpus: Path, langs: tuple[str, ...], limit: int | None, jobs: int, failures: bool) -> None:
    """Score the text reader on renderings of the AKN files under CORPUS (one table, one column a language)."""
    chosen = [lang for lang in FOLDERS if not langs or lang in langs]
    paths = corpus_files(corpus, chosen, limit)
    if not paths:
        _fail(f"no AKN files under {corpus}/*/<Language>/")
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("evaluating", total=len(paths))
        scores = evaluate(paths, jobs=jobs, progress=lambda: progress.advance(task))
    table = Table("measure", *[lang for lang in chosen if lang in scores])
    for title, num, den in ROWS:
        cells = []
        for lang in chosen:
            if lang not in scores:
                continue
            s = scores[lang]
            n = getattr(s, num)
            if den is None:
                cells.append(f"{n - s.unread} of {n}")
            else:
                d = getattr(s, den)
                cells.append(f"{100 * n / d:.1f}% ({n}/{d})" if d else "–")
        table.add_row(title, *cells)
    Console(highlight=False, width=max(out.width, 150)).print(table)
    if failures:
        for lang in chosen:
            for f in scores.get(lang, Score()).failures:
                out.print(f"{lang}: {f}")


def _backend(
    graphs: list[Path], store_dir: Path | None, endpoint: str | None, merged_graph: str | None, timeout: float
) -> Backend:
    """Where to query: graph files (with the reference data), an endpoint, or the embedded store."""
    if sum(map(bool, (graphs, endpoint, store_dir))) > 1:
        _fail("query graph files, a --store or an --endpoint: one of them")
    if endpoint:
        return Endpoint(endpoint, timeout=timeout, default_graph=merged_graph)
    if graphs:
        store = open_store(None)
        load_files(store, graphs)
        return Embedded(store)
    return Embedded(_open(store_dir or default_location(), must_exist=True))


ENDPOINT_OPTIONS = (
    click.option("--endpoint", help="A remote SPARQL 1.1 query endpoint instead of the store."),
    click.option(
        "--merged-graph", help="The graph the endpoint holds the merged graph in (see publish --merged-graph)."
    ),
    click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for an endpoint."),
)


def _endpoint_options(f):
    for option in reversed(ENDPOINT_OPTIONS):
        f = option(f)
    return f


def _params(values: tuple[str, ...]) -> dict[str, str]:
    given = {}
    for v in values:
        name, sep, value = v.partition("=")
        if not sep or not name:
            _fail(f"--param {v!r}: write it as NAME=VALUE")
        given[name] = value
    return given


@main.command()
@click.argument("args", nargs=-1)
@STORE_OPTION
@_endpoint_options
@click.option("--param", "params", multiple=True, help="A query parameter as NAME=VALUE (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the named queries in queries/.")
def query(
    args: tuple[str, ...],
    store_dir: Path | None,
    endpoint: str | None,
    merged_graph: str | None,
    params: tuple[str, ...],
    timeout: float,
    fmt: str,
    list_: bool,
) -> None:
    """Run a SPARQL SELECT query (a .rq file or a name from queries/).

    \b
    tipgraph query QUERY                      on the embedded store
    tipgraph query GRAPH... QUERY             on graph files (with the ontology and reference data)
    tipgraph query --endpoint URL QUERY       on a SPARQL endpoint
    """
    if list_:
        table = Table("name", "title", "parameters", "columns")
        for path in sorted(queries_dir().glob("*.rq")):
            h = header(path.read_text(encoding="utf-8"))
            table.add_row(path.stem, h.get("title", ""), h.get("parameters", ""), h.get("columns", ""))
        out.print(table)
        return
    if not args:
        _fail("usage: tipgraph query [GRAPH...] QUERY")
    try:
        query_path = resolve_query(args[-1])
        backend = _backend([Path(a) for a in args[:-1]], store_dir, endpoint, merged_graph, timeout)
        result = run(backend, query_path.read_text(encoding="utf-8"), _params(params), source=str(query_path))
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


def oxigraph_command() -> str:
    """The ``oxigraph`` server program installed beside this Python (the ``oxigraph`` package)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        _fail("the oxigraph server is not installed: pip install oxigraph")
    return found


@main.command()
@STORE_OPTION
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="Host and port to listen on.")
def serve(store_dir: Path | None, bind: str) -> None:
    """Serve the store read-only as a SPARQL endpoint (/query) with a query page (/), on loopback by default.

    Uses Oxigraph's server (the `oxigraph` package). Stop it before building into the same store.
    """
    location = store_dir or default_location()
    _open(location, must_exist=True)  # loads the reference data anew if they changed, and lets go
    command = [oxigraph_command(), "serve-read-only", "--location", str(location), "--bind", bind]
    out.print(f"serving {location} at http://{bind}/ (SPARQL endpoint http://{bind}/query); Ctrl-C stops")
    os.execv(command[0], command)


@main.command(name="publish")
@click.option("--endpoint", required=True, help="The Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store).")
@STORE_OPTION
@click.option("--dry-run", is_flag=True, help="Say what would be sent, send nothing.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for each request.")
@click.option("--retries", type=int, default=3, show_default=True, help="Further tries for a failed request.")
@click.option(
    "--merged-graph",
    help=f"Put the merged graph in this named graph, not in the server's default graph (Virtuoso has none of its own: "
    f"use {MERGED_GRAPH}, and query with the same --merged-graph).",
)
def publish_(
    endpoint: str, store_dir: Path | None, dry_run: bool, timeout: float, retries: int, merged_graph: str | None
) -> None:
    """Push each document's named graph, the reference data and the merged default graph to a SPARQL 1.1
    Graph Store endpoint (queries read the default graph, as on the embedded store).

    Each graph replaces the server's graph of the same name, so publishing twice changes nothing. Credentials
    come from TIPGRAPH_ENDPOINT_USER and TIPGRAPH_ENDPOINT_PASSWORD. Exit 0: all sent; 1: some failed.
    """
    store = _open(store_dir or default_location(), must_exist=True)
    if dry_run:
        for graph in graphs_to_publish(store):
            n = len(list(store.quads_for_pattern(None, None, None, graph)))
            out.print(f"would PUT {n} triples to {graph_url(endpoint, graph, merged_graph)}")
        return
    names = list(graphs_to_publish(store))
    with Progress(console=err, transient=True, disable=len(names) < 2) as progress:
        task = progress.add_task("publishing", total=len(names))
        report = publish(
            store, endpoint, timeout, retries, merged_graph=merged_graph, progress=lambda _: progress.advance(task)
        )
    out.print(f"published {len(report.sent)} of {len(names)} graphs to {endpoint}")
    for graph, why in report.failed:
        err.print(f"[red]failed:[/red] {graph}: {why}")
    if report.failed:
        err.print(f"[red]{len(report.failed)} graph(s) not published[/red]: run the command again to send them")
        sys.exit(1)


@main.command(name="network")
@click.argument("graphs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@STORE_OPTION
@_endpoint_options
@click.option(
    "--network",
    "names",
    multiple=True,
    type=click.Choice(NETWORKS),
    help="Only this network (repeatable); all by default.",
)
@click.option("--lang", default="en", show_default=True, help="The language of the node labels.")
def network_(
    graphs: tuple[Path, ...],
    out_dir: Path,
    store_dir: Path | None,
    endpoint: str | None,
    merged_graph: str | None,
    timeout: float,
    names: tuple[str, ...],
    lang: str,
) -> None:
    """Write the networks of the graph (the embedded store, GRAPH files or an --endpoint) to OUTPUT: for each,
    a figure (NAME.png), GraphML, GEXF and Cytoscape JSON (NAME.graphml, .gexf, .cyjs) and the nodes ranked
    by PageRank with degree and community (NAME-nodes.csv).

    \b
    citations     instruments -> the treaties and resolutions they cite
    directives    instruments -> the actors they urge, invite, request… (verb and intent on each edge)
    co-mentions   bodies and posts named in one paragraph
    sponsors      Member States -> the drafts they sponsored
    co-sponsors   Member States that sponsored drafts together
    votes         Member States -> resolutions adopted by a recorded vote (how each voted)
    """
    from .figures import draw_network, save

    try:
        backend = _backend(list(graphs), store_dir, endpoint, merged_graph, timeout)
        built: dict[str, nx.Graph] = {}
        for name in names or NETWORKS:
            if name == "co-sponsors" and "sponsors" in built:  # the projection of the one just read
                built[name] = network.add_metrics(network.co_sponsorship_graph(built["sponsors"]))
            else:
                built[name] = network.add_metrics(network.build(backend, name, lang))
    except InputError as e:
        _fail(str(e))
    table = Table("network", "nodes", "edges", "communities", "most central (PageRank)")
    for name, g in built.items():
        network.export(g, out_dir, name)
        rows = network.ranking(g)
        write_atomically(out_dir / f"{name}-nodes.csv", network.ranking_csv(rows).encode("utf-8"))
        save(
            draw_network(g, title=f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"),
            out_dir / f"{name}.png",
        )
        communities = len({r["community"] for r in rows})
        table.add_row(
            name,
            str(len(g)),
            str(g.number_of_edges()),
            str(communities),
            g.nodes[rows[0]["node"]]["short"] if rows else "",
        )
    out.print(table)
    out.print(f"wrote {out_dir}: PNG, GraphML, GEXF, Cytoscape JSON and a node table for each network")


@main.command(name="export")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@STORE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "xml", "akn", "void"]),
    help="Default: by the extension of -o. void: a VoID and DCAT description of the documents.",
)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@click.option("--reference", is_flag=True, help="Add the reference data (ontology, vocabularies, bodies, States…).")
@click.option("--symbol", help="akn: the document symbol, where the text lacks it.")
@click.option("--date", "date_", help="akn: the document's date (YYYY-MM-DD), where the text lacks it.")
@click.option("--lang", default="zh", show_default=True, help="akn: language of a plain-text input.")
def export_(
    inputs: tuple[Path, ...],
    store_dir: Path | None,
    fmt: str | None,
    output: Path,
    reference: bool,
    symbol: str | None,
    date_: str | None,
    lang: str,
) -> None:
    """Write the documents as linked data: from the store, or from GRAPH files (INPUTS) loaded as they are.

    With --format akn, INPUTS is one document (PDF-extracted text or AKN), written as AKN4UN XML.
    """
    from . import export

    by_suffix = {f".{name}": name for name in export.FORMATS} | {".rdf": "xml"}
    fmt = fmt or by_suffix.get(output.suffix)
    if fmt is None:
        _fail(f"say --format: {output.suffix!r} names none")
    try:
        if fmt == "akn":
            from .akn_writer import write_akn
            from .pipeline import build_one

            if len(inputs) != 1:
                _fail("--format akn writes one document: give its file")
            built = build_one(inputs[0], lang, symbol=symbol, date=date_, check=False)
            data = write_akn(built.doc, built.analysis, date=date_, symbol=symbol)
        else:
            store = export.from_files(inputs) if inputs else _open(store_dir or default_location(), must_exist=True)
            if fmt == "void":
                issued = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
                data = export.description(store, issued)
            else:
                data = export.export(store, fmt, reference)
    except InputError as e:
        _fail(str(e))
    write_atomically(output, data)
    out.print(f"wrote {output} ({fmt}, {len(data):,} bytes)")


@main.command(name="site")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@STORE_OPTION
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
def site_(inputs: tuple[Path, ...], store_dir: Path | None, out_dir: Path) -> None:
    """Write a static linked-data site of the documents (the store, or GRAPH files) into a folder."""
    from .export import from_files
    from .site import write_site

    try:
        store = from_files(inputs) if inputs else _open(store_dir or default_location(), must_exist=True)
        if inputs:  # the labels of the reference data
            store.extend(q for q in open_store(None).quads_for_pattern(None, None, None, REFERENCE_GRAPH))
        pages = write_site(store, out_dir)
    except InputError as e:
        _fail(str(e))
    out.print(f"wrote {out_dir}: {pages} pages, each with its data as Turtle and JSON-LD (open index.html)")


@main.command(name="validate")
@click.argument("graphs", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@STORE_OPTION
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the SHACL reports as RDF: Turtle, or N-Triples, JSON-LD, RDF/XML by the extension.",
)
def validate_(graphs: tuple[Path, ...], store_dir: Path | None, report_file: Path | None) -> None:
    """Check graphs against the SHACL shapes, one document at a time: the named graphs of GRAPHS (.nq, .trig), each
    of the other GRAPHS whole, or, with no GRAPHS, every document of the store.

    Exit codes: 0 every document conforms, 1 some do not, 2 some input could not be read.
    """
    import time

    from .validate import report_dataset, validate_file, validate_store

    def validated():
        if not graphs:
            yield from validate_store(_open(store_dir or default_location(), must_exist=True))
        for path in graphs:
            try:
                yield from validate_file(path)
            except InputError as e:
                unreadable.append(str(e))
                err.print(f"[red]error:[/red] {e}")

    unreadable: list[str] = []
    reports = []
    start = time.perf_counter()
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("validating", total=None)
        for name, report in validated():
            reports.append((name, report))
            progress.advance(task)
            if not report.conforms:
                out.print(f"[red]✗[/red] {name}: {len(report.violations)} violation(s)")
                for v in report.violations:
                    out.print(f"    {v}")
    seconds = time.perf_counter() - start
    failing = sum(not r.conforms for _, r in reports)
    per = f"; {seconds / len(reports):.3f} s per document" if reports else ""
    out.print(
        f"{len(reports)} document(s): {len(reports) - failing} conform, {failing} do not"
        + (f", {len(unreadable)} input(s) unreadable" if unreadable else "")
        + per
    )
    if report_file is not None:
        fmt = {".nt": "nt", ".jsonld": "json-ld", ".xml": "xml", ".rdf": "xml"}.get(report_file.suffix, "turtle")
        write_atomically(report_file, report_dataset(reports).serialize(format=fmt, encoding="utf-8"))
        out.print(f"wrote {report_file}")
    sys.exit(2 if unreadable else 1 if failing else 0)


@main.command(name="docs")
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
def docs_(out_dir: Path) -> None:
    """Write HTML documentation of the ontology, vocabularies and shapes, and a class diagram, into a folder."""
    from . import docs

    for path in docs.write(out_dir):
        out.print(f"wrote {path}")


@main.command(name="release")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a derived file is stale.")
def release_(check: bool) -> None:
    """Make what is derived from ontology/: the closed namespace module, the merged release, the JSON-LD context."""
    from . import release

    if check:
        if stale := release.stale():
            err.print("stale, run `tipgraph release`: " + ", ".join(map(str, stale)))
            sys.exit(1)
        out.print("every derived file is up to date")
        return
    written = release.write()
    out.print("\n".join(f"wrote {p}" for p in written) or "every derived file was up to date")
