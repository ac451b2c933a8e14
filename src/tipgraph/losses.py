"""Loss checks: every paragraph of the source is in the graph, counted and with its text.

Two comparisons for each document built:

1. what the reader found against the graph: as many preambular and operative paragraphs and footnotes, each
   under its number with the same text;
2. for an AKN file, the source against the graph, apart from the reader: the words of every paragraph element of
   the XML (each container of the preamble, each paragraph of the main body, each footnote), read here again,
   must stand in the texts of the graph. A PDF extraction has no markup that tells its paragraphs apart from
   the reader's own reading: it gets the first comparison only.

A heading of the main body ("I. Children and the Goals": unnumbered, not a sentence) is not a paragraph of the
model yet: a heading the graph lacks is listed apart, and does not make the document incomplete.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lxml import etree
from rdflib import Graph
from rdflib.namespace import RDF

from .akn_reader import NS
from .model import Document
from .namespaces import TIP

_A = f"{{{NS}}}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
_LEADING_NUMBER = re.compile(r"^\d{1,3}\s*[-.]\s*(?!\d)")  # "12 - " set in the text instead of a num element
_NUMBER_OR_END = re.compile(r"^\d{1,3}\s*[-.]|[.;:。；：!?！？]$")  # a numbered paragraph, or a sentence
KINDS = {"preambular": TIP.PreambularParagraph, "operative": TIP.OperativeParagraph, "footnote": TIP.Footnote}


@dataclass(frozen=True)
class Losses:
    """What of one document's source the graph lacks."""

    counts: dict[str, tuple[int, int]]  # kind -> (found by the reader, in the graph)
    missing: tuple[str, ...]  # each, in words
    headings: tuple[str, ...] = ()  # headings of the source, not in the graph

    @property
    def complete(self) -> bool:
        return not self.missing and all(read == built for read, built in self.counts.values())

    def __str__(self) -> str:
        counts = ", ".join(f"{kind} {read}/{built}" for kind, (read, built) in self.counts.items())
        headings = f", {len(self.headings)} heading(s) not modelled" if self.headings else ""
        return counts + headings + "".join(f"\n    {m}" for m in self.missing)


def check(doc: Document, graph: Graph, source: bytes | None = None) -> Losses:
    """Compare the document as read (and its source bytes, for an AKN file) with its graph."""
    found = {kind: {} for kind in KINDS}
    for kind, cls in KINDS.items():
        for node in graph.subjects(RDF.type, cls):
            found[kind][int(graph.value(node, TIP.number))] = str(graph.value(node, TIP.text))
    read = {"preambular": doc.preamble, "operative": doc.operative, "footnote": doc.footnotes}
    missing, headings = [], []
    for kind, items in read.items():
        for item in items:
            if item.number not in found[kind]:
                missing.append(f"{kind} {item.number}: not in the graph")
            elif found[kind][item.number] != item.text:
                missing.append(f"{kind} {item.number}: its text in the graph differs from the text read")
    texts = [_words(t) for by_number in found.values() for t in by_number.values()]
    texts += [_words(str(t)) for node in graph.subjects(RDF.type, TIP.Annex) for t in graph.objects(node, TIP.text)]
    if source is not None and doc.reader == "akn":
        everything = "|".join(texts)
        for where, words, heading in _akn_paragraphs(source):
            if words and words not in everything:
                (headings if heading else missing).append(f"{where}: “{words[:80]}” is not in the graph")
    counts = {kind: (len(read[kind]), len(found[kind])) for kind in KINDS}
    return Losses(counts, tuple(missing), tuple(headings))


def _akn_paragraphs(source: bytes) -> list[tuple[str, str, bool]]:
    """(where, words, whether a heading) of each paragraph element of an AKN file: preamble containers, main-body
    paragraphs (the outermost), footnotes; without numbers, and a paragraph without its footnotes' text."""
    statement = etree.fromstring(source, _PARSER).find(_A + "statement")  # there is one: the reader read it
    body = statement.find(_A + "mainBody")
    units = statement.findall(f"{_A}preamble/{_A}container")
    units += [el for el in (body.iter(_A + "paragraph") if body is not None else ()) if not _within(el, "paragraph")]
    units += [el for el in statement.iter(_A + "authorialNote") if not _within(el, "attachments")]
    out = []
    for el in units:
        text = " ".join(_text(el, top=el).split())
        num = el.find(_A + "num")
        lettered = num is None or not "".join(num.itertext()).strip()[:1].isdigit()  # none, or "B." of a heading
        heading = el.tag == _A + "paragraph" and lettered and not _NUMBER_OR_END.search(text)
        where = f"{etree.QName(el).localname} {el.get('eId') or el.get('marker') or ''} (line {el.sourceline})"
        out.append((where, _LEADING_NUMBER.sub("", _words(text)), heading))
    return out


def _text(el: etree._Element, top: etree._Element) -> str:
    """The text of ``el`` without its ``num`` elements and (below ``top``) footnotes."""
    skip = el.tag == _A + "num" or (el is not top and el.tag == _A + "authorialNote")
    parts = [] if skip or not isinstance(el.tag, str) else [el.text or ""]
    if not skip:
        for child in el:
            parts.append(_text(child, top))
    parts.append(el.tail or "" if el is not top else "")
    return "".join(parts)


def _within(el: etree._Element, tag: str) -> bool:
    return any(a.tag == _A + tag for a in el.iterancestors())


def _words(text: str) -> str:
    """The text without white space and invisible format characters (U+200E…), which the markup and the reader
    may set differently around the same words."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
