"""The query library on the graph of a whole corpus: the embedded store against rdflib, in one run.

    python benchmarks/queries.py [CORPUS] [--store DIR] [--limit N] [--jobs 2] [--repeat 3] [--timeout S] [--no-rdflib]

Builds (once: an existing --store is reused) the graph of every AKN file under CORPUS (default
../shared/corpus/unxml-ga) into an embedded store, without SHACL validation, which is not what is measured
here. Then it loads the same merged graph into an rdflib in-memory Graph, runs every query of queries/
with its example parameters (its `# example:` header) on both, and prints, per query, the rows, the best
latency of --repeat runs on each, and the ratio rdflib / Oxigraph. An rdflib query still running after --timeout
seconds is stopped and reported as such (it runs in a forked process that shares the loaded graph).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import time
import warnings
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from tipgraph.pipeline import build_store
from tipgraph.query import Embedded, Result, bind, example, queries_dir, with_values
from tipgraph.store import document_graphs, graph_bytes, open_store

ROOT = Path(__file__).resolve().parents[1]


def build(corpus: Path, location: Path, limit: int | None, jobs: int) -> ox.Store:
    if location.is_dir():
        print(f"reusing the store at {location}")
        return open_store(location)
    paths = sorted(corpus.glob("*/*/*.xml"))[:limit]
    started, done = time.perf_counter(), 0

    def progress() -> None:
        nonlocal done
        done += 1
        if done % 250 == 0:
            print(f"  built {done} of {len(paths)} ({time.perf_counter() - started:.0f} s)", flush=True)

    with warnings.catch_warnings(record=True) as skipped:
        warnings.simplefilter("always")
        store = build_store(paths, open_store(location), jobs=jobs, progress=progress)
    for warning in skipped:
        print(f"  {warning.message}")
    print(
        f"built {len(paths) - len(skipped)} documents ({len(skipped)} skipped) in {time.perf_counter() - started:.0f} s"
    )
    return store


class RdflibBackend:
    """The same queries, with the same VALUES binding, on rdflib's own SPARQL engine."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def select(self, query_text, bindings, source="<query>"):  # noqa: ANN001
        result = self.graph.query(with_values(query_text, bindings) if bindings else query_text)
        columns = tuple(str(v) for v in result.vars)
        return Result(columns, tuple(tuple(None if t is None else str(t) for t in row) for row in result))


def best_of(backend, text: str, terms: dict, repeat: int) -> tuple[float, int]:  # noqa: ANN001
    times, rows = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(backend.select(text, terms).rows)
        times.append(time.perf_counter() - started)
    return min(times), rows


def _rdflib_child(conn, backend, text, terms, repeat) -> None:  # noqa: ANN001
    conn.send(best_of(backend, text, terms, repeat))


def best_of_with_timeout(backend, text, terms, repeat, timeout):  # noqa: ANN001
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_rdflib_child, args=(child, backend, text, terms, repeat))
    process.start()
    if parent.poll(timeout):
        answer = parent.recv()
        process.join()
        return answer
    process.kill()
    process.join()
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "unxml-ga")
    parser.add_argument("--store", type=Path, default=ROOT / ".cache" / "bench-store")
    parser.add_argument("--limit", type=int, help="only the first N AKN files (when building the store)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=600, help="seconds an rdflib query may take")
    parser.add_argument("--no-rdflib", action="store_true", help="the store alone (a graph too big for rdflib)")
    args = parser.parse_args()

    store = build(args.corpus, args.store, args.limit, args.jobs)
    documents = sum(1 for _ in document_graphs(store))
    triples = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    print(f"{documents} document graphs; {triples:,} triples in the merged (default) graph")
    graph = Graph()
    if not args.no_rdflib:
        started = time.perf_counter()
        graph.parse(data=graph_bytes(store, ox.DefaultGraph()), format="nt")
        print(f"rdflib loaded the merged graph in {time.perf_counter() - started:.0f} s")
    print(f"peak memory so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")

    oxigraph, rdflib_ = Embedded(store), RdflibBackend(graph)
    print(f"\n{'query':<22}{'rows':>8}{'oxigraph ms':>14}{'rdflib ms':>14}{'ratio':>9}")
    ratios = []
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        params = example(text)
        terms = bind(oxigraph, text, params)  # keys resolved once, the same terms for both
        ox_seconds, rows = best_of(oxigraph, text, terms, args.repeat)
        if args.no_rdflib:
            print(f"{path.stem:<22}{rows:>8}{ox_seconds * 1000:>14.1f}")
            continue
        answer = best_of_with_timeout(rdflib_, text, terms, args.repeat, args.timeout)
        if answer is None:
            stopped = f"> {args.timeout:.0f} s"
            print(f"{path.stem:<22}{rows:>8}{ox_seconds * 1000:>14.1f}{stopped:>14}{'—':>9}")
            continue
        rl_seconds, rl_rows = answer
        ratio = rl_seconds / ox_seconds
        ratios.append(ratio)
        note = "" if rl_rows == rows else f"  (rdflib gave {rl_rows} rows)"
        print(f"{path.stem:<22}{rows:>8}{ox_seconds * 1000:>14.1f}{rl_seconds * 1000:>14.1f}{ratio:>8.0f}x{note}")
    if ratios:
        ratios.sort()
        print(f"\nmedian ratio rdflib / oxigraph: {ratios[len(ratios) // 2]:.0f}x over {len(ratios)} queries")


if __name__ == "__main__":
    main()
