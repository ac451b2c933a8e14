"""Mine the opening phrases and operative verbs of the six languages from the aligned AKN corpus.

Paragraph N of a resolution has the same eId in every language, and the markup marks its opening
(the container's name, or the first span of an operative paragraph). The English opening, with its
intensifiers ("also", "further"…) taken off, names the concept; the openings of the other languages
at the same eId become its labels. A label found for several concepts goes to the one it is found
with most often. Concepts of the hand-edited vocabularies are matched by their English labels and
only gain labels; the others are new concepts.

    python tools/mine_openings.py ../shared/corpus/unxml-ga > ontology/vocab/openings-mined.ttl.new \
        && mv ontology/vocab/openings-mined.ttl.new ontology/vocab/openings-mined.ttl

A held-out check: mine sessions 75 and 76 only, score session 77, then restore the file:

    python tools/mine_openings.py --sessions 75 76 > ontology/vocab/openings-mined.ttl
    tipgraph eval ../shared/corpus/unxml-ga/77session --jobs 2
    git checkout ontology/vocab/openings-mined.ttl

The output is generated: edit the hand-made vocabularies or this script, never the output.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from aligned import aligned
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from tipgraph.ids import LANGUAGES, VOCAB, Symbol
from tipgraph.lang import normalize
from tipgraph.refdata import INTENSIFIERS, MINED, PHRASES, VERBS, lexicon, reference_files

SCHEMES = {"preambular": (PHRASES, VOCAB + "phrase/"), "operative": (VERBS, VOCAB + "verb/")}
DEFINITION = {  # of a mined concept, from its usual English and Chinese forms
    "preambular": ("A preambular phrase found in the corpus: “{}”.", "语料中出现的序言开头词语：“{}”。"),
    "operative": ("An operative verb found in the corpus: “{}”.", "语料中出现的执行动词：“{}”。"),
}
_TRIM = " ,;:.，；：。،؛《》“”\"()（）"
#: Forms the alignment pairs with a concept whose paragraph the translation opens otherwise: "根据" (in accordance
#: with) opens the Chinese of the one "Concurs" paragraph, and mid-sentence it is a preposition, not a verb.
REJECTED = {("zh", "根据")}


def english_base(opening: str, intensifiers: list[str]) -> str:
    """ "Also recalls" -> "recalls", "Recalling further" -> "recalling"."""
    words = opening.strip(_TRIM).split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for w in intensifiers:
            n = len(w.split())
            if " ".join(words[:n]).casefold() == w and len(words) > n:
                words, changed = words[n:], True
            elif " ".join(words[-n:]).casefold() == w and len(words) > n:
                words, changed = words[:-n], True
    return " ".join(words)


#: Words an opening as marked may end with that belong to what follows it ("وإذ تشدد على", "Rappelant de").
TRAILING = {"على", "إلى", "في", "بأن", "أن", "of", "to", "on", "that", "de", "à", "a", "que", "на", "о", "что"}


def trim(opening: str) -> str:
    words = opening.strip(_TRIM).split()
    while len(words) > 1 and words[-1].casefold() in TRAILING:
        words.pop()
    return " ".join(words).strip(_TRIM)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


OUTPUT = "openings-mined.ttl"


def settle(paragraphs: dict, known: set[tuple[str, str]]) -> dict:
    """The English opening of each paragraph (key -> (kind, base as marked, text)) where the markup draws
    the line differently in different resolutions: most mark "Stresses" and leave "the importance of…"
    to the text, a few mark "Stresses the importance"; most mark "Takes note", a few "Takes". A longer
    form is an opening if it is hand-made or the markup marks it whole more often than it marks a
    shorter one the text goes on into; otherwise its paragraphs get the shorter form.
    """
    marked = Counter((kind, base.casefold()) for kind, base, _ in paragraphs.values())
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)  # as written, for the labels
    for kind, base, _ in paragraphs.values():
        forms[(kind, base.casefold())][base] += 1
    longer: dict[tuple[str, str], list[str]] = defaultdict(list)  # (kind, base) -> the longer bases it begins
    for kind, base in marked:
        words = base.split()
        for n in range(1, len(words)):
            longer[(kind, " ".join(words[:n]))].append(base)
    continued: Counter = Counter()  # (kind, longer base) -> paragraphs marked shorter whose text goes on into it
    goes_on: dict = {}  # key -> the longer bases its text goes on into
    for key, (kind, base, text) in paragraphs.items():
        folded, at = text.casefold(), text.casefold().find(base.casefold())
        if at >= 0 and (into := [b for b in longer[(kind, base.casefold())] if folded.startswith(b, at)]):
            goes_on[key] = into
            continued.update((kind, b) for b in into)

    def real(kind: str, base: str) -> bool:
        return (kind, base) in known or marked[(kind, base)] > continued[(kind, base)]

    def longest_real(kind: str, base: str) -> str:
        """The base, or the longest shorter one marked that is an opening."""
        words = base.split()
        for n in range(len(words), 0, -1):
            if (kind, prefix := " ".join(words[:n])) in marked and real(kind, prefix):
                return prefix
        return base

    out = {}
    for key, (kind, base, _) in paragraphs.items():
        into = [b for b in goes_on.get(key, ()) if real(kind, b)]
        settled = max(into, key=len) if into else longest_real(kind, base.casefold())
        out[key] = base if settled == base.casefold() else forms[(kind, settled)].most_common(1)[0][0]
    return out


def main(corpus: Path, sessions: list[int] | None = None) -> None:
    graph = Graph()  # the hand-made ontology: everything but this script's own output
    for path in reference_files():
        if path.name != OUTPUT:
            graph.parse(path)
    intensifiers = sorted(
        {str(o).casefold() for s in graph.subjects(SKOS.inScheme, URIRef(INTENSIFIERS)) for o in graph.objects(s, None)
         if isinstance(o, Literal) and o.language == "en"} | {"once again", "once more", "in this regard"},
        key=lambda w: -len(w.split()),
    )
    taken: dict[tuple[str, str, str], str] = {}  # (scheme, language, label) -> the hand-made concept it names
    known: dict[tuple[str, str], str] = {}  # (scheme, English label) -> concept
    for kind, (scheme, _) in SCHEMES.items():
        for concept in graph.subjects(SKOS.inScheme, URIRef(scheme)):
            for p in (SKOS.prefLabel, SKOS.altLabel):
                for label in graph.objects(concept, p):
                    if isinstance(label, Literal):
                        taken[(kind, label.language, str(label).casefold())] = str(concept)
                    if isinstance(label, Literal) and label.language == "en":
                        known[(kind, str(label).casefold())] = str(concept)

    corpus_paragraphs = {
        symbol: versions for symbol, versions in aligned(corpus).items()
        if not sessions or Symbol.parse(symbol).session in sessions
    }
    by_symbol = {
        symbol: {lang: {eid: (kind, opening) for eid, (kind, opening, _) in paragraphs.items()}
                 for lang, paragraphs in versions.items()}
        for symbol, versions in corpus_paragraphs.items()
    }
    bases = settle(
        {
            (symbol, eid): (kind, english_base(en, intensifiers), text)
            for symbol, versions in corpus_paragraphs.items()
            for eid, (kind, en, text) in versions.get("en", {}).items()
            if en
        },
        set(known),
    )
    counts: dict[tuple[str, str, str], Counter] = defaultdict(Counter)  # (lang, kind, label) -> concepts
    english: dict[str, Counter] = defaultdict(Counter)  # concept -> English bases
    for symbol, versions in by_symbol.items():
        for eid, (kind, en) in versions.get("en", {}).items():
            if not en:
                continue
            base = bases[(symbol, eid)]
            if kind == "operative" and not base.split()[0].endswith("s"):
                continue  # an operative paragraph opens with a verb in the third person: this is a heading
            if kind == "preambular" and ("operative", base.casefold()) in known:
                continue  # "Decides" in the preamble: the markup slipped ("l." for "1.", A/RES/76/256)
            concept = known.get((kind, base.casefold())) or SCHEMES[kind][1] + slug(base)
            english[concept][base] += 1
            for lang, paragraphs in versions.items():
                other = paragraphs.get(eid)
                if other and other[0] == kind and other[1]:
                    label = trim(other[1])
                    if label:
                        counts[(lang, kind, label)][concept] += 1

    # forms the matcher cannot tell apart (one stem, one case) go together to the concept they name most
    by_key: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for (lang, kind, label), concepts in counts.items():
        by_key[(lang, kind, normalize(lang, label).text)].update(concepts)
    labels: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for (lang, kind, label), concepts in counts.items():
        concept = by_key[(lang, kind, normalize(lang, label).text)].most_common(1)[0][0]
        n = concepts[concept]
        if not n:
            continue
        if taken.get((kind, lang, label.casefold()), concept) != concept:
            continue  # a hand-made concept has this label: it stays the one it names
        labels[concept][lang][label] = n

    out = [
        "# GENERATED by tools/mine_openings.py from the aligned AKN4UN corpus (UN General Assembly resolutions,",
        "# sessions 75-77; source: the United Nations). Do not edit: edit the hand-made vocabularies or the script.",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
    ]
    mined: list[str] = []
    for concept in sorted(labels):
        new = not any(concept == c for c in known.values())
        kind = "preambular" if concept.startswith(SCHEMES["preambular"][1]) else "operative"
        lines = []
        if new:
            lines.append(f"skos:inScheme <{SCHEMES[kind][0]}>")
            lines.append(f'skos:note "mined from {sum(english[concept].values())} paragraphs"@en')
            mined.append(concept)
        preferred = {}
        for lang in LANGUAGES:
            found = labels[concept][lang]
            top = found.most_common(1)[0][0] if found else ""
            # a form seen once and unlike the usual one is more likely a misaligned paragraph than a variant
            forms = [
                f for f, n in found.most_common()
                if re.search(r"\w\w", f) and (n >= 2 or top in f) and (lang, f) not in REJECTED
                and not lexicon(lang).entities.find(f)
            ]  # a form naming an actor ("Exhorte les États") is markup that spans too far
            if lang == "en" and new:
                forms = [english[concept].most_common(1)[0][0], *forms]
            forms = list(dict.fromkeys(forms))
            has_pref = any(o.language == lang for o in graph.objects(URIRef(concept), SKOS.prefLabel))
            if forms and not has_pref:
                preferred[lang] = forms[0]
                lines.append(f"skos:prefLabel {Literal(forms.pop(0), lang=lang).n3()}")
            if forms:
                lines.append("skos:altLabel " + " , ".join(Literal(f, lang=lang).n3() for f in forms))
        if new:
            name, zh = english[concept].most_common(1)[0][0], preferred.get("zh")
            lines.append("skos:definition " + Literal(DEFINITION[kind][0].format(name), lang="en").n3())
            lines.append("skos:definition " + Literal(DEFINITION[kind][1].format(zh or name), lang="zh").n3())
            if zh is None:  # Chinese says it as another concept does: a label for people, not for the matcher
                lines.append("rdfs:label " + Literal(f"“{name}”（中文译法与另一概念相同）", lang="zh").n3())
            lines.insert(0, "a skos:Concept")
        out.append(f"<{concept}> " + " ;\n    ".join(lines) + " .")
    out.append(
        f"<{MINED}> a skos:Collection ;\n"
        '    skos:prefLabel "Openings mined from the corpus, not reviewed"@en ,\n'
        '        "从语料中挖掘、未经审校的开头词语"@zh ;\n'
        "    skos:member " + " ,\n        ".join(f"<{c}>" for c in mined) + " ."
    )
    print("\n".join(out))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=Path("../shared/corpus/unxml-ga"))
    parser.add_argument("--sessions", nargs="+", type=int, help="mine these sessions only (a held-out check)")
    args = parser.parse_args()
    main(args.corpus, args.sessions)
