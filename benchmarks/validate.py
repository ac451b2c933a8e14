"""SHACL validation document by document against one pyshacl run over the whole graph, in one run.

    python benchmarks/validate.py [CORPUS] [--limit N] [--jobs 2] [--timeout S] [--store DIR] [--only KIND]

Builds, without validation, the graphs of the AKN files under CORPUS (default ../shared/corpus/unxml-ga; the
first --limit files in name order), then validates the same graphs three times, each time in a fresh process so that
each has its own peak memory: (1) document by document, as `tipgraph build` and `tipgraph validate` do (the
shapes compiled to SPARQL, run by Oxigraph), (2) document by document with pyshacl, the reference, and (3) all
merged into one rdflib graph with the ontology and reference data, in one pyshacl call, the naive way.
Prints seconds, documents per second, peak memory and violations (focus node and message) found by each, and
the ratios. The languages of one resolution share one work: merged, it holds what each says of it, and the whole
graph can find violations that no document alone has. A run still going after --timeout seconds is stopped.
With --store, the documents are those of a store already built (`tipgraph build … --store DIR`); --only runs
one of the validations (to run them at once, in several processes, on a corpus too big to wait for all).
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import time
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.namespace import SH

from tipgraph.pipeline import build_many
from tipgraph.refdata import ontology_graph, shapes_graph
from tipgraph.store import document_graphs, graph_bytes, open_store
from tipgraph.validate import validate, validate_with_pyshacl

ROOT = Path(__file__).resolve().parents[1]
GRAPHS: list[bytes] = []  # N-Triples of each document, shared with the forked measuring processes


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def per_document(queue: multiprocessing.Queue) -> None:
    found, started = set(), time.perf_counter()
    for nt in GRAPHS:
        found |= {(v.focus, v.message) for v in validate(nt).violations}
    queue.put((time.perf_counter() - started, _peak_mb(), found))


def per_document_pyshacl(queue: multiprocessing.Queue) -> None:
    found, started = set(), time.perf_counter()
    for nt in GRAPHS:
        found |= {(v.focus, v.message) for v in validate_with_pyshacl(Graph().parse(data=nt, format="nt")).violations}
    queue.put((time.perf_counter() - started, _peak_mb(), found))


def whole_graph(queue: multiprocessing.Queue) -> None:
    started = time.perf_counter()
    merged = Graph()
    for triple in ontology_graph():
        merged.add(triple)
    for nt in GRAPHS:
        merged.parse(data=nt, format="nt")
    _, report, _ = shacl_validate(
        merged, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True, inplace=True
    )
    found = {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultMessage)))
             for r in report.objects(None, SH.result)}  # fmt: skip
    queue.put((time.perf_counter() - started, _peak_mb(), found))


def measure(target, timeout: float) -> tuple[float, float, set] | None:
    queue: multiprocessing.Queue = multiprocessing.get_context("fork").Queue()
    child = multiprocessing.get_context("fork").Process(target=target, args=(queue,))
    child.start()
    try:
        return queue.get(timeout=timeout)
    except Exception:
        return None
    finally:
        child.kill()
        child.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "unxml-ga")
    parser.add_argument("--limit", type=int, help="Only the first N files.")
    parser.add_argument("--jobs", type=int, default=2, help="Processes that build the graphs.")
    parser.add_argument("--timeout", type=float, default=1800, help="Seconds either validation may take.")
    parser.add_argument("--store", type=Path, help="Validate the documents of this store instead of building.")
    parser.add_argument(
        "--only", choices=["per-document", "per-document-pyshacl", "whole-graph"], help="Run only this validation."
    )
    args = parser.parse_args()

    started = time.perf_counter()
    if args.store:
        store = open_store(args.store)
        GRAPHS.extend(graph_bytes(store, name) for name in list(document_graphs(store))[: args.limit])
        del store
        source = f"read {len(GRAPHS)} documents of {args.store}"
    else:
        files = sorted(args.corpus.glob("*/*/*.xml"))[: args.limit]
        GRAPHS.extend(outcome.nt for outcome in build_many(files, check=False, jobs=args.jobs) if not outcome.error)
        source = f"built {len(GRAPHS)} documents of {len(files)} files"
    triples = sum(nt.count(b"\n") for nt in GRAPHS)
    print(f"{source}, {triples:,} triples, in {time.perf_counter() - started:.0f} s (not measured below)", flush=True)
    shapes_graph(), ontology_graph()  # parsed once here, before the fork, for both

    runs = {"per-document": per_document, "per-document-pyshacl": per_document_pyshacl, "whole-graph": whole_graph}
    results = {name: measure(run, args.timeout) for name, run in runs.items() if args.only in (None, name)}
    print(f"{'validation':<22}{'seconds':>10}{'docs/s':>10}{'peak MB':>10}  violations")
    for name, result in results.items():
        if result is None:
            print(f"{name:<22}{'> ' + str(int(args.timeout)):>10}{'':>10}{'':>10}  (stopped)")
        else:
            seconds, peak, found = result
            print(f"{name:<22}{seconds:>10.1f}{len(GRAPHS) / seconds:>10.1f}{peak:>10.0f}  {len(found)}")
    one, reference, whole = (results.get(name) for name in runs)
    if one and reference:
        print(f"pyshacl per document / compiled shapes per document: {reference[0] / one[0]:.1f}x the time; "
              f"same violations: {one[2] == reference[2]}")  # fmt: skip
    if one and whole:
        print(f"whole graph / per document: {whole[0] / one[0]:.1f}x the time, {whole[1] / one[1]:.1f}x the memory")


if __name__ == "__main__":
    main()
