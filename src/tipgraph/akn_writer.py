"""Akoma Ntoso out: a document (read from PDF-extracted text, say) as AKN4UN XML like the UN's own files.

A ``statement`` with its FRBR identification, a cover page (symbol, session, agenda item, committee, sponsors),
the preface (title), the preamble (the enacting formula, a ``container`` per paragraph named by its opening
phrase), the ``mainBody`` (numbered operative ``paragraph`` elements) and each footnote as an
``authorialNote`` where its marker stands. The AKN reader reads it back into the same graph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from lxml import etree
from lxml.builder import ElementMaker

from . import __version__
from .errors import InputError
from .ids import LANGUAGES, Symbol
from .model import Analysis, Document, Paragraph

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
E = ElementMaker(namespace=AKN, nsmap={None: AKN})
_AUTHORS = {"general-assembly": "ga", "ecosoc": "ecosoc", "hrc": "hrc"}
_COMMITTEES = {"first-committee": "first", "second-committee": "second", "third-committee": "third",
               "fourth-committee": "fourth", "fifth-committee": "fifth", "sixth-committee": "sixth"}  # fmt: skip


def write_akn(doc: Document, analysis: Analysis, date: str | None = None, symbol: str | None = None) -> bytes:
    """``doc`` as AKN4UN XML (UTF-8).

    Args:
        date: the date of the document, where ``doc`` has none (AKN requires one).
        symbol: its symbol, where ``doc`` has none.

    Raises:
        InputError: no date is known.
    """
    date = date or doc.date
    symbol = symbol or doc.symbol
    if not date:
        raise InputError("Akoma Ntoso needs the document's date: give --date YYYY-MM-DD", source=doc.source)
    iso = LANGUAGES[doc.lang]
    draft = doc.kind != "resolution"
    author = _AUTHORS.get(doc.organ, "ga")
    number = Symbol.parse(symbol).work_iri.rsplit("/", 1)[-1] if symbol else f"{doc.session or 0}-{doc.sha256[:8]}"
    work = f"/akn/un/statement/{'resolutionDraft' if draft else 'deliberation'}/un{author}/{date}/{number}/"
    identification = E.identification(
        E.FRBRWork(E.FRBRthis(value=f"{work}!main/"), E.FRBRuri(value=work),
                   E.FRBRdate(date=date, name="issue" if draft else "adoption"),
                   E.FRBRauthor(href=f"#{author}", **{"as": "author"}), E.FRBRcountry(value="un")),
        E.FRBRExpression(E.FRBRthis(value=f"{work}{iso}@!main/"), E.FRBRuri(value=f"{work}{iso}@/"),
                         E.FRBRdate(date=date, name="publication"),
                         E.FRBRauthor(href=f"#{author}", **{"as": "issuer"}), E.FRBRlanguage(language=iso)),
        E.FRBRManifestation(E.FRBRthis(value=f"{work}{iso}@/!main.xml"), E.FRBRuri(value=f"{work}{iso}@.xml"),
                            E.FRBRdate(date=date, name="markup"),
                            E.FRBRauthor(href="#tipgraph", **{"as": "editor"})),
        source="#tipgraph",
    )  # fmt: skip
    meta = E.meta(identification)
    if doc.subjects:
        keywords = [E.keyword(value=_last(s), href=s, showAs=_last(s), dictionary=_dictionary(s)) for s in doc.subjects]
        meta.append(E.classification(*keywords, source="#tipgraph"))
    meta.append(E.references(E.TLCOrganization(eId="tipgraph", href="https://w3id.org/tipgraph",
                                               showAs=f"tipgraph {__version__}"), source="#tipgraph"))  # fmt: skip
    notes = {f.number: f for f in doc.footnotes}
    statement = E.statement(meta, _cover(doc, symbol), name="resolutionDraft" if draft else "resolution")
    if doc.title:
        statement.append(E.preface(E.p(E.docTitle(doc.title.text, refersTo="#resolutionTitle"))))
    preamble = E.preamble()
    if doc.formula:
        preamble.append(E.formula(E.p(doc.formula.text), name="enactingFormula", eId="formula_1"))
    openings = {o.paragraph: o for o in analysis.openings}
    eids = itertools.count(1)  # of the authorial notes: a footnote may be referred to twice
    for p in doc.preamble:
        name = _opening(p, openings.get(p.ident)) or p.text.split(" ", 1)[0]
        preamble.append(E.container(_p(p, notes, eids), name=name, eId=f"container_{p.number}"))
    statement.append(preamble)
    statement.append(E.mainBody(*(
        E.paragraph(E.num(p.label or f"{p.number}."), E.content(_p(p, notes, eids), eId=f"para_{p.number}__content"),
                    eId=f"para_{p.number}")
        for p in doc.operative
    )))  # fmt: skip
    root = E.akomaNtoso(statement)
    root.addprevious(etree.Comment(f"Written by tipgraph {__version__} from {doc.source}; source: the United Nations"))
    return etree.tostring(root.getroottree(), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _last(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _dictionary(iri: str) -> str:
    return "SDGO" if "/sdg/" in iri else "EuroVoc" if "eurovoc" in iri else "UNBIS"


def _cover(doc: Document, symbol: str | None) -> etree._Element:
    cover = E.coverPage(eId="coverPage_1")
    if symbol:
        cover.append(E.p(E.docNumber(symbol, refersTo="#symbol")))
    if doc.session:
        cover.append(E.p(E.session(str(doc.session), refersTo="#generalAssembly", value=str(doc.session))))
    if doc.agenda_item:
        cover.append(E.p(E.inline(f"Agenda item {doc.agenda_item.text}", name="agenda item")))
    if doc.agenda_title:
        cover.append(E.p(E.inline(doc.agenda_title.text, name="agenda item name")))
    if doc.committee in _COMMITTEES:
        name = doc.committee.replace("-", " ").title()
        cover.append(E.p(E.docProponent(name, refersTo=f"#{_COMMITTEES[doc.committee]}Committee")))
    if doc.sponsors:
        cover.append(E.p(*(E.inline(f.text, name="sponsor", refersTo=f"#{key}") for key, f in doc.sponsors)))
    return cover


def _opening(p: Paragraph, opening) -> str | None:
    """The words of the paragraph's text that its opening phrase (and intensifier) cover."""
    if opening is None:
        return None
    end = next((i for i, off in enumerate(p.body.offsets) if off >= opening.span.end), len(p.text))
    return p.text[:end].strip() or None


def _p(p: Paragraph, notes: dict, eids: Iterator[int]) -> etree._Element:
    """The paragraph's text, each footnote an ``authorialNote`` where its marker stands."""
    el = E.p()
    at, last = 0, None
    for ref in sorted(p.footnote_refs, key=lambda r: r.at):
        chunk = p.text[at : ref.at]
        if last is None:
            el.text = chunk
        else:
            last.tail = chunk
        note = notes.get(ref.number)
        last = E.authorialNote(E.p(note.text if note else ""), marker=str(ref.number), placement="bottom",
                               eId=f"authorialNote_{next(eids)}")  # fmt: skip
        el.append(last)
        at = ref.at
    if last is None:
        el.text = p.text[at:]
    else:
        last.tail = p.text[at:]
    return el
