"""Per-language rules of the text reader and the extractor.

Names of things (bodies, treaties, verbs, phrases) are data in ``ontology/``; a language module
holds only what is grammar or layout: how lines rejoin, how the header reads, which function words
link clauses, how dates, numbers and footnote references are written, and how words are normalized
for matching (``STEMMER``: a Snowball stemmer for the languages that inflect).
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from types import ModuleType

import snowballstemmer

#: A word in a pattern of the grammar: letters, then letters, digits, hyphens or an apostrophe ("non-governmental")
WORD = r"[^\W\d][\w’'-]*"
SUPPORTED = ("ar", "zh", "en", "fr", "ru", "es")
#: The Arabic marks a word may carry (short vowels, shadda, dagger alif, tatweel), as a character class's contents
ARABIC_MARKS = "\u064b-\u0652\u0670\u0640"
_ARABIC_MARKS = re.compile(f"[{ARABIC_MARKS}]")
#: The shadda still tells some words apart after stemming, which drops it (`SHADDA_TELLS`)
_SHADDA = "\u0651"
#: A word, the Arabic marks within it included ("تُقرر", "تسلّم": Python's \w does not take them), or a sign
_TOKEN = re.compile(rf"(?:\w|[{ARABIC_MARKS}])+|[^\w\s]")
#: The hyphens and the dashes typeset between words ("non‑governmental", "государствам–членам", and the em dash of a
#: Russian compound whose second part has a complement: "государства — члены Организации") are a hyphen, a
#: typographic apostrophe ("People’s") is one
_TYPOGRAPHY = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014", "-") | {"\u2019": "'"})


def roman(text: str) -> int:
    """A Roman numeral: ``roman("XIV")`` is 14."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for ch, nxt in zip(text, [*text[1:], ""], strict=True):
        v = values[ch]
        total += -v if nxt and values[nxt] > v else v
    return total


def ordinal(text: str, words: dict[str, int]) -> int:
    """Digits, a Roman numeral or one of ``words`` (compared case-folded); raise ValueError otherwise.

    >>> ordinal("Troisième", {"troisième": 3}), ordinal("IV", {}), ordinal(" 12", {})
    (3, 4, 12)
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"[IVXLC]+", text):
        return roman(text)
    folded = {k.casefold(): v for k, v in words.items()}
    if text.casefold() in folded:
        return folded[text.casefold()]
    raise ValueError(f"not a number: {text!r}")


def month(text: str, months: dict[str, int]) -> int:
    """A month given as digits or by one of the names of ``months`` (compared case-folded)."""
    return int(text) if text.isdigit() else ordinal(text, months)


def resolution_number(conjunction: str) -> str:
    """The pattern of a resolution's number in a citation, ``n`` its symbol's number: "53/72", "33/141 A",
    "74/255 A and B" (``conjunction`` the language's "and " as a pattern); "23 (I)", of the first sessions, matches
    with no ``n``, as it has no symbol of that form."""
    return rf"(?:(?P<n>\d+/\d+)|\d+ ?(?:[A-Z] )?\([IVXLC]+\))(?: [A-Z](?: {conjunction}[A-Z]|-[A-Z])?)?"


def module(lang: str) -> ModuleType:
    """The rules for ``lang``; raise ValueError for a language the reader does not know."""
    if lang not in SUPPORTED:
        raise ValueError(f"no text rules for language {lang!r} (have: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"{__name__}.{lang}")


class Normalized:
    """A text made comparable: case-folded, words stemmed where the language inflects.

    ``text`` is the normalized form: for languages written with spaces, one space between tokens and
    one at each end, so a label matches only whole words. ``origin(a, b)`` maps a range of it back to
    the original text.

    >>> n = normalize("ru", "Государствам-членам, Управлению")
    >>> n.text
    ' государств - член , управлен '
    >>> n.origin(1, 18)
    (0, 19)
    """

    def __init__(self, text: str, starts: list[int], ends: list[int]) -> None:
        self.text, self._starts, self._ends = text, starts, ends

    def origin(self, start: int, end: int) -> tuple[int, int]:
        return self._starts[start], self._ends[end - 1]


@functools.cache
def _stemmer(lang: str):  # noqa: ANN202
    name = module(lang).STEMMER
    return snowballstemmer.stemmer(name) if name else None


def normalize(lang: str, text: str) -> Normalized:
    """The normalized form of ``text`` in ``lang`` (Chinese: case-folded character by character)."""
    if lang == "zh":
        return Normalized(text.casefold(), list(range(len(text))), list(range(1, len(text) + 1)))
    parts, starts, ends = [" "], [0], [0]
    for m in _TOKEN.finditer(text):
        word = _word(lang, m.group())
        parts.append(word + " ")
        starts.extend([m.start()] * len(word) + [m.end()])
        ends.extend([m.end()] * (len(word) + 1))
    if len(starts) == 1:
        starts, ends = [0], [0]
    return Normalized("".join(parts), starts, ends)


@functools.lru_cache(maxsize=1 << 18)
def _word(lang: str, word: str) -> str:
    """One word's normalized form: cached, as the same words come back in every paragraph and Snowball's pure-Python
    stemmers take most of the time of an Arabic document otherwise."""
    word = unicodedata.normalize("NFC", word.casefold()).translate(_TYPOGRAPHY)
    shadda = lang == "ar" and _SHADDA in word
    if lang == "ar":
        word = _ARABIC_MARKS.sub("", word)
        for a, b in module(lang).LETTER_FOLDS:
            word = word.replace(a, b)
        for prefix in module(lang).CLITICS:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        shadda = shadda and word in module(lang).SHADDA_TELLS
        for prefix in module(lang).ARTICLE_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                word = "ال" + word[len(prefix) :]
                break
    elif lang == "ru":
        word = word.replace("ё", "е")
        if word in module(lang).UNSTEMMED:
            return word
    if (stemmer := _stemmer(lang)) and word[:1].isalpha():
        stem = stemmer.stemWord(word) or word
        # Arabic: Snowball takes the relative suffix off ("الدولي", international, becomes "دول", States)
        if lang == "ar" and word.endswith(module(lang).RELATIVE_SUFFIXES) and not stem.endswith("ي"):
            stem += "ي"
        word = stem
    return word + _SHADDA if shadda else word
