"""Generate the Member States that vote in the corpus: ISO 3166-1 alpha-3 code as key, the UN's name.

The names come from the recorded votes of the corpus' ``data_extract`` records; the codes from
pycountry (a development tool, not a dependency of tipgraph), with the few UN names it does not know
mapped by hand. States already in the hand-edited ``states.ttl`` are left to it. The names in the other five
languages are pycountry's (the iso-codes translations of ISO 3166-1), kept only where the aligned corpus
confirms them: where a name is found, the English of the same paragraph names the same State at least
``MIN_PRECISION`` of the times (names written "Iran, République islamique d'" are left out: no running text
writes them so). What it rejects is printed to the standard error.

    pip install pycountry
    python tools/make_states.py ../shared/corpus/unxml-ga > ontology/data/member-states.ttl.new \
        && mv ontology/data/member-states.ttl.new ontology/data/member-states.ttl
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pycountry
from aligned import aligned
from rdflib import Graph, Literal, URIRef

from tipgraph.ids import entity_iri
from tipgraph.lang import _ARABIC_MARKS  # the marks the UN's Arabic texts do not write (nor does the matcher)
from tipgraph.refdata import Matcher, lexicon, ontology_dir

#: UN names pycountry does not find, or finds wrongly.
BY_HAND = {
    "BOLIVIA (PLURINATIONAL STATE OF)": "BOL", "DEMOCRATIC REPUBLIC OF THE CONGO": "COD",
    "IRAN (ISLAMIC REPUBLIC OF)": "IRN", "MICRONESIA (FEDERATED STATES OF)": "FSM", "REPUBLIC OF KOREA": "KOR",
    "TURKEY": "TUR", "TURKIYE": "TUR", "TÜRKİYE": "TUR", "COTE D'IVOIRE": "CIV",
    "VENEZUELA (BOLIVARIAN REPUBLIC OF)": "VEN",
}
_SMALL = {"of", "the", "and", "da", "del"}
#: Our languages and the iso-codes locale of each.
LOCALES = {"ar": "ar", "zh": "zh_CN", "fr": "fr", "ru": "ru", "es": "es"}
#: The English names the State in the same paragraph at least this often where a name is found (it may say
#: "Afghan" where the others name the country; "Того", "Мали", "Дания" are Russian words too: 2 of 1,315).
MIN_PRECISION = 0.6


def title(name: str) -> str:
    """ "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA" -> "Democratic People's Republic of Korea"."""
    words = name.lower().replace("’", "'").split(" ")
    out = [w if i and w.rstrip(")") in _SMALL else re.sub(r"(^|[-(])(\w)", lambda m: m[1] + m[2].upper(), w)
           for i, w in enumerate(words)]
    return re.sub(r"\bD'(\w)", lambda m: "d'" + m[1].upper(), " ".join(out))


def running(name: str) -> str | None:
    """The name as running text gives it: "Iran (Islamic Republic of)" -> "Islamic Republic of Iran"."""
    m = re.fullmatch(r"(.+) \((.+ of)\)", name)
    return f"{m[2]} {m[1]}" if m else None


def translated(codes: list[str], known: Graph) -> dict[str, dict[str, str]]:
    """Language -> {the ISO name of a State in it: its code}, written as UN texts write them, for the States
    ``known`` (the hand-made names) does not name in that language."""
    out: dict[str, dict[str, str]] = {}
    for lang, locale in LOCALES.items():
        catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        for code in codes:
            if any(o.language == lang for o in known.objects(URIRef(entity_iri("state", code)), None)):
                continue
            name = catalog.gettext(pycountry.countries.get(alpha_3=code).name)
            name = _ARABIC_MARKS.sub("", name).replace("ё", "е").replace("Ё", "Е")
            if "," not in name:
                out.setdefault(lang, {})[name] = code
    return out


def confirmed(names: dict[str, dict[str, str]], corpus: Path) -> dict[str, dict[str, str]]:
    """``names`` less those the aligned corpus finds where the English does not name their State."""
    english = lexicon("en").entities
    found: dict[str, Counter[str]] = {lang: Counter() for lang in names}
    agreeing: dict[str, Counter[str]] = {lang: Counter() for lang in names}
    matchers = {
        lang: Matcher({**lexicon(lang).states, **{n: entity_iri("state", c) for n, c in labels.items()}}, lang)
        for lang, labels in names.items()
    }
    for versions in aligned(corpus).values():
        for eid, (_, _, text) in versions.get("en", {}).items():
            named = {m.iri for m in english.find(text)}
            for lang, matcher in matchers.items():
                if eid in versions.get(lang, {}):
                    for m in matcher.find(versions[lang][eid][2]):
                        if m.label in names[lang]:
                            found[lang][m.label] += 1
                            agreeing[lang][m.label] += m.iri in named
    out: dict[str, dict[str, str]] = {}
    for lang, labels in names.items():
        for label, code in labels.items():
            n, ok = found[lang][label], agreeing[lang][label]
            if n and ok < MIN_PRECISION * n:
                print(f"rejected {lang} {label!r} ({code}): the English names it in {ok} of {n} paragraphs",
                      file=sys.stderr)
            else:
                out.setdefault(lang, {})[label] = code
    return out


def main(corpus: Path) -> None:
    names: Counter[str] = Counter()
    for path in sorted((corpus / "data_extract").glob("*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                for key in ("MS_in_favour", "MS_against", "MS_abstaining"):
                    names.update(" ".join(n.split()) for n in record.get(key) or [])
    known = Graph().parse(ontology_dir() / "data" / "states.ttl")
    codes: dict[str, list[str]] = {}
    for name, _ in names.most_common():
        code = BY_HAND.get(name) or pycountry.countries.lookup(name).alpha_3
        codes.setdefault(code, []).append(name)
    print("# GENERATED by tools/make_states.py from the recorded votes of the corpus (source: the United Nations);")
    print("# the names in the other languages are those of the iso-codes project (pycountry) that the corpus confirms.")
    print("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .")
    print("@prefix tip:  <https://w3id.org/tipgraph/ontology#> .")
    print("@prefix st:   <https://w3id.org/tipgraph/id/state/> .\n")
    new = [code for code in sorted(codes) if (None, None, Literal(code)) not in known]
    others: dict[str, list[Literal]] = {}
    for lang, labels in confirmed(translated(new, known), corpus).items():
        for n, code in labels.items():
            others.setdefault(code, []).append(Literal(n, lang=lang))
    for code in new:
        labels = sorted(codes[code], key=lambda n: n.isascii())  # "CÔTE D'IVOIRE" before "COTE D'IVOIRE"
        name = title(labels[0])
        alt = " , ".join(Literal(n, lang="en").n3() for n in [running(name), *labels] if n)
        pref = " , ".join(n.n3() for n in [Literal(name, lang="en"), *others.get(code, [])])
        print(f'st:{code} a tip:MemberState ; tip:isoCode "{code}" ;\n'
              f"    skos:prefLabel {pref} ; skos:altLabel {alt} .")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/unxml-ga"))
