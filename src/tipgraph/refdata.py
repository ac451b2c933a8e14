"""The ontology folder as data: the vocabularies and reference data, loaded once.

Surface forms (``skos:prefLabel``/``skos:altLabel`` with language tags) become Aho-Corasick
automata; the extractor asks them for leftmost-longest matches.
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from .ids import ID, VOCAB
from .lang import module, normalize
from .namespaces import TIP

#: Kinds of entity, by the path segment of their IRI (``…/id/org/unodc``).
ENTITY_KINDS = ("org", "post", "role", "state", "treaty", "event")
#: Kinds an addressee of a directive can be.
ACTOR_KINDS = frozenset({"org", "post", "role", "state", "event"})

PHRASES = VOCAB + "preambular-phrases"
VERBS = VOCAB + "operative-verbs"
INTENSIFIERS = VOCAB + "intensifiers"
CITATION_RELATIONS = VOCAB + "citation-relations"
#: The concepts tools/mine_openings.py found in the corpus, not reviewed.
MINED = VOCAB + "mined-openings"


def ontology_dir() -> Path:
    """The ``ontology/`` folder: inside the installed package, or beside ``src/`` in a checkout."""
    packaged = Path(str(importlib.resources.files("tipgraph"))) / "ontology"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "ontology"


def _parse_all(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in sorted(paths):
        graph.parse(path, format="turtle")
    return graph


def reference_files() -> list[Path]:
    """The files of the ontology, the vocabularies and the reference data (not the shapes, nor the release)."""
    return sorted(p for p in ontology_dir().rglob("*.ttl") if not {"shapes", "release"} & set(p.parts))


@functools.cache
def ontology_graph() -> Graph:
    """The ontology, the vocabularies and the reference data (not the shapes)."""
    return _parse_all(reference_files())


@functools.cache
def shapes_graph() -> Graph:
    return _parse_all(list((ontology_dir() / "shapes").glob("*.ttl")))


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    iri: str
    label: str

    @property
    def kind(self) -> str:
        """The entity kind (``org``…) or, for a concept, its scheme's last segment."""
        return entity_kind(self.iri) or self.iri.removeprefix(VOCAB).split("/", 1)[0]


def entity_kind(iri: str) -> str | None:
    if not iri.startswith(ID):
        return None
    kind = iri[len(ID) :].split("/", 1)[0]
    return kind if kind in ENTITY_KINDS else None


class Matcher:
    """Leftmost-longest matching of many labels on normalized text (see :func:`tipgraph.lang.normalize`).

    pyahocorasick's ``iter_long`` is not used: it has bugs.
    """

    def __init__(self, labels: dict[str, str], lang: str = "zh") -> None:
        self.lang = lang
        self._padded = lang != "zh"  # whole words: labels and text carry a space at each end
        self._automaton = ahocorasick.Automaton()
        for label, iri in labels.items():
            key = normalize(lang, label).text
            if key.strip() and key not in self._automaton:
                self._automaton.add_word(key, (label, iri, len(key)))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def all(self, text: str) -> list[Match]:
        if self._empty:
            return []
        norm = normalize(self.lang, text)
        pad = 1 if self._padded else 0
        out = []
        for end, (label, iri, n) in self._automaton.iter(norm.text):
            start, stop = norm.origin(end + 1 - n + pad, end + 1 - pad)
            out.append(Match(start, stop, iri, label))
        return out

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost first, the longest at each place."""
        chosen: list[Match] = []
        for m in sorted(self.all(text), key=lambda m: (m.start, -(m.end - m.start))):
            if not chosen or m.start >= chosen[-1].end:
                chosen.append(m)
        return chosen

    def at(self, text: str, pos: int) -> Match | None:
        """The longest match that starts exactly at ``pos`` (white space there is skipped)."""
        while pos < len(text) and text[pos].isspace():
            pos += 1
        best = None
        for m in self.all(text[pos : pos + 200]):
            if m.start == 0 and (best is None or m.end > best.end):
                best = m
        return None if best is None else Match(pos, pos + best.end, best.iri, best.label)


class Lexicon:
    """Everything the extractor looks up for one language."""

    def __init__(self, graph: Graph, lang: str) -> None:
        self.lang = lang
        self.graph = graph
        entities: dict[str, str] = {}
        by_scheme: dict[str, dict[str, str]] = {}
        # a label two concepts share names the one it is the preferred label of, then the first IRI
        labelled = [(0, s, o) for s, o in graph.subject_objects(SKOS.prefLabel)]
        labelled += [(1, s, o) for s, o in graph.subject_objects(SKOS.altLabel)]
        for _, s, o in sorted(labelled):
            if not isinstance(o, Literal) or o.language != lang or not isinstance(s, URIRef):
                continue
            label = str(o)
            if entity_kind(str(s)):
                entities.setdefault(label, str(s))
            for scheme in graph.objects(s, SKOS.inScheme):
                by_scheme.setdefault(str(scheme), {}).setdefault(label, str(s))
        self.states = {label: iri for label, iri in entities.items() if entity_kind(iri) == "state"}
        # the prepositions Arabic writes onto a name that has no article ("لإثيوبيا", to Ethiopia; "بميانمار")
        for label, iri in self.states.items():
            for preposition in module(lang).JOINED_PREPOSITIONS if not label.startswith("ال") else ():
                entities.setdefault(preposition + label, iri)
        self.entities = Matcher(entities, lang)
        self.phrases = Matcher(by_scheme.get(PHRASES, {}), lang)
        self.verbs = Matcher(by_scheme.get(VERBS, {}), lang)
        # only where the adverb comes before the verb ("又请", "Also requests"): it follows it elsewhere
        # ("Demande également"), and a leading "вновь" is part of a phrase ("вновь подтверждая": reaffirming)
        leading = module(lang).INTENSIFIERS_LEAD
        self.intensifiers = Matcher(by_scheme.get(INTENSIFIERS, {}) if leading else {}, lang)
        self.cues: dict[str, tuple[str, ...]] = {}
        for s, o in graph.subject_objects(TIP.cue):
            if isinstance(o, Literal) and o.language == lang:
                self.cues[str(s)] = (*self.cues.get(str(s), ()), str(o))
        #: States by case-folded name, for lists such as the sponsors of a metadata record.
        self.states_by_name = {label.casefold(): iri for label, iri in self.states.items()}

    def opening(self, text: str, pos: int, matcher: Matcher) -> tuple[str | None, Match | None]:
        """The phrase or verb of ``matcher`` at ``pos``, after any intensifiers ("又", "再次"): (intensifier, match)."""
        intensifier = None
        while (m := self.intensifiers.at(text, pos)) is not None:
            intensifier, pos = m.iri, m.end
        return intensifier, matcher.at(text, pos)

    def chapeau(self, text: str) -> bool:
        """Whether a paragraph opens the operative part with no number of its own, to introduce the numbered
        ones: a verb, no preambular phrase, and a colon ("Resolves that:", "正式决定：")."""
        text = text.strip()
        return (
            text.endswith((":", "："))
            and self.opening(text, 0, self.phrases)[1] is None
            and self.opening(text, 0, self.verbs)[1] is not None
        )

    def value(self, concept: str, prop: URIRef) -> str | None:
        v = self.graph.value(URIRef(concept), prop)
        return None if v is None else str(v)

    def treaty_by_unts(self, volume: int, number: int) -> str | None:
        return self._treaty(TIP.untsVolume, volume, TIP.untsNumber, number)

    def treaty_by_annex(self, resolution: str, annex: int) -> str | None:
        return self._treaty(TIP.adoptedBy, URIRef(resolution), TIP.annex, annex)

    def _treaty(self, p1: URIRef, v1: object, p2: URIRef, v2: int) -> str | None:
        first = Literal(v1) if not isinstance(v1, URIRef) else v1
        for s in self.graph.subjects(p1, first):
            if (s, p2, Literal(v2)) in self.graph and (s, RDF.type, TIP.Treaty) in self.graph:
                return str(s)
        return None

    def labels(self, iri: str) -> Iterator[str]:
        for p in (SKOS.prefLabel, SKOS.altLabel):
            for o in self.graph.objects(URIRef(iri), p):
                if isinstance(o, Literal) and o.language == self.lang:
                    yield str(o)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    return Lexicon(ontology_graph(), lang)
