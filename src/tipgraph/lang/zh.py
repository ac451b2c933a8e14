"""Chinese: layout and grammar of UN resolution texts extracted from PDF."""

from __future__ import annotations

import re

# ---------------------------------------------------------------- layout
#: Lines are rejoined with nothing between them (no spaces in Chinese).
LINE_JOINER = ""
#: A paragraph ends with one of these (preambular paragraphs end with a comma in Chinese; the half-width
#: forms are slips of the typesetter, seen in the UN's own files).
TERMINATORS = ("，", "；", "。", "：", ",", ";", "？", "?")
#: The last operative paragraph ends with this; a text that does not is truncated.
FINAL = ("。", "？")
INTENSIFIERS_LEAD = True  # does an intensifier ("also", "again") come before its verb?
#: The heading that opens an annex: what follows is not an operative paragraph.
ANNEX_HEADING = re.compile(r"\s*(?:附件[一二三四五六七八九十]*)\s*")
FORMULA = re.compile(r"\s*(大会|经济及社会理事会|人权理事会)\s*[，,]?\s*")
OPERATIVE_NUMBER = re.compile(r"\s*(\d{1,3})(?:\.(\d{1,2}))?\s*[.．]\s*")
SUBPARAGRAPH = re.compile(r"\s*[（(][a-z一二三四五六七八九十]+[)）]")

# ---------------------------------------------------------------- header
SESSION = re.compile(r"\s*第(?P<n>[〇零一二三四五六七八九十百\d]+)届会议\s*")
COMMITTEE = re.compile(r"\s*(?:\[根据)?第(?P<n>[一二三四五六])委员会(?:的报告.*)?\s*")
AGENDA_ITEM = re.compile(r"\s*议程项目\s*(?P<n>\d+(?:\s*[（(][a-z][)）])?)\s*")
#: "白俄罗斯、俄罗斯联邦和乌兹别克斯坦：决议草案"
SPONSORS_AND_KIND = re.compile(r"\s*(?P<sponsors>.+?)\s*[：:]\s*(?P<kind>决议草案|订正决议草案)\s*")
KINDS = {"决议草案": "draft-resolution", "订正决议草案": "draft-resolution"}
ORGANS = {"大会": "general-assembly", "经济及社会理事会": "ecosoc", "人权理事会": "hrc"}
LIST_SEPARATORS = re.compile(r"、|和|及")
ADOPTED = re.compile(r"\s*(?P<date>\d{4}年\d{1,2}月\d{1,2}日)大会决议\s*")

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def number(text: str) -> int:
    """A number written in Chinese numerals or digits.

    >>> number("六十三"), number("十二"), number("一百零五"), number("97")
    (63, 12, 105, 97)
    """
    text = text.strip()
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def month(text: str) -> int:
    return int(text)


# ---------------------------------------------------------------- clauses
#: Punctuation after which a new clause (and so a new directive) may start.
CLAUSE_BREAKS = ("，", "；")
#: Words that may stand before an operative verb at the start of a clause.
CONNECTORS = ("并且", "并", "而且", "此外", "在这方面", "在这一方面", "在此方面", "就此", "为此", "因此")
#: A word that, right after the addressees of a verb, opens a clause of its own with no comma before it
#: ("促请所有会员国并邀请私营部门", calls upon all Member States and invites the private sector).
JOINED_CLAUSE = re.compile(r"并")
#: Words set off by commas between a verb and its addressee ("Invites, in this regard, the President…").
ASIDES = ("在这方面", "为此")
#: Words that may stand before an addressee without being part of its name ("今后各届大会主席", future Presidents of
#: the General Assembly; "该区域各国政府", the Governments of the region), and the titles set before a name in
#: apposition ("占领国以色列", Israel, the occupying Power; "东道国泰国政府", the host country, the Government of
#: Thailand).
QUANTIFIERS = (
    "所有", "各", "一切", "其他", "其", "有关", "相关", "全体", "一些", "这些", "整个", "今后", "各届", "历届",
    "该区域", "该地区", "占领国", "东道国",
)
#: Words that follow an addressee without ending the list ("États Membres concernés et…"; none in Chinese).
QUALIFIERS_AFTER = ()
#: Words that join addressees into one list.
COORDINATORS = ("以及", "、", "和", "及")
#: A long gap between two addressees is allowed only before this coordinator.
STRONG_COORDINATOR = "以及"
MAX_GAP = 20
#: At most this many words (articles and quantifiers aside) between a verb and its first addressee.
MAX_LEAD = None  # Chinese puts the modifiers of a noun before it: "敦促尚未批准……的会员国"
#: A relative clause before its noun ends with these.
RELATIVE_MARKS = ("的",)
#: Examples set inside a list, before the addressee they are examples of ("以及包括民间社会、私营部门和学术界在内的其他
#: 相关利益攸关方", and other relevant stakeholders, including civil society, the private sector and academia): no
#: break in the list (`extract._coordinated`).
INCLUDED = re.compile(r"包括[^，；。]{1,80}?在内的")
#: A clause before an actor that opens with "with", or says "with" before "including", names the partners of what
#: the verb asks, not its addressees ("同参与…的相关政府间组织进行协作", to collaborate with the intergovernmental
#: organizations that…; "鼓励管理局与包括…在内的有关国际组织合作", encourages the Authority to cooperate with the
#: international organizations, including…).
PARTNERS = re.compile(r"^(?:与|同)|(?:与|同)包括")
#: After a verb that says something, an actor with a partner right after it ("强调联合国与国际刑警组织必须优化合作",
#: stresses that the United Nations and INTERPOL must optimize their cooperation; "秘书长与国际劳工组织联合发起的",
#: launched by the Secretary-General with the ILO) or the date of what it did ("回顾秘书长于2019年9月23日召开的气候行动
#: 峰会", recalls the Climate Action Summit convened by the Secretary-General on 23 September 2019), or that ends a
#: list of those between whom something happens ("会员国、相关多边环境协定和国际组织之间有效开展国际合作的重要性", the
#: importance of cooperation among Member States, … and international organizations) is part of what the verb says,
#: which the other languages name after their noun ("the cooperation between the United Nations and INTERPOL"): no
#: addressee (`extract._directives`).
SAID_AFTER = re.compile(r"与|同|[^，；。]{0,30}?之间|于?\d{4}年")
#: A clause before an actor that opens with these sets a title beside it ("作为唯一多边裁军谈判论坛的裁军谈判会议", the
#: Conference on Disarmament, as the sole multilateral disarmament negotiating forum): the actor is the addressee
#: even of a verb that says something (`extract._relative`).
APPOSITION = ("作为",)
GOVERNED = ()
AUTHOR = None  # Chinese names the author first, right after the verb ("欢迎秘书长不断努力")
#: Actors with no name in the reference data that may begin a list of addressees, as in the other languages:
#: the Territory ("请领土和管理国", requests the Territory and the administering Power).
UNNAMED_FIRST = re.compile(r"(?:该)?领土(?:和|及)")
#: An actor followed by these is part of a title, what a statement is about or the author of a numbered or
#: dated text ("联合国宪章", "人权理事会第43/1号决议", "人权理事会2017年3月24日第34/36号决议"), not an addressee;
#: a possessor is one, as in the other languages ("注意到秘书长的报告", takes note of the Secretary-General's report).
#: Nor is a list that "所" follows: it is the author of a relative clause ("各国……所提供的国际合作", the cooperation
#: provided by States), which the other languages put after its noun, far from the verb.
#: Nor is the author of what a text says ("各国在“我们希望的未来”中承诺", States, in "The future we want", committed),
#: nor that of a numbered paragraph of its report ("表示注意到国际法委员会报告第317段", takes note of paragraph 317 of
#: the report of the International Law Commission; "报告中关于…的第330至332段"), where the other languages count the
#: number in the lead.
NOT_ADDRESSEE_BEFORE = re.compile(
    r"宪章|是|第|的?(?:报告|说明|决议)(?:中[^，；。]{0,40}?的)?第|所(?!有)|[0-9]|在“[^”]{1,40}”中"  # "所有": all
)
#: After the short names that also begin longer ones or modify a noun ("联合国教育、科学及文化组织",
#: "联合国财务条例"), a character other than a conjunction, "在" (in), "相互" (each other) or a verb that follows a true
#: addressee: not an addressee then.
NAME_GOES_ON = re.compile(
    r"(?:(?<=联合国)|(?<=大会)|(?<=欧洲联盟)|(?<=非洲联盟))"
    r"(?!和|及|与|、|以|并|或|在|继续|加强|确保|提供|采取|支持|协助|发挥|进一步|作为|同|相互)[\u4e00-\u9fff]"
)
NAME_BEGAN = None
#: The parts of the United Nations system a list names before the system ("relevant organizations of the"):
#: the list names the system (`extract._gap`).
SYSTEM_PARTS = None  # Chinese names the system before its parts ("联合国系统各组织")
#: … and after it, as Chinese names them ("联合国系统相关组织", "联合国系统各机构、基金和方案"): the list names the
#: system (`extract._gap`); the coordinator before the next addressee stays. Joined to the name, the parts are
#: those of the system only ("联合国机构和机关", United Nations bodies and agencies; not "和其他组织", and other
#: organizations).
_PART = r"(?:各|所有|其他|有关|相关)*(?:专门机构|组织|机构|实体|基金|方案|机关|特别机制)"
_JOINED = r"(?:、|和|及)(?:专门机构|机构|实体|基金|方案|机关|特别机制)"
SYSTEM_PARTS_AFTER = re.compile(rf"^(?:{_PART}|{_JOINED})(?:(?:、|和|及|以及){_PART})*")
#: Words that stand for the addressees of the clause before, after its verb ("请它们", requests them), or before it
#: (none in Chinese).
PRONOUN = re.compile(r"它们|他们")
PRONOUN_BEFORE = None
#: Verbs that, right after a comma (no connector), go on the clause before as a participle or a purpose does
#: ("……政策，支持各国努力": policies that support national efforts; "，考虑到": taking into account): no directive.
PARTICIPLES = ("支持", "考虑到")
OTHER_FORMS = None
MEANT_FOR = ()
NAMED_AFTER = ()
RESTATED = ()
#: A treaty's title right before its States parties ("《联合国反腐败公约》缔约国", "《公约》所有缔约国"), with its year
#: and its protocol ("1951年《关于难民地位的公约》及其1967年《议定书》的缔约国"), or the treaty a text names
#: ("协定缔约国", the States parties to the Agreement), which the other languages name after them: part of their name,
#: no words before them (`extract._of_a_treaty`).
TREATY_TITLE = re.compile(
    r"(?:\d{4}年)?《[^《》]{1,98}》(?:及其(?:\d{4}年)?《[^《》]{1,40}》)?的?(?:所有|各)?$|(?:该|本)?(?:协定|公约|条约)(?:所有|各)?$"
)
#: A matched name immediately followed by one of these is part of a longer noun, not a name ("联合国组织",
#: "发展中国家": developing countries, not China; "印度洋": the Indian Ocean, not India; "会员国区域组", the regional
#: groups of Member States; "巴西利亚": Brasília, not Brazil; "墨西哥湾": the Gulf of Mexico; "巴西-阿根廷核材料衡算
#: 和控制机构", the Brazilian-Argentine Agency).
NOT_BEFORE = ("组织", "家", "洋", "际", "间", "议会", "会议", "区域组", "利亚", "湾", "-")
NEGATED = None
#: Nouns that a name right before them modifies ("经济及社会理事会主席", the President of the Economic and
#: Social Council; "联合国专门机构成员", members of the specialized agencies; "缅甸境内", in Myanmar;
#: "联合国系统行政首长协调理事会"; "负责人", heads; "缔约国大会", the Conference of States Parties; "秘书长特别代表", a
#: Special Representative of the Secretary-General; "缅甸人权状况", the situation of human rights in Myanmar; "缅甸安全
#: 和武装部队", the Myanmar security and armed forces; "黎巴嫩问题特别法庭"; "毛里求斯战略"; "尼日利亚东北部"; "驻联合国
#: 代表团", missions to the United Nations; the bodies of a body: "联合国粮食及农业组织理事会", the Council of the
#: Food and Agriculture Organization, "联合国开发计划署执行局", the Executive Board of UNDP), and the mandates of the
#: Human Rights Council and of the Secretary-General, however long their titles ("人权理事会贩运人口特别是贩运妇女和儿童
#: 问题特别报告员", the Human Rights Council's Special Rapporteur on trafficking in persons, especially women and
#: children), and what belongs to a group of States ("发达国家缔约方", developed country parties; "最不发达国家技术库",
#: the Technology Bank for the Least Developed Countries; "发展伙伴关系", development partnerships; "各国人民", the
#: peoples of all countries), and the settlements of a State ("以色列定居点", Israeli settlements) and the programmes of
#: a Government or a post ("政府方案"; "联合国难民事务高级专员方案执行委员会", the Executive Committee of the High
#: Commissioner's Programme), the ministers, experts and officials of States ("各国部长", "各国专家"), and the Committee
#: on Fisheries of the FAO ("联合国粮食及农业组织渔业委员会"): the name is no addressee then (`extract._within_a_name`).
_MANDATE = (
    r"(?![和及与、])(?:(?!包括)[^，。；“”《》()（）]){0,40}?(?:问题|权|权利|处境|状况)(?:特别报告员|独立专家|工作组|特别代表)"
)
NOUN_AFTER = re.compile(
    r"(?<=有关国家)当局|渔业委员会|理事机构|人口|定居点|定居者|方案|部长|专家|官员|主席|秘书长|成员|缔约方|高级代表|技术库|国际智囊团|机构间|多维|快速行动|关系|类别|行动纲领|多哈|人民|外债|理事会|执行局|秘书处|专家组|工作组|委员会|境内|行政首长|首长|负责人|大会|特别代表|特使|人权|安全|武装部队|冲突|问题|战略|[东西南北]部|[东西][南北]部"
    rf"|驻联合国|常驻|(?:(?<=人权理事会)|(?<=秘书长)){_MANDATE}"
)
#: A list followed by this gives examples of the name after it ("妇女署等联合国系统相关实体", the relevant
#: entities of the United Nations system, such as UN-Women), names of ours or not ("非洲联盟、大湖区问题国际会议…和欧洲
#: 委员会等区域组织"): that name is the addressee, as in the other languages.
EXAMPLES_OF = re.compile(r"(?:(?:、|和|及|以及)[^，；。、和及]{1,25}?)*等")
#: Chinese names the other body before the post ("法语国家及地区国际组织秘书长"): the body is no addressee then
#: (`NOUN_AFTER`), nor is the post, whose lead is the body's name.
OTHER_BODY_AFTER = None
MEETING_OF = None
#: What the verb takes into account, then "由" (by) before the actor: the actor is who acts in what the verb
#: decides ("决定考虑到…分摊比额表，由会员国…分摊", decides, taking into account the scale, to apportion among Member
#: States), as the other languages name it after the verb.
NOT_A_BREAK = re.compile(r"^[^；。]*考虑到[^；。]*，由$")
GOVERNMENT_OF = None
#: (pattern, role): the actors Chinese describes rather than names (the group "actor"): the States that have not yet
#: done something, as the head of a relative clause ("敦促尚未加入《公约》的国家", urges the States that have not yet
#: acceded to the Convention), those in a position to do so ("有能力的国家"), the (non-)nuclear-weapon States, and the
#: States any relative clause describes where a verb of what they are asked follows, or a break
#: ("促请已废除死刑的国家不再恢复死刑", calls upon States that have abolished the death penalty not to reintroduce it;
#: not "提供"/"作出", the support or efforts of States that a verb welcomes, which the other languages name as what it
#: welcomes).
#: ("国家" alone is no name: it is also "national" and "countries", which the other languages do not read as States.)
_ASKED = (
    r"不再|保持|努力|继续|考虑|尽快|尽早|立即|毫不|优先|今后|设法|加入|批准|签署|撤销|撤回|采取|采用|建立|开展|完成|确保|酌情"
    r"|进一步|加强|支持|积极|参加|分享|执行|履行|遵守|依照|按照|根据|以及|，"
)
DESCRIBED = (
    (re.compile(r"尚未[^，；。：]{1,80}?的(?P<actor>国家)"), "states"),
    (re.compile(r"(?P<actor>(?:无|非)?核武器国家)"), "states"),
    (re.compile(r"有能力(?:这样做)?的(?P<actor>国家)"), "states"),
    (re.compile(rf"的(?P<actor>国家)(?={_ASKED})"), "states"),
)
ONE_GOVERNMENT = None
READ_AS = ()  # the members of another organization ("成员国") are not the Member States ("会员国") in Chinese
#: The words before "和" whose noun is that of the name after it ("政府间和非政府组织"), the noun of that name, and
#: how the two join (`extract._elided`).
ELIDED = (re.compile(r"(?P<word>[\u4e00-\u9fff]{3})和$"), re.compile(r"(?P<word>[\u4e00-\u9fff]{2})和$"))
ELIDED_NOUN = re.compile(r"组织$|机构$")
ELIDED_JOINER = ""

# ---------------------------------------------------------------- citations and deadlines
DATE = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
#: Numbers that name rather than count, which an addressee may follow (`extract._leads`): a date, or a title with
#: its year and number ("尚未加入2001年《保护水下文化遗产公约》的国家", "《1989年土著和部落人民公约》(第169号)").
NAMED_NUMBERS = re.compile(rf"{DATE.pattern}|(?:\d{{4}}年(?:和\d{{4}}年)?)?《[^《》]*》(?:[(（]第\d+号[)）])?")
#: "2006年12月20日关于……的第61/180号决议", "第2008/33号决议"
#: Every resolution of a list that ends in "决议" ("第65/289号、2013年5月10日第67/261号和…第72/285号决议").
_LISTED = r"(?:\d{4}年\d{1,2}月\d{1,2}日)?第(?:\d+/\d+|\d+ ?(?:[A-Z] )?\([IVXLC]+\))(?: ?[A-Z](?: ?和 ?[A-Z])?)?号"
RESOLUTION = re.compile(
    r"(?:(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:关于[^；。]*?)?的?)?"
    rf"第(?P<n>\d+/\d+)(?: ?[A-Z](?: ?和 ?[A-Z])?)?号(?:决议|(?=(?:[、和及]{_LISTED})+决议))"
)
LISTED_RESOLUTION = None  # the list comes before "决议": RESOLUTION finds each of it
DEADLINES = (
    (re.compile(r"在大会第(?P<session>[一二三四五六七八九十百]+)届会议结束前"), "session"),
    (re.compile(r"向大会第(?P<session>[一二三四五六七八九十百]+)届会议"), "session"),
    (re.compile(r"在(?P<year>\d{4})年年底前"), "year-end"),
    (re.compile(r"在?(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:之)?前"), "date"),
)

# ---------------------------------------------------------------- footnotes
IBID = re.compile(r"\s*同上[，,]?\s*")
FOOTNOTE_RESOLUTION = re.compile(r"第(?P<n>\d+/\d+)号决议")
ANNEX = re.compile(r"附件(?P<n>[一二三四五六七八九十]+)")
UNTS = re.compile(r"第(?P<vol>\d+)卷[，,]第(?P<no>\d+)号")

# ---------------------------------------------------------------- matching
STEMMER = None
JOINED_PREPOSITIONS = ()
