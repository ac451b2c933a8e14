"""`tipgraph build` of a corpus into the embedded store, validated, against a naive baseline, in one run.

    python benchmarks/build.py [CORPUS] [--jobs 2] [--limit N] [--baseline-limit N] [--store DIR]

(1) Runs `tipgraph build CORPUS --store DIR --jobs N` (read, extract, build, SHACL-validate each document, store)
as a user would, in a fresh process, sampling the memory of that process and its workers every half second.
(2) The baseline, in a fresh process: the same steps the naive way for the first --baseline-limit files (default
300; the whole corpus would need some 20 GB): each graph built one after another into one rdflib in-memory graph
with the ontology and reference data, and one pyshacl validation of that whole graph.
Prints for each: documents, triples, seconds, documents and triples per second, peak memory (all processes
together), and for the build the memory at each quarter of the run (it must not grow with the documents); then
the ratio of throughputs.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "unxml-ga"


def _rss_mb(root: int) -> float:
    """The resident memory of process ``root`` and its descendants, in MB (from /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(fields[1])
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, grew = {root}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return sum(rss.get(pid, 0) for pid in tree) / 2**20


def run_build(corpus: Path, store: Path, jobs: int, limit: int | None) -> dict:
    inputs = [str(corpus)] if limit is None else [str(p) for p in sorted(corpus.glob("*/*/*.xml"))[:limit]]
    command = [sys.executable, "-m", "tipgraph", "build", *inputs, "--store", str(store), "--jobs", str(jobs)]
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def sample() -> None:
        while process.poll() is None:
            samples.append((time.perf_counter() - started, _rss_mb(process.pid)))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    stored = re.search(r"(\d+) triples; (\d+) documents", out)
    if stored is None:
        raise SystemExit(f"tipgraph build printed no summary (exit {process.returncode}):\n{out}")
    return {
        "documents": int(stored[2]),
        "triples": int(stored[1]),
        "seconds": seconds,
        "peak": max((mb for _, mb in samples), default=0.0),
        "quarters": [max((mb for t, mb in samples if t <= seconds * q / 4), default=0.0) for q in (1, 2, 3, 4)],
        "violations": "conforms" not in out,
    }


def baseline(files: list[Path], queue: multiprocessing.Queue) -> None:
    from pyshacl import validate as shacl_validate
    from rdflib import Graph

    from tipgraph.errors import InputError
    from tipgraph.pipeline import build_one
    from tipgraph.refdata import ontology_graph, shapes_graph

    started = time.perf_counter()
    merged = Graph()
    for triple in ontology_graph():
        merged.add(triple)
    documents = triples = 0
    for path in files:
        try:
            graph = build_one(path, check=False).graph
        except InputError:
            continue
        documents, triples = documents + 1, triples + len(graph)
        for triple in graph:
            merged.add(triple)
    shacl_validate(merged, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put({"documents": documents, "triples": triples, "seconds": time.perf_counter() - started, "peak": peak})


def run_baseline(files: list[Path]) -> dict:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=baseline, args=(files, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, default=2, help="Processes of the build (default 2).")
    parser.add_argument("--limit", type=int, help="Build only the first N files (name order).")
    parser.add_argument("--baseline-limit", type=int, default=300, help="Files of the baseline (0: none).")
    parser.add_argument("--store", type=Path, help="Store folder (default: a temporary one, removed after).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tipgraph-bench-") as tmp:
        ours = run_build(args.corpus, args.store or Path(tmp) / "store", args.jobs, args.limit)
    files = sorted(args.corpus.glob("*/*/*.xml"))[: args.baseline_limit]
    theirs = run_baseline(files) if args.baseline_limit else None

    print(f"{'':<34}{'documents':>10}{'triples':>12}{'seconds':>9}{'docs/s':>8}{'triples/s':>11}{'peak MB':>9}")
    rows = [(f"tipgraph build --jobs {args.jobs} (store)", ours)]
    rows += [("baseline: rdflib + one pyshacl run", theirs)] if theirs else []
    for name, r in rows:
        per_second = f"{r['documents'] / r['seconds']:>8.1f}{r['triples'] / r['seconds']:>11,.0f}"
        print(f"{name:<34}{r['documents']:>10,}{r['triples']:>12,}{r['seconds']:>9.1f}{per_second}{r['peak']:>9,.0f}")
    print("build memory at each quarter of the run (MB): " + ", ".join(f"{mb:,.0f}" for mb in ours["quarters"]))
    print("the build found SHACL violations" if ours["violations"] else "every document conforms")
    if theirs:
        ratio = (ours["documents"] / ours["seconds"]) / (theirs["documents"] / theirs["seconds"])
        print(f"throughput: {ratio:.1f}x the baseline's (documents per second)")


if __name__ == "__main__":
    main()
