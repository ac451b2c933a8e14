"""What storing costs: the graphs of a sample of the corpus written into the embedded store three ways, in one run.

    python benchmarks/store.py [CORPUS] [--documents 40] [--seed 7]
    python benchmarks/store.py --bulk-from STORE

The documents are built first (not timed). Then each way stores all of them into a fresh store, best of two:
(1) ``update``: the SPARQL update that replaces a graph already stored (taken out, put in, the merged default
graph kept), (2) ``extend``: the one transaction of additions that stores a graph not stored before (what a
first build does), (3) ``memory``: the same additions into an in-memory store, what the disk costs aside.
Prints seconds, triples per second and microseconds per quad written (each triple is written twice: into its
document's graph and into the merged default graph), and the ratios to ``extend``.

``--bulk-from STORE`` measures instead the floor under any build of what STORE holds (a store that
``tipgraph build --store`` wrote, e.g. by ``benchmarks/build.py --store``): its quads are dumped to N-Quads
(not timed) and loaded into a fresh store by Oxigraph's own bulk loader, the fastest way it has to write them.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from tipgraph.pipeline import _outcome
from tipgraph.store import open_store, put_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unxml-ga"


def store_all(outcomes: list, location: Path | None, replace: bool) -> float:
    store = open_store(location)
    started = time.perf_counter()
    for o in outcomes:
        name = ox.NamedNode(o.expression)
        if replace:
            store.add_graph(name)  # as if stored before: put_graph takes the SPARQL update that replaces
        put_document(store, name, o.nt, ox.NamedNode(o.source))
    return time.perf_counter() - started


def bulk_floor(built: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.nq"
        ox.Store.read_only(str(built)).dump(str(dump), ox.RdfFormat.N_QUADS)
        with dump.open("rb") as f:
            quads = sum(1 for _ in f)
        store = ox.Store(str(Path(tmp) / "store"))
        started = time.perf_counter()
        store.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
        store.flush()
        seconds = time.perf_counter() - started
    per_quad = 1e6 * seconds / quads
    print(f"bulk load: {quads} quads in {seconds:.1f} s, {per_quad:.1f} µs/quad, {quads / seconds:.0f} quads/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--documents", type=int, default=40, help="Resolutions to store (default 40).")
    parser.add_argument("--seed", type=int, default=7, help="Which sample of the corpus (default 7).")
    parser.add_argument("--bulk-from", type=Path, metavar="STORE", help="Time the bulk loader on STORE's quads.")
    args = parser.parse_args()
    if args.bulk_from:
        return bulk_floor(args.bulk_from)
    files = random.Random(args.seed).sample(sorted(args.corpus.glob("*/*/*.xml")), args.documents)
    outcomes = [o for o in (_outcome((f, "en", None, None, False)) for f in files) if not o.error]
    triples = sum(o.nt.count(b"\n") for o in outcomes)
    print(f"{len(outcomes)} documents, {triples} triples ({2 * triples} quads written)")
    best: dict[str, float] = {}
    for _ in range(2):
        for way, replace, on_disk in (("update", True, True), ("extend", False, True), ("memory", False, False)):
            with tempfile.TemporaryDirectory() as tmp:
                seconds = store_all(outcomes, Path(tmp) / "store" if on_disk else None, replace)
            best[way] = min(best.get(way, seconds), seconds)
    for way, seconds in best.items():
        per_quad = 1e6 * seconds / (2 * triples)
        print(
            f"{way:>7}: {seconds:6.2f} s  {triples / seconds:8.0f} triples/s  {per_quad:5.1f} µs/quad"
            f"  ×{seconds / best['extend']:.2f} the time of extend"
        )


if __name__ == "__main__":
    main()
