"""Linked-data export: the documents of a store as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML.

The graph formats (Turtle, N-Triples, JSON-LD, RDF/XML) hold the merge of the documents' graphs; the dataset
formats (N-Quads, TriG) hold one named graph per document expression, as the store does. The reference data
(ontology, vocabularies, bodies, States…) are published once, in ``ontology/release/``, and join an export
only when asked. Output is deterministic: the same store gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from pyld import jsonld
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, PROV, RDF, RDFS, VOID, XSD

from .errors import InputError
from .graph import PREFIXES
from .ids import BASE
from .refdata import ontology_dir
from .store import BUILDS_GRAPH, REFERENCE_GRAPH, built_at, load_file, rdflib_triples

#: Export formats by their name on the command line (and the usual file extension).
FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = frozenset({"nq", "trig"})
#: What a JSON-LD export is framed on: each instrument built from a document, its parts embedded.
FRAME = {
    "@type": ["tip:Resolution", "tip:DraftResolution"],
    "eli:is_realized_by": {},
    "@requireAll": True,
}


def context() -> dict:
    """The project's JSON-LD context (``ontology/release/context.jsonld``, made by ``tipgraph release``)."""
    return json.loads((ontology_dir() / "release" / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def from_files(paths: Iterable[Path]) -> ox.Store:
    """A store in memory holding RDF files as they are (their named graphs, if any, kept).

    Raises:
        InputError: a file that cannot be read or parsed.
    """
    store = ox.Store()
    for path in paths:
        load_file(store, path)
    return store


def dataset(store: ox.Store, reference: bool = False) -> list[ox.Quad]:
    """The quads of the documents' named graphs (and of the reference graph if ``reference``), sorted; the
    default graph's, as quads of the default graph, where the store has no named graph (loaded from files)."""
    names = [g for g in store.named_graphs() if g != BUILDS_GRAPH and (reference or g != REFERENCE_GRAPH)]
    if names:
        quads = (q for g in names for q in store.quads_for_pattern(None, None, None, g))
    else:
        quads = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    return sorted(quads, key=_key)


def merged(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The distinct triples of ``quads``, sorted."""
    return sorted({q.triple for q in quads}, key=_key)


def _key(statement: ox.Quad | ox.Triple) -> tuple[str, ...]:
    return tuple(str(term) for term in statement)


def export(store: ox.Store, fmt: str, reference: bool = False) -> bytes:
    """The documents of ``store`` in ``fmt`` (a key of :data:`FORMATS`).

    Raises:
        InputError: an unknown format.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)}, akn)", source="--format")
    quads = dataset(store, reference)
    if fmt in DATASET_FORMATS:
        return ox.serialize(quads, format=FORMATS[fmt], prefixes=_PREFIXES)
    triples = merged(quads)
    if fmt == "jsonld":
        return framed_jsonld(triples)
    return ox.serialize(triples, format=FORMATS[fmt], prefixes=None if fmt == "nt" else _PREFIXES)


_PREFIXES = {
    **{prefix: str(ns) for prefix, ns in PREFIXES.items()},
    "void": str(VOID),
    "dcat": str(DCAT),
    "xsd": str(XSD),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
}


def _no_fetch(url: str, options: dict | None = None) -> dict:
    raise InputError("JSON-LD: nothing is fetched; the context is the project's own", source=url)


def framed_jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD compacted with the project's context: first each instrument framed as a tree (its expressions and
    paragraphs embedded, so that it reads like the resolution), then, compacted but flat, every statement the
    frames do not hold (directives, citations, annotations…), so that nothing is lost."""
    ctx = context()
    options = {"documentLoader": _no_fetch}
    framed = jsonld.frame(_expanded(triples), {"@context": ctx, **FRAME}, {**options, "omitGraph": False})
    held = {q.triple for q in ox.parse(json.dumps(framed).encode(), format=ox.RdfFormat.JSON_LD)}
    rest = [t for t in triples if t not in held]
    flat = jsonld.compact(_expanded(rest), ctx, {**options, "graph": True}) if rest else {}
    nodes = framed["@graph"] + flat.get("@graph", [])
    return json.dumps({"@context": ctx, "@graph": nodes}, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def compact_jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD compacted with the project's context, flat (a node object per subject)."""
    doc = jsonld.compact(_expanded(triples), context(), {"documentLoader": _no_fetch, "graph": True})
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def _expanded(triples: list[ox.Triple]) -> list[dict]:
    """Expanded JSON-LD of ``triples`` (pyLD's own conversion from N-Quads is 20 times slower)."""
    nodes: dict[str, dict] = {}
    for s, p, o in triples:
        node = nodes.setdefault(_id(s), {"@id": _id(s)})
        if p == _TYPE and not isinstance(o, ox.Literal):
            node.setdefault("@type", []).append(_id(o))
        else:
            node.setdefault(p.value, []).append(_value(o))
    return list(nodes.values())


_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_STRING = ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")


def _id(term: ox.NamedNode | ox.BlankNode) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict:
    if not isinstance(term, ox.Literal):
        return {"@id": _id(term)}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if term.datatype == _STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": term.datatype.value}


DATASET = BASE + "dataset"
RIGHTS = (
    "The documents come from the United Nations, which is acknowledged as their source; "
    "they are unofficial copies for information only."
)
#: Each query runs over the documents: their named graphs (not the reference graph), or the default graph of
#: a store loaded from files, which has none (what ``<<`` and ``>>`` enclose is looked for in either).
_COUNTS = """
PREFIX tip: <https://w3id.org/tipgraph/ontology#>
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  << ?x a ?class >>
  VALUES ?class { tip:Resolution tip:DraftResolution tip:Expression tip:PreambularParagraph tip:OperativeParagraph
                  tip:Directive tip:Citation tip:Footnote }
} GROUP BY ?class ORDER BY ?class
"""
_ENTITIES = """
SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  << ?s ?p ?e >> FILTER (isIRI(?e) && STRSTARTS(STR(?e), "https://w3id.org/tipgraph/id/"))
}
"""
_SOURCES = """
PREFIX tip: <https://w3id.org/tipgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?expr ?m ?file ?digest ?a ?reader WHERE {
  << ?expr prov:wasDerivedFrom ?m . ?m dct:source ?file ; dct:identifier ?digest .
     ?a a tip:ExtractionActivity ; rdfs:label ?reader >>
} ORDER BY ?expr
"""


def describe(store: ox.Store, issued: str) -> list[ox.Triple]:
    """A VoID and DCAT description of the documents of ``store``: what is in it (triples, instruments,
    paragraphs, directives, citations, entities), licence and source (the United Nations acknowledged), and for
    each document graph its source file, the file's digest, the extraction that read it and when it was stored.
    ``issued``: the description's date and time."""
    g, ds = Graph(), URIRef(DATASET)
    add = g.add
    add((ds, RDF.type, VOID.Dataset))
    add((ds, RDF.type, DCAT.Dataset))
    add((ds, DCTERMS.title, Literal("tipgraph: UN instruments against trafficking in persons", lang="en")))
    add(
        (
            ds,
            DCTERMS.source,
            Literal("United Nations: resolutions of the General Assembly and drafts of its committees"),
        )
    )
    add((ds, DCTERMS.rights, Literal(RIGHTS, lang="en")))
    add((ds, DCTERMS.license, URIRef("https://spdx.org/licenses/MIT")))
    add((ds, DCTERMS.issued, Literal(issued, datatype=XSD.dateTime)))
    add((ds, VOID.vocabulary, URIRef(str(PREFIXES["tip"]))))
    add((ds, VOID.uriSpace, Literal(BASE)))
    add((ds, VOID.triples, Literal(len(merged(dataset(store))))))
    named = any(g not in (REFERENCE_GRAPH, BUILDS_GRAPH) for g in store.named_graphs())
    apart = f"?g NOT IN (<{REFERENCE_GRAPH.value}>, <{BUILDS_GRAPH.value}>)"
    inside = ("GRAPH ?g {", f"}} FILTER ({apart})") if named else ("{", "}")

    def query(text: str) -> ox.QuerySolutions:
        return store.query(text.replace("<<", inside[0]).replace(">>", inside[1]))

    add((ds, VOID.entities, Literal(int(next(iter(query(_ENTITIES)))[0].value))))
    for cls, n in query(_COUNTS):
        part = URIRef(f"{DATASET}/class/{cls.value.rsplit('#', 1)[-1]}")
        add((ds, VOID.classPartition, part))
        add((part, VOID["class"], URIRef(cls.value)))
        add((part, VOID.entities, Literal(int(n.value))))
    for expression, manifestation, file, digest, activity, reader in query(_SOURCES):
        subset = URIRef(expression.value)
        add((ds, VOID.subset, subset))
        add((subset, RDF.type, VOID.Dataset))
        add((subset, DCTERMS.source, Literal(file.value)))
        add((subset, DCTERMS.identifier, Literal(digest.value)))
        add((subset, PROV.wasDerivedFrom, URIRef(manifestation.value)))
        add((subset, PROV.wasGeneratedBy, URIRef(activity.value)))
        add((URIRef(activity.value), RDFS.label, Literal(reader.value)))  # "tipgraph 0.1.0 reader akn"
        if (when := built_at(store, ox.NamedNode(expression.value))) is not None:
            add((subset, PROV.generatedAtTime, Literal(when, datatype=XSD.dateTime)))
    return rdflib_triples(g)


def description(store: ox.Store, issued: str) -> bytes:
    """:func:`describe` as Turtle."""
    return ox.serialize(sorted(describe(store, issued), key=_key), format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)
