"""The embedded store: Oxigraph on disk, one named graph per document expression.

Each document expression has its own named graph, which a new build of the document replaces. The
ontology, vocabularies and reference data live in one more named graph, loaded once and loaded anew only
when the files of ``ontology/`` change. The default graph is the merge of all the named graphs, each
triple once (the work-level facts of a resolution come from each of its language versions, and many
documents say the same about a resolution they cite): queries read the default graph and never see a
triple twice, here or on a server the store is published to.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import refdata
from .errors import InputError
from .ids import BASE

#: The named graph that holds the ontology, vocabularies and reference data.
REFERENCE_GRAPH = ox.NamedNode(BASE + "graph/reference")
#: When each document's graph was stored (kept apart: a document's own graph is the same at every build).
BUILDS_GRAPH = ox.NamedNode(BASE + "graph/builds")
#: Where a server without a default graph of its own (Virtuoso) keeps the merged graph when published.
MERGED_GRAPH = BASE + "graph/merged"
_DIGEST = ox.NamedNode("http://purl.org/dc/terms/identifier")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_GENERATED = ox.NamedNode("http://www.w3.org/ns/prov#generatedAtTime")
_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
_DATETIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")
_DATASET = ox.NamedNode("http://rdfs.org/ns/void#Dataset")
FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


def default_location() -> Path:
    """Where the store lives unless told: ``$TIPGRAPH_STORE``, else ``tipgraph-store`` in the working folder."""
    return Path(os.environ.get("TIPGRAPH_STORE", "tipgraph-store"))


def _reference_digest() -> str:
    h = hashlib.sha256()
    for path in refdata.reference_files():
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


def open_store(location: Path | None) -> ox.Store:
    """The store at ``location`` (created if need be; in memory if None), with the reference data loaded.

    One process at a time has a store open (Oxigraph locks the folder).
    """
    try:
        if location is None:
            store = ox.Store()
        else:
            location.mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(location))
    except OSError as e:
        busy = " (is another tipgraph command using it?)" if "lock" in str(e).lower() else ""
        raise InputError(f"cannot open the store{busy}: {e}", source=str(location)) from None
    digest = ox.Literal(_reference_digest())
    if not any(store.quads_for_pattern(REFERENCE_GRAPH, _DIGEST, digest, REFERENCE_GRAPH)):
        files = refdata.reference_files()
        triples = [q.triple for path in files for q in ox.parse(path=str(path), format=FORMATS[".ttl"])]
        about = [ox.Triple(REFERENCE_GRAPH, _DIGEST, digest), ox.Triple(REFERENCE_GRAPH, _TYPE, _DATASET)]
        put_graph(store, REFERENCE_GRAPH, ox.serialize([*triples, *about], format=ox.RdfFormat.N_TRIPLES))
    return store


def load_file(store: ox.Store, path: Path) -> None:
    """Load an RDF file as it is: its triples into the default graph, its named graphs into theirs.

    Raises:
        InputError: an unknown format, or a file that cannot be read or parsed.
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF format {path.suffix!r} (use one of {', '.join(FORMATS)})", source=str(path))
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (OSError, SyntaxError, ValueError) as e:
        raise InputError(f"cannot load: {e}", source=str(path)) from None


def load_files(store: ox.Store, paths: list[Path]) -> None:
    """Load RDF files into the default graph (and the named graphs of quad files into theirs too)."""
    for path in paths:
        load_file(store, path)
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def nt_triples(data: bytes) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(data, format=FORMATS[".nt"])]


def rdflib_triples(graph: Graph) -> list[ox.Triple]:
    return nt_triples(graph.serialize(format="nt", encoding="utf-8"))


def put_graph(
    store: ox.Store, name: ox.NamedNode, triples: bytes, notes: dict[ox.NamedNode, ox.Term] | None = None
) -> None:
    """Make the named graph ``name`` hold ``triples`` (N-Triples), and keep the default graph the merge of all
    graphs, in one transaction: a build killed at any moment leaves each document's graph old or new, whole.

    Building a document again replaces its graph, so nothing is ever there twice; a triple the old graph
    held alone leaves the default graph. ``notes`` (predicate -> value) are said of the graph in
    :data:`BUILDS_GRAPH`, each replacing what was said with its predicate before, in the same transaction.
    """
    quads = [ox.Quad(t.subject, t.predicate, t.object, name) for t in nt_triples(triples)]
    notes = notes or {}
    if not (
        store.contains_named_graph(name)
        or any(store.quads_for_pattern(name, None, None, BUILDS_GRAPH))
        or any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))
    ):
        # a graph not stored before (every one of a first build): nothing to take out, so one transaction of
        # additions, which Oxigraph does faster than the SPARQL update below
        merged = (ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads)
        said = (ox.Quad(name, p, v, BUILDS_GRAPH) for p, v in notes.items())
        store.extend([*quads, *merged, *said])
        return
    said = "".join(
        f" ;\nDELETE WHERE {{ GRAPH {BUILDS_GRAPH} {{ {name} {p} ?old }} }} ;\n"
        f"INSERT DATA {{ GRAPH {BUILDS_GRAPH} {{ {name} {p} {v} }} }}"
        for p, v in notes.items()
    )
    store.update(
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }}"
        f" FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {name}) }} }} ;\n"
        f"DROP SILENT GRAPH {name} ;\n"
        f"INSERT DATA {{ GRAPH {name} {{ {triples.decode('utf-8')} }} }} ;\n"
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}" + said
    )


def source_id(data: bytes) -> ox.NamedNode:
    """The bytes of a source file named by their digest, as a Named Information URI (RFC 6920)."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")
    return ox.NamedNode(f"ni:///sha-256;{digest}")


def put_document(store: ox.Store, name: ox.NamedNode, triples: bytes, source: ox.NamedNode | None = None) -> None:
    """:func:`put_graph`, noting when the document was stored (UTC) and, if given, the :func:`source_id` of the
    file it was read from (what ``build --resume`` looks for)."""
    now = ox.Literal(dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(), datatype=_DATETIME)
    put_graph(store, name, triples, {_GENERATED: now, **({_DERIVED: source} if source else {})})


def stored_sources(store: ox.Store) -> set[ox.NamedNode]:
    """The :func:`source_id` of every file whose document graph the store holds."""
    return {q.object for q in store.quads_for_pattern(None, _DERIVED, None, BUILDS_GRAPH)}


def built_at(store: ox.Store, name: ox.NamedNode) -> str | None:
    """When the document graph ``name`` was stored, if the store noted it."""
    return next((q.object.value for q in store.quads_for_pattern(name, _GENERATED, None, BUILDS_GRAPH)), None)


def document_graphs(store: ox.Store) -> Iterator[ox.NamedNode]:
    """The named graphs of the document expressions, in IRI order."""
    names = (
        g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g not in (REFERENCE_GRAPH, BUILDS_GRAPH)
    )
    yield from sorted(names, key=lambda g: g.value)


def graph_bytes(store: ox.Store, name: ox.NamedNode | ox.DefaultGraph) -> bytes:
    """One graph as N-Triples."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
