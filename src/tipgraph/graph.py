"""Turn a document and what was extracted from it into RDF (knows nothing of file formats)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from . import __version__
from .ids import (
    COMMITTEES,
    ID,
    VOCAB,
    Symbol,
    agenda_item_iri,
    digest,
    entity_iri,
    expression_iri,
    key,
    manifestation_iri,
    undocs_url,
    unnumbered_work_iri,
)
from .model import Analysis, Document, Span
from .namespaces import CITO, ELI, OA, TIP

PREFIXES = {
    "tip": TIP,
    "eli": ELI,
    "cito": CITO,
    "oa": OA,
    "prov": PROV,
    "dct": DCTERMS,
    "undo": "https://w3id.org/un/ontology/undo/",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "verb": VOCAB + "verb/",
    "phrase": VOCAB + "phrase/",
    "intensifier": VOCAB + "intensifier/",
    "rel": VOCAB + "citation-relation/",
    "kind": VOCAB + "document-kind/",
    "o": ID + "org/",
    "post": ID + "post/",
    "role": ID + "role/",
    "state": ID + "state/",
    "treaty": ID + "treaty/",
    "event": ID + "event/",
}
SOFTWARE = URIRef(ID + "software/tipgraph")
_VOTES = {"in-favour": "votedInFavour", "against": "votedAgainst", "abstaining": "abstained"}


def work_iri(doc: Document, symbol: str | None = None) -> str:
    """The work IRI: from the symbol when known, else stable from session, committee and title."""
    symbol = symbol or doc.symbol
    if symbol:
        return Symbol.parse(symbol).work_iri
    committee = next((n for n, k in COMMITTEES.items() if k == doc.committee), None)
    return unnumbered_work_iri(doc.session or 0, committee, doc.title.text if doc.title else doc.sha256)


def build_graph(doc: Document, analysis: Analysis, symbol: str | None = None, date: str | None = None) -> Graph:
    """The RDF graph of one expression of one document.

    Args:
        symbol: the document symbol, where the text lacks it (raises ValueError if malformed).
        date: the ISO date of the document, where the text lacks it.
    """
    symbol = symbol or doc.symbol
    date = date or doc.date
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    work = URIRef(work_iri(doc, symbol))
    expr = URIRef(expression_iri(str(work), doc.lang))
    manif = URIRef(manifestation_iri(str(expr), "txt" if doc.reader.startswith("text") else "xml"))
    activity = URIRef(f"{expr}/extraction")
    lang = doc.lang

    def add(s: URIRef, p: URIRef, o: object) -> None:
        g.add((s, p, o if isinstance(o, (URIRef, Literal)) else Literal(o)))

    def annotate(name: str, body: URIRef, spans: tuple[Span | None, ...], **extra: URIRef) -> None:
        spans = tuple(s for s in spans if s is not None)
        if not spans:  # known from metadata, not from the text
            return
        anno = URIRef(f"{expr}/anno/{name}")
        add(anno, RDF.type, OA.Annotation)
        add(anno, OA.hasBody, body)
        add(anno, PROV.wasGeneratedBy, activity)
        for p, o in extra.items():
            add(anno, TIP[p], o)
        for i, span in enumerate(spans, 1):
            target = URIRef(f"{anno}/target-{i}")
            add(anno, OA.hasTarget, target)
            add(target, RDF.type, OA.SpecificResource)
            add(target, OA.hasSource, manif)
            pos, quote = URIRef(f"{target}/position"), URIRef(f"{target}/quote")
            add(target, OA.hasSelector, pos)
            add(pos, RDF.type, OA.TextPositionSelector)
            add(pos, OA.start, Literal(span.start))
            add(pos, OA.end, Literal(span.end))
            add(target, OA.hasSelector, quote)
            add(quote, RDF.type, OA.TextQuoteSelector)
            add(quote, OA.exact, Literal(doc.text[span.start : span.end]))

    # the instrument, its expression and its source
    add(work, RDF.type, TIP.DraftResolution if doc.kind == "draft-resolution" else TIP.Resolution)
    add(work, TIP.documentKind, URIRef(VOCAB + "document-kind/" + doc.kind))
    add(work, TIP.organ, URIRef(entity_iri("org", doc.organ)))
    add(work, ELI.is_realized_by, expr)
    if symbol:
        add(work, TIP.symbol, symbol)
        add(work, RDFS.seeAlso, URIRef(undocs_url(symbol)))
    if date:
        add(work, ELI.date_document, Literal(date, datatype=XSD.date))
    if doc.session is not None:
        add(work, TIP.session, Literal(doc.session))
    if doc.committee:
        add(work, TIP.committee, URIRef(entity_iri("org", doc.committee)))
    if doc.agenda_item and doc.session is not None:
        item = URIRef(agenda_item_iri(doc.organ, doc.session, doc.agenda_item.text))
        add(work, TIP.agendaItem, item)
        add(item, RDF.type, TIP.AgendaItem)
        add(item, TIP.number, doc.agenda_item.text)
        add(item, TIP.session, Literal(doc.session))
        if doc.agenda_title:
            add(item, RDFS.label, Literal(doc.agenda_title.text, lang=lang))
            annotate("agenda-item", item, (doc.agenda_item.span, doc.agenda_title.span))
    for subject in doc.subjects:
        add(work, ELI.is_about, URIRef(subject))
    if doc.votes:
        add(work, TIP.adoption, doc.votes.adoption)
        if doc.votes.in_favour or doc.votes.against or doc.votes.abstaining:
            add(work, TIP.votesInFavour, Literal(doc.votes.in_favour))
            add(work, TIP.votesAgainst, Literal(doc.votes.against))
            add(work, TIP.abstentions, Literal(doc.votes.abstaining))
        for state, vote in doc.votes.by_state:
            add(work, TIP[_VOTES[vote]], URIRef(entity_iri("state", state)))
    for annex in doc.annexes:
        node = URIRef(f"{work}/annex/{annex.number}")
        add(work, TIP.hasAnnex, node)
        add(node, RDF.type, TIP.Annex)
        add(node, TIP.number, Literal(annex.number))
        if annex.title:
            add(node, TIP.title, Literal(annex.title, lang=lang))
        add(node, TIP.text, Literal(annex.body.text, lang=lang))
        annotate(f"annex-{annex.number}", node, annex.body.spans)
    for state, printed in doc.sponsors:
        sponsor = URIRef(entity_iri("state", state))
        add(work, TIP.sponsor, sponsor)
        annotate(f"sponsor-{state}", sponsor, (printed.span,), inParagraph=work)

    add(expr, RDF.type, TIP.Expression)
    add(expr, ELI.realizes, work)
    add(expr, DCTERMS.language, lang)
    add(expr, PROV.wasDerivedFrom, manif)
    if doc.title:
        add(expr, TIP.title, Literal(doc.title.text, lang=lang))
        annotate("title", expr, (doc.title.span,))
    if doc.formula:
        add(expr, TIP.enactingFormula, Literal(doc.formula.text, lang=lang))

    add(manif, RDF.type, TIP.Manifestation)
    add(manif, DCTERMS.source, doc.source)
    add(manif, DCTERMS.identifier, "sha256:" + doc.sha256)
    add(activity, RDF.type, TIP.ExtractionActivity)
    add(activity, PROV.used, manif)
    add(activity, PROV.wasAssociatedWith, SOFTWARE)
    add(activity, RDFS.label, f"tipgraph {__version__} reader {doc.reader}")
    add(SOFTWARE, RDF.type, PROV.SoftwareAgent)
    add(SOFTWARE, RDFS.label, "tipgraph")

    # paragraphs and footnotes
    para = {p.ident: URIRef(f"{work}/para/{p.ident}") for p in doc.paragraphs}
    openings = {o.paragraph: o for o in analysis.openings}
    for p in doc.paragraphs:
        node = para[p.ident]
        add(work, TIP.hasParagraph, node)
        add(node, RDF.type, TIP.PreambularParagraph if p.kind == "preambular" else TIP.OperativeParagraph)
        add(node, TIP.number, Literal(p.number))
        add(node, TIP.text, Literal(p.text, lang=lang))
        if (o := openings.get(p.ident)) is not None:  # this version's reading: another may read it otherwise
            add(node, TIP.phrase, URIRef(o.concept))
            if o.intensifier:
                add(node, TIP.intensifier, URIRef(o.intensifier))
            annotate(f"opening-{p.ident}", URIRef(o.concept), (o.span,), inParagraph=node)
        if p.eid:
            add(node, ELI.id_local, p.eid)
        annotate(f"para-{p.ident}", node, p.body.spans)
        for n, sub in enumerate(p.subparagraphs, 1):
            # numbered by position: the label is a letter of the language ("a", "أ", "а"), the IRI is not
            part = URIRef(f"{node}/sub-{n}")
            add(node, TIP.hasSubparagraph, part)
            add(part, RDF.type, TIP.Subparagraph)
            add(part, TIP.number, sub.label)
            add(part, TIP.text, Literal(p.text[sub.start : sub.end].strip(), lang=lang))
            annotate(f"para-{p.ident}-sub-{n}", part, (p.body.source_span(sub.start, sub.end),))
        for ref in p.footnote_refs:
            add(node, TIP.hasFootnote, URIRef(f"{work}/note/{ref.number}"))
    targets = dict(analysis.footnote_targets)
    for f in doc.footnotes:
        note = URIRef(f"{work}/note/{f.number}")
        add(note, RDF.type, TIP.Footnote)
        add(note, TIP.number, Literal(f.number))
        add(note, TIP.text, Literal(f.text, lang=lang))
        if f.number in targets:
            add(note, CITO.cites, URIRef(targets[f.number]))
        annotate(f"note-{f.number}", note, f.body.spans)

    # mentions
    seen: dict[str, int] = {}
    for m in analysis.mentions:
        add(para[m.paragraph], TIP.mentions, URIRef(m.entity))
        seen[m.paragraph] = seen.get(m.paragraph, 0) + 1
        annotate(
            f"mention-{m.paragraph}-{seen[m.paragraph]}", URIRef(m.entity), (m.span,), inParagraph=para[m.paragraph]
        )

    # citations and directives hang on the work, one node a reading: the language versions that read the same
    # citation or directive in the same place share its node; one that reads it otherwise (another instrument or
    # relation, another verb, other addressees) has a node of its own, so no node holds two verbs or two cited
    # instruments. A citation's reading is a digest, as the keys of instruments are not unique (General Assembly
    # and Human Rights Council resolutions share numbers).
    order: dict[str, int] = {}
    for c in analysis.citations:
        order[c.paragraph] = order.get(c.paragraph, 0) + 1
        node = URIRef(f"{work}/citation/{c.paragraph}-{order[c.paragraph]}-{digest(c.cited, c.relation)}")
        cited = URIRef(c.cited)
        add(node, RDF.type, TIP.Citation)
        add(node, CITO.hasCitingEntity, para[c.paragraph])
        add(node, CITO.hasCitedEntity, cited)
        add(node, TIP.relation, URIRef(c.relation))
        add(node, TIP.inParagraph, para[c.paragraph])
        add(work, ELI.cites, cited)
        if c.footnote is not None:
            add(node, TIP.viaFootnote, URIRef(f"{work}/note/{c.footnote}"))
        if c.symbol:  # a cited resolution: typed and identified here, it has no reference data
            add(cited, RDF.type, TIP.Resolution)
            add(cited, TIP.symbol, c.symbol)
            add(cited, RDFS.seeAlso, URIRef(undocs_url(c.symbol)))
        if c.date:
            add(node, TIP.citedDate, Literal(c.date, datatype=XSD.date))
        annotate(f"citation-{c.paragraph}-{order[c.paragraph]}", node, (c.span,))

    proponent = URIRef(entity_iri("org", doc.organ))
    for d in analysis.directives:
        addressees = "+".join(sorted(key(a) for a in d.addressees))
        node = URIRef(f"{work}/directive/{d.ident}-{key(d.verb)}-{addressees}")
        add(node, RDF.type, TIP.Directive)
        add(node, TIP.proponent, proponent)
        add(node, TIP.verb, URIRef(d.verb))
        add(node, TIP.inParagraph, para[d.paragraph])
        add(node, TIP.order, Literal(d.order))
        for a in d.addressees:
            add(node, TIP.addressee, URIRef(a))
        if d.intensifier:
            add(node, TIP.intensifier, URIRef(d.intensifier))
        for o in d.objects:
            add(node, TIP.object, URIRef(o))
        if d.object_text:
            add(node, TIP.objectText, Literal(d.object_text, lang=lang))
        if d.deadline_text:
            add(node, TIP.deadlineText, Literal(d.deadline_text, lang=lang))
        if d.due_session is not None:
            add(node, TIP.dueSession, Literal(d.due_session))
        if d.due_date:
            add(node, TIP.dueDate, Literal(d.due_date, datatype=XSD.date))
        annotate(f"directive-{d.ident}", node, (d.span,))
    return g
