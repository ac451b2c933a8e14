"""The one error type tipgraph lets escape for bad input, and the reading of an input file's bytes."""

from __future__ import annotations

from pathlib import Path

#: The largest input file read (the largest resolution of the corpus is 0.6 MB): a bigger one is refused
#: before it is read.
MAX_BYTES = 5_000_000


class InputError(ValueError):
    """Input that tipgraph cannot read, with the file and the place it went wrong.

    >>> str(InputError("no operative paragraph", source="a.txt", line=3))
    'a.txt:3: no operative paragraph'
    """

    def __init__(self, message: str, *, source: str = "<input>", line: int | None = None) -> None:
        self.message = message
        self.source = source
        self.line = line
        where = source if line is None else f"{source}:{line}"
        super().__init__(f"{where}: {message}")


def check_size(size: int, source: str) -> None:
    if size > MAX_BYTES:
        raise InputError(f"file is {size:,} bytes, over the limit of {MAX_BYTES:,}", source=source)


def read_input(path: Path) -> bytes:
    """The bytes of an input file, or an :class:`InputError` saying why not (unreadable, too big)."""
    try:
        check_size(path.stat().st_size, str(path))
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", source=str(path)) from None
