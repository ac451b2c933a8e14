"""Arabic: layout and grammar of UN resolution texts extracted from PDF. Arabic is written right to
left but stored in logical order; words carry clitics (و "and") and inflect: the matcher folds
letter variants, drops short vowels and compares Snowball stems."""

from __future__ import annotations

import re

from . import ARABIC_MARKS, WORD, ordinal, resolution_number
from . import month as _month

LINE_JOINER = " "
TERMINATORS = ("،", "؛", ".", ":", ",", ";", "؟", "?")
FINAL = (".", "؟", "?")
INTENSIFIERS_LEAD = False  # does an intensifier ("also", "again") come before its verb?
OPERATIVE_NUMBER = re.compile(r"\s*(\d{1,3})(?:\.(\d{1,2}))?\s*-\s+")
#: The heading that opens an annex: what follows is not an operative paragraph.
ANNEX_HEADING = re.compile(r"\s*(?:المرفق(?: \S+)?|مرفق)\s*")
FORMULA = re.compile(r"\s*(إن الجمعية العامة|إن المجلس الاقتصادي والاجتماعي|إن مجلس حقوق الإنسان)\s*[،,]?\s*")
ORGANS = {"إن الجمعية العامة": "general-assembly", "إن المجلس الاقتصادي والاجتماعي": "ecosoc",
          "إن مجلس حقوق الإنسان": "hrc"}

SESSION = None
COMMITTEE = re.compile(r"\s*\[?(?:بناء على تقرير )?اللجنة (?P<n>الأولى|الثانية|الثالثة|الرابعة|الخامسة|السادسة)\b.*")
AGENDA_ITEM = re.compile(r"\s*البند\s+(?P<n>\d+(?:\s*\([a-z]\))?)\s+من جدول الأعمال\s*")
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*:\s*(?P<kind>مشروع قرار(?: منقح)?)\s*")
KINDS = {"مشروع قرار": "draft-resolution", "مشروع قرار منقح": "draft-resolution"}
LIST_SEPARATORS = re.compile(r"،\s*|\s+و")
ADOPTED = re.compile(r"\s*قرار اتخذته الجمعية العامة في (?P<date>.+?)\s*")
MONTHS = {m: i for i, m in enumerate(
    ("كانون الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيه تموز/يوليه آب/أغسطس "
     "أيلول/سبتمبر تشرين الأول/أكتوبر تشرين الثاني/نوفمبر كانون الأول/ديسمبر").replace("تشرين ", "تشرين_")
    .replace("كانون ", "كانون_").split(), 1)}
MONTHS = {k.replace("_", " "): v for k, v in MONTHS.items()}
_ORDINALS = {"الأول": 1, "الثاني": 2, "الثالث": 3,  # masculine (annexes), then feminine (committees)
             "الأولى": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6}


def number(text: str) -> int:
    """Digits, a committee ordinal or a Roman numeral: ``number("الثالثة")`` is 3."""
    return ordinal(text, _ORDINALS)


def month(text: str) -> int:
    return _month(text, MONTHS)


CLAUSE_BREAKS = ("،", "؛", ",", ";")
#: Words that may stand before an operative verb at the start of a clause: "and", "therefore", "hence" ("ولذلك تشجع",
#: and therefore encourages).
CONNECTORS = (" ", "و", "لذلك", "بالتالي", "من ثم")
JOINED_CLAUSE = None
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("في هذا الصدد", "في ذلك الصدد", "في هذا السياق", "بوجه خاص", "لهذه الغاية")
QUANTIFIERS = ("جميع", "كل", "سائر", "إلى", "على")
QUALIFIERS_AFTER = ("المعنية", "ذات الصلة", "المختصة", "المهتمة", "الأخرى", "الآخرين")
COORDINATORS = ("و", "،", "وغيرها من", "وبغيرها من", "وغيرهم من", "وكذلك", "فضلا عن")  # "and other…", "as well as"
STRONG_COORDINATOR = "،"
MAX_GAP = 40
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = 3
RELATIVE_MARKS = ()
#: Examples set inside a list: none Arabic tells from addressees, as it joins both with "، و" ("المجتمع الدولي، بما
#: في ذلك الدول الأعضاء، ومؤسسات منظومة الأمم المتحدة": examples, or the next addressee).
INCLUDED = None
PARTNERS = None
SAID_AFTER = None
APPOSITION = ()
GOVERNED = ()
#: What stands between a verb that acknowledges and the author of what it acknowledges (`extract._authored`): a
#: relative clause whose verb the actor is the subject of ("بالجهود الجارية التي يبذلها", "بالدور المهم الذي تقوم به",
#: "بالنتائج التي توصل إليها", the findings reached by), or the noun of its report, role, responsibility or efforts,
#: whose genitive the actor is ("بالاستنتاجات الواردة في تقرير", the conclusions in the report of).
_WHICH = "التي|الذي|اللذين|اللتين|الذين|اللذان|اللتان"
AUTHOR = re.compile(
    rf"\s*(?:{WORD}\s+){{0,3}}(?:{_WHICH})\s+{WORD}\s+(?:(?:ب|إلي|علي|في)(?:ه|ها)\s+)?"
    rf"|\s*(?:{WORD}\s+){{0,3}}(?:تقرير|دور|مسؤولية|جهود)\s+"
)
#: After an actor, what makes it the author of what a quoted text says ("أن الدول التزمت في الوثيقة المعنونة ”المستقبل
#: الذي نصبو إليه“", that States committed in "The future we want"): no addressee then, as in the other languages.
NOT_ADDRESSEE_BEFORE = re.compile(r"\s+(?:قد\s+)?\S+،?\s+(?:مجددا،?\s+)?في\s+(?:الوثيقة\s+المعنونة|وثيقة)\s+”")
#: (A name stands after the noun it modifies here.)
NAME_GOES_ON = None
#: Before an organization's name, a noun it completes ("منظمة الأمم المتحدة للتربية والعلم والثقافة", UNESCO;
#: "موظفي الأمم المتحدة", United Nations personnel): part of a longer name or a modifier, not an addressee then.
#: (Not the nouns of what a verb welcomes or notes: "بعمل الأمم المتحدة", the work of the United Nations; but its
#: budget, guide, library, network and missions are the United Nations', as the other languages say, and so are
#: the bodies they name "United Nations Alliance of Civilizations", "… Coalition", "… peacebuilding architecture".)
#: Nor are a body or States after their head ("رئيس المجلس الاقتصادي والاجتماعي", "رؤساء الدول"). Also the
#: UN Volunteers, FAO, forces "not belonging to" the United Nations, the Special Rapporteur or independent expert of a
#: body ("المقرر الخاص لمجلس حقوق الإنسان"). Not "بقوة", strongly ("تحث بقوة الدول"), which is no force ("قوة").
NAME_BEGAN = re.compile(
    r"(?<!\S)(?!بقوة)[وفبل]?(?:منظمة|وكالة|مجموعة|مفوض|دراسة|مكتب|برنامج|اتفاقية|ميثاق|مفوضية|مفوضة|لجنة|هيئة|هيئات|صندوق|بعثة|مركز|مراكز"
    r"|جمعية|قوة|قوات|عقد|إعلان|استراتيجية|قاعدة|مقر|قمة|إطار|نظام|معهد|جامعة|موظفي|موظفو|عمليات|قواعد|قرار|قرارات"
    r"|متطوعي|والزراعة|تابعة|التابعة|ميزانية|دليل|مكتبة|شبكة|بعثتي|ائتلاف|تحالف|هيكل|رؤساء|رئيس"
    r"|المقرر الخاص|المقررة الخاصة|الخبير المستقل|الخبيرة المستقلة)\s+$"
)
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
#: "والمؤسسات الإنسانية المعنية في منظومة الأمم المتحدة": the "و" stays, it joins the list, as does the preposition of
#: the verb ("تهيب بوكالات الأمم المتحدة المتخصصة", calls upon the United Nations specialized agencies).
SYSTEM_PARTS = re.compile(
    r"(?<=[\sو،بل])(?:ال)?(?:مؤسسات|وكالات|هيئات|كيانات|منظمات|صناديق|برامج|أجهزة)"
    r"(?: \S+){0,3} (?:في|داخل|التابعة)?\s*$"
)
#: … and after it, each with "its" ("هيئات الأمم المتحدة ووكالاتها وآلياتها الخاصة", United Nations bodies, agencies
#: and special mechanisms): the system too.
SYSTEM_PARTS_AFTER = re.compile(
    r"^(?:\s*و(?:وكالات|صناديق|برامج|هيئات|كيانات|مؤسسات|أجهزة|آليات)ها(?: الخاصة| المتخصصة)?)+"
)
#: Words that stand for the addressees of the clause before, after its verb ("وتطلب إليها", and requests them;
#: "إليه", him; "وتهيب بهم", and calls upon them; not "بها", which is also "it"), or before it (none in Arabic).
#: Arabic writes most onto the verb ("وتدعوها", and invites them), a form the vocabulary lacks.
PRONOUN = re.compile(r"\s*(?:إليها|إليهم|إليه|بهم)(?!\w)")
PRONOUN_BEFORE = None
PARTICIPLES = ()
OTHER_FORMS = None
#: (word, kind, verb): the verb a word means when it addresses actors of one kind only (`extract._meant`). "تطلب إلى"
#: renders "requests", and "calls upon" when it addresses a State by its name ("تطلب إلى إسرائيل": 32 times in the
#: corpus, "calls upon" in English, French, Spanish and Russian each time).
MEANT_FOR = (("requests", "state", "calls-upon"),)
NAMED_AFTER = ()
TREATY_TITLE = None
#: (the act named right after a verb that restates it, the verb of that act): "تعيد تأكيد طلبها إلى الأمين العام"
#: (reaffirms its request to the Secretary-General) requests, as "تكرر طلبها" (reiterates its request) does and as
#: the other languages say there (`extract._restated`).
RESTATED = (  # "تكرر أيضا دعوتها", also reiterates its call; "تكرر مع القلق طلبها", reiterates with concern its request
    (re.compile(r"\s*(?:(?:أيضا|كذلك|مع القلق)\s+)?طلبها\b"), "reiterates-its-request"),
    (re.compile(r"\s*(?:(?:أيضا|كذلك|مع القلق)\s+)?دعوتها\b"), "reiterates-its-call-upon"),
)
NOT_BEFORE = ()
#: A word right before a name that negates it ("الجهات من غير الدول": non-State actors; "دولة غير الدولة التي":
#: a State other than the one…): no mention of the name then.
NEGATED = re.compile(r"\bغير\s+$")
NOUN_AFTER = None
EXAMPLES_OF = None
#: (as in English: after a post's title, another body than the United Nations: "الأمين العام لمنظمة التعاون
#: الإسلامي". The body's name, which begins with the preposition, is left to the matcher.)
OTHER_BODY_AFTER = re.compile(r"\s+(?:ل|لل)(?:منظمة|جامعة|رابطة|جماعة|اتحاد|سلطة|مجلس أوروبا)")
#: (as in English; "مؤتمر الأمم المتحدة", a conference of the United Nations, is no address to it either)
MEETING_OF = re.compile(r"(?<!\S)[وفبل]?(?:ال)?(?:مؤتمر|مؤتمرات|اجتماع|اجتماعات)(?:\s+\S+)?\s+$")
NOT_A_BREAK = None
GOVERNMENT_OF = None
#: (pattern, role): the actors the text describes rather than names (the group "actor"): "البلدان" right after a verb
#: that asks and before what it asks or who they are ("تدعو البلدان التي لم تصدّق على الاتفاقية"), as Chinese "各国"
#: reads; not countries an adjective after describes ("البلدان النامية").
DESCRIBED = ((re.compile(
    r"(?:تهيب\s+ب|تشجع\s+|تدعو\s+|تحث\s+|تطلب\s+إلى\s+)(?:جميع\s+)?(?P<actor>البلدان)(?=\s+(?:على|إلى|أن|التي)(?!\w)|\s*،)"
), "states"),)
#: The Government of one State or Territory ("حكومة كاليدونيا الجديدة", "بحكومتها"), which the stemmer
#: matches to "Governments": not the role then.
ONE_GOVERNMENT = re.compile(r"\S*حكوم(?:ة|ت)\S*")
#: (role, words at the match, the role they name there: `extract._read_as`). The States members of another
#: organization than the United Nations ("الدول الأعضاء في منظمة شنغهاي للتعاون") are States, and so are "States
#: and parties" ("الدول والأطراف", whose "and" the stemmer takes off), not States parties; the States, or Member
#: States, that are parties to a treaty ("الدول التي هي أطراف في") are its States parties, those that are not
#: ("الدول الأعضاء غير الأطراف") and the parties to armed conflicts ("الدول الأطراف في النزاعات المسلحة") States.
READ_AS = (
    (
        "member-states",
        re.compile(
            rf"\S*الدول[{ARABIC_MARKS}]* الأعضاء في (?!(?:منظمة )?الأمم المتحدة)(?:ال)?"
            r"(?:منظمة|مؤتمر|رابطة|اتحاد|لجنة|جماعة|مجموعة|مجلس|هيئة|حركة|مبادرة|سوق|كومنولث|تجمع|جامعة|وكالة|معهد)"
        ),
        "states",
    ),
    ("states-parties", re.compile(r"\S*الدول\s+والأطراف"), "states"),
    ("states", re.compile(r"\S*الدول\s+التي هي أطراف"), "states-parties"),
    ("states-parties", re.compile(r"\S*الدول\s+الأطراف\s+في\s+(?:ال)?نزاع(?:ات)?\s+(?:ال)?مسلح"), "states"),
    ("member-states", re.compile(rf"\S*الدول[{ARABIC_MARKS}]* الأعضاء\s+التي هي أطراف"), "states-parties"),
    ("member-states", re.compile(rf"\S*الدول[{ARABIC_MARKS}]* الأعضاء\s+غير الأطراف"), "states"),
)
ELIDED = ()  # the noun comes first, and the names after it match alone
ELIDED_NOUN = ELIDED_JOINER = None

_MONTH = "|".join(re.escape(m) for m in MONTHS)
DATE = re.compile(rf"(?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`).
NAMED_NUMBERS = DATE
_RESOLUTION = resolution_number("و ?") + (
    rf"(?: المؤرخ (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}}))?"
)
RESOLUTION = re.compile(rf"(?:القرار|قرارها|القرارين|القرارات|قراراتها) {_RESOLUTION}")
#: The next resolution of a list: "قراراتها 53/72 المؤرخ 4 كانون الأول/ديسمبر 1998 و 54/43 المؤرخ …".
LISTED_RESOLUTION = re.compile(rf"(?:\s*،\s*|\s+)و?\s*{_RESOLUTION}")
DEADLINES = ((re.compile(rf"(?:قبل|بحلول) (?P<d>\d{{1,2}}) (?P<m>{_MONTH}) (?P<y>\d{{4}})"), "date"),)

IBID = re.compile(r"\s*(?:\(\)\s*)?(?:المرجع نفسه|Ibid\.)[،,]?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"(?:القرار|القرارات) (?P<n>\d+/\d+)")
ANNEX = re.compile(r"المرفق (?P<n>الأول|الثاني|الثالث)")
UNTS = re.compile(r"(?:المجلد|vol\.) (?P<vol>\d+)[،,] (?:الرقم|No\.) (?P<no>\d+)")

STEMMER = "arabic"
#: Letter variants written interchangeably, folded for matching.
LETTER_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي"))
#: Endings of relative adjectives ("الدولي", "الدوليين"): kept apart from the noun they derive from.
RELATIVE_SUFFIXES = ("ي", "يين", "يون")
#: Conjunctions written joined to the next word.
CLITICS = ("و", "ف")
#: The words whose shadda tells them apart, kept after stemming ("Affirming" is "وإذ تؤكّد", "Stressing" "وإذ تؤكد");
#: elsewhere the corpus writes it or not ("وتحثّ", "وتحث": and urges).
SHADDA_TELLS = ("تؤكد",)
#: Prepositions written joined to a name without the article ("لإثيوبيا", "بميانمار"): its labels are matched with
#: them too (`refdata.Lexicon`), as taking them off every word would break "لبنان" (Lebanon).
JOINED_PREPOSITIONS = ("ل", "ب")
#: Prepositions written joined to the article, folded to the bare article before stemming: Snowball takes them
#: off most words, but not off short ones ("للأمين العام" and "الأمين العام", the Secretary-General, stem apart).
ARTICLE_PREFIXES = ("بال", "كال", "لل")
