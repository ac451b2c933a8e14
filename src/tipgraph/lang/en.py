"""English: layout and grammar of UN resolution texts extracted from PDF."""

from __future__ import annotations

import re

from . import WORD, resolution_number, roman
from . import month as _month

# ---------------------------------------------------------------- layout
LINE_JOINER = " "
TERMINATORS = (",", ";", ".", ":", "?")
FINAL = (".", "?")
INTENSIFIERS_LEAD = True  # does an intensifier ("also", "again") come before its verb?
OPERATIVE_NUMBER = re.compile(r"\s*(\d{1,3})(?:\.(\d{1,2})\s*\.?|\s*\.)\s+")  # "12. ", or "1.1 " in an action plan
#: The heading that opens an annex: what follows is not an operative paragraph.
ANNEX_HEADING = re.compile(r"\s*(?:Annex(?:es)?(?: [IVX]+)?)\s*")
FORMULA = re.compile(r"\s*(The General Assembly|The Economic and Social Council|The Human Rights Council)\s*,?\s*")
ORGANS = {"The General Assembly": "general-assembly", "The Economic and Social Council": "ecosoc",
          "The Human Rights Council": "hrc"}

# ---------------------------------------------------------------- header
SESSION = re.compile(r"\s*(?P<n>[A-Z][a-z]+(?:-[a-z]+)?) session\s*")
COMMITTEE = re.compile(r"\s*\[?(?:on the report of the )?(?P<n>First|Second|Third|Fourth|Fifth|Sixth) Committee\b.*")
AGENDA_ITEM = re.compile(r"\s*Agenda item\s+(?P<n>\d+(?:\s*\([a-z]\))?)\s*")
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*:\s*(?P<kind>(?:[Rr]evised )?draft resolution)\s*")
KINDS = {"draft resolution": "draft-resolution", "revised draft resolution": "draft-resolution",
         "Revised draft resolution": "draft-resolution"}
LIST_SEPARATORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
ADOPTED = re.compile(r"\s*Resolution adopted by the General Assembly on (?P<date>.+?)\s*")

MONTHS = {m: i for i, m in enumerate(("January February March April May June July August September October "
                                      "November December").split(), 1)}
_UNITS = {w: i for i, w in enumerate("zeroth first second third fourth fifth sixth seventh eighth ninth".split())}
_UNITS.update({"tenth": 10, "eleventh": 11, "twelfth": 12})
_TENS = {w: 10 * i for i, w in enumerate("_ _ twent thirt fort fift sixt sevent eight ninet".split()) if w != "_"}


def number(text: str) -> int:
    """Digits, an ordinal word or a Roman numeral.

    >>> number("Seventy-sixth"), number("third"), number("II"), number("12"), number("twentieth")
    (76, 3, 2, 12, 20)
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    if re.fullmatch(r"[IVXLC]+", text):
        return roman(text)
    total = 0
    for w in text.lower().split("-"):
        if w in _UNITS:
            total += _UNITS[w]
        elif (stem := re.sub(r"(y|ieth)$", "", w)) in _TENS:
            total += _TENS[stem]
        else:
            raise ValueError(f"not an English number: {text!r}")
    return total


def month(text: str) -> int:
    return _month(text, MONTHS)


# ---------------------------------------------------------------- clauses
CLAUSE_BREAKS = (",", ";")
CONNECTORS = (" ", "and ", "further ", "in this regard ", "in that regard ", "in this context ", "to this end ",
              "in this respect ", "in that respect ", "in that connection ", "in this connection ", "in that context ",
              "to that end ", "therefore ", "thus ", "accordingly ", "for that reason ", "in this sense ", "as such ")
JOINED_CLAUSE = None
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("in this regard", "in that regard", "in this respect", "in this context", "in that context", "to this end",
          "to that end", "in particular", "once again", "inter alia")
#: Words that may stand before an addressee without counting towards `MAX_LEAD`, the adjectives of a report among
#: them ("Takes note of the twelfth progress report of the Secretary-General"), and a possessive that joins the next
#: addressee to a list ("the least developed countries and their development partners"; "leurs", "sus", "их", "其").
QUANTIFIERS = (
    "all", "their", "the", "other", "relevant", "appropriate", "competent", "signatory", "participating", "those",
    "its", "annual", "progress", "interim", "latest", "comprehensive", "first", "second", "third", "fourth", "fifth",
    "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
)
QUALIFIERS_AFTER = ("concerned",)
COORDINATORS = ("and", ",", "as well as", "and with")
STRONG_COORDINATOR = "as well as"
MAX_GAP = 60
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = 3
RELATIVE_MARKS = ()
#: Examples set inside a list, after the addressee they are examples of ("civil society, including non-governmental
#: organizations, and other stakeholders"): no break in the list (`extract._coordinated`).
INCLUDED = re.compile(r",? including [^,;:]{1,80}?,")
PARTNERS = None
SAID_AFTER = None
APPOSITION = ()
GOVERNED = ()
#: What stands between a verb that acknowledges and the author of what it acknowledges (`extract._authored`): the
#: agent after a noun, within five words ("the ongoing efforts and progress already made by the"), or the actor whose
#: role, responsibility, efforts or commitment the verb names ("the guidance and leadership role of the").
AUTHOR = re.compile(
    rf"\s*(?:{WORD}\s+){{0,5}}by\s+(?:the\s+)?"
    rf"|\s*(?:{WORD}\s+){{0,4}}(?:role|responsibility|responsibilities|efforts|commitment|commitments)\s+of\s+(?:the\s+)?"
)
NOT_ADDRESSEE_BEFORE = None
#: After an organization's name, what makes the name part of a longer one or a modifier of a noun
#: ("the United Nations Educational, Scientific…", "United Nations officials"): not an addressee then.
NAME_GOES_ON = re.compile(
    r" (?!(?:and|or|to|in|at|on|of|for|from|with|within|under|during|including|through|by|as|that|which|is|has|have"
    r"|should|shall|will|its|their|also|not)\b)\w"
)
#: Before an organization's name, the post or body of it that the text names ("the Special Rapporteur of the Human
#: Rights Council", "the President of the Economic and Social Council"): no addressee then.
NAME_BEGAN = re.compile(r"(?<=\s)[A-Z][\w-]*(?: [A-Z][\w-]*)* of (?:the )?$")
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
_PARTS = r"(?:organizations|agencies|bodies|entities|organs|institutions|funds|programmes|mechanisms)"
SYSTEM_PARTS = re.compile(
    rf"\b(?:(?:(?!and |or |including )\w+ )?{_PARTS}(?:,| and| or)? )+(?:(?:of|within|in) (?:the )?)?$"
)
#: … and after the system's name ("United Nations bodies, agencies and special mechanisms"): the system too.
SYSTEM_PARTS_AFTER = re.compile(rf"^(?:(?:,| and| or) (?:special(?:ized)? )?{_PARTS})+")
#: A word that stands for the addressees of the clause before, after its verb ("encourages them to", "requests him
#: to", "requests it to"), or before it (none in English).
PRONOUN = re.compile(r"\s*(?:them\b|(?:him|her|it)(?= to\b))")
PRONOUN_BEFORE = None
PARTICIPLES = ()  # the participle has a form of its own ("supporting", not "Supports")
OTHER_FORMS = None
MEANT_FOR = ()
NAMED_AFTER = ()
TREATY_TITLE = None
#: (the act named right after a verb that restates it, the verb of that act): "Reiterates the call to Member States"
#: calls upon them, as "Reiterates its call upon" does and as the other languages say there (`extract._restated`).
RESTATED = (
    (re.compile(r"\s*the (?:urgent )?call (?:upon|on|to)\b"), "reiterates-its-call-upon"),
    (re.compile(r"\s*the call for\b"), "reiterates-its-call-for"),
    (re.compile(r"\s*the requests? to\b"), "reiterates-its-request"),
    (re.compile(r"\s*the invitation to\b"), "reiterates-its-invitation"),
)
NOT_BEFORE = ()
NEGATED = None
NOUN_AFTER = None
EXAMPLES_OF = None
#: After a post's title, the name of another body than the United Nations, known by its head noun: the post is that
#: body's ("the Secretary-General of the Organization of Islamic Cooperation", "… of the Caribbean Community"), no
#: addressee then; not what a post does ("the appointment by the Secretary-General of the Coordinator for…").
OTHER_BODY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?!United\b)(?:[A-Z][\w-]*\s+){0,4}(?:Organization|Community|Association|Authority|League"
    r"|Commonwealth|Union|Forum)\b|\s+of\s+the\s+Council\s+of\s+Europe\b"
)
#: Before an actor, the meeting of it that the text names ("the Conference of States Parties to the Convention"): the
#: Conference is meant, not the States parties (Chinese: "缔约国会议", `NOT_BEFORE`).
MEETING_OF = re.compile(r"\b(?:Conference|Meeting)s? of (?:the )?$")
#: What the verb takes into account, set off by commas before what it decides ("Decides, taking into account the amount
#: already apportioned…, to apportion among Member States…"): it does not end the verb's clause.
NOT_A_BREAK = re.compile(r"^,\s*taking into account[^;]*?,(?=\s*to\s)")
#: The words before a State's name that name its Government ("the efforts of the Government of Qatar"): the State
#: is named right there, as the languages that say "Qatar's Government" name it.
GOVERNMENT_OF = re.compile(r"\bGovernments? of (?:the )?$")
#: (pattern, role): the actors the text describes rather than names (the group "actor"): "countries" right after a
#: verb that asks ("Invites countries that have not yet done so to ratify", "Encourages all countries to"), as Chinese
#: "各国" reads and the other languages write it; not countries an adjective or "of" describes ("developing countries",
#: "countries of origin"), which no language reads alike.
DESCRIBED = ((re.compile(
    r"(?i)\b(?:encourages|invites|urges|calls upon|requests|recommends|appeals to)\s+"
    r"(?:(?:all|the|those|other|interested)\s+)*(?P<actor>countries)\b(?!\s+of\b)"
), "states"),)
ONE_GOVERNMENT = None
#: (role, words at the match, the role they name there: `extract._read_as`). The States members of another
#: organization, written with a small m ("States members of the United Nations Standing Advisory Committee", "member
#: States of the Commission"), are States, not the Member States of the United Nations; a small-m "member States"
#: without "of" is left to the matcher, as in French and Spanish, whose texts write the Member States so too. The
#: States that are parties to a treaty are its States parties, as the other languages name them; parties to an armed
#: conflict are not.
READ_AS = (
    ("member-states", re.compile(r"States members\b|member States of\b"), "states"),
    ("states", re.compile(r"States that are part(?:y|ies)\b(?! to (?:an? )?(?:armed )?conflicts?)"), "states-parties"),
    ("states-parties", re.compile(r"States parties to (?:an? )?armed conflicts?"), "states"),
)
#: A word before "and" whose noun is that of the name after it ("intergovernmental and non-governmental
#: organizations"), the noun of that name, and how the two join (`extract._elided`).
ELIDED = (re.compile(r"(?<![\w-])(?P<word>[\w-]+) and $"),)
ELIDED_NOUN = re.compile(r"\S+$")
ELIDED_JOINER = " "

# ---------------------------------------------------------------- citations and deadlines
_MONTH = "|".join(MONTHS)
DATE = re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`).
NAMED_NUMBERS = DATE
_RESOLUTION = resolution_number("and ") + (
    rf"(?: of (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}}))?"
)
RESOLUTION = re.compile(rf"[Rr]esolutions? {_RESOLUTION}")
#: The next resolution of a list: "resolutions 53/72 of 4 December 1998, 54/43 of 1 December 1999 and 74/24 of …".
LISTED_RESOLUTION = re.compile(rf"(?:,? and |, ){_RESOLUTION}")
DEADLINES = (
    (re.compile(r"(?:before the end of|at|to) its (?P<session>[a-z]+(?:-[a-z]+)?) session"), "session"),
    (re.compile(r"by the end of (?P<year>\d{4})"), "year-end"),
    (re.compile(rf"by (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})"), "date"),
)

# ---------------------------------------------------------------- footnotes
IBID = re.compile(r"\s*Ibid\.,?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"[Rr]esolutions? (?P<n>\d+/\d+)")
ANNEX = re.compile(r"annex (?P<n>[IVX]+)\b")
UNTS = re.compile(r"vol\. (?P<vol>\d+), No\. (?P<no>\d+)")

# ---------------------------------------------------------------- matching
STEMMER = None
JOINED_PREPOSITIONS = ()
