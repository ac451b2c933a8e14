"""Read a resolution published by the UN in Akoma Ntoso for the United Nations (AKN4UN) XML.

The markup is the gold standard: FRBR identification, classification keywords, the preface
(number, title), the enacting formula, one ``container`` per preambular paragraph (its ``name`` is
the opening phrase), one ``paragraph`` per operative paragraph (``num``, the verb in its first
``span``, lettered ``point``\\ s), ``authorialNote`` footnotes, ``a href="https://undocs.org/…"`` links
and ``attachments``. A ``data_extract/<session>.json`` record found beside the corpus folders adds
agenda item, committee, sponsors, adoption date and votes.

Offsets: ``Document.text`` is the text content of the XML document (its text nodes in document
order, as the DOM's ``textContent``); every span counts characters in it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from lxml import etree

from . import lang as languages
from .errors import InputError, check_size, read_input
from .ids import COMMITTEES, LANGUAGES, Symbol
from .model import (
    Annex,
    Document,
    Field,
    Footnote,
    FootnoteRef,
    Link,
    Mark,
    Paragraph,
    Segment,
    Span,
    Subparagraph,
    Votes,
    build_segment,
)
from .refdata import lexicon

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_A = f"{{{NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
_LANG_OF_ISO = {v: k for k, v in LANGUAGES.items()}
_UNDOCS = re.compile(r"https?://(?:www\.)?undocs\.org/(?:(?:ar|zh|ch|en|fr|ru|es|sp)/)?(?P<symbol>.+)", re.I)
_ORDINAL_COMMITTEE = {key.split("-")[0]: key for key in COMMITTEES.values()}
_ORGAN_OF_AUTHOR = {"unga": "general-assembly", "ecosoc": "ecosoc", "unhrc": "hrc"}
_AGENDA_NUMBER = re.compile(r"\d+(?:\s*\([a-z]\))?")  # "Agenda item 72 (b)" -> "72 (b)"
_INLINE_NUMBER = re.compile(r"\s*\d{1,3}\s*[-.]\s*(?!\d)")
#: The number 1 typed as the letter l ("l. Decides", A/RES/76/256)
_ONE_MISTYPED = re.compile(r"\s*l\.\s*")
#: How a paragraph, not a heading, ends: punctuation, then perhaps a closing quote and direction marks
_SENTENCE = re.compile(r"[.;:,?!。；：，？！،؛؟][\s\u200e\u200f]*[”’\"»“]?[\s\u200e\u200f]*$")
#: How a part of the paragraph before begins, once that one ends with a colon: an item or a quotation
_ITEM = re.compile(r"[\s\u200e\u200f]*(?:[(（]?[^\W\d_]{1,4}[)）]|[㈠-㈩]|[“«\"])")
_INTRODUCES = re.compile(r"[:：][\s\u200e\u200f]*$")


def read_akn(path: str | Path, metadata: dict | None = None) -> Document:
    """Read one AKN4UN file. ``metadata`` is its ``data_extract`` record; by default it is looked up
    in a ``data_extract`` folder two levels up (the corpus layout). Raise :class:`InputError`."""
    path = Path(path)
    doc = read_akn_bytes(read_input(path), path.name)
    record = metadata if metadata is not None else _record_for(path, doc.symbol)
    return _with_metadata(doc, record) if record else doc


def read_akn_bytes(data: bytes, source: str = "<xml>") -> Document:
    check_size(len(data), source)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise InputError(f"not well-formed XML: {e.msg}", source=source, line=e.lineno) from None
    if root.tag != _A + "akomaNtoso":
        raise InputError(f"not Akoma Ntoso: the root element is {etree.QName(root).localname}", source=source, line=1)
    statement = next((el for el in root if el.tag == _A + "statement"), None)
    if statement is None:
        raise InputError("no statement element: not a resolution", source=source, line=root.sourceline)
    return _Reader(root, statement, source, data).document()


class _Reader:
    def __init__(self, root: etree._Element, statement: etree._Element, source: str, data: bytes) -> None:
        self.root, self.statement, self.source = root, statement, source
        self.sha256 = hashlib.sha256(data).hexdigest()
        self.offset: dict[tuple[int, str], int] = {}
        self.text = self._text_content()

    def _text_content(self) -> str:
        """The text content in document order, recording each text node's offset."""
        out: list[str] = []
        at = 0

        # lxml keeps one proxy per node while it is referenced: holding them all keeps id() stable
        self._alive: list[etree._Element] = []

        def walk(el: etree._Element) -> None:
            nonlocal at
            self._alive.append(el)
            if not isinstance(el.tag, str):  # a processing instruction: only its tail is text
                return
            if el.text:
                self.offset[(id(el), "text")] = at
                out.append(el.text)
                at += len(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    self.offset[(id(child), "tail")] = at
                    out.append(child.tail)
                    at += len(child.tail)

        walk(self.root)
        return "".join(out)

    # ------------------------------------------------------------ helpers
    def find(self, path: str, el: etree._Element | None = None) -> etree._Element | None:
        return (self.statement if el is None else el).find(path.replace("a:", _A))

    def findall(self, path: str, el: etree._Element | None = None) -> list[etree._Element]:
        return (self.statement if el is None else el).findall(path.replace("a:", _A))

    def chars(
        self, el: etree._Element, skip: frozenset[str] = frozenset(), inner: bool = False
    ) -> Iterator[tuple[str, int] | Mark]:
        """The characters of ``el``'s text, each with its offset; a footnote inside it, a link or a
        lettered point becomes a :class:`Mark`."""
        if el.tag in skip:
            return
        if inner and el.tag == _A + "authorialNote":
            yield Mark(("note", el))
            return
        edge = self._edge(el)
        if edge:
            yield Mark(("start", el))
        if el.text:
            at = self.offset[(id(el), "text")]
            yield from ((ch, at + k) for k, ch in enumerate(el.text))
        for child in el:
            if isinstance(child.tag, str):
                yield from self.chars(child, skip, inner=True)
            if child.tail:
                at = self.offset[(id(child), "tail")]
                yield from ((ch, at + k) for k, ch in enumerate(child.tail))
        if edge:
            yield Mark(("end", el))

    @staticmethod
    def _edge(el: etree._Element) -> bool:
        return el.tag in (_A + "a", _A + "point")

    def span(self, el: etree._Element) -> Span | None:
        """From the first to the last character of ``el``'s text that is not white space (as :meth:`chars` reads
        it), found text node by text node rather than character by character."""
        first = last = None
        for at, text in self.text_nodes(el):
            if text.strip():
                first = at + len(text) - len(text.lstrip()) if first is None else first
                last = at + len(text.rstrip())
        return Span(first, last) if first is not None else None

    def text_nodes(self, el: etree._Element, inner: bool = False) -> Iterator[tuple[int, str]]:
        """(offset, text) of each text node :meth:`chars` reads of ``el``, in order (a footnote's inside skipped)."""
        if inner and el.tag == _A + "authorialNote":
            return
        if el.text:
            yield self.offset[(id(el), "text")], el.text
        for child in el:
            if isinstance(child.tag, str):
                yield from self.text_nodes(child, inner=True)
            if child.tail:
                yield self.offset[(id(child), "tail")], child.tail

    def plain(self, el: etree._Element | None) -> str:
        return " ".join("".join(el.itertext()).split()) if el is not None else ""

    def field(self, el: etree._Element | None, text: str | None = None) -> Field | None:
        if el is None:
            return None
        value = text if text is not None else self.plain(el)
        return Field(value, self.span(el)) if value else None

    # ------------------------------------------------------------ the document
    def document(self) -> Document:
        meta = self.find("a:meta")
        lang_el = self.find("a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage")
        iso = lang_el.get("language") if lang_el is not None else None
        if iso not in _LANG_OF_ISO:
            raise InputError(f"FRBRlanguage {iso!r} is not one of the six UN languages", source=self.source)
        lang = _LANG_OF_ISO[iso]
        work_uri = self.find("a:meta/a:identification/a:FRBRWork/a:FRBRuri")
        author = (work_uri.get("value", "") if work_uri is not None else "").split("/")
        organ = _ORGAN_OF_AUTHOR.get(author[5] if len(author) > 5 else "", "general-assembly")
        date_el = self.find("a:meta/a:identification/a:FRBRWork/a:FRBRdate")
        symbol_el = self.find("a:coverPage//a:docNumber[@refersTo='#symbol']")
        symbol = None
        if symbol_el is not None:
            try:
                symbol = str(Symbol.parse(self.plain(symbol_el)))
            except ValueError as e:
                raise InputError(str(e), source=self.source, line=symbol_el.sourceline) from None
        session_el = self.find("a:coverPage//a:session")
        proponent = self.find("a:coverPage//a:docProponent")
        committee = None
        if proponent is not None and (m := re.match(r"#(\w+?)Committee", proponent.get("refersTo", ""))):
            committee = _ORDINAL_COMMITTEE.get(m[1])
        agenda = self.find("a:coverPage//a:inline[@name='agenda item']")
        agenda_number = _AGENDA_NUMBER.search(self.plain(agenda)) if agenda is not None else None
        subjects = sorted(
            {k.get("href") for k in meta.iter(_A + "keyword") if (k.get("href") or "").startswith("http")}
            if meta is not None
            else set()
        )
        preamble_els = self.findall("a:preamble/a:container")
        slipped, operative_els, annexes = self.main_body(lang)
        preamble_els.extend(slipped)
        if preamble_els and operative_els and lexicon(lang).chapeau(self.plain(preamble_els[-1])):
            operative_els.insert(0, [preamble_els.pop()])  # "Resolves that:" set as preambular by the markup
        preamble = [self.paragraph("preambular", i, [el]) for i, el in enumerate(preamble_els, 1)]
        operative = [self.paragraph("operative", i, els) for i, els in enumerate(operative_els, 1)]
        if not operative:
            raise InputError("no operative paragraph in mainBody", source=self.source)
        notes = {}
        for el in self.statement.iter(_A + "authorialNote"):
            if _inside(el, _A + "attachments"):
                continue
            marker = el.get("marker", "")
            if marker.isdigit():
                notes.setdefault(int(marker), self.footnote(int(marker), el))
        formula = self.find("a:preamble/a:formula")
        return Document(
            source=self.source,
            lang=lang,
            text=self.text,
            sha256=self.sha256,
            reader="akn",
            title=self.field(self.find("a:preface//a:docTitle")),
            session=int(session_el.get("value")) if session_el is not None and session_el.get("value", "").isdigit()
            else (Symbol.parse(symbol).session if symbol else None),
            organ=organ,
            committee=committee,
            agenda_item=Field(re.sub(r"\s+", "", agenda_number[0]), self.span(agenda)) if agenda_number else None,
            agenda_title=self.field(self.find("a:coverPage//a:inline[@name='agenda item name']")),
            kind="resolution" if self.statement.get("name") == "resolution" else "draft-resolution",
            # a draft's sponsors, as tipgraph's AKN writer marks them (the UN's files of resolutions do not)
            sponsors=tuple(
                (el.get("refersTo", "").lstrip("#"), self.field(el))
                for el in self.findall("a:coverPage//a:inline[@name='sponsor']")
                if el.get("refersTo", "").startswith("#")
            ),
            symbol=symbol,
            date=date_el.get("date") if date_el is not None else None,
            formula=self.field(formula),
            preamble=tuple(preamble),
            operative=tuple(operative),
            footnotes=tuple(notes[n] for n in sorted(notes)),
            subjects=tuple(subjects),
            annexes=tuple(annexes) + tuple(self.annexes(lang, len(annexes))),
        )

    def main_body(self, lang: str) -> tuple[list[etree._Element], list[list[etree._Element]], list[Annex]]:
        """The operative paragraphs (each one element, or several when the markup sets its sub-paragraphs
        as unnumbered paragraphs after it), with what the markup sets among them that is something else:
        a preambular paragraph before the first numbered one, headings, an annex."""
        body = self.find("a:mainBody")
        if body is None:
            return [], [], []
        els = [el for el in body.iter(_A + "paragraph") if not _inside(el, _A + "paragraph")]
        annexes = []
        heading = languages.module(lang).ANNEX_HEADING
        for i, el in enumerate(els):
            if el.find(_A + "num") is None and heading.fullmatch(self.plain(el)):
                annexes.append(self.annex(1, self.plain(el), els[i + 1 :]))
                els = els[:i]
                break
        # an unnumbered paragraph that does not end as a sentence is a heading ("I. Children and the Goals")
        els = [el for el in els if _numbered(el) or _SENTENCE.search(self.plain(el))]
        lex, slipped = lexicon(lang), []
        # unnumbered paragraphs before the numbered ones are preambular ("Having further considered …") up to the
        # first that opens with a verb ("Resolves that:", "Adopts the following declaration:")
        while len(els) > 1 and not _numbered(els[0]) and lex.opening(self.plain(els[0]), 0, lex.verbs)[1] is None:
            slipped.append(els.pop(0))
        groups: list[list[etree._Element]] = []
        for el in els:
            if groups and not _numbered(el) and (
                any(_numbered(g[0]) for g in groups)
                # the parts of an unnumbered paragraph that introduces a quotation or a list ("the following question:")
                or (_ITEM.match(self.plain(el)) and any(_INTRODUCES.search(self.plain(g)) for g in groups[-1]))
            ):
                groups[-1].append(el)  # "(a) …" or text after the sub-paragraphs: part of the paragraph before
            else:
                groups.append([el])
        return slipped, groups, annexes

    def paragraph(self, kind: str, number: int, els: list[etree._Element]) -> Paragraph:
        items: list[tuple[str, int] | Mark] = []
        for el in els:
            if last := next((it[1] for it in reversed(items) if not isinstance(it, Mark)), None):
                items.append((" ", last))  # the parts of a paragraph set as several
            items.extend(self.chars(el, frozenset({_A + "num"})))
        body, marks = build_segment(items, [s for el in els if (s := self.span(el))])
        el = els[0]
        num = el.find(_A + "num")
        label = self.plain(num) or None if num is not None else None
        label = "1." if label and _ONE_MISTYPED.fullmatch(label) else label
        if num is None and (m := _INLINE_NUMBER.match(body.text)):  # "1 - …": the number set in the text
            label, cut = m[0].strip(), m.end()
            body = Segment(body.text[cut:], body.offsets[cut:], body.spans)
            marks = [(tag, max(at - cut, 0)) for tag, at in marks]
        refs, links, points = self.resolve(marks)
        return Paragraph(
            kind,  # type: ignore[arg-type]
            number,
            body,
            label=label,
            footnote_refs=tuple(refs),
            eid=el.get("eId"),
            marked_opening=self.opening(kind, el),
            subparagraphs=tuple(points),
            links=tuple(links),
        )

    def opening(self, kind: str, el: etree._Element) -> str | None:
        """The opening as marked: the container's name, or the first span of the first ``p``."""
        if kind == "preambular" and el.get("name", "").strip():
            return " ".join(el.get("name").split())
        p = next(el.iter(_A + "p"), None)
        if p is None or ((p.text or "").strip() and not _INLINE_NUMBER.fullmatch(p.text)):
            return None
        span = p.find(_A + "span")
        text = " ".join("".join(span.itertext()).split()) if span is not None else ""
        return text or None

    def resolve(self, marks: list[tuple[object, int]]) -> tuple[list[FootnoteRef], list[Link], list[Subparagraph]]:
        """What the marks of a segment stand for: footnote references, links to UN documents, sub-paragraphs."""
        refs, links, points = [], [], []
        open_at: dict[int, int] = {}
        for (what, node), at in marks:  # type: ignore[misc]
            if what == "note":
                marker = node.get("marker", "")
                if marker.isdigit() and (s := self.span(node)):
                    refs.append(FootnoteRef(int(marker), at, s))
            elif what == "start":
                open_at[id(node)] = at
            elif node.tag == _A + "a":
                start = open_at.pop(id(node), at)
                if (m := _UNDOCS.match(node.get("href", ""))) and at > start:
                    links.append(Link(m["symbol"].strip(), start, at))
            else:
                points.append(Subparagraph(self.plain(node.find(_A + "num")), open_at.pop(id(node), at), at))
        return refs, links, points

    def footnote(self, number: int, el: etree._Element) -> Footnote:
        body, marks = build_segment(list(self.chars(el)), [s] if (s := self.span(el)) else [])
        return Footnote(number, body, tuple(self.resolve(marks)[1]))

    def annexes(self, lang: str, before: int = 0) -> Iterator[Annex]:
        for i, att in enumerate(self.findall("a:attachments/a:attachment"), before + 1):
            doc = att[0] if len(att) else att
            heading = next((self.plain(e) for e in doc.iter(_A + "docTitle", _A + "heading")), "")
            body = doc.find(_A + "mainBody")
            parts = [doc]
            if not heading and body is not None and len(body):
                first = self.plain(body[0])
                if languages.module(lang).ANNEX_HEADING.fullmatch(first):  # "Annex" set as a paragraph of its own
                    heading = first
                    parts = [x for child in doc for x in (body[1:] if child is body else [child])]
            yield self.annex(i, heading, parts)

    def annex(self, number: int, title: str, parts: list[etree._Element]) -> Annex:
        items: list[tuple[str, int] | Mark] = []
        for el in parts:
            chars = [it for it in self.chars(el, frozenset({_A + "meta"})) if not isinstance(it, Mark)]
            if chars:
                items.extend([*chars, (" ", chars[-1][1])])
        spans = [s for el in parts if (s := self.span(el))]
        return Annex(number, title, build_segment(items, spans)[0])


def _numbered(el: etree._Element) -> bool:
    """Whether a paragraph carries a number ("1.", "1 -"), not a sub-paragraph letter ("(a)")."""
    num = el.find(_A + "num")
    if num is None:
        return bool(_INLINE_NUMBER.match(" ".join("".join(el.itertext()).split())))
    number = "".join(num.itertext())
    return bool(re.match(r"\s*\d", number) or _ONE_MISTYPED.fullmatch(number))


def _inside(el: etree._Element, tag: str) -> bool:
    return any(a.tag == tag for a in el.iterancestors())


# ---------------------------------------------------------------- data_extract records
@functools.cache
def _records(path: Path) -> dict[str, dict]:
    out = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                record = json.loads(line)
                out[" ".join(record.get("symbol", "").split())] = record
    return out


def _record_for(path: Path, symbol: str | None) -> dict | None:
    if not symbol:
        return None
    session = Symbol.parse(symbol).session
    for parent in list(path.resolve().parents)[:3]:
        candidate = parent / "data_extract" / f"{session}.json"
        if candidate.is_file():
            return _records(candidate).get(symbol)
    return None


def _with_metadata(doc: Document, record: dict) -> Document:
    """Add what a ``data_extract`` record knows and the markup does not."""
    changes: dict = {}
    if not doc.committee and (m := re.match(r"(\w+) Committee", record.get("committee") or "")):
        changes["committee"] = _ORDINAL_COMMITTEE.get(m[1].lower())
    english = languages.module("en")  # the records are in English: "16 December 2021"
    if not doc.date and (m := english.DATE.fullmatch((record.get("adoption_date") or "").strip())):
        changes["date"] = f"{m['y']}-{english.month(m['m']):02d}-{int(m['d']):02d}"
    if not doc.agenda_item and (m := _AGENDA_NUMBER.search(record.get("agenda_item") or "")):
        changes["agenda_item"] = Field(re.sub(r"\s+", "", m[0]), None)
    states = lexicon("en").states_by_name
    sponsors = []
    for name in [*(record.get("sponsors") or []), *(record.get("additional_sponsors") or [])]:
        iri = states.get(_state_name(name))
        if iri and iri not in [s for s, _ in sponsors]:
            sponsors.append((iri.rsplit("/", 1)[-1], Field(name.title(), None)))
    if sponsors:
        changes["sponsors"] = tuple(sponsors)
    adoption = (record.get("adoption_type") or "").strip()
    if adoption:
        def count(k: str) -> int:
            v = str(record.get(k) or "0").strip()
            return int(v) if v.isdigit() else 0

        by_state = tuple(
            (iri.rsplit("/", 1)[-1], vote)
            for vote, key in (("in-favour", "MS_in_favour"), ("against", "MS_against"), ("abstaining", "MS_abstaining"))
            for name in record.get(key) or []
            if (iri := states.get(_state_name(name)))
        )
        changes["votes"] = Votes(
            adoption.lower(),
            count("MS_in_favour_count"),
            count("MS_against_count"),
            count("MS_abstaining_count"),
            by_state,
        )
    return replace(doc, **changes)


def _state_name(name: str) -> str:
    """"CUBA (ON BEHALF OF …)" -> "cuba": the State that sponsors, case-folded."""
    name = re.split(r"\s*\(ON BEHALF|,\s*ON BEHALF|\s*\(IN ITS CAPACITY", name, flags=re.I)[0]
    return " ".join(name.replace("’", "'").split()).casefold()
