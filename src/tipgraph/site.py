"""A static linked-data site: a page for every instrument, body, post, treaty and concept the documents use.

Each page lies at the path of its IRI under ``https://w3id.org/tipgraph/`` (``id/org/unodc.html``), with its data
beside it as Turtle and JSON-LD (``<link rel="alternate">``). An instrument's page shows its paragraphs in each
language, the bodies and treaties they name highlighted and linked, and each directive and citation. The index
lists everything, with a search box that runs in the browser (no server). ``.htaccess`` maps the persistent
IRIs to the page or the data by content negotiation.
"""

from __future__ import annotations

import os
from collections import defaultdict
from html import escape
from pathlib import Path

import dominate
import pyoxigraph as ox
from dominate import tags as t
from dominate.util import raw
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .export import RIGHTS, compact_jsonld, dataset, framed_jsonld, merged
from .ids import BASE, VOCAB
from .namespaces import CITO, ELI, OA, TIP
from .output import write_atomically
from .store import REFERENCE_GRAPH, rdflib_triples

_STYLE = """body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
mark a{color:inherit}mark.mention{background:#e3f0ff}mark.citation{background:#fff1c2}mark.opening{background:#e6f4e6}
.clause{border-bottom:2px solid #9bc}
.para{margin:1rem 0;padding:.5rem;border-left:3px solid #ccc}.directive{color:#245;font-size:.9em}
[lang=ar]{direction:rtl;text-align:right}nav{font-size:.9em}"""
_KINDS = {"instrument": "Instruments", "org": "Bodies", "post": "Posts", "treaty": "Treaties", "concept": "Concepts"}
_SEARCH = """const q=document.getElementById('q');const items=[...document.querySelectorAll('#all li')];
q.addEventListener('input',()=>{const v=q.value.toLowerCase();
items.forEach(li=>{li.hidden=v&&!li.dataset.k.includes(v)})});"""


def _path(iri: str) -> str | None:
    """The page of ``iri`` relative to the site's root, or None for an IRI outside tipgraph's."""
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE) :].replace("#", "/").strip("/")
    return rest.replace("@", "-") + ".html" if rest else None


def _rel(frm: str, to: str) -> str:
    return os.path.relpath(to, os.path.dirname(frm) or ".")


def _label(g: Graph, node: URIRef, lang: str = "en") -> str:
    """A name for ``node``: an instrument's symbol and title, or its label; in ``lang`` where there is a choice."""

    def best(values) -> str | None:
        named = sorted((o for o in values if isinstance(o, Literal)), key=lambda o: (o.language != lang, str(o)))
        return str(named[0]) if named else None

    title = best(o for e in g.objects(node, ELI.is_realized_by) for o in g.objects(e, TIP.title))
    if (symbol := g.value(node, TIP.symbol)) is not None:
        return f"{symbol}: {title}" if title else str(symbol)
    found = title or best(g.objects(node, SKOS.prefLabel)) or best(g.objects(node, RDFS.label))
    return found or str(node).rsplit("/", 1)[-1]


class Site:
    """The pages of the documents of ``store`` (the reference data labels them)."""

    def __init__(self, store: ox.Store) -> None:
        self.quads = dataset(store)
        self.docs = _rdflib(merged(self.quads))
        self.g = self.docs + _rdflib(q.triple for q in store.quads_for_pattern(None, None, None, REFERENCE_GRAPH))
        self.pages: dict[str, tuple[str, URIRef]] = {}  # path -> (kind, node)
        works = set(self.docs.subjects(ELI.is_realized_by, None))
        for work in works:
            self._add("instrument", work)
        for _, p, o in self.docs:
            if isinstance(o, URIRef) and p != RDF.type:
                kind = self._kind(o)
                if kind:
                    self._add(kind, o)

    def _kind(self, node: URIRef) -> str | None:
        if (node, RDF.type, SKOS.Concept) in self.g:
            return "concept"
        for kind in ("org", "post", "treaty"):
            if str(node).startswith(f"{BASE}id/{kind}/"):
                return kind
        if (node, ELI.is_realized_by, None) in self.docs:
            return "instrument"
        return None

    def _add(self, kind: str, node: URIRef) -> None:
        if (path := _path(str(node))) is not None:
            self.pages.setdefault(path, (kind, node))

    def link(self, frm: str, node: URIRef, text: str | None = None) -> t.html_tag:
        text = text or _label(self.g, node)
        path = _path(str(node))
        if path in self.pages:
            return t.a(text, href=_rel(frm, path))
        see = self.g.value(node, RDFS.seeAlso)
        return t.a(text, href=str(see or node))

    # ------------------------------------------------------------------ pages
    def _page(self, path: str, title: str, data: bool = True) -> dominate.document:
        doc = dominate.document(title=title)
        stem = Path(path).name.removesuffix(".html")
        with doc.head:
            t.meta(charset="utf-8")
            t.style(_STYLE)
            if data:
                t.link(rel="alternate", type="text/turtle", href=f"{stem}.ttl")
                t.link(rel="alternate", type="application/ld+json", href=f"{stem}.jsonld")
        nav = t.nav(t.a("tipgraph", href=_rel(path, "index.html")))
        if data:
            nav.add(" · data: ", t.a("Turtle", href=f"{stem}.ttl"), " ", t.a("JSON-LD", href=f"{stem}.jsonld"))
        doc.body.add(nav, t.h1(title))
        return doc

    def entity_page(self, path: str, node: URIRef) -> dominate.document:
        doc = self._page(path, _label(self.g, node))
        doc.body.add(t.p(t.code(str(node))))
        labels = t.ul()
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for o in sorted(self.g.objects(node, p), key=str):
                labels.add(t.li(str(o), lang=getattr(o, "language", None) or "und"))
        doc.body.add(labels)
        if (d := self.g.value(node, SKOS.definition)) is not None:
            doc.body.add(t.p(str(d)))
        used = defaultdict(set)  # instrument -> paragraphs that name, address or cite this
        for s, _, _ in self.docs.triples((None, None, node)):
            for work in self.docs.subjects(TIP.hasParagraph, s):
                used[work].add(s)
            for work in self.docs.subjects(TIP.hasParagraph, self.docs.value(s, TIP.inParagraph) or s):
                used[work].add(s)
        if used:
            doc.body.add(t.h2("In the instruments"))
            doc.body.add(t.ul([t.li(self.link(path, w)) for w in sorted(used, key=str)]))
        return doc

    def instrument_page(self, path: str, work: URIRef) -> dominate.document:
        g = self.docs
        doc = self._page(path, _label(self.g, work))
        facts = t.dl()
        for name, p in (("symbol", TIP.symbol), ("session", TIP.session), ("adopted", ELI.date_document)):
            if (v := g.value(work, p)) is not None:
                facts.add(t.dt(name), t.dd(str(v)))
        for name, p in (("organ", TIP.organ), ("committee", TIP.committee), ("kind", TIP.documentKind)):
            if (v := g.value(work, p)) is not None:
                facts.add(t.dt(name), t.dd(self.link(path, v)))
        doc.body.add(facts)
        quotes = self._quotes()
        def order(p: URIRef) -> tuple[bool, int]:
            return (p, RDF.type, TIP.OperativeParagraph) in g, g.value(p, TIP.number).toPython()

        paragraphs = sorted(g.objects(work, TIP.hasParagraph), key=order)
        for para in paragraphs:
            kind = "operative" if (para, RDF.type, TIP.OperativeParagraph) in g else "preambular"
            box = t.div(cls="para", id=str(para).rsplit("/", 1)[-1])
            head = t.p(t.b(f"{kind} {g.value(para, TIP.number)}"))
            for i, phrase in enumerate(sorted(g.objects(para, TIP.phrase))):  # one a language version's reading
                head.add(", " if i else " — ", self.link(path, phrase))
            box.add(head)
            for text in sorted(g.objects(para, TIP.text), key=lambda o: o.language or ""):
                box.add(t.p(raw(self._highlight(path, str(text), quotes.get((para, text.language), []))),
                            lang=text.language))  # fmt: skip
            for directive in sorted(g.subjects(TIP.inParagraph, para), key=str):
                if (directive, RDF.type, TIP.Directive) in g:
                    line = t.p(cls="directive", id=_anchor(directive))
                    line.add(self.link(path, g.value(directive, TIP.verb)), " → ")
                    for i, a in enumerate(sorted(g.objects(directive, TIP.addressee), key=str)):
                        line.add(", " if i else "", self.link(path, a))
                    box.add(line)
            doc.body.add(box)
        return doc

    def _quotes(self) -> dict[tuple[URIRef, str | None], list[tuple[str, URIRef, str]]]:
        """(paragraph, language) -> (quoted words, the phrase they open with or what they name, cite or direct, css
        class), from the annotations."""
        g, out = self.docs, defaultdict(list)
        for anno in g.subjects(RDF.type, OA.Annotation):
            body = g.value(anno, OA.hasBody)
            para, cls = g.value(anno, TIP.inParagraph), "mention"
            if (body, RDF.type, TIP.Citation) in g:
                para, body, cls = g.value(body, CITO.hasCitingEntity), g.value(body, CITO.hasCitedEntity), "citation"
            elif (body, RDF.type, TIP.Directive) in g:
                para, cls = g.value(body, TIP.inParagraph), "directive"
            elif body is not None and body.startswith(VOCAB):  # the opening phrase or verb, as this version reads it
                cls = "opening"
            if para is None or body is None:
                continue
            lang = self._lang_of(anno)
            for target in g.objects(anno, OA.hasTarget):
                for selector in g.objects(target, OA.hasSelector):
                    if (exact := g.value(selector, OA.exact)) is not None:
                        out[(para, lang)].append((" ".join(str(exact).split()), body, cls))
        return out

    def _lang_of(self, anno: URIRef) -> str | None:
        expression = URIRef(str(anno).split("/anno/", 1)[0])
        lang = self.docs.value(expression, URIRef("http://purl.org/dc/terms/language"))
        return str(lang) if lang is not None else None

    def _highlight(self, path: str, text: str, quotes: list[tuple[str, URIRef, str]]) -> str:
        """``text`` as HTML: each directive's clause marked and linked to the directive below the paragraph, and
        within and between them each name and citation marked and linked to its page."""
        clauses = _place(text, [(w, n) for w, n, c in quotes if c == "directive"], [])
        names = _place(text, [(w, n, c) for w, n, c in quotes if c != "directive"], clauses, inside=True)

        def render(a: int, b: int) -> str:
            out, at = [], a
            for start, end, node, cls in names:
                if a <= start and end <= b:
                    out.append(escape(text[at:start]))
                    out.append(f'<mark class="{cls}">{self.link(path, node, text[start:end]).render()}</mark>')
                    at = end
            return "".join(out) + escape(text[at:b])

        out, at = [], 0
        for start, end, node, _ in clauses:
            out.append(render(at, start))
            out.append(f'<span class="clause">{render(start, end)}</span>'
                       f'<sup><a href="#{_anchor(node)}" title="directive">↓</a></sup>')  # fmt: skip
            at = end
        return "".join(out) + render(at, len(text))

    def index_page(self) -> dominate.document:
        doc = self._page("index.html", "tipgraph: UN instruments against trafficking in persons", data=False)
        doc.body.add(t.p(RIGHTS))
        doc.body.add(t.input_(id="q", type="search", placeholder="search names, symbols, titles…", autofocus=True))
        everything = t.ul(id="all")
        by_kind = defaultdict(list)
        for path, (kind, node) in self.pages.items():
            by_kind[kind].append((_label(self.g, node).casefold(), path, node))
        for kind, title in _KINDS.items():
            for key, path, node in sorted(by_kind[kind]):
                names = " ".join(str(o) for p in (SKOS.prefLabel, SKOS.altLabel, TIP.symbol)
                                 for o in self.g.objects(node, p))  # fmt: skip
                everything.add(t.li(t.a(_label(self.g, node), href=path), f" ({title.lower()[:-1]})",
                                    data_k=f"{key} {names}".casefold()))  # fmt: skip
        doc.body.add(everything, t.script(raw(_SEARCH)))
        return doc

    def data(self, kind: str, node: URIRef) -> list[ox.Triple]:
        """The statements a page's data files hold: an instrument's documents whole, or what is said of a node."""
        if kind == "instrument":
            graphs = {str(e) for e in self.docs.objects(node, ELI.is_realized_by)}
            # a store loaded from a graph file has no graph per document: the instrument's data is all of it
            return merged(q for q in self.quads if getattr(q.graph_name, "value", None) in graphs | {None})
        described = Graph()
        for triple in self.g.triples((node, None, None)):
            described.add(triple)
        return sorted(rdflib_triples(described), key=lambda t: tuple(map(str, t)))


def _rdflib(triples) -> Graph:
    """pyoxigraph triples as an rdflib graph."""
    return Graph().parse(data=ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES), format="nt")


def _anchor(directive: URIRef) -> str:
    return "d-" + str(directive).rsplit("/", 1)[-1]


def _place(text: str, quotes: list, taken: list, inside: bool = False) -> list[tuple[int, int, URIRef, str]]:
    """Where in ``text`` each quote stands (its first free place, the longest quotes first): spans that overlap
    none of their own and, if ``inside``, lie inside or outside each span of ``taken``, never across one."""
    placed: list[tuple[int, int, URIRef, str]] = []
    for words, node, *cls in sorted(quotes, key=lambda q: (-len(q[0]), q[0])):
        start = text.find(words) if words else -1
        while start >= 0:
            end = start + len(words)
            clash = any(s < end and start < e for s, e, _, _ in placed)
            across = inside and any(s < end and start < e and not (s <= start and end <= e) for s, e, _, _ in taken)
            if not clash and not across:
                placed.append((start, end, node, cls[0] if cls else "directive"))
                break
            start = text.find(words, start + 1)
    return sorted(placed, key=lambda x: x[0])


HTACCESS = """# Content negotiation for the persistent IRIs https://w3id.org/tipgraph/… (Apache mod_rewrite)
RewriteEngine on
RewriteCond %{HTTP_ACCEPT} text/turtle
RewriteCond %{REQUEST_FILENAME}.ttl -f
RewriteRule ^(.*)$ $1.ttl [T=text/turtle,L]
RewriteCond %{HTTP_ACCEPT} application/ld\\+json
RewriteCond %{REQUEST_FILENAME}.jsonld -f
RewriteRule ^(.*)$ $1.jsonld [T=application/ld+json,L]
RewriteCond %{REQUEST_FILENAME}.html -f
RewriteRule ^(.*)$ $1.html [L]
"""


def write_site(store: ox.Store, out_dir: Path) -> int:
    """Write the site of the documents of ``store`` into ``out_dir``; return the number of pages."""
    site = Site(store)
    for path, (kind, node) in sorted(site.pages.items()):
        page = site.instrument_page(path, node) if kind == "instrument" else site.entity_page(path, node)
        write_atomically(out_dir / path, page.render().encode("utf-8"))
        triples = site.data(kind, node)
        stem = out_dir / path.removesuffix(".html")
        ttl = ox.serialize(triples, format=ox.RdfFormat.TURTLE)
        write_atomically(stem.with_name(stem.name + ".ttl"), ttl)
        jsonld = framed_jsonld(triples) if kind == "instrument" else compact_jsonld(triples)
        write_atomically(stem.with_name(stem.name + ".jsonld"), jsonld)
    write_atomically(out_dir / "index.html", site.index_page().render().encode("utf-8"))
    write_atomically(out_dir / ".htaccess", HTACCESS.encode())
    return len(site.pages) + 1
