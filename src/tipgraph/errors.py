"""The one error type tipgraph lets escape for bad input."""

from __future__ import annotations


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
