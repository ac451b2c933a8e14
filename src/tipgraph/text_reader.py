"""Read the plain text a PDF extraction gives of a UN resolution or draft.

The layout it expects (see the seed): a header of short lines, the enacting formula, preambular
paragraphs, numbered operative paragraphs; lines broken anywhere, footnote markers on lines of their
own, and at a page foot a ``____`` rule followed by the page's footnotes, after which the next page
resumes (often mid-paragraph). Only layout and grammar are coded here and in ``tipgraph.lang``;
names are looked up in the ontology's vocabularies.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from . import lang as languages
from .errors import InputError, check_size, read_input
from .ids import COMMITTEES, Symbol
from .model import Annex, Document, Field, Footnote, FootnoteRef, Paragraph, Segment, Span, build_segment
from .refdata import lexicon

_RULE = re.compile(r"\s*_{5,}\s*")
_MARKER = re.compile(r"\s*(\d{1,3})\s*")


#: Marks of writing direction a line may end with (Arabic text, and a stray one after "大会，").
_DIRECTION_MARKS = "\u200e\u200f\u061c"
#: What may follow the full stop that ends a text: a closing quotation mark ("… climate change?”")
_CLOSING = "”’\"»“ " + _DIRECTION_MARKS


@dataclass
class _Line:
    number: int  # 1-based line number
    start: int  # offset of the first character
    raw: str  # without the line break

    @property
    def stripped(self) -> str:
        return self.raw.strip()

    @property
    def content(self) -> Span:
        """The span of the line without leading and trailing white space."""
        lead = len(self.raw) - len(self.raw.lstrip())
        return Span(self.start + lead, self.start + len(self.raw.rstrip()))

    @property
    def indented(self) -> bool:
        return self.raw[:1].isspace()


@dataclass
class _Builder:
    """A paragraph or footnote being collected: pieces of source lines and marker positions."""

    pieces: list[tuple[int, str]] = field(default_factory=list)  # (source offset, text)
    markers: list[tuple[int, Span]] = field(default_factory=list)  # (number, span), in order
    marker_after: list[int] = field(default_factory=list)  # index into pieces after which it stands
    spans: list[Span] = field(default_factory=list)  # source runs the builder owns
    broken: bool = False  # a page foot interrupted the run: the next line starts a new one
    label: str | None = None

    def own(self, span: Span) -> None:
        if self.spans and not self.broken:
            self.spans[-1] = Span(self.spans[-1].start, span.end)
        else:
            self.spans.append(span)
        self.broken = False

    def add(self, start: int, text: str, span: Span) -> None:
        self.pieces.append((start, text))
        self.own(span)

    def text_so_far(self) -> str:
        return "".join(t for _, t in self.pieces).strip().rstrip(_DIRECTION_MARKS)


#: Byte-order marks, longest first (a UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The code page an extraction tool may write a language in when it does not write UTF-8.
LEGACY_ENCODINGS = {"zh": "gb18030", "ar": "cp1256", "ru": "cp1251", "en": "cp1252", "fr": "cp1252", "es": "cp1252"}
#: Control characters a PDF extraction leaves behind: a form feed ends a page (a line break), the others go.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufeff]")


def _utf16_by_line_ends(data: bytes) -> list[str]:
    """UTF-16 without a byte-order mark, told by its line ends: most ``\\n`` bytes are a code unit 0x000A."""
    if b"\x00" not in data:
        return []
    ends = data.count(b"\n")
    for encoding, unit in (("utf-16-le", b"\n\x00"), ("utf-16-be", b"\x00\n")):
        aligned = sum(1 for m in re.finditer(re.escape(unit), data) if m.start() % 2 == 0)
        if aligned and aligned * 2 >= ends:
            return [encoding]
    return []


def decode(data: bytes, source: str, lang: str = "zh") -> str:
    """Decode the bytes of a text file: by its byte-order mark (UTF-8, UTF-16, UTF-32), else as UTF-16 when
    its line ends are UTF-16 ones, else as UTF-8, else in the language's legacy code page (GB18030 for Chinese,
    Windows-1252 for English, French and Spanish, 1256 for Arabic, 1251 for Russian). Line ends become
    ``\\n``, a form feed a line break; other control characters are dropped. Name the place of the first
    bad byte when nothing fits.

    >>> decode("paragraphe 1\\r\\n".encode("utf-16"), "x.txt", "fr")
    'paragraphe 1\\n'
    >>> decode("Réaffirme\\x0cque".encode("cp1252"), "x.txt", "fr")
    'Réaffirme\\nque'
    """
    check_size(len(data), source)
    encodings = [name for bom, name in _BOMS if data.startswith(bom)][:1] or _utf16_by_line_ends(data)
    encodings = encodings or ["utf-8", LEGACY_ENCODINGS.get(lang, "cp1252")]
    first_error = None
    for encoding in encodings:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError as e:
            first_error = first_error or (encoding, e)
    else:
        encoding, e = first_error
        line = data[: e.start].count(b"\n") + 1
        raise InputError(
            f"not {encoding.upper()}: byte {e.start} ({data[e.start]:#04x}) cannot be decoded", source=source, line=line
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return _CONTROLS.sub("", text)


def read_file(path: str | Path, lang: str = "zh") -> Document:
    path = Path(path)
    return read_text(decode(read_input(path), path.name, lang), source=path.name, lang=lang)


def read_text(text: str, source: str = "<text>", lang: str = "zh") -> Document:
    """Read a document from its decoded text. Raise :class:`InputError` if it is not a resolution."""
    try:
        rules = languages.module(lang)
    except ValueError as e:
        raise InputError(str(e), source=source) from None
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError("empty document", source=source)
    lines, offset = [], 0
    for i, raw in enumerate(text.split("\n"), start=1):
        lines.append(_Line(i, offset, raw))
        offset += len(raw) + 1
    # the formula ends with a comma; a line with the organ's name alone is the formula only when none does
    formulas = [i for i, ln in enumerate(lines) if rules.FORMULA.fullmatch(ln.raw.rstrip(_DIRECTION_MARKS))]
    ends = [i for i in formulas if lines[i].stripped.rstrip(_DIRECTION_MARKS)[-1:] in ",，،"]
    formula_at = (ends or formulas or [None])[0]
    if formula_at is None:
        raise InputError("no enacting formula (such as “The General Assembly,”): not a resolution text", source=source,
                         line=1)
    header = _read_header(lines[:formula_at], rules, source, lang)
    formula = lines[formula_at]
    body = _read_body(lines[formula_at + 1 :], rules, source, lang, header.get("symbol"))
    preamble, operative, footnotes, annexes = body
    if not operative:
        last = lines[-1].number
        raise InputError("no numbered operative paragraph: truncated or not a resolution", source=source, line=last)
    if not operative[-1].text.rstrip(_CLOSING).endswith(rules.FINAL):
        last = next(ln.number for ln in reversed(lines) if ln.stripped)
        raise InputError("the last operative paragraph does not end the text: truncated?", source=source, line=last)
    organ_name = rules.FORMULA.fullmatch(formula.raw.rstrip(_DIRECTION_MARKS)).group(1)  # type: ignore[union-attr]
    return Document(
        source=source,
        lang=lang,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        reader=f"text-{lang}",
        organ=rules.ORGANS[organ_name],
        formula=Field(formula.stripped, formula.content),
        preamble=tuple(preamble),
        operative=tuple(operative),
        footnotes=tuple(footnotes),
        annexes=tuple(annexes),
        **header,
    )


_SYMBOL = re.compile(r"\b(A/RES/(?:E?S-)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?|A/C\.\d/\d+/L\.\d+(?:/Rev\.\d+)?)\s*$")
#: "76/186. Improving the coordination…": the number and title of an adopted resolution.
_NUMBER_TITLE = re.compile(r"\s*(?:(?:E?S-)?\d+/\d+(?: [A-Z](?:-[A-Z])?)?)(?:\s*[.．-]\s*|\s+)(?P<title>\S.*)")
_PAGE_NUMBER = re.compile(r"\s*\d{1,3}/\d{1,3}\s*")
#: A line indented this deep after a finished paragraph starts a new one, whatever its first words.
DEEP_INDENT = 4
_POINT = re.compile(r"\s*[(（]\s*(?:[a-z]{1,4}|\d{1,2}|[一二三四五六七八九十]+|[а-я]|[\u0621-\u064a])\s*[)）]")


def _read_header(lines: list[_Line], rules: ModuleType, source: str, lang: str) -> dict:
    content = [ln for ln in lines if ln.stripped]
    found: dict = {"header": tuple(ln.content for ln in content)}
    rest: list[_Line] = []
    title: list[tuple[int, str, Span]] = []  # after a "76/186." line, the title runs to the formula
    agenda_title_next = False
    for ln in content:
        if title:
            title.append((ln.content.start, ln.stripped, ln.content))
            continue
        if m := _SYMBOL.search(ln.raw):
            found["symbol"] = m[1]
            if ln.raw[: m.start()].strip():
                rest.append(ln)
            continue
        if m := _NUMBER_TITLE.fullmatch(ln.raw):
            start = ln.start + m.start("title")
            title.append((start, m["title"].rstrip(), Span(start, ln.content.end)))
            continue
        if rules.SESSION and (m := rules.SESSION.fullmatch(ln.raw)):
            try:
                found["session"] = rules.number(m["n"])
            except ValueError:
                rest.append(ln)
        elif m := rules.COMMITTEE.fullmatch(ln.raw):
            found["committee"] = COMMITTEES[rules.number(m["n"])]
        elif m := rules.AGENDA_ITEM.fullmatch(ln.raw):
            found["agenda_item"] = Field(re.sub(r"\s+", "", m["n"]), ln.content)
            agenda_title_next = True
            continue
        elif agenda_title_next:
            found["agenda_title"] = Field(ln.stripped, ln.content)
        elif m := rules.ADOPTED.fullmatch(ln.raw):
            found["kind"] = "resolution"
            if d := rules.DATE.fullmatch(m["date"]):
                found["date"] = f"{d['y']}-{rules.month(d['m']):02d}-{int(d['d']):02d}"
        elif m := rules.SPONSORS_AND_KIND.fullmatch(ln.raw):
            found["kind"] = rules.KINDS[m["kind"]]
            found["sponsors"] = _sponsors(ln, m, rules, source, lang)
        else:
            rest.append(ln)
        agenda_title_next = False
    if "symbol" in found and "session" not in found:
        found["session"] = Symbol.parse(found["symbol"]).session
    if title:
        body = _segment([(start, text) for start, text, _ in title], [span for _, _, span in title], rules)
        found["title"] = Field(body.text, Span(title[0][2].start, title[-1][2].end))
    elif rest and found.get("kind") != "resolution":  # a draft: what remains after the sponsors line
        body = _segment([(ln.content.start, ln.stripped) for ln in rest], [ln.content for ln in rest], rules)
        found["title"] = Field(body.text, Span(rest[0].content.start, rest[-1].content.end))
    return found


def _sponsors(line: _Line, m: re.Match[str], rules: ModuleType, source: str, lang: str) -> tuple:
    states = lexicon(lang).states
    out = []
    base = line.start + m.start("sponsors")
    pos = 0
    names = m["sponsors"]
    for part in [*rules.LIST_SEPARATORS.split(names)]:
        at = names.index(part, pos)
        pos = at + len(part)
        name = part.strip()
        if not name:
            continue
        if name not in states:
            raise InputError(
                f"unknown sponsor {name!r}: add it to ontology/data/states.ttl", source=source, line=line.number
            )
        span = Span(base + at, base + at + len(part))
        out.append((states[name].rsplit("/", 1)[-1], Field(name, span)))
    return tuple(out)


def _read_body(lines: list[_Line], rules: ModuleType, source: str, lang: str, symbol: str | None = None):
    lex = lexicon(lang)
    preamble: list[_Builder] = []
    operative: list[_Builder] = []
    notes: dict[int, _Builder] = {}
    current: _Builder | None = None
    note: _Builder | None = None  # the footnote being read, in a block after a rule
    in_notes = False

    def opens_preamble(ln: _Line) -> bool:
        return lex.opening(ln.raw.lstrip(), 0, lex.phrases)[1] is not None

    def opens_operative(ln: _Line) -> bool:
        return lex.opening(ln.raw.lstrip(), 0, lex.verbs)[1] is not None

    def lone_operative() -> bool:
        """Whether the last preambular paragraph is the one unnumbered operative paragraph, its verb also a phrase
        ("表示注意到", "认可"): it ends the text, or comes before the annex, as a sentence."""
        last = preamble[-1].text_so_far() if preamble and not operative and not numbered else ""
        return last.rstrip(_CLOSING).endswith(rules.FINAL) and lex.opening(last, 0, lex.verbs)[1] is not None

    # with page numbers, a footnote block runs to the page's end; without, a footnote ends with a full stop
    paged = any(_PAGE_NUMBER.fullmatch(ln.raw) for ln in lines)
    # numbered paragraphs, not counting those of an annex (the declaration a resolution adopts)
    body = next((lines[:i] for i, ln in enumerate(lines) if rules.ANNEX_HEADING.fullmatch(ln.raw)), lines)
    numbered = any((m := rules.OPERATIVE_NUMBER.match(ln.raw)) and m[1] == "1" for ln in body)
    annex: list[_Line] | None = None  # the lines of an annex, from its heading
    last = [0, 0]  # the last paragraph number, and the last of a decimal series within ("1.1", "1.2", "2.1"…)
    for ln in lines:
        if not ln.stripped:
            continue
        if (symbol and ln.stripped == symbol) or _PAGE_NUMBER.fullmatch(ln.raw):
            in_notes, note = False, None  # a page number or running head: the next page begins
            continue
        if _RULE.fullmatch(ln.raw):
            in_notes, note = True, None
            if current is not None:
                current.broken = True
            continue
        marker = _MARKER.fullmatch(ln.raw)
        if in_notes:
            if marker:
                number = int(marker[1])
                if number in notes:
                    raise InputError(f"footnote {number} defined twice", source=source, line=ln.number)
                note = notes[number] = _Builder()
                note.own(ln.content)  # the marker belongs to its footnote
                continue
            if note is not None and (paged or not note.text_so_far().endswith((*rules.FINAL, "."))):
                note.add(ln.content.start, ln.stripped, ln.content)
                continue
            if note is None:
                raise InputError("text after a footnote rule that is not a footnote", source=source, line=ln.number)
            in_notes, note = False, None  # the next page resumes
        if annex is not None:
            annex.append(ln)  # the annex's text, less the footnotes at its pages' feet (those of the resolution)
            continue
        if marker:
            if current is None:
                raise InputError("footnote marker before the first paragraph", source=source, line=ln.number)
            current.markers.append((int(marker[1]), ln.content))
            current.marker_after.append(len(current.pieces))
            current.own(ln.content)
            continue
        at_start = current is None or _ends(current, rules)
        if at_start and rules.ANNEX_HEADING.fullmatch(ln.raw):
            if lone_operative():
                operative.append(preamble.pop())
            if operative:
                annex = [ln]
                continue
        num = rules.OPERATIVE_NUMBER.match(ln.raw)
        # the next number (a slip may skip one or repeat the last; an indented one may skip several), or 1 again:
        # a resolution in parts numbers each part anew
        level = 1 if num and num[2] else 0
        n = int(num[1]) if num else 0
        # a stray digit after the next number ("154." for 15.), a slip seen in the UN's own files
        if num and not level and at_start and ln.indented and last[0] and n > 9 and num[1][:-1] == str(last[0] + 1):
            n = last[0] + 1
        skip = n - last[level] if num else -1
        # the very next number, indented and opening with a verb, starts a paragraph even when the one before lacks
        # its semicolon (a slip of the typesetter, as with the preambular comma below)
        next_one = skip == 1 and ln.indented and lex.opening(ln.raw[num.end() :], 0, lex.verbs)[1] is not None
        if num and (at_start or next_one) and (
            0 <= skip <= (9 if ln.indented else 2) or (n == 1 and last[level] > 1)
        ):
            last = [last[0], n] if level else [n, 0]
            if not operative:  # "Resolves that:", "Adopts the following declaration:": the unnumbered opening
                chapeau = next((k for k, b in enumerate(preamble) if lex.chapeau(b.text_so_far())), len(preamble))
                operative.extend(preamble[chapeau:])
                del preamble[chapeau:]
            current = _Builder(label=f"{num[1]}.{num[2]}" if num[2] else f"{num[1]}.")
            operative.append(current)
            current.add(ln.start + num.end(), ln.raw[num.end() :].rstrip(), ln.content)
            continue
        # an indented line opening with a phrase starts a preambular paragraph even when the one before lacks its
        # comma (a slip of the typesetter)
        phrase = not operative and ln.indented and opens_preamble(ln)
        starts = not operative and ln.indented and (at_start or phrase)
        if starts and not numbered and not phrase and opens_operative(ln):  # one unnumbered operative paragraph
            current = _Builder()
            operative.append(current)
        elif phrase or (starts and len(ln.raw) - len(ln.raw.lstrip()) >= DEEP_INDENT and not _POINT.match(ln.raw)):
            current = _Builder()
            preamble.append(current)
        elif current is None:
            raise InputError(
                "text before the first paragraph that opens with no known phrase", source=source, line=ln.number
            )
        current.add(ln.content.start, ln.stripped, ln.content)
    if lone_operative():
        operative.append(preamble.pop())
    if in_notes and note is None:
        raise InputError("footnote rule with no footnote after it: truncated?", source=source, line=lines[-1].number)
    paragraphs = [_paragraph("preambular", i, b, rules) for i, b in enumerate(preamble, 1)] + [
        _paragraph("operative", i, b, rules) for i, b in enumerate(operative, 1)
    ]
    footnotes = [Footnote(n, _segment(b.pieces, b.spans, rules)) for n, b in sorted(notes.items())]
    defined = {f.number for f in footnotes}
    for p in paragraphs:
        for ref in p.footnote_refs:
            if ref.number not in defined:
                raise InputError(f"footnote marker {ref.number} in paragraph {p.ident} has no footnote", source=source)
    return (
        [p for p in paragraphs if p.kind == "preambular"],
        [p for p in paragraphs if p.kind == "operative"],
        footnotes,
        [_annex(annex, rules)] if annex else [],
    )


def _annex(lines: list[_Line], rules: ModuleType) -> Annex:
    """An annex: its heading line and the text of the lines after it."""
    body = [ln for ln in lines[1:] if ln.stripped]
    text = _segment([(ln.content.start, ln.stripped) for ln in body], [ln.content for ln in body], rules)
    return Annex(1, lines[0].stripped, text)


def _ends(b: _Builder, rules: ModuleType) -> bool:
    return b.text_so_far().endswith(rules.TERMINATORS)


def _paragraph(kind: str, number: int, b: _Builder, rules: ModuleType) -> Paragraph:
    body = _segment(b.pieces, b.spans, rules)
    refs = [  # a marker stands after the text of the pieces before it
        FootnoteRef(n, len(_segment(b.pieces[:after], [], rules).text), span)
        for (n, span), after in zip(b.markers, b.marker_after, strict=True)
    ]
    return Paragraph(kind, number, body, label=b.label, footnote_refs=tuple(refs))  # type: ignore[arg-type]


def _segment(pieces: list[tuple[int, str]], spans: list[Span], rules: ModuleType) -> Segment:
    """Rejoin pieces of lines into text with a source offset per character."""
    items: list[tuple[str, int]] = []
    for start, piece in pieces:
        if items and rules.LINE_JOINER:
            items.append((rules.LINE_JOINER, start - 1))
        items.extend((ch, start + k) for k, ch in enumerate(piece))
    return build_segment(items, spans)[0]
