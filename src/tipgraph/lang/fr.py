"""French: layout and grammar of UN resolution texts extracted from PDF."""

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
ANNEX_HEADING = re.compile(r"\s*(?:Annexe(?:s)?(?: [IVX]+)?)\s*")
FORMULA = re.compile(
    r"\s*(L[’']Assemblée générale|Le Conseil économique et social|Le Conseil des droits de l[’']homme)\s*,?\s*"
)
ORGANS = {"L’Assemblée générale": "general-assembly", "L'Assemblée générale": "general-assembly",
          "Le Conseil économique et social": "ecosoc", "Le Conseil des droits de l’homme": "hrc",
          "Le Conseil des droits de l'homme": "hrc"}

SESSION = None
COMMITTEE = re.compile(r"\s*\[?(?:sur la base du rapport de la )?(?P<n>Première|Deuxième|Troisième|Quatrième|Cinquième|"
                       r"Sixième) Commission\b.*")
AGENDA_ITEM = re.compile(r"\s*Point\s+(?P<n>\d+(?:\s*\([a-z]\))?)\s+de l[’']ordre du jour\s*")
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*:\s*(?P<kind>projet de résolution(?: révisé)?)\s*")
KINDS = {"projet de résolution": "draft-resolution", "projet de résolution révisé": "draft-resolution"}
LIST_SEPARATORS = re.compile(r",\s*|\s+et\s+")
ADOPTED = re.compile(r"\s*Résolution adoptée par l[’']Assemblée générale le (?P<date>.+?)\s*")
MONTHS = {m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre octobre novembre "
                                     "décembre".split(), 1)}
_ORDINALS = {"première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6}


def number(text: str) -> int:
    """Digits, a committee ordinal or a Roman numeral: ``number("Troisième")`` is 3."""
    return ordinal(text, _ORDINALS)


def month(text: str) -> int:
    return _month(text, MONTHS)


CLAUSE_BREAKS = (",", ";")
CONNECTORS = (" ", "et ", "en outre ", "à cet égard ", "à cette fin ", "dans ce contexte ", "par conséquent ",
              "en conséquence ", "à ce propos ", "à ce sujet ")
JOINED_CLAUSE = None
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("à cet égard", "à ce sujet", "à ce propos", "dans ce contexte", "en particulier", "de nouveau", "notamment")
#: Words that may stand before an addressee without counting towards `MAX_LEAD`, the adjectives of a report among
#: them ("Prend acte du rapport annuel du Secrétaire général").
QUANTIFIERS = (
    "tous les", "toutes les", "l’ensemble des", "les", "leurs", "la", "le", "l’", "d’autres", "autres", "différentes",
    "différents", "aux", "à", "au", "annuel", "annuels",
    "intérimaire", "premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième", "huitième",
    "neuvième", "dixième", "onzième", "douzième", "treizième",
)
QUALIFIERS_AFTER = ("concernés", "concernées", "compétents", "compétentes", "intéressés", "intéressées")
COORDINATORS = ("et", ",", "ainsi que", "ainsi qu’", "de même que", "de même qu’")
STRONG_COORDINATOR = "ainsi que"
MAX_GAP = 60
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = 3
RELATIVE_MARKS = ()
#: Examples set inside a list, after the addressee they are examples of ("la société civile, y compris les
#: organisations non gouvernementales, et les autres parties prenantes"): no break in the list (`extract._coordinated`).
INCLUDED = re.compile(r",? (?:y compris|notamment) [^,;:]{1,80}?,")
PARTNERS = None
SAID_AFTER = None
APPOSITION = ()
#: The prepositions a verb governs, right after it ("Se félicite de la contribution des États", "Prend note des
#: rapports"): not counted towards `MAX_LEAD` there, as the verb's labels stop before them; further on, "des" is "of
#: the" and counts, as "of" does in English ("la présidence des consultations des États parties").
GOVERNED = ("de", "des", "du", "d’")
#: What stands between a verb that acknowledges and the author of what it acknowledges (`extract._authored`): the
#: agent after a noun, within five words ("les efforts déployés par le"), or the subject of a short relative clause
#: ("les efforts que continue de déployer le"; not "le fait que").
AUTHOR = re.compile(
    rf"\s*(?:{WORD}\s+){{0,5}}par\s+(?:la\s+|le\s+|l’|les\s+|des\s+)?"
    rf"|\s*(?:{WORD}\s+){{0,3}}(?!de\s|fait\s|ce\s){WORD}\s+qu(?:e\s+|’)(?:{WORD}\s+){{1,3}}(?:la\s+|le\s+|l’|les\s+)?"
)
NOT_ADDRESSEE_BEFORE = None
#: After an organization's name, what makes it part of a longer one ("l’Organisation des Nations Unies pour
#: l’éducation, la science et la culture"): not an addressee then.
NAME_GOES_ON = re.compile(r"\s+pour\s+l")
#: Before an organization's name, a capitalized noun that makes the name the end of a longer one
#: ("la Commission des Nations Unies pour le droit commercial international"), or a title with its adjective ("la
#: Rapporteuse spéciale du Conseil des droits de l’homme", "la Directrice exécutive de l’Office"): not an addressee
#: then.
NAME_BEGAN = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w’'-]*\s+(?:[a-zà-ÿ][\w’'-]*\s+)?(?:(?:des|du|de la)\s+|de l’)$")
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
SYSTEM_PARTS = re.compile(
    r"(?:(?:(?:aux|les|des|autres|à|tous|toutes) )*(?:organisations|organismes|organes|entités"
    r"|institutions(?: spécialisées)?|fonds|programmes|mécanismes(?: spéciaux)?)"
    r"(?: compétent(?:e)?s| concerné(?:e)?s| intéressé(?:e)?s)?"
    r"(?:,| et| ou)? )+"
    r"(?:(?:du|aux|les|des|autres) )*$"
)
SYSTEM_PARTS_AFTER = None
#: Words that stand for the addressees of the clause before, after its verb ("et prie celui-ci de", "et prie ce
#: dernier de", and requests the latter to; "et prie instamment tous les autres de", and urges all the other Member
#: States to), or before it ("et les invite à", and invites them to; "leur demande", requests them), and in the
#: singular before a verb that asks ("et le prie de", and requests him to; not "leur estime de soi", their self-esteem,
#: nor "le partage", the sharing).
PRONOUN = re.compile(
    r"\s*(?:(?:celui|celle|ceux|celles)[-‑]ci|ce dernier|cette dernière|ces derniers|ces dernières"
    r"|(?:tous|toutes) les autres(?= (?:de|d’|à)\b))\b"
)
_ASKS = r"(?=prie|invite|engage|encourage|exhorte|demande|recommande)"
PRONOUN_BEFORE = re.compile(rf"les\s+|(?:le|la)\s+{_ASKS}|l’{_ASKS}|(?:leur|lui)\s+(?=demande|recommande)")
PARTICIPLES = ()
OTHER_FORMS = None
#: (word, kind or actor, verb): the verb a word means when it addresses actors of one kind, or one actor, only
#: (`extract._meant`). "Demande de nouveau", calls again upon, renews a request to the United Nations system or to a
#: post (25 of 26 and 6 of 8 times in the corpus, as the other languages say there).
MEANT_FOR = (
    ("reiterates-its-call-upon", "role/un-system", "reiterates-its-request"),
    ("reiterates-its-call-upon", "post", "reiterates-its-request"),
)
NAMED_AFTER = ()
TREATY_TITLE = None
#: (the act named right after a verb that restates it, the verb of that act): "Réitère la demande qu’elle a adressée au
#: Secrétaire général" requests him, as the other languages say there; "Engage de nouveau", "Appelle de nouveau" (mined
#: for the bare "Reiterates" of "Reiterates its call to") call again upon (`extract._restated`).
_MADE = r"(?:\s+(?:qu’elle (?:lui )?a|qu’elle avait) (?:faite?|adressée?|lancée?)|\s+(?:faite?|adressée?|lancée?))?"
RESTATED = (
    (re.compile(rf"\s*(?:la|sa) demande{_MADE}(?=\s+(?:au|aux|à)\b)"), "reiterates-its-request"),
    (re.compile(rf"\s*(?:l’|son )invitation{_MADE}(?=\s+(?:au|aux|à)\b)"), "reiterates-its-invitation"),
    (re.compile(rf"\s*(?:l’|son )appel{_MADE}(?=\s+(?:au|aux|à)\b)"), "reiterates-its-call-upon"),
    (re.compile(r"(?<=ngage de nouveau)|(?<=ppelle de nouveau)"), "reiterates-its-call-upon"),
)
NOT_BEFORE = ()
NEGATED = None
NOUN_AFTER = None
EXAMPLES_OF = None
#: (as in English: after a post's title, the name of another body than the United Nations.)
OTHER_BODY_AFTER = re.compile(
    r"\s+(?:de l’|de la |du |des )"
    r"(?:Organisation|Communauté|Association|Autorité|Ligue|Union|Forum|Conseil de l’Europe)\b(?! des Nations Unies)"
)
MEETING_OF = re.compile(r"\b(?:[Cc]onférence|[Rr]éunion)s? (?:des|de l’|du) $")
#: An aside set off by commas between "que" and "il incombe à" ("Réaffirme qu’en vertu de la Charte, il incombe à la
#: Puissance administrante de…", reaffirms that under the Charter it is for the administering Power to…, as the other
#: languages name its responsibility): it does not end the verb's clause.
NOT_A_BREAK = re.compile(r"(?:(?<=\bque),|(?<=\bqu’))[^,;]{1,80},(?=\s*il incombe à)")
#: (as in English: the words before a State's name that name its Government.)
GOVERNMENT_OF = re.compile(r"\bGouvernements? (?:de la |de l’|de |d’|du |des )$")
#: (pattern, role): the actors the text describes rather than names (the group "actor"): "pays" right after a verb
#: that asks and before what it asks or who they are ("Invite les pays qui ne l’ont pas encore fait à ratifier"), as
#: Chinese "各国" reads; not countries an adjective or "de" describes ("pays méditerranéens", "pays d’Afrique").
DESCRIBED = ((re.compile(
    r"(?i)\b(?:encourage|invite|engage|prie(?: instamment)?|demande|exhorte|recommande)\s+"
    r"(?:(?:à cet égard|également)\s+)?(?:à\s+)?(?:tous\s+)?"
    r"(?:les|aux)\s+(?:autres\s+)?(?P<actor>pays)(?=\s+(?:à|qui|et)\b|\s*,)"
), "states"),)
ONE_GOVERNMENT = None
#: (role, words at the match, the role they name there: `extract._read_as`). The States members of another
#: organization, written with a small m ("États membres du Comité consultatif permanent"), are States; without
#: "de" they are the Member States, which the UN's French texts write so too ("encourage les États membres"). The
#: States that are parties to a treaty ("États qui sont parties à") are its States parties; parties to an armed
#: conflict ("parties à un conflit armé") are not.
READ_AS = (
    ("member-states", re.compile(r"États membres\s+(?:de|du|des|d’)"), "states"),
    ("states", re.compile(r"États qui sont parties?\b(?! (?:à|aux) (?:un |des )?conflits?)"), "states-parties"),
    ("states-parties", re.compile(r"États parties (?:à|aux) (?:un |des )?conflits? armés?"), "states"),
)
ELIDED = ()  # the noun comes first, and the names after it match alone
ELIDED_NOUN = ELIDED_JOINER = None

_MONTH = "|".join(MONTHS)
DATE = re.compile(rf"(?P<d>\d{{1,2}})(?:er)? (?P<m>{_MONTH}) (?P<y>\d{{4}})")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`).
NAMED_NUMBERS = DATE
_RESOLUTION = resolution_number("et ") + (
    rf"(?: du (?P<d>\d{{1,2}})(?:er)? (?P<m>{_MONTH}) (?P<y>\d{{4}}))?"
)
RESOLUTION = re.compile(rf"[Rr]ésolutions? {_RESOLUTION}")
#: The next resolution of a list: "résolutions 53/72 du 4 décembre 1998, 54/43 du … et 74/24 du …".
LISTED_RESOLUTION = re.compile(rf"(?:,? et |, ){_RESOLUTION}")
DEADLINES = (
    (re.compile(rf"(?:avant le|d’ici au|d'ici au) (?P<d>\d{{1,2}})(?:er)? (?P<m>{_MONTH}) (?P<y>\d{{4}})"), "date"),
    (re.compile(r"d[’']ici à la fin de (?P<year>\d{4})"), "year-end"),
)

IBID = re.compile(r"\s*Ibid\.,?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"[Rr]ésolutions? (?P<n>\d+/\d+)")
ANNEX = re.compile(r"annexe (?P<n>[IVX]+)\b")
UNTS = re.compile(r"vol\. (?P<vol>\d+), no (?P<no>\d+)")

STEMMER = None
JOINED_PREPOSITIONS = ()
