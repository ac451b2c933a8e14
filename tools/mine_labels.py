"""Mine the names of bodies, posts, actor roles and treaties in the six languages from the aligned corpus.

For an entity of the reference data, the paragraphs whose English text names it (by its English
labels) are aligned by eId with the same paragraphs in each other language. The word sequence (in
Chinese, the character sequence) found in most of those paragraphs and in few others is its name
there; what it leaves uncovered may yield a second form. Words are compared as the matcher compares
them (case-folded, stemmed for Russian and Arabic), and the form printed most often is kept.

    python tools/mine_labels.py ../shared/corpus/unxml-ga > ontology/data/labels-mined.ttl.new \
        && mv ontology/data/labels-mined.ttl.new ontology/data/labels-mined.ttl

The output is generated: review it, and correct the hand-made reference data or this script.
"""

from __future__ import annotations

import functools
import random
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from aligned import aligned
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from tipgraph.lang import Normalized
from tipgraph.lang import normalize as _normalize
from tipgraph.refdata import Matcher, entity_kind, ontology_dir

OUTPUT = "labels-mined.ttl"
LANGS = ("ar", "zh", "fr", "ru", "es")
MAX_WORDS, MAX_CHARS = 18, 36
#: Words a name neither starts nor ends with (articles, prepositions, conjunctions), as normalized.
EDGE_WORDS = {
    "fr": {"le", "la", "les", "l", "de", "des", "du", "d", "à", "au", "aux", "et", "en", "sur", "par", "pour"},
    "es": {"el", "la", "los", "las", "de", "del", "a", "al", "y", "e", "en", "por", "para", "con"},
    "ru": {"и", "в", "на", "по", "с", "к", "о", "об", "для"},
    "ar": {"في", "من", "الى", "الي", "علي", "عن"},
}
MIN_PARAGRAPHS = 3  # an entity named in fewer aligned paragraphs is left alone
SAMPLE = 3000
#: Forms a reviewer rejected: too general, a pronoun, or a neighbour's name.
REJECTED = {
    ("fr", "lui"), ("fr", "sa présidence"), ("fr", "son président"), ("es", "Presidencia"), ("ar", "المصلحة"),
    ("ar", "منع وقمع"), ("ar", "مفوضية الأمم المتحدة لحقوق الإنسان عن حالة حقوق الإنسان في أوكرانيا"),
    # the Convention's articles ("《打击有组织犯罪公约》第2条") and States parties ("…公约缔约国"), not its Conference
    ("zh", "有组织犯罪公约》第"), ("zh", "联合国打击跨国有组织犯罪公约缔约"),
}


@functools.lru_cache(maxsize=200_000)
def normalize(lang: str, text: str) -> Normalized:
    return _normalize(lang, text)


def grams(lang: str, text: str) -> set[str]:
    """The normalized n-grams of a text, each padded with spaces (Chinese: character n-grams)."""
    norm = normalize(lang, text).text
    if lang == "zh":  # a name neither starts nor ends with punctuation
        return {
            norm[i : i + n]
            for i in range(len(norm))
            if norm[i].isalnum()
            for n in range(2, min(MAX_CHARS, len(norm) - i) + 1)
            if norm[i + n - 1].isalnum()
        }
    words = norm.split()
    edge = EDGE_WORDS.get(lang, set())
    ok = [any(ch.isalpha() for ch in w) and w not in edge for w in words]
    return {
        " " + " ".join(words[i : i + n]) + " "
        for i in range(len(words))
        if ok[i]
        for n in range(1, min(MAX_WORDS, len(words) - i) + 1)
        if ok[i + n - 1]
    }


def surface(lang: str, gram: str, texts: list[str]) -> str | None:
    """The form the texts print most often for a normalized n-gram."""
    forms: Counter[str] = Counter()
    for text in texts:
        norm = normalize(lang, text)
        at = norm.text.find(gram)
        if at >= 0:
            pad = 0 if lang == "zh" else 1
            start, end = norm.origin(at + pad, at + len(gram) - pad)
            forms[text[start:end]] += 1
    return forms.most_common(1)[0][0] if forms else None


def best(lang: str, pos: list[str], neg: list[str], pos_total: int, neg_total: int) -> tuple[str, float] | None:
    """The n-gram that best tells the paragraphs naming the entity from the others.

    Precision is estimated over the whole corpus: the rates seen in the samples, weighted by how
    many paragraphs name the entity (``pos_total``) and how many do not (``neg_total``).
    """
    counts: Counter[str] = Counter()
    for text in pos:
        counts.update(grams(lang, text))
    candidates = [g for g, n in counts.most_common(400) if n >= max(2, len(pos) // 4)]
    negs = [normalize(lang, t).text for t in neg]
    scored = []
    for g in candidates:
        recall = counts[g] / len(pos)
        noise = sum(g in t for t in negs) / max(len(negs), 1)
        precision = recall * pos_total / (recall * pos_total + noise * neg_total)
        scored.append((recall * precision, len(g), g, precision))
    if not scored:
        return None
    top = max(s[0] for s in scored)
    # among the near-best, the longest: a name rather than a word of it
    score, _, gram, precision = max((s for s in scored if s[0] >= 0.95 * top), key=lambda s: s[1])
    if precision < 0.6:
        return None
    return gram, score


def mine(
    lang: str, pairs: list[tuple[set[str], str]], entities: list[str], has_pref: set[str], taken: dict[str, str]
) -> list[str]:
    """The Turtle lines of one language; ``taken`` maps the hand-made labels to what they name."""
    random.seed(7)
    lines = []
    for entity in entities:
        pos = [t for named, t in pairs if entity in named]
        if len(pos) < MIN_PARAGRAPHS:
            continue
        pos_total, neg_total = len(pos), len(pairs) - len(pos)
        pos = random.sample(pos, min(len(pos), 300))
        neg = random.sample([t for named, t in pairs if entity not in named], min(SAMPLE, neg_total))
        forms = []
        remaining = pos
        for _ in range(3):
            found = best(lang, remaining, neg, pos_total * len(remaining) // len(pos), neg_total)
            if found is None:
                break
            gram, _ = found
            form = surface(lang, gram, remaining)
            if form and (lang, form) not in REJECTED and taken.get(form.casefold(), entity) == entity:
                forms.append(form)
            rest = [t for t in remaining if gram not in normalize(lang, t).text]
            if len(rest) < max(MIN_PARAGRAPHS, len(pos) // 5):
                break
            remaining = rest
        props = []
        for i, form in enumerate(dict.fromkeys(forms)):
            prop = "skos:prefLabel" if i == 0 and entity not in has_pref else "skos:altLabel"
            props.append(f"{prop} {Literal(form, lang=lang).n3()}")
        if props:
            lines.append(f"<{entity}> " + " ; ".join(props) + " .")
        print(f"{lang} {entity.rsplit('/', 2)[-2]}/{entity.rsplit('/', 1)[-1]}: {forms}", file=sys.stderr)
    return lines


def main(corpus: Path) -> None:
    graph = Graph()
    for path in sorted((ontology_dir() / "data").glob("*.ttl")):
        if path.name != OUTPUT:
            graph.parse(path)
    for path in sorted((ontology_dir() / "vocab").glob("actor-roles.ttl")):
        graph.parse(path)
    english: dict[str, str] = {}
    for s, p, o in graph.triples((None, None, None)):
        if p in (SKOS.prefLabel, SKOS.altLabel) and isinstance(o, Literal) and o.language == "en":
            if entity_kind(str(s)) in ("org", "post", "role", "treaty"):
                english.setdefault(str(o), str(s))
    matcher = Matcher(english, "en")
    data = aligned(corpus)
    lines = [
        "# GENERATED by tools/mine_labels.py from the aligned AKN4UN corpus (UN General Assembly resolutions,",
        "# sessions 75-77; source: the United Nations). Review it; do not edit it by hand.",
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
        "",
    ]
    named_in = {}  # (symbol, eId) -> entities the English paragraph names
    for symbol, versions in data.items():
        for eid, (_, _, en_text) in versions.get("en", {}).items():
            named_in[(symbol, eid)] = {m.iri for m in matcher.find(en_text)}
    entities = sorted(set(english.values()))
    jobs = []
    for lang in LANGS:
        pairs = [
            (named_in[(symbol, eid)], versions[lang][eid][2])
            for symbol, versions in data.items()
            if lang in versions
            for eid in versions.get("en", {})
            if eid in versions[lang]
        ]
        has_pref = {e for e in entities if any(o.language == lang for o in graph.objects(URIRef(e), SKOS.prefLabel))}
        taken = {
            str(o).casefold(): str(s)
            for p in (SKOS.prefLabel, SKOS.altLabel)
            for s, o in graph.subject_objects(p)
            if isinstance(o, Literal) and o.language == lang
        }
        jobs.append((lang, pairs, entities, has_pref, taken))
    with ProcessPoolExecutor(2) as pool:
        for found in pool.map(mine, *zip(*jobs, strict=True)):
            lines.extend(found)
    print("\n".join(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/unxml-ga"))
