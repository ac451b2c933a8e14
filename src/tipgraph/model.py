"""The document model: frozen records that keep the character spans of the source text.

A reader turns a file into a :class:`Document`; the extractor adds an :class:`Analysis`.
Spans are half-open ``[start, end)`` character offsets into ``Document.text``: the source as decoded
(UTF-8, BOM dropped, line ends made ``\n``) and NFC-normalized.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

ParagraphKind = Literal["preambular", "operative"]


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True)
class Segment:
    """Text rejoined from one or more ranges of the source.

    ``text[i]`` comes from ``source[offsets[i]]``; ``spans`` are the source ranges the segment
    owns (line breaks and footnote markers inside them included).
    """

    text: str
    offsets: tuple[int, ...]
    spans: tuple[Span, ...]

    def source_span(self, start: int, end: int) -> Span:
        """The source span of ``text[start:end]``."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad range {start}..{end} of a segment of {len(self.text)}")
        return Span(self.offsets[start], self.offsets[end - 1] + 1)


@dataclass(frozen=True)
class Mark:
    """A zero-width marker among the characters of a segment being built: a footnote reference, a link's edge."""

    tag: object


_BIDI = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def build_segment(
    items: Sequence[tuple[str, int] | Mark], spans: Sequence[Span] = ()
) -> tuple[Segment, list[tuple[object, int]]]:
    """Join ``(character, source offset)`` items into a segment, white space squeezed.

    White space at either end or next to a Chinese character is dropped (a PDF and markup artefact),
    other runs become one space; bidirectional-text controls (the RLM marks of Arabic) are dropped.
    Returns the segment and, for each :class:`Mark`, its tag and the
    text offset it stands at.

    >>> seg, marks = build_segment([*zip("a \\n b", range(5)), Mark("m"), *zip(" 中 文", range(5, 9))])
    >>> seg.text, seg.offsets, marks
    ('a b中文', (0, 1, 4, 6, 8), [('m', 3)])
    """
    chars: list[tuple[str, int]] = []
    marks: list[tuple[object, int]] = []
    following = ""  # the next character that is not white space, scanning from the end
    after: list[str] = []
    for it in reversed(items):
        after.append(following)
        if not isinstance(it, Mark) and not it[0].isspace():
            following = it[0]
    after.reverse()
    for it, nxt in zip(items, after, strict=True):
        if isinstance(it, Mark):
            marks.append((it.tag, len(chars)))
            continue
        ch, off = it
        if ch in _BIDI:
            continue
        if ch.isspace():
            prev = chars[-1][0] if chars else ""
            if not prev or not nxt or prev == " " or _CJK.match(prev) or _CJK.match(nxt):
                continue
            ch = " "
        chars.append((ch, off))
    text = "".join(c for c, _ in chars)
    return Segment(text, tuple(o for _, o in chars), tuple(spans)), [(t, min(at, len(text))) for t, at in marks]


@dataclass(frozen=True)
class Field:
    """A header field: its value as printed and where it stands."""

    text: str
    span: Span | None  # None: known from metadata, not from the text


@dataclass(frozen=True)
class FootnoteRef:
    """A footnote marker in a paragraph: ``at`` is the offset in the paragraph text it follows."""

    number: int
    at: int
    span: Span


@dataclass(frozen=True)
class Link:
    """A hyperlink of the markup to a UN document: ``text[start:end]`` is its anchor text."""

    symbol: str  # as the link gives it, "A/RES/70/1"
    start: int
    end: int


@dataclass(frozen=True)
class Subparagraph:
    """A lettered sub-paragraph: ``text[start:end]`` of its paragraph, label included."""

    label: str  # "(a)"
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    number: int  # order within its part, from 1
    body: Segment
    label: str | None = None  # the printed number of an operative paragraph, "1."
    footnote_refs: tuple[FootnoteRef, ...] = ()
    eid: str | None = None  # the AKN eId the paragraph was read from
    marked_opening: str | None = None  # the opening phrase or verb as the markup marks it
    subparagraphs: tuple[Subparagraph, ...] = ()
    links: tuple[Link, ...] = ()

    @property
    def text(self) -> str:
        return self.body.text

    @property
    def ident(self) -> str:
        """``pre-3`` or ``op-12``: the paragraph's id within its document."""
        return f"{'pre' if self.kind == 'preambular' else 'op'}-{self.number}"


@dataclass(frozen=True)
class Footnote:
    number: int
    body: Segment
    links: tuple[Link, ...] = ()

    @property
    def text(self) -> str:
        return self.body.text


@dataclass(frozen=True)
class Votes:
    """How a resolution was adopted: ``adoption`` is "recorded vote", "without a vote"…"""

    adoption: str
    in_favour: int = 0
    against: int = 0
    abstaining: int = 0
    by_state: tuple[tuple[str, str], ...] = ()  # (state key, "in-favour" | "against" | "abstaining")


@dataclass(frozen=True)
class Annex:
    """An annex or attachment: its heading and text (not analysed further yet)."""

    number: int
    title: str
    body: Segment


@dataclass(frozen=True)
class Document:
    """One language version of a resolution or draft, as read from one file."""

    source: str  # file name
    lang: str  # BCP 47: ar zh en fr ru es
    text: str  # the whole source text as decoded
    sha256: str
    reader: str  # which reader produced it
    title: Field | None = None
    session: int | None = None
    organ: str = "general-assembly"  # entity key
    committee: str | None = None  # entity key, "third-committee"
    agenda_item: Field | None = None  # "97"
    agenda_title: Field | None = None
    kind: str = "draft-resolution"  # document-kind key
    sponsors: tuple[tuple[str, Field], ...] = ()  # (state key, as printed)
    symbol: str | None = None
    date: str | None = None  # ISO date of adoption (resolutions) or issue (drafts)
    header: tuple[Span, ...] = ()  # everything before the formula
    formula: Field | None = None
    preamble: tuple[Paragraph, ...] = ()
    operative: tuple[Paragraph, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    subjects: tuple[str, ...] = ()  # IRIs: UNBIS, SDG, EuroVoc
    votes: Votes | None = None
    annexes: tuple[Annex, ...] = ()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return self.preamble + self.operative


@dataclass(frozen=True)
class Mention:
    """A name of a body, post, actor role, State, treaty or event in a paragraph."""

    entity: str  # IRI
    paragraph: str  # paragraph ident
    start: int  # offsets in the paragraph text
    end: int
    span: Span  # in the source


@dataclass(frozen=True)
class Opening:
    """The phrase or verb that opens a paragraph, with its intensifier."""

    paragraph: str
    concept: str  # IRI
    intensifier: str | None
    span: Span


@dataclass(frozen=True)
class Reference:
    """What a footnote or a phrase of the text points at, before it is resolved to an IRI."""

    symbol: str | None = None  # a resolution
    annex: int | None = None
    unts_volume: int | None = None
    unts_number: int | None = None


@dataclass(frozen=True)
class Citation:
    paragraph: str
    cited: str  # IRI
    relation: str  # citation-relation IRI
    span: Span
    symbol: str | None = None  # of a cited resolution
    date: str | None = None  # of a cited resolution, as the text gives it
    footnote: int | None = None


@dataclass(frozen=True)
class Directive:
    paragraph: str
    order: int  # within its paragraph, from 1
    verb: str  # IRI
    addressees: tuple[str, ...]  # IRIs
    span: Span
    intensifier: str | None = None
    objects: tuple[str, ...] = ()  # IRIs of instruments the clause is about
    object_text: str | None = None
    deadline_text: str | None = None
    due_session: int | None = None
    due_date: str | None = None

    @property
    def ident(self) -> str:
        return f"{self.paragraph}-{self.order}"


@dataclass(frozen=True)
class Analysis:
    """What the extractor found in a document."""

    openings: tuple[Opening, ...] = ()
    mentions: tuple[Mention, ...] = ()
    citations: tuple[Citation, ...] = ()
    directives: tuple[Directive, ...] = ()
    footnote_targets: tuple[tuple[int, str], ...] = ()  # (footnote, IRI of what it identifies)
    warnings: tuple[str, ...] = ()
