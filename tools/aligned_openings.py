"""What the English markup opens a paragraph with where another language opens it with a given form.

    python tools/aligned_openings.py fr Invite          # Invites 490, Calls upon 80, Encourages 40…
    python tools/aligned_openings.py zh 要求 又要求

The evidence for a label's concept and for a verb's intent: the counts are of operative and preambular
paragraphs with the same eId in both languages (``tools/aligned.py``, cached).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from aligned import aligned

CORPUS = Path("../shared/corpus/unxml-ga")


def main(lang: str, forms: list[str]) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for versions in aligned(CORPUS).values():
        english = versions.get("en", {})
        for eid, (_, opening, _) in versions.get(lang, {}).items():
            if opening and opening.strip() in forms and eid in english:
                counts[(opening.strip(), (english[eid][1] or "?").strip())] += 1
    for (form, en), n in counts.most_common():
        print(f"{n:6d}  {form}  ←  {en}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
