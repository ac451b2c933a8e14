"""The AKN corpus as aligned paragraphs: symbol -> language -> eId -> (kind, marked opening, text).

Reading the 3,926 files takes minutes, so the result is cached in ``.cache/aligned.pickle``
(delete it to read the corpus again).
"""

from __future__ import annotations

import pickle
import sys
from collections import defaultdict
from pathlib import Path

from tipgraph.akn_reader import read_akn
from tipgraph.errors import InputError

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "aligned.pickle"
Aligned = dict[str, dict[str, dict[str, tuple[str, str | None, str]]]]


def aligned(corpus: Path) -> Aligned:
    if CACHE.is_file():
        return pickle.loads(CACHE.read_bytes())
    out: Aligned = defaultdict(dict)
    for path in sorted(corpus.glob("*/*/*.xml")):
        try:
            doc = read_akn(path, metadata={})
        except InputError as e:
            print(f"skipped: {e}", file=sys.stderr)
            continue
        if doc.symbol:
            out[doc.symbol][doc.lang] = {p.eid: (p.kind, p.marked_opening, p.text) for p in doc.paragraphs if p.eid}
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(dict(out)))
    return dict(out)
