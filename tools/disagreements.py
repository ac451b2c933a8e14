"""Where the languages' directives disagree, over the whole corpus.

    python tools/disagreements.py ../shared/corpus/unxml-ga                 # 4 minutes on 2 cores, then cached
    python tools/disagreements.py ../shared/corpus/unxml-ga role/governments=role/states
    python tools/disagreements.py ../shared/corpus/unxml-ga A/RES/75/158 A/RES/77/194

For each language: how far its directives and their addressees agree with the other languages (as
``tipgraph eval`` counts it), the share of its addressee facts in paragraphs where no other language finds
a directive at all, how far its directives of each intent agree (the exhortations and requests, and the verbs
that welcome, note or reaffirm), and the actors it names where most other languages name others (extra) or
names none where they do (missing). With ``a=b`` arguments the agreement is counted as if actor ``a`` were
``b``: what making two actors one would buy, before anyone makes it. With symbols, it also prints how many of
each language's directives agree in each of those resolutions. The scored files are cached in
``.cache/evaluated.pickle``: delete it after changing the reader or the vocabularies.
"""

from __future__ import annotations

import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from tipgraph.evaluate import Result, agrees, corpus_files, evaluate_files, tally
from tipgraph.ids import entity_iri

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "evaluated.pickle"


def results(corpus: Path) -> list[Result]:
    if CACHE.is_file():
        return pickle.loads(CACHE.read_bytes())
    out = evaluate_files(corpus_files(corpus), jobs=2)
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(out))
    return out


def as_one(r: Result, same: dict[str, str]) -> Result:
    def actors(a: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(dict.fromkeys(same.get(e, e) for e in a)))

    return replace(
        r,
        directives=frozenset((p, i, actors(a)) for p, i, a in r.directives),
        addressees=frozenset((p, actors(a)) for p, a in r.addressees),
    )


def main(corpus: Path, args: list[str]) -> None:
    pairs = [a.split("=") for a in args if "=" in a]
    symbols = [a for a in args if "=" not in a]
    same = {entity_iri(*a.split("/")): entity_iri(*b.split("/")) for a, b in pairs}
    scored = [as_one(r, same) for r in results(corpus)]
    scores = tally(scored)
    by_symbol: dict[str, list[Result]] = defaultdict(list)
    for r in scored:
        by_symbol[r.symbol].append(r)
    lone: Counter[str] = Counter()
    missing: dict[str, Counter[str]] = defaultdict(Counter)
    extra: dict[str, Counter[str]] = defaultdict(Counter)
    intents: dict[str, Counter[str]] = defaultdict(Counter)  # the directives of each intent, and those agreeing
    agreeing: dict[str, Counter[str]] = defaultdict(Counter)
    chosen: dict[str, list[str]] = defaultdict(list)  # for each symbol asked for: "lang agreeing/directives"
    for symbol, versions in by_symbol.items():
        structure = Counter(r.structure for r in versions).most_common(1)[0][0]
        versions = [r for r in versions if r.structure == structure and not r.score.unread]
        for r in versions:
            others = [o for o in versions if o is not r]
            directives = list(r.directives) if others else []
            agree = [agrees(d, [o.directives for o in others]) for d in directives]
            for (_, i, _), ok in zip(directives, agree, strict=True):
                intent = i.rsplit("/", 1)[-1]
                intents[r.lang][intent] += 1
                agreeing[r.lang][intent] += ok
            if symbol in symbols:
                chosen[symbol].append(f"{r.lang} {sum(agree)}/{len(agree)}")
            for p, a in r.addressees:
                if not others or agrees((p, a), [o.addressees for o in others]):
                    continue
                theirs = Counter(b for o in others for q, b in o.addressees if q == p)
                if not theirs:
                    lone[r.lang] += 1
                    continue
                best = theirs.most_common(1)[0][0]
                missing[r.lang].update(e.split("/id/")[-1] for e in set(best) - set(a))
                extra[r.lang].update(e.split("/id/")[-1] for e in set(a) - set(best))
    for lang, s in scores.items():
        print(f"{lang}: directives agreeing {s.directives_agreeing / s.directives:.1%}, addressees agreeing "
              f"{s.addressees_agreeing / s.addressees:.1%}, addressees where no other language finds a directive "
              f"{lone[lang] / s.addressees:.1%}")
        by_intent = intents[lang].most_common(8)
        print("  by intent:", ", ".join(f"{i} {agreeing[lang][i] / n:.0%} of {n}" for i, n in by_intent))
        print("  missing:", ", ".join(f"{e} {n}" for e, n in missing[lang].most_common(10)))
        print("  extra:  ", ", ".join(f"{e} {n}" for e, n in extra[lang].most_common(10)))
    for symbol in symbols:
        print(f"{symbol}: directives agreeing", ", ".join(chosen[symbol]) or "(not in the corpus)")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
