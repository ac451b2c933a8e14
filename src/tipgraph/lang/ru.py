"""Russian: layout and grammar of UN resolution texts extracted from PDF. Russian inflects: the
matcher compares Snowball stems."""

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
ANNEX_HEADING = re.compile(r"\s*(?:Приложени[ея](?: [IVX]+)?)\s*")
FORMULA = re.compile(r"\s*(Генеральная Ассамблея|Экономический и Социальный Совет|Совет по правам человека)\s*,?\s*")
ORGANS = {"Генеральная Ассамблея": "general-assembly", "Экономический и Социальный Совет": "ecosoc",
          "Совет по правам человека": "hrc"}

SESSION = None
COMMITTEE = re.compile(r"\s*\[?(?:по докладу )?(?P<n>Первого|Второго|Третьего|Четвертого|Пятого|Шестого) комитета\b.*")
AGENDA_ITEM = re.compile(r"\s*Пункт\s+(?P<n>\d+(?:\s*\([a-zа-я]\))?)\s+повестки дня\s*")
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*:\s*(?P<kind>(?:пересмотренный )?проект резолюции)\s*")
KINDS = {"проект резолюции": "draft-resolution", "пересмотренный проект резолюции": "draft-resolution"}
LIST_SEPARATORS = re.compile(r",\s*|\s+и\s+")
ADOPTED = re.compile(r"\s*Резолюция, принятая Генеральной Ассамблеей (?P<date>.+?)\s*")
MONTHS = {m: i for i, m in enumerate("января февраля марта апреля мая июня июля августа сентября октября ноября "
                                     "декабря".split(), 1)}
_ORDINALS = {"первого": 1, "второго": 2, "третьего": 3, "четвертого": 4, "пятого": 5, "шестого": 6}


def number(text: str) -> int:
    """Digits, a committee ordinal or a Roman numeral: ``number("Третьего")`` is 3."""
    return ordinal(text, _ORDINALS)


def month(text: str) -> int:
    return _month(text, MONTHS)


CLAUSE_BREAKS = (",", ";")
CONNECTORS = (" ", "и ", "а также ", "в этой связи ", "в связи с этим ", "в этом контексте ", "в этом отношении ",
              "с этой целью ", "поэтому ")
JOINED_CLAUSE = None
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("в этой связи", "в связи с этим", "в этом контексте", "в частности")
#: Words before an addressee, in the cases the verbs govern ("призывает все государства", "рекомендует другим
#: соответствующим субъектам").
QUANTIFIERS = ("все", "всех", "всем", "всеми", "другие", "других", "другим", "другими", "соответствующие",
               "соответствующих", "соответствующим", "соответствующими", "надлежащие", "надлежащих", "надлежащим",
               "надлежащими", "компетентные", "компетентных", "компетентным", "компетентными",
               "их")  # "их" (their) last, after the words that end in it
QUALIFIERS_AFTER = ()
COORDINATORS = ("и", ",", "а также")
STRONG_COORDINATOR = "а также"
MAX_GAP = 60
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = 3
RELATIVE_MARKS = ()
#: Examples set inside a list, after the addressee they are examples of ("гражданское общество, включая
#: неправительственные организации, и другие заинтересованные стороны"): no break in the list (`extract._coordinated`).
INCLUDED = re.compile(r",? включая [^,;:]{1,80}?,")
PARTNERS = None
SAID_AFTER = None
APPOSITION = ()
GOVERNED = ()
#: What stands between a verb that acknowledges and the author of what it acknowledges (`extract._authored`): a
#: participle or a relative clause after a comma ("усилия, прилагаемые", "роль, которую играют"), whose agent or
#: subject the actor is, or the noun of its responsibility, role, efforts or commitment, whose genitive the actor is
#: ("вытекающую из Устава ответственность управляющей державы", the responsibility of the administering Power under
#: the Charter).
AUTHOR = re.compile(
    rf"\s*(?:{WORD}\s+){{0,3}}{WORD},\s+(?:котор\w+\s+{WORD}|{WORD}(?:ем|им|нн|ющ|ящ|вш)\w*)\s+"
    rf"|\s*(?:{WORD}\s+){{0,3}}(?:ответственност|рол|усили|приверженност|обязательств)\w*\s+"
)
NOT_ADDRESSEE_BEFORE = None
#: After an organization's name, "по" (on) makes it part of a longer one ("Организация Объединенных Наций по
#: вопросам образования, науки и культуры", UNESCO): not an addressee then.
NAME_GOES_ON = re.compile(r"\s+по\s")
#: Before an organization's name, a capitalized noun (and up to two words after it) or an adjective that makes
#: the name the end of a longer one ("Комиссии Организации Объединенных Наций по праву…", "Программы
#: добровольцев Организации Объединенных Наций", "Продовольственной и сельскохозяйственной организации
#: Объединенных Наций"): not an addressee then. Nor are States after their heads ("главы государств и правительств").
NAME_BEGAN = re.compile(r"(?<=\s)(?:[А-ЯЁ][\w-]*\s+(?:(?!и\s)[а-яё-]+\s+){0,2}|[а-яё]+[ое]й\s+|глав[аыеуо]?\w*\s+)$")
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
SYSTEM_PARTS = re.compile(
    r"\b(?:(?:(?!и |включая )\w+ )?(?:организаци|учреждени|орган|структур|подразделени|фонд|программ|механизм)\w*"
    r"(?:,| и)? )+$"
)
SYSTEM_PARTS_AFTER = None
#: Words that stand for the addressees of the clause before (them, him, her), after its verb and before what it asks
#: of them, an infinitive ("призывает их продолжать", calls upon them to continue; "рекомендует им активизировать";
#: "просит его", requests him; not "их усилия", their efforts; "поддерживает их в этом", supports them in this), or
#: before it (none in Russian).
PRONOUN = re.compile(r"\s*(?:их|им|его|ее|её|ему|ей)(?=(?:\s+[а-яё]+){0,2}?\s+[а-яё]+(?:ть|ться|ти)\b)")
PRONOUN_BEFORE = None
PARTICIPLES = ()
#: The forms of a verb the organ does not speak in (it says "призывает", calls upon): an infinitive ("просит …
#: призывать государства", requests … to call upon States), a participle ("меры, принимаемые Генеральным секретарем",
#: the measures taken by the Secretary-General; "поддерживаемые"), the plural or the first person ("и поддерживают
#: государства-члены", and Member States support; "призываем", we call, in a declaration it quotes), which the stemmed
#: vocabulary of verbs matches all the same; not the nouns of a verb's label ("признательность", "с удовлетворением").
OTHER_FORMS = re.compile(
    r"\w*(?:(?<!ос)ть|ться|[ая]ем|[ая]емся|[ая]ем(?:ый|ая|ое|ые|ых|ым|ыми)|ющ\w*|ящ\w*|ют|ят|ются|ятся|ли|вш\w*)"
)
MEANT_FOR = ()
#: (word, the act named right after its addressees, verb): "обращается к государствам с просьбой" (appeals to
#: States with a request) requests, "вновь обращается к государствам с призывом" (… with a call) calls upon them, as the
#: other languages say there (`extract._meant`); the bare verb has the meaning it has most often.
NAMED_AFTER = (
    ("appeals", re.compile(r"с просьбой"), "requests"),
    ("reiterates-its-request", re.compile(r"с (?:настоятельным )?призывом"), "reiterates-its-call-upon"),
)
TREATY_TITLE = None
#: (As in English, the act a verb that restates names: "вновь предлагает" (again invites), which the vocabulary mined
#: for "Reiterates" as the markup of "Reiterates its invitation" marks that word alone, restates an invitation.)
RESTATED = ((re.compile(r"(?<=вновь предлагает)"), "reiterates-its-invitation"),)
NOT_BEFORE = ()
NEGATED = None
NOUN_AFTER = None
EXAMPLES_OF = None
#: (as in English: after a post's title, the name of another body than the United Nations, in the genitive:
#: "Генерального секретаря Организации исламского сотрудничества".)
OTHER_BODY_AFTER = re.compile(
    r"\s+(?:Организации\s+(?!Объединенных\s)\w+(?:ого|его|ой|ых|их)\b|Франкоязычного\s+сообщества|Всемирной\s+\w+\s+организации"
    r"|Карибского\s+сообщества|Совета\s+Европы|Лиги\s|Ассоциации\s|Содружества\s|Органа\b|Международной\s+(?:\w+\s+)?организации)"
)
MEETING_OF = re.compile(r"\b(?:[Кк]онференци|[Сс]овещани)\w*\s+$")
#: A comma before "that" ("подчеркивает, что государствам…", stresses that States…), which Russian always writes:
#: it does not end the verb's clause.
NOT_A_BREAK = re.compile(r",\s*(?=(?:что|чтобы)\b)")
GOVERNMENT_OF = None
#: (pattern, role): the actors the text describes rather than names (the group "actor"): "странам"/"страны" right
#: after a verb that asks ("предлагает странам, которые еще не сделали этого, ратифицировать"), as Chinese "各国" reads;
#: not countries an adjective before or a genitive after describes ("развивающимся странам", "странам Средиземноморья").
DESCRIBED = ((re.compile(
    r"(?:призывает|предлагает|рекомендует|просит)\s+(?:(?:всем|все|другим|другие)\s+)?(?P<actor>стран(?:ам|ы))\b"
    r"(?!\s+(?:[А-ЯЁ]|региона|субрегиона|[а-яё]+-[а-яё]+))"
), "states"),)
#: The Government of one State or Territory ("правительству Новой Каледонии", "призывает правительство", and the
#: genitive "правительства Таджикистана", which is the plural's form too but for the name after it), which the stemmer
#: matches to "Governments": not the role then. Matched where the name starts, as what follows may tell.
ONE_GOVERNMENT = re.compile(r"(?i:правительств)(?:о|у|ом|е\b|а(?=\s+(?:[А-ЯЁ]|территории\b)))")
#: (role, words at the match, the role they name there: `extract._read_as`). The States members of another
#: organization than the United Nations ("государства — члены Шанхайской организации сотрудничества") are States; the
#: States that are parties to a treaty ("государства, являющиеся участниками"; not "не являющиеся") are its States
#: parties.
_MEMBERS_OF_ANOTHER = re.compile(r"государств\w*\s*[-—–]\s*член\w*\s+(?!Организаци\w* Объединенных Наций)[А-ЯЁ]")
READ_AS = (
    ("member-states", _MEMBERS_OF_ANOTHER, "states"),
    ("states", re.compile(r"государств\w*,\s+являющ\w+\s+участник(?!\w*\s+вооруж)"), "states-parties"),
    # one State, which the stemmer takes for States ("призывает это государство", calls upon that State)
    ("states", re.compile(r"(?i:государств)(?:о|у|ом|е)\b"), None),
)
#: A word before "и" whose noun is that of the name after it ("межправительственным и неправительственным
#: организациям"), the noun of that name, and how the two join (`extract._elided`).
ELIDED = (re.compile(r"(?<!\w)(?P<word>\w+) и $"),)
ELIDED_NOUN = re.compile(r"\S+$")
ELIDED_JOINER = " "

_MONTH = "|".join(MONTHS)
DATE = re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})(?: года)?")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`).
NAMED_NUMBERS = DATE
_RESOLUTION = resolution_number("и ") + (
    rf"(?: от (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}}) года)?"
)
RESOLUTION = re.compile(rf"резолюци\w* {_RESOLUTION}")
#: The next resolution of a list: "резолюции 53/72 от 4 декабря 1998 года, 54/43 от … и 74/24 от …".
LISTED_RESOLUTION = re.compile(rf"(?:,? и |, ){_RESOLUTION}")
DEADLINES = ((re.compile(rf"(?:до|к) (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}}) года"), "date"),)

IBID = re.compile(r"\s*(?:Ibid|Там же)\.,?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"[Рр]езолюци\w* (?P<n>\d+/\d+)")
ANNEX = re.compile(r"приложение (?P<n>[IVX]+)\b")
UNTS = re.compile(r"(?:vol\.|т\.) (?P<vol>\d+), (?:No\.|№) (?P<no>\d+)")

STEMMER = "russian"
#: Words the stemmer would take for a name: kept whole ("Бразилиа", Brasília, is not "Бразилия", Brazil).
UNSTEMMED = ("бразилиа",)
JOINED_PREPOSITIONS = ()
