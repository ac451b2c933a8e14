"""HTML documentation of the ontology, the vocabularies and the shapes, and a diagram of the main classes.

``tipgraph docs -o DIR`` writes ``index.html``; ``ontology.en.html`` and ``ontology.zh.html`` (pyLODE, one page per
language, since pyLODE runs the labels of several languages together); ``vocabularies.html`` (every concept of
every scheme with its labels in the six languages); ``shapes.html`` (what each SHACL shape checks, in its own
words); and ``classes.svg``. Everything is read from ``ontology/``; nothing is fetched.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import dominate
import networkx as nx
from dominate import tags as t
from matplotlib.figure import Figure
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from .graph import PREFIXES
from .ids import BASE, LANGUAGES, ONTOLOGY
from .output import write_atomically
from .refdata import MINED, ontology_dir, ontology_graph, shapes_graph

SOURCE = "Labels mined from UN General Assembly resolutions in AKN4UN XML; source: the United Nations."
_STYLE = """body{font-family:sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
table{border-collapse:collapse;width:100%;margin-bottom:2rem}
td,th{border:1px solid #ccc;padding:.3rem;vertical-align:top}
th{background:#eee;text-align:left}code{font-size:.9em}.mined{color:#666}[dir=rtl]{text-align:right}"""


def _page(title: str) -> dominate.document:
    doc = dominate.document(title=title)
    with doc.head:
        t.meta(charset="utf-8")
        t.style(_STYLE)
    doc.body.add(t.p(t.a("tipgraph documentation", href="index.html")))
    doc.body.add(t.h1(title))
    return doc


def _html(doc: dominate.document) -> bytes:
    return doc.render().encode("utf-8")


def _anchor(iri: Node) -> str:
    return str(iri).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def concept_id(iri: Node) -> str:
    """The id of a concept's row: its IRI's path, which, unlike its last segment, no other concept shares."""
    return str(iri).removeprefix(BASE).replace("/", "-")


def _text(graph: Graph, node: Node, prop: URIRef, lang: str) -> str:
    return next((str(o) for o in graph.objects(node, prop) if isinstance(o, Literal) and o.language == lang), "")


def ontology_page(lang: str) -> bytes:
    """The pyLODE page of ``ontology/tipgraph.ttl`` with the literals of ``lang`` (and those of no language)."""
    root = logging.getLogger()
    level = root.level
    from pylode import OntPub  # sets the root logger to DEBUG when first imported: put it back

    root.setLevel(level)
    source = Graph().parse(ontology_dir() / "tipgraph.ttl")
    one = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        one.bind(prefix, ns)
    for prefix, ns in source.namespaces():
        one.bind(prefix, ns)
    ontology = URIRef(ONTOLOGY.rstrip("#"))
    for s, p, o in source:
        if isinstance(o, Literal) and o.language not in (None, lang):
            continue
        if s == ontology and p == RDFS.label:  # pyLODE would run it into the title
            continue
        one.add((s, p, o))
    return OntPub(one, sort_subjects=True).make_html().encode("utf-8")


def vocabularies_page() -> bytes:
    """Every concept scheme: its concepts, their preferred labels in the six languages and their definitions."""
    graph = ontology_graph()
    mined = set(graph.objects(URIRef(MINED), SKOS.member))
    doc = _page("tipgraph vocabularies")
    schemes = sorted(graph.subjects(RDF.type, SKOS.ConceptScheme), key=str)
    doc.body.add(t.p(SOURCE, " Concepts in grey were mined from the corpus and not reviewed."))
    doc.body.add(t.ul([t.li(t.a(_text(graph, s, SKOS.prefLabel, "en"), href=f"#{concept_id(s)}")) for s in schemes]))
    for scheme in schemes:
        concepts = sorted(graph.subjects(SKOS.inScheme, scheme), key=lambda c: (c in mined, str(c)))
        doc.body.add(t.h2(_text(graph, scheme, SKOS.prefLabel, "en"), id=concept_id(scheme)))
        doc.body.add(t.p(t.code(str(scheme)), " — ", _text(graph, scheme, SKOS.definition, "en")))
        table = t.table(t.tr(t.th("concept"), [t.th(lang) for lang in LANGUAGES], t.th("definition")))
        for concept in concepts:
            row = t.tr(id=concept_id(concept), cls="mined" if concept in mined else "")
            row.add(t.td(t.code(_anchor(concept))))
            for lang in LANGUAGES:
                row.add(
                    t.td(_text(graph, concept, SKOS.prefLabel, lang), lang=lang, dir="rtl" if lang == "ar" else "ltr")
                )
            row.add(
                t.td(_text(graph, concept, SKOS.definition, "en"), t.br(), _text(graph, concept, SKOS.definition, "zh"))
            )
            table.add(row)
        doc.body.add(table)
    return _html(doc)


def _show(graph: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        return graph.namespace_manager.normalizeUri(node)
    if isinstance(node, Literal):
        return str(node)
    items = list(graph.items(node)) if (node, RDF.first, None) in graph else []
    if items:
        return "(" + " ".join(_show(graph, i) for i in items) + ")"
    inverse = graph.value(node, SH.inversePath)
    if inverse is not None:
        return "^" + _show(graph, inverse)
    return (
        "[" + "; ".join(f"{_show(graph, p)} {_show(graph, o)}" for p, o in sorted(graph.predicate_objects(node))) + "]"
    )


_CONSTRAINTS = (SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.nodeKind, SH.pattern, SH["in"], SH.hasValue,
                SH.node, SH["or"], SH.uniqueLang, SH.minInclusive, SH.lessThan, SH.minLength,
                SH.qualifiedValueShape, SH.qualifiedMinCount)  # fmt: skip


def shapes_page() -> bytes:
    """Each SHACL shape: what it checks, what it targets, each constraint and the message a violation gives."""
    graph = shapes_graph()
    for prefix, ns in PREFIXES.items():
        graph.namespace_manager.bind(prefix, ns, override=False)
    doc = _page("tipgraph shapes")
    doc.body.add(t.p("Every graph tipgraph builds is validated against these SHACL shapes (",
                     t.code("tipgraph validate"), "); a violation prints its message."))  # fmt: skip
    shapes = sorted((s for s in graph.subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)), key=str)
    doc.body.add(t.ul([t.li(t.a(_anchor(s), href=f"#{_anchor(s)}")) for s in shapes]))
    targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
    for shape in shapes:
        doc.body.add(t.h2(_anchor(shape), id=_anchor(shape)))
        doc.body.add(t.p(_text(graph, shape, RDFS.comment, "en")))
        aimed = [f"{_show(graph, p)} {_show(graph, o)}" for p in targets for o in graph.objects(shape, p)]
        doc.body.add(t.p("Targets: ", t.code(", ".join(aimed) or "none (reached through sh:node)")))
        table = t.table(t.tr(t.th("path"), t.th("constraints"), t.th("message")))
        parts = [(graph.value(p, SH.path), p) for p in graph.objects(shape, SH.property)]
        for path, prop in sorted(parts, key=lambda x: _show(graph, x[0])):
            rules = [f"{_show(graph, c)} {_show(graph, v)}" for c in _CONSTRAINTS for v in graph.objects(prop, c)]
            table.add(t.tr(t.td(t.code(_show(graph, path))), t.td(t.code("; ".join(rules))),
                           t.td(str(graph.value(prop, SH.message) or ""))))  # fmt: skip
        for rule in graph.objects(shape, SH.sparql):
            table.add(t.tr(t.td("(SPARQL)"), t.td(t.pre(str(graph.value(rule, SH.select)).strip())),
                           t.td(str(graph.value(rule, SH.message) or ""))))  # fmt: skip
        if graph.value(shape, SH.message) is not None:
            table.add(t.tr(t.td("(node)"), t.td(""), t.td(str(graph.value(shape, SH.message)))))
        doc.body.add(table)
    return _html(doc)


def class_diagram() -> Figure:
    """The ontology's classes: sub-class links (grey, dashed) and the object properties from a class of ours to a
    class of ours or of a standard (blue), each class by its prefixed name."""
    graph = ontology_graph()
    for prefix, ns in PREFIXES.items():
        graph.namespace_manager.bind(prefix, ns, override=False)
    classes = {c for c in graph.subjects(RDF.type, OWL.Class) if str(c).startswith(ONTOLOGY)}
    g = nx.DiGraph()
    for c in classes:
        g.add_node(_show(graph, c))
        for parent in graph.objects(c, RDFS.subClassOf):
            if parent in classes:
                g.add_edge(_show(graph, c), _show(graph, parent), kind="subClassOf", label="")
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        domain, range_ = graph.value(prop, RDFS.domain), graph.value(prop, RDFS.range)
        if domain in classes and isinstance(range_, URIRef):
            g.add_edge(_show(graph, domain), _show(graph, range_), kind="property", label=_anchor(prop))
    fig = Figure(figsize=(16, 12), layout="constrained")
    ax = fig.subplots()
    ax.set_axis_off()
    ax.set_title("tipgraph ontology: classes, sub-classes (grey, dashed) and object properties (blue)")
    pos = nx.kamada_kawai_layout(g.to_undirected())
    edges = {
        kind: [(u, v) for u, v, d in g.edges(data=True) if d["kind"] == kind] for kind in ("subClassOf", "property")
    }
    ours = [n for n in g if n.startswith("tip:")]
    nx.draw_networkx_edges(
        g, pos, edgelist=edges["subClassOf"], ax=ax, edge_color="#999", style="dashed", node_size=3000
    )
    nx.draw_networkx_edges(g, pos, edgelist=edges["property"], ax=ax, edge_color="#4c72b0", node_size=3000)
    nx.draw_networkx_nodes(g, pos, nodelist=ours, ax=ax, node_color="#f2f2f2", edgecolors="#333", node_size=3000)
    nx.draw_networkx_nodes(g, pos, nodelist=[n for n in g if n not in ours], ax=ax, node_color="#fff7e6",
                           edgecolors="#dd8452", node_size=3000)  # fmt: skip
    nx.draw_networkx_labels(g, pos, ax=ax, font_size=8)
    labels = {(u, v): d["label"] for u, v, d in g.edges(data=True) if d["label"]}
    nx.draw_networkx_edge_labels(g, pos, edge_labels=labels, ax=ax, font_size=7, font_color="#4c72b0")
    return fig


def index_page() -> bytes:
    doc = _page("tipgraph documentation")
    doc.body.add(t.p("The ontology, vocabularies and shapes of tipgraph, a knowledge graph of the international "
                     "instruments against trafficking in persons. ", SOURCE))  # fmt: skip
    doc.body.add(t.ul(
        t.li(t.a("Ontology (English)", href="ontology.en.html"), " · ", t.a("本体（中文）", href="ontology.zh.html")),
        t.li(t.a("Vocabularies: phrases, verbs, intents, citation relations, actor roles…", href="vocabularies.html")),
        t.li(t.a("SHACL shapes: what every published graph must satisfy", href="shapes.html")),
        t.li(t.a("Diagram of the main classes (SVG)", href="classes.svg")),
    ))  # fmt: skip
    doc.body.add(t.img(src="classes.svg", alt="Diagram of the classes of the tipgraph ontology", width="100%"))
    return _html(doc)


def write(out_dir: Path) -> list[Path]:
    """Write the documentation into ``out_dir``; return the files written."""
    svg = io.BytesIO()
    class_diagram().savefig(svg, format="svg", metadata={"Date": None})
    pages = {
        "index.html": index_page(),
        "ontology.en.html": ontology_page("en"),
        "ontology.zh.html": ontology_page("zh"),
        "vocabularies.html": vocabularies_page(),
        "shapes.html": shapes_page(),
        "classes.svg": svg.getvalue(),
    }
    for name, content in pages.items():
        write_atomically(out_dir / name, content)
    return [out_dir / name for name in pages]
