"""UN document symbols and the IRIs tipgraph mints: the one place that does either.

>>> s = Symbol.parse("A/RES/61/180")
>>> str(s), s.work_path
('A/RES/61/180', 'statement/deliberation/unga/61-180')
>>> str(Symbol.parse("A/C.3/63/L.13")), Symbol.parse("A/C.3/63/L.13").work_path
('A/C.3/63/L.13', 'statement/resolutionDraft/unga-c3/63-l13')
>>> str(Symbol.from_resolution_number("2008/33"))
'E/RES/2008/33'
>>> key("https://w3id.org/tipgraph/id/org/unodc")
'unodc'
"""

from __future__ import annotations

import hashlib
import re
import urllib.parse
from dataclasses import dataclass

BASE = "https://w3id.org/tipgraph/"
AKN = BASE + "akn/un/"
ID = BASE + "id/"
VOCAB = BASE + "vocab/"
ONTOLOGY = BASE + "ontology#"

#: The six official UN languages: BCP 47 tag -> ISO 639-2 code used in AKN FRBR URIs.
LANGUAGES = {"ar": "ara", "zh": "zho", "en": "eng", "fr": "fra", "ru": "rus", "es": "spa"}

#: The six Main Committees of the General Assembly: number -> entity key.
COMMITTEES = {n: f"{w}-committee" for n, w in enumerate(("first", "second", "third", "fourth", "fifth", "sixth"), 1)}

#: Resolutions of ECOSOC are numbered by year; a first part from this year on is a year.
_FIRST_YEAR = 1946

_PATTERNS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (
        re.compile(r"A/RES/(?:(?P<special>E?S)-)?(?P<session>\d+)/(?P<number>\d+)(?: (?P<part>[A-Z](?:-[A-Z])?))?"),
        "unga",
        False,
    ),
    (re.compile(r"E/RES/(?P<session>\d{4})/(?P<number>\d+)"), "ecosoc", False),
    (re.compile(r"A/HRC/RES/(?P<session>\d+)/(?P<number>\d+)"), "unhrc", False),
    (re.compile(r"S/RES/(?P<number>\d+)\s*\((?P<session>\d{4})\)"), "unsc", False),
    (re.compile(r"A/C\.(?P<committee>[1-6])/(?P<session>\d+)/L\.(?P<number>\d+)"), "unga", True),
    (re.compile(r"A/(?P<session>\d+)/L\.(?P<number>\d+)"), "unga", True),
)


@dataclass(frozen=True)
class Symbol:
    """A UN document symbol of a resolution or a draft resolution.

    >>> [str(Symbol.parse(s)) for s in ("A/RES/ES-11/6", "A/RES/77/128 A-B", "S/RES/2331 (2016)")]
    ['A/RES/ES-11/6', 'A/RES/77/128 A-B', 'S/RES/2331(2016)']
    >>> Symbol.parse("A/RES/77/128 A-B").work_path, Symbol.parse("A/RES/ES-11/6").work_path
    ('statement/deliberation/unga/77-128a-b', 'statement/deliberation/unga/es11-6')
    """

    organ: str  # "unga", "ecosoc", "unhrc" or "unsc"
    draft: bool
    session: int  # the session, or the year for ECOSOC and the Security Council
    number: str
    committee: int | None = None  # main committee of a draft (A/C.3/…)
    special: str = ""  # "S" (special session) or "ES" (emergency special session)
    part: str = ""  # "A-B": a resolution adopted in parts

    @classmethod
    def parse(cls, text: str) -> Symbol:
        """Parse a symbol such as ``A/RES/76/186``; raise ValueError if it is not one."""
        text = " ".join(text.split())
        for pattern, organ, draft in _PATTERNS:
            if m := pattern.fullmatch(text):
                g = m.groupdict()
                committee = int(g["committee"]) if g.get("committee") else None
                return cls(
                    organ, draft, int(g["session"]), g["number"], committee, g.get("special") or "", g.get("part") or ""
                )
        raise ValueError(f"not a UN resolution or draft symbol: {text!r}")

    @classmethod
    def from_resolution_number(cls, number: str, organ: str | None = None) -> Symbol:
        """A resolution cited as ``61/180`` (General Assembly) or ``2008/33`` (ECOSOC, by year).

        ``organ`` ("unhrc", "ecosoc", "unga") overrides the guess from the number's form.
        """
        first, _, second = number.partition("/")
        if not (first.isdigit() and second.isdigit()):
            raise ValueError(f"not a resolution number: {number!r}")
        if organ is None:
            organ = "ecosoc" if int(first) >= _FIRST_YEAR else "unga"
        return cls(organ, False, int(first), second)

    @classmethod
    def from_work_iri(cls, iri: str) -> Symbol | None:
        """The symbol of an adopted resolution whose work IRI this module minted, else None.

        >>> str(Symbol.from_work_iri(AKN + "statement/deliberation/ecosoc/2008-33"))
        'E/RES/2008/33'
        >>> [str(Symbol.from_work_iri(Symbol.parse(s).work_iri)) for s in ("A/RES/S-10/2", "A/RES/76/84 A-B")]
        ['A/RES/S-10/2', 'A/RES/76/84 A-B']
        """
        m = re.fullmatch(
            re.escape(AKN) + r"statement/deliberation/(unga|ecosoc|unhrc)/(es|s)?(\d+)-(\d+)([a-z](?:-[a-z])?)?", iri
        )
        if m:
            return cls(m[1], False, int(m[3]), m[4], special=(m[2] or "").upper(), part=(m[5] or "").upper())
        m = re.fullmatch(re.escape(AKN) + r"statement/deliberation/unsc/(\d+)-(\d+)", iri)
        return cls("unsc", False, int(m[1]), m[2]) if m else None

    def __str__(self) -> str:
        if self.draft:
            if self.committee:
                return f"A/C.{self.committee}/{self.session}/L.{self.number}"
            return f"A/{self.session}/L.{self.number}"
        if self.organ == "unsc":
            return f"S/RES/{self.number}({self.session})"
        prefix = {"unga": "A/RES", "ecosoc": "E/RES", "unhrc": "A/HRC/RES"}[self.organ]
        special = f"{self.special}-" if self.special else ""
        part = f" {self.part}" if self.part else ""
        return f"{prefix}/{special}{self.session}/{self.number}{part}"

    @property
    def work_path(self) -> str:
        """The AKN-style path of the work under ``AKN`` (no date: see the ontology's comment)."""
        if self.draft:
            author = f"unga-c{self.committee}" if self.committee else "unga"
            return f"statement/resolutionDraft/{author}/{self.session}-l{self.number}"
        key = f"{self.special.lower()}{self.session}-{self.number}{self.part.lower()}"
        return f"statement/deliberation/{self.organ}/{key}"

    @property
    def work_iri(self) -> str:
        return AKN + self.work_path


def digest(*parts: str) -> str:
    """Eight hex digits that stand for ``parts``, the same in every run."""
    return hashlib.sha256(" ".join(parts).encode("utf-8")).hexdigest()[:8]


def unnumbered_work_iri(session: int, committee: int | None, title: str) -> str:
    """A stable IRI for a draft whose symbol the text does not give: minted from its title."""
    author = f"unga-c{committee}" if committee else "unga"
    return f"{AKN}statement/resolutionDraft/{author}/{session}-x{digest(title.strip())}"


def expression_iri(work: str, lang: str) -> str:
    """The expression of ``work`` in ``lang`` (a BCP 47 tag of the six)."""
    try:
        return f"{work}/{LANGUAGES[lang]}@"
    except KeyError:
        raise ValueError(f"not one of the six UN languages: {lang!r}") from None


def manifestation_iri(expression: str, extension: str) -> str:
    return f"{expression}.{extension}"


def entity_iri(kind: str, key_: str) -> str:
    """``entity_iri("org", "unodc")`` -> ``https://w3id.org/tipgraph/id/org/unodc``."""
    return f"{ID}{kind}/{key_}"


def undocs_url(symbol: str) -> str:
    """The UN's link to a document by its symbol.

    >>> undocs_url("A/RES/76/235 B")
    'https://undocs.org/A/RES/76/235%20B'
    """
    return "https://undocs.org/" + urllib.parse.quote(symbol, safe="/().")


def agenda_item_iri(organ: str, session: int, item: str) -> str:
    """``agenda_item_iri("unga", 76, "69 (b)")`` -> ``…/id/agenda-item/unga-76-69-b``."""
    return f"{ID}agenda-item/{organ}-{session}-{re.sub(r'[^0-9A-Za-z]+', '-', item).strip('-').lower()}"


def key(iri: str) -> str:
    """The key of an entity or concept: the last path segment of its IRI."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
