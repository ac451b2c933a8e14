"""Per-language rules of the text reader and the extractor.

Names of things (bodies, treaties, verbs, phrases) are data in ``ontology/``; a language module
holds only what is grammar or layout: how lines rejoin, how the header reads, which function words
link clauses, how dates, numbers and footnote references are written.
"""

from __future__ import annotations

import importlib
from types import ModuleType

SUPPORTED = ("zh",)


def module(lang: str) -> ModuleType:
    """The rules for ``lang``; raise ValueError for a language the reader does not know yet."""
    if lang not in SUPPORTED:
        raise ValueError(f"no text rules for language {lang!r} yet (have: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"{__name__}.{lang}")
