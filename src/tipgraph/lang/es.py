"""Spanish: layout and grammar of UN resolution texts extracted from PDF."""

from __future__ import annotations

import re

from . import WORD, ordinal, resolution_number
from . import month as _month

LINE_JOINER = " "
TERMINATORS = (",", ";", ".", ":", "?")
FINAL = (".", "?")
INTENSIFIERS_LEAD = False  # does an intensifier ("also", "again") come before its verb?
OPERATIVE_NUMBER = re.compile(r"\s*(\d{1,3})(?:\.(\d{1,2})\s*\.?|\s*\.)\s+")  # "12. ", or "1.1 " in an action plan
#: The heading that opens an annex: what follows is not an operative paragraph.
ANNEX_HEADING = re.compile(r"\s*(?:Anexo(?:s)?(?: [IVX]+)?)\s*")
FORMULA = re.compile(r"\s*(La Asamblea General|El Consejo Económico y Social|El Consejo de Derechos Humanos)\s*,?\s*")
ORGANS = {"La Asamblea General": "general-assembly", "El Consejo Económico y Social": "ecosoc",
          "El Consejo de Derechos Humanos": "hrc"}

SESSION = None
COMMITTEE = re.compile(r"\s*\[?(?:sobre la base del informe de la )?(?P<n>Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) "
                       r"Comisión\b.*")
AGENDA_ITEM = re.compile(r"\s*Tema\s+(?P<n>\d+(?:\s*\([a-z]\))?)\s+del programa\s*")
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*:\s*(?P<kind>proyecto de resolución(?: revisado)?)\s*")
KINDS = {"proyecto de resolución": "draft-resolution", "proyecto de resolución revisado": "draft-resolution"}
LIST_SEPARATORS = re.compile(r",\s*|\s+y\s+")
ADOPTED = re.compile(r"\s*Resolución aprobada por la Asamblea General el (?P<date>.+?)\s*")
MONTHS = {m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
                                     "diciembre".split(), 1)}
_ORDINALS = {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4, "quinta": 5, "sexta": 6}


def number(text: str) -> int:
    """Digits, a committee ordinal or a Roman numeral: ``number("Tercera")`` is 3."""
    return ordinal(text, _ORDINALS)


def month(text: str) -> int:
    return _month(text, MONTHS)


CLAUSE_BREAKS = (",", ";")
CONNECTORS = (" ", "y ", "e ", "además ", "a este respecto ", "a ese respecto ", "en este sentido ", "en ese sentido ",
              "en este contexto ", "en ese contexto ", "a tal fin ", "con ese fin ", "con este fin ", "para ello ",
              "en consecuencia ", "por consiguiente ", "por lo tanto ", "por tanto ")
JOINED_CLAUSE = None
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("a este respecto", "a ese respecto", "en este sentido", "en ese sentido", "en este contexto",
          "en ese contexto", "en particular", "una vez más")
#: Words that may stand before an addressee without counting towards `MAX_LEAD`, the adjectives of a report among
#: them ("Toma nota de los informes anuales del Secretario General").
QUANTIFIERS = (
    "todos los", "todas las", "los", "sus", "las", "la", "el", "a", "al", "otros", "otras", "demás", "anual", "anuales",
    "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno", "décimo",
)
QUALIFIERS_AFTER = ("interesados", "interesadas", "pertinentes", "competentes")
COORDINATORS = ("y", ",", "así como")
STRONG_COORDINATOR = "así como"
MAX_GAP = 60
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = 3
RELATIVE_MARKS = ()
#: Examples set inside a list, after the addressee they are examples of ("la sociedad civil, incluidas las
#: organizaciones no gubernamentales, y otros interesados"): no break in the list (`extract._coordinated`).
INCLUDED = re.compile(r",? (?:incluid[oa]s?|incluso|entre ell[oa]s) [^,;:]{1,80}?,")
PARTNERS = None
SAID_AFTER = None
APPOSITION = ()
GOVERNED = ()
#: What stands between a verb that acknowledges and the author of what it acknowledges (`extract._authored`): the
#: agent after a noun, within five words ("los progresos realizados por los"), or the subject of a short relative
#: clause ("los esfuerzos que realiza el"; not "de que", "el hecho de que").
AUTHOR = re.compile(
    rf"\s*(?:{WORD}\s+){{0,5}}por\s+(?:la\s+|el\s+|los\s+|las\s+)?"
    rf"|\s*(?:{WORD}\s+){{0,3}}(?!de\s|hecho\s){WORD}\s+que\s+(?:{WORD}\s+){{1,3}}(?:la\s+|el\s+|los\s+|las\s+)?"
)
NOT_ADDRESSEE_BEFORE = None
#: After an organization's name, what makes it part of a longer one ("la Organización de las Naciones Unidas
#: para la Educación, la Ciencia y la Cultura"): not an addressee then.
NAME_GOES_ON = re.compile(r"\s+para\s+(?:la|el|los|las)\s+[A-ZÁÉÍÓÚ]")
#: Before an organization's name, a capitalized noun that makes the name the end of a longer one
#: ("la Comisión de las Naciones Unidas para el Derecho Mercantil Internacional"): not an addressee then.
NAME_BEGAN = re.compile(r"(?<=\s)[A-ZÁÉÍÓÚ][\w-]*\s+(?:de las|de los|de la|del)\s+$")
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
SYSTEM_PARTS = re.compile(
    r"(?:(?:(?:a|al|los|las|otros|otras|demás|todos|todas) )*"
    r"(?:organizaciones|organismos|órganos|entidades|instituciones|fondos|programas|mecanismos)(?: (?!y |o |del )\w+)?"
    r"(?: competentes| pertinentes)?(?:,| y| o)? )+(?:(?:de|del|a|los|las|otros|otras|demás) )*$"
)
SYSTEM_PARTS_AFTER = None
#: Words that stand for the addressees of the clause before, after its verb (none in Spanish), or before it ("y
#: los alienta a", and encourages them to; "les pide", requests them; "le solicita", requests him).
PRONOUN = None
PRONOUN_BEFORE = re.compile(r"(?:los|las|les|lo|la|le)\s+")
PARTICIPLES = ()
OTHER_FORMS = None
MEANT_FOR = ()
NAMED_AFTER = ()
TREATY_TITLE = None
#: (the act named right after a verb that restates it, the verb of that act): "Reitera el llamamiento a los Estados
#: Miembros" calls upon them, as "Reitera su exhortación a" does (`extract._restated`).
RESTATED = (
    (re.compile(r"\s*(?:el llamamiento|la exhortación) a\b"), "reiterates-its-call-upon"),
    (re.compile(r"\s*(?:la petición|la solicitud) a\b"), "reiterates-its-request"),
    (re.compile(r"\s*la invitación a\b"), "reiterates-its-invitation"),
)
NOT_BEFORE = ()
NEGATED = None
NOUN_AFTER = None
EXAMPLES_OF = None
#: (as in English: after a post's title, the name of another body than the United Nations.)
OTHER_BODY_AFTER = re.compile(
    r"\s+(?:de la |del |de los |de las )"
    r"(?:Organización|Comunidad|Asociación|Autoridad|Liga|Unión|Foro|Consejo de Europa)\b(?! de las Naciones Unidas)"
)
MEETING_OF = re.compile(r"\b(?:Conferencia|[Rr]eunión|[Rr]euniones) de (?:los |las )$")
NOT_A_BREAK = None
#: (as in English: the words before a State's name that name its Government.)
GOVERNMENT_OF = re.compile(r"\bGobiernos? (?:de la |de los |de |del )$")
#: (pattern, role): the actors the text describes rather than names (the group "actor"): "países" right after a verb
#: that asks and before what it asks or who they are ("Invita a los países que aún no lo hayan hecho a que
#: ratifiquen"), as Chinese "各国" reads; not countries an adjective or "de" describes ("países en desarrollo", "países
#: de la región").
DESCRIBED = ((re.compile(
    r"(?i)\b(?:alienta|invita|exhorta|insta|pide|solicita|recomienda)\s+a\s+(?:todos\s+)?los\s+(?:demás\s+)?"
    r"(?P<actor>países)(?=\s+(?:a|que|y)\b|\s*,)"
), "states"),)
ONE_GOVERNMENT = None
#: (role, words at the match, the role they name there: `extract._read_as`). The States members of another
#: organization, written with a small m ("Estados miembros del Comité Consultivo Permanente"), are States; without
#: "de" they are the Member States, which the UN's Spanish texts write so too ("alienta a los Estados miembros").
#: The States that are parties to a treaty ("Estados que son partes en") are its States parties.
READ_AS = (
    ("member-states", re.compile(r"Estados miembros\s+(?:de|del)\s"), "states"),
    ("states", re.compile(r"Estados que son partes?\b(?! en (?:un |los )?conflictos?)"), "states-parties"),
)
ELIDED = ()  # the noun comes first, and the names after it match alone
ELIDED_NOUN = ELIDED_JOINER = None

_MONTH = "|".join(MONTHS)
DATE = re.compile(rf"(?P<d>\d{{1,2}}) de (?P<m>{_MONTH}) de (?P<y>\d{{4}})")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`).
NAMED_NUMBERS = DATE
_RESOLUTION = resolution_number("y ") + (
    rf"(?:,? de (?P<d>\d{{1,2}}) de (?P<m>{_MONTH}) de (?P<y>\d{{4}}))?"
)
RESOLUTION = re.compile(rf"[Rr]esoluci(?:ón|ones) {_RESOLUTION}")
#: The next resolution of a list: "resoluciones 53/72, de 4 de diciembre de 1998, 54/43, de … y 74/24, de …".
LISTED_RESOLUTION = re.compile(rf"(?:,? y |, ){_RESOLUTION}")
DEADLINES = (
    (re.compile(rf"(?:antes del|a más tardar el) (?P<d>\d{{1,2}}) de (?P<m>{_MONTH}) de (?P<y>\d{{4}})"), "date"),
    (re.compile(r"para fines de (?P<year>\d{4})"), "year-end"),
)

IBID = re.compile(r"\s*Ibid\.,?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"[Rr]esoluci(?:ón|ones) (?P<n>\d+/\d+)")
ANNEX = re.compile(r"anexo (?P<n>[IVX]+)\b")
UNTS = re.compile(r"vol\. (?P<vol>\d+), núm\. (?P<no>\d+)")

STEMMER = None
JOINED_PREPOSITIONS = ()
