"""Find what a document says: opening phrases and verbs, mentions, citations, directives.

Works on the :mod:`tipgraph.model` records only (no RDF, no file formats). Names come from the
ontology's vocabularies through :func:`tipgraph.refdata.lexicon`; grammar from :mod:`tipgraph.lang`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import zip_longest
from types import ModuleType

from . import lang as languages
from .ids import VOCAB, Symbol, entity_iri
from .model import Analysis, Citation, Directive, Document, Mention, Opening, Paragraph, Reference
from .namespaces import TIP
from .refdata import ACTOR_KINDS, Lexicon, Match, entity_kind, lexicon

CITES = VOCAB + "citation-relation/cites"
GOVERNMENTS = entity_iri("role", "governments")
UN_SYSTEM = entity_iri("role", "un-system")
STATES_PARTIES = entity_iri("role", "states-parties")
STATES = entity_iri("role", "states")
UNITED_NATIONS = entity_iri("org", "united-nations")
URGES_RATIFICATION = VOCAB + "citation-relation/urges-ratification"
INTENT = VOCAB + "intent/"
_DEADLINE_INTENTS = {INTENT + "exhortation", INTENT + "request"}
_ORGAN_OF_CITED = {"general-assembly": "unga", "ecosoc": "ecosoc", "hrc": "unhrc"}


def analyse(doc: Document) -> Analysis:
    """Everything the extractor finds in ``doc``."""
    rules = languages.module(doc.lang)
    lex = lexicon(doc.lang)
    proponent = entity_iri("org", doc.organ)
    warnings: list[str] = []
    openings, mentions, citations, directives = [], [], [], []
    targets = _footnote_targets(doc, rules, lex, warnings)
    for p in doc.paragraphs:
        opening = _opening(p, lex)
        if opening is None:
            warnings.append(f"paragraph {p.ident}: no known {'phrase' if p.kind == 'preambular' else 'verb'} opens it")
        else:
            openings.append(opening)
        found = _mentions(p, lex, rules)
        mentions.extend(found)
        clauses = _directives(p, found, lex, rules, proponent) if p.kind == "operative" else []
        directives.extend(clauses)
        citations.extend(_citations(p, found, opening, clauses, targets, lex, rules, warnings))
    return Analysis(
        openings=tuple(openings),
        mentions=tuple(mentions),
        citations=tuple(citations),
        directives=tuple(directives),
        footnote_targets=tuple(sorted(targets.items())),
        warnings=tuple(warnings),
    )


def _skip(text: str, pos: int, words: tuple[str, ...]) -> int:
    """Move past any of ``words`` standing at ``pos``, as often as they repeat."""
    moved = True
    while moved:
        moved = False
        for w in words:
            if text.startswith(w, pos):
                pos, moved = pos + len(w), True
    return pos


def _opening(p: Paragraph, lex: Lexicon) -> Opening | None:
    intensifier, m = lex.opening(p.text, 0, lex.phrases if p.kind == "preambular" else lex.verbs)
    if m is None:
        return None
    return Opening(p.ident, m.iri, intensifier, p.body.source_span(0, m.end))


def _mentions(p: Paragraph, lex: Lexicon, rules: ModuleType) -> list[Mention]:
    found = [
        m
        for m in lex.entities.find(p.text)
        if not p.text.startswith(rules.NOT_BEFORE, m.end)
        and not _one_government(p.text, m, rules)
        and not (rules.NEGATED and rules.NEGATED.search(p.text, max(0, m.start - 12), m.start))
    ]
    found = [r for r in (_read_as(p.text, m, rules) for m in found) if r is not None]
    found += _described(p.text, found, rules)
    found = sorted(found + _elided(p.text, found, lex, rules), key=lambda m: m.start)
    return [Mention(m.iri, p.ident, m.start, m.end, p.body.source_span(m.start, m.end)) for m in found]


def _described(text: str, found: list[Match], rules: ModuleType) -> list[Match]:
    """The actors the text describes rather than names, where no name stands (`DESCRIBED`: "尚未加入《公约》的国家",
    the States that have not yet acceded to the Convention)."""
    out = []
    for pattern, role in rules.DESCRIBED:
        for d in pattern.finditer(text):
            start, end = d.span("actor")
            if not any(f.start < end and start < f.end for f in found):
                out.append(Match(start, end, entity_iri("role", role), d["actor"]))
    return out


def _elided(text: str, found: list[Match], lex: Lexicon, rules: ModuleType) -> list[Match]:
    """The first of two names that share their noun ("intergovernmental and non-governmental organizations",
    "政府间和非政府组织"): the word before "and", with the noun of the name after it, when that is a name too."""
    out = []
    for m in found:
        noun = rules.ELIDED_NOUN and rules.ELIDED_NOUN.search(text, m.start, m.end)
        for pattern in rules.ELIDED if noun else ():
            before = pattern.search(text, max(0, m.start - 40), m.start)
            name = before and before["word"] + rules.ELIDED_JOINER + noun.group()
            hit = next(iter(lex.entities.find(name)), None) if name else None
            if hit and (hit.start, hit.end) == (0, len(name)) and hit.iri != m.iri:
                word = Match(before.start("word"), before.end("word"), hit.iri, hit.label)
                if not any(f.start < word.end and word.start < f.end for f in found):  # not part of another name
                    out.append(word)
                break
    return out


def _read_as(text: str, m: Match, rules: ModuleType) -> Match | None:
    """``m``, or the role ``READ_AS`` says its words name there (None: no role): the matcher takes "États membres de
    l’Union africaine" for the Member States of the United Nations, where they are States."""
    for role, pattern, other in rules.READ_AS:
        if m.iri == entity_iri("role", role) and pattern.match(text, m.start):
            return replace(m, iri=entity_iri("role", other)) if other else None
    return m


def _one_government(text: str, m: Match, rules: ModuleType) -> bool:
    """Whether ``m`` names the Government of one State or Territory rather than Governments (``ONE_GOVERNMENT``)."""
    return m.iri == GOVERNMENTS and bool(rules.ONE_GOVERNMENT and rules.ONE_GOVERNMENT.match(text, m.start))


# ---------------------------------------------------------------- footnotes
def _footnote_targets(doc: Document, rules: ModuleType, lex: Lexicon, warnings: list[str]) -> dict[int, str]:
    """Resolve each footnote to the instrument it identifies, following "ibid." chains."""
    targets: dict[int, str] = {}
    previous = Reference()
    for note in doc.footnotes:
        ref = _parse_footnote(note.text, previous, rules, [link.symbol for link in note.links])
        previous = ref
        iri = _resolve(ref, lex)
        if iri is None:
            warnings.append(f"footnote {note.number}: cannot tell what “{note.text}” identifies")
        else:
            targets[note.number] = iri
    return targets


def _parse_footnote(text: str, previous: Reference, rules: ModuleType, links: list[str] = ()) -> Reference:
    ibid = rules.IBID.match(text)
    base = previous if ibid else Reference()
    ref = base
    if symbol := next(filter(None, map(_resolution_symbol, links)), None):  # the markup's link says it best
        ref = Reference(symbol=symbol)
    elif m := rules.FOOTNOTE_RESOLUTION.search(text):
        ref = Reference(symbol=str(Symbol.from_resolution_number(m["n"])))
    if m := rules.ANNEX.search(text):
        ref = replace(ref, annex=rules.number(m["n"]), unts_volume=None, unts_number=None)
    if m := rules.UNTS.search(text):
        ref = Reference(unts_volume=int(m["vol"]), unts_number=int(m["no"]))
    return ref


def _resolution_symbol(link: str) -> str | None:
    """The symbol of a resolution a link points at, or None for any other document."""
    try:
        symbol = Symbol.parse(link.upper())
    except ValueError:
        return None
    return None if symbol.draft else str(symbol)


def _resolve(ref: Reference, lex: Lexicon) -> str | None:
    if ref.unts_volume is not None and ref.unts_number is not None:
        return lex.treaty_by_unts(ref.unts_volume, ref.unts_number)
    if ref.symbol is not None:
        work = Symbol.parse(ref.symbol).work_iri
        return lex.treaty_by_annex(work, ref.annex) if ref.annex is not None else work
    return None


# ---------------------------------------------------------------- directives
def _clause_starts(text: str, rules: ModuleType) -> list[int]:
    """Where a clause may open: the start, after each clause break, and at each connector word, comma or
    not ("Rappelle … et prie le Secrétaire général")."""
    starts = {0} | {i + 1 for i, ch in enumerate(text) if ch in rules.CLAUSE_BREAKS and i + 1 < len(text)}
    if words := [re.escape(c) for c in rules.CONNECTORS if c.strip()]:
        starts.update(m.start() for m in re.finditer(rf"(?<!\w)(?:{'|'.join(words)})", text))
    return sorted(starts)


def _directives(
    p: Paragraph, mentions: list[Mention], lex: Lexicon, rules: ModuleType, proponent: str
) -> list[Directive]:
    text = p.text
    actors = [
        m
        for m in (_system_by_its_parts_after(text, m, rules) for m in mentions)
        if entity_kind(m.entity) in ACTOR_KINDS
        and m.entity != proponent
        and not _within_a_name(text, m, rules)
    ]
    treaties = [m for m in mentions if entity_kind(m.entity) == "treaty"]
    actors = [_of_a_treaty(text, m, treaties, rules) for m in actors]
    ends = [0, *(m.end for m in actors)]
    actors = [_system_by_its_parts(text, m, since, rules) for m, since in zip(actors, ends, strict=False)]
    # the Government of a State is the State, as English, French, Spanish and Chinese name it: Arabic and
    # Russian, whose "Governments" match the singular, name the State right after ("حكومة اليابان")
    actors = [
        m
        for m, n in zip_longest(actors, actors[1:])
        if not (
            m.entity == GOVERNMENTS and n and entity_kind(n.entity) == "state" and not text[m.end : n.start].strip()
        )
    ]
    found: list[tuple[int, str | None, Match, tuple[str, ...], int]] = []  # start, intensifier, verb, addressees, end
    opens: set[int] = set()
    starts = _clause_starts(text, rules)
    while starts:
        start = starts.pop(0)
        opened = _skip(text, start, rules.CONNECTORS)
        if opened in opens:  # ", and requests": the break and the connector open the same clause
            continue
        opens.add(opened)
        # a pronoun before the verb ("et les invite à", and invites them to) or after it ("请它们", "encourages them
        # to") stands for the addressees of the clause before
        clitic = found and rules.PRONOUN_BEFORE and rules.PRONOUN_BEFORE.match(text, opened)
        intensifier, verb = lex.opening(text, clitic.end() if clitic else opened, lex.verbs)
        if verb is None or _not_said(text, start, opened, verb.end, rules):
            continue
        verb = _restated(text, verb, lex, rules)
        after = _skip(text, verb.end, rules.QUANTIFIERS)
        if pronoun := clitic or (found and rules.PRONOUN and rules.PRONOUN.match(text, after)):
            found.append((start, intensifier, verb, found[-1][3], max(verb.end, pronoun.end())))
            continue
        body = _past_aside(text, verb.end, rules)
        first = next((m for m in actors if m.start >= body), None)
        lead = _gap(text, body, first, rules) if first else ""
        # a verb that says something names an event ("表示注意到…举行的专题辩论", takes note of the debate held on…)
        saying = lex.value(verb.iri, TIP.intent) in _SAYING and not (first and entity_kind(first.entity) == "event")
        head = first and not _leads(lead, rules, saying) and _head_of_relative(text, body, first, actors, saying, rules)
        if head:
            first, lead = head, _gap(text, body, head, rules)
        if rules.NOT_A_BREAK:  # what ends no clause: a comma before "что", an aside ("Decides, taking into account…,")
            lead = rules.NOT_A_BREAK.sub(" ", lead)
        if (
            first is None
            or not (
                _authored(lead, verb.iri, lex, rules)
                # in the verb's clause
                or (not any(b in lead for b in rules.CLAUSE_BREAKS) and _leads(lead, rules, saying))
            )
            or _not_addressed(text, first.end, rules)
        ):
            continue
        chain = _list(text, first, actors, rules)
        if rules.EXAMPLES_OF and (such := rules.EXAMPLES_OF.match(text, _past_parenthesis(text, chain[-1].end))):
            named = next((m for m in actors if m.start >= such.end()), None)
            if named and _skip(text, such.end(), rules.QUANTIFIERS) == named.start:
                chain = _list(text, named, actors, rules)
        if _not_addressed(text, chain[-1].end, rules):  # part of a title, or the author of a relative clause
            continue
        if saying and rules.SAID_AFTER and rules.SAID_AFTER.match(text, chain[-1].end):
            continue  # part of what the verb says: "强调联合国与国际刑警组织必须优化合作"
        addressees = tuple(dict.fromkeys(m.entity for m in chain))
        found.append((start, intensifier, verb, addressees, chain[-1].end))
        if rules.JOINED_CLAUSE and rules.JOINED_CLAUSE.match(text, chain[-1].end):
            bisect.insort(starts, chain[-1].end)  # "促请所有会员国并邀请私营部门": the next verb has its own clause
    out = []
    for i, (start, intensifier, verb, addressees, end_of_addressees) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        region = text[start:stop].rstrip("".join(rules.TERMINATORS) + " ")
        stop = start + len(region)
        obj = text[end_of_addressees:stop].strip("".join(rules.TERMINATORS) + " ") or None
        verb_iri = _meant(verb.iri, addressees, obj or "", rules)
        intent = lex.value(verb_iri, TIP.intent)
        ratify = any(cue in region for cue in lex.cues.get(URGES_RATIFICATION, ()))
        objects = (
            tuple(
                dict.fromkeys(
                    m.entity for m in mentions if start <= m.start < stop and entity_kind(m.entity) == "treaty"
                )
            )
            if ratify
            else ()
        )
        deadline = _deadline(region, rules) if intent in _DEADLINE_INTENTS else None
        out.append(
            Directive(
                paragraph=p.ident,
                order=i + 1,
                verb=verb_iri,
                addressees=addressees,
                span=p.body.source_span(start, stop),
                intensifier=intensifier,
                objects=objects,
                object_text=obj,
                **(deadline or {}),
            )
        )
    return out


def _meant(verb: str, addressees: tuple[str, ...], after: str, rules: ModuleType) -> str:
    """The verb a word means for its addressees, all of one kind or one actor (`MEANT_FOR`: the Arabic "تطلب إلى",
    requests, addressed to a State by its name is "calls upon", as the other languages say there) or for the act named
    after them (`NAMED_AFTER`: the Russian "вновь обращается к государствам с призывом", appeals again to States with a
    call, calls upon them)."""
    for said, kind, meant in rules.MEANT_FOR:
        one = entity_iri(*kind.split("/")) if "/" in kind else None  # "role/un-system"
        of_kind = all(a == one or entity_kind(a) == kind for a in addressees)
        if verb == VOCAB + f"verb/{said}" and addressees and of_kind:
            return VOCAB + f"verb/{meant}"
    for said, named, meant in rules.NAMED_AFTER:
        if verb == VOCAB + f"verb/{said}" and named.match(after):
            return VOCAB + f"verb/{meant}"
    return verb


def _restated(text: str, verb: Match, lex: Lexicon, rules: ModuleType) -> Match:
    """``verb``, or the act it restates where it names one right after it (`RESTATED`): "Reiterates the call to"
    Member States calls upon them, as "Reiterates its call upon" does."""
    if lex.value(verb.iri, TIP.intent) == INTENT + "reaffirmation":
        for pattern, act in rules.RESTATED:
            if named := pattern.match(text, verb.end):
                return replace(verb, iri=VOCAB + f"verb/{act}", end=named.end())
    return verb


def _head_of_relative(
    text: str, body: int, first: Mention, actors: list[Mention], saying: bool, rules: ModuleType
) -> Mention | None:
    """The actor a short relative clause that names ``first`` describes, right after it (`_relative`):
    "敦促尚未成为…条约缔约国的会员国" urges the Member States that are not yet parties to the treaties, not the
    parties."""
    if not rules.RELATIVE_MARKS:
        return None
    return next(
        (
            m
            for m in actors
            if first.start < m.start <= body + _RELATIVE_CLAUSE and _relative(text[body : m.start], rules, saying)
        ),
        None,
    )


_RELATIVE_CLAUSE = 40  # characters at most from the verb to the actor a relative clause describes
#: The intents of the verbs that say something (stresses, recognizes, recalls, deplores) rather than address an actor.
_SAYING = {INTENT + i for i in ("emphasis", "acknowledgement", "reaffirmation", "concern")}


def _trimmed(gap: str, words: tuple[str, ...]) -> str:
    """``gap`` less any of ``words`` at its end, as often as they repeat ("尚未批准…的所有": the relative clause ends
    before the quantifier "所有")."""
    gap = gap.rstrip()
    while end := next((w for w in words if gap.endswith(w)), None):
        gap = gap[: -len(end)].rstrip()
    return gap


def _not_said(text: str, start: int, opened: int, end: int, rules: ModuleType) -> bool:
    """Whether the verb from ``opened`` to ``end`` is none the organ says: a participle of the clause before, right
    after a comma (`PARTICIPLES`: "……政策，支持各国努力", policies that support…), or a form of another mood, person or
    number than the organ's (`OTHER_FORMS`: "просит … призывать государства", requests … to call upon States; "меры,
    принимаемые Генеральным секретарем", the measures taken by the Secretary-General)."""
    after_comma = 0 < start == opened and text[start - 1] == rules.CLAUSE_BREAKS[0]
    if after_comma and text.startswith(rules.PARTICIPLES, opened):
        return True
    return bool(rules.OTHER_FORMS) and any(rules.OTHER_FORMS.fullmatch(w) for w in text[opened:end].split())


def _list(text: str, first: Mention, actors: list[Mention], rules: ModuleType) -> list[Mention]:
    """``first`` and the actors after it that the text joins to it into one list."""
    chain = [first]
    for m in actors:
        gap = _gap(text, chain[-1].end, m, rules, after=chain[-1].entity)
        if text.startswith(getattr(rules, "CLITICS", ()), m.start) and not _coordinated(gap, rules):
            gap += text[m.start]  # Arabic writes "and" onto the next name: "الدول الأعضاء ووكالات الأمم المتحدة"
        if m.start >= chain[-1].end and _coordinated(gap, rules):
            chain.append(m)
    return chain


def _past_parenthesis(text: str, pos: int) -> int:
    """Past an abbreviation in parentheses right after a name ("(UN-Women)", "(妇女署)"), or ``pos``."""
    m = _PARENTHESIS.match(text, pos)
    return m.end() if m else pos


_PARENTHESIS = re.compile(r"\s*[(（][^()（）]{1,40}[)）]")


def _not_addressed(text: str, pos: int, rules: ModuleType) -> bool:
    """Whether what follows an actor, or a list of them, at ``pos`` makes it no addressee (``NOT_ADDRESSEE_BEFORE``)."""
    return bool(rules.NOT_ADDRESSEE_BEFORE and rules.NOT_ADDRESSEE_BEFORE.match(text, pos))


def _past_aside(text: str, pos: int, rules: ModuleType) -> int:
    """Past an aside set off by commas right after a verb ("Invites, in this regard, the President…"), or ``pos``."""
    comma = rules.CLAUSE_BREAKS[0]
    rest = text[pos:].lstrip()
    if rest.startswith(comma):
        rest = rest[1:].lstrip()
        for aside in rules.ASIDES:
            after = rest[len(aside) :].lstrip()
            if rest.startswith(aside) and after.startswith(comma):
                return len(text) - len(after) + 1
    return pos


def _gap(text: str, start: int, m: Mention, rules: ModuleType, after: str | None = None) -> str:
    """The text from ``start`` to an actor (after the actor ``after``), less the parts of the United Nations
    system a list names with the system: before it ("relevant organizations and bodies of the United Nations
    system") or after it ("United Nations bodies, agencies and special mechanisms", "联合国系统相关组织、区域组织").
    Those parts are the system."""
    gap = text[_past_parenthesis(text, start) : m.start]
    if rules.GOVERNMENT_OF and entity_kind(m.entity) == "state":  # "the efforts of the Government of Qatar"
        gap = rules.GOVERNMENT_OF.sub("", gap)
    if m.entity == UN_SYSTEM and rules.SYSTEM_PARTS:
        gap = rules.SYSTEM_PARTS.sub("", gap)
    return rules.SYSTEM_PARTS_AFTER.sub("", gap, count=1) if after == UN_SYSTEM and rules.SYSTEM_PARTS_AFTER else gap


def _of_a_treaty(text: str, m: Mention, treaties: list[Mention], rules: ModuleType) -> Mention:
    """``m``, or the States parties from the title or name of their treaty on, where it stands right before them
    (`TREATY_TITLE`: "《公约》缔约国"; "联合国打击跨国有组织犯罪公约缔约国"): it names them, as the other languages do
    after them."""
    if m.entity == STATES_PARTIES and rules.TREATY_TITLE:
        if named := next((t for t in treaties if t.end == m.start), None):
            return replace(m, start=named.start)
        if title := rules.TREATY_TITLE.search(text, max(0, m.start - 100), m.start):
            return replace(m, start=title.start())
    return m


def _system_by_its_parts(text: str, m: Mention, since: int, rules: ModuleType) -> Mention:
    """``m``, or the United Nations system where the United Nations follows parts of it, after the actor before
    it (which ends at ``since``): "les organismes, institutions et mécanismes spéciaux des Nations Unies" names
    the system, as the other languages do there."""
    parts = rules.SYSTEM_PARTS
    if m.entity == UNITED_NATIONS and parts and parts.search(text, max(since, m.start - 200), m.start):
        return replace(m, entity=UN_SYSTEM)
    return m


def _system_by_its_parts_after(text: str, m: Mention, rules: ModuleType) -> Mention:
    """``m``, or the United Nations system where parts of it follow the United Nations with no word between, as
    Chinese names them ("联合国其他相关实体": other relevant United Nations entities)."""
    after = rules.SYSTEM_PARTS_AFTER
    if m.entity == UNITED_NATIONS and after and text[m.end : m.end + 1].isalpha():
        if parts := after.match(text[m.end : m.end + 40]):
            return replace(m, entity=UN_SYSTEM, end=m.end + parts.end())
    return m


def _within_a_name(text: str, m: Mention, rules: ModuleType) -> bool:
    """Whether an organization's name begins a longer one or modifies a noun ("invites the United Nations
    Educational, Scientific…", "重申联合国财务条例"), an organization's name or "States" ends a longer one ("la
    Commission des Nations Unies pour le droit commercial international", "la Communauté économique des États de
    l’Afrique centrale"), or any name modifies a noun of `NOUN_AFTER` ("经济及社会理事会主席") or names those who
    meet at a conference (`MEETING_OF`: "the Conference of States Parties"), or a post's title is that of another
    body (`OTHER_BODY_AFTER`: "the Secretary-General of the Organization of Islamic Cooperation"): no addressee
    then."""
    if rules.NOUN_AFTER and rules.NOUN_AFTER.match(text, m.end):
        return True
    if rules.MEETING_OF and rules.MEETING_OF.search(text, max(0, m.start - 40), m.start):
        return True
    kind = entity_kind(m.entity)
    if kind == "post" and rules.OTHER_BODY_AFTER and rules.OTHER_BODY_AFTER.match(text, m.end):
        return True
    org = kind == "org"
    if org and rules.NAME_GOES_ON and rules.NAME_GOES_ON.match(text, m.end):
        return True
    return (org or m.entity == STATES) and bool(
        rules.NAME_BEGAN and rules.NAME_BEGAN.search(text, max(0, m.start - 80), m.start)
    )


def _leads(gap: str, rules: ModuleType, saying: bool) -> bool:
    """Whether the words between a verb and an actor make the actor its addressee: the actor the verb
    addresses ("Urges all States", "Demande aux États"), the author of what it welcomes or notes ("the
    efforts of the Secretary-General") or the subject of what it says ("Recommends that the Secretary-General
    extend", "建议秘书长……") — one notion in every language, as Chinese does not mark the difference —
    rather than a name further into what it says. A number before the actor counts some of them ("notes that
    only 77 Member States have paid") or numbers what the verb is about ("takes note of paragraph 318 of the report
    of", "пункт 318 доклада"): no addressee then, numbers that name aside (`NAMED_NUMBERS`: a date, "大会2008年6月3日
    举行的…专题辩论", the thematic debate of 3 June 2008; a title's year and number). An aside right after the verb,
    commas or not (`ASIDES`: "Reiterates its request in this regard to the Government of Israel") is not counted,
    unless the verb says something (``saying``): what it says follows ("تلاحظ في هذا الصدد أن بعض المنظمات", notes in
    this regard that some organizations)."""
    if re.search(r"\d\s*$", gap) or re.search(r"\d", rules.NAMED_NUMBERS.sub("", gap)):
        return False
    if not saying:
        gap = next((gap.lstrip()[len(a) :] for a in rules.ASIDES if gap.lstrip().startswith(a)), gap)
    if rules.MAX_LEAD is not None:  # an elided article keeps its apostrophe: "l’" is a quantifier as "the" is
        words = re.findall(_WORD, gap.casefold())
        if words[:1] and words[0] in rules.GOVERNED:  # "Se félicite de": the verb's own preposition
            words = words[1:]
        return sum(w not in rules.QUANTIFIERS for w in words) <= rules.MAX_LEAD
    if _trimmed(gap, rules.QUANTIFIERS).endswith(rules.RELATIVE_MARKS):
        return _relative(gap, rules, saying)
    if gap.strip():
        # Chinese: the addressee follows the verb, quantifiers aside, or the relative clause that ends in "的"
        # before it; a preposition ("在", "对", "根据") or a noun ("领土", "公约") between makes the actor part of
        # what the verb is about, unless it is an actor with no name of ours that begins the list (`UNNAMED_FIRST`)
        rest = gap[_skip(gap, 0, rules.QUANTIFIERS) :]
        return not rest or bool(rules.UNNAMED_FIRST.fullmatch(rest))
    return True


def _relative(clause: str, rules: ModuleType, saying: bool) -> bool:
    """Whether ``clause``, between a verb and an actor, is a relative clause that describes the actor, its addressee:
    it ends with a relative mark (`RELATIVE_MARKS`, quantifiers aside: "尚未加入《公约》的所有国家"), is no phrase
    of the verb's partners (`PARTNERS`: "鼓励与包括…在内的有关组织合作", encourages cooperation with the organizations)
    and, after a verb that says something (stresses, recognizes, recalls…), sets a title beside the actor
    (`APPOSITION`: "重申作为唯一多边裁军谈判论坛的裁军谈判会议应…", the Conference on Disarmament, as the single
    forum, should…): any other clause and its actor are what the verb says ("强调指出包括议员…在内的所有相关利益攸关方
    有效参与…的重要性", stresses the importance of the participation of all stakeholders), as the other languages
    have it."""
    if not _trimmed(clause, rules.QUANTIFIERS).endswith(rules.RELATIVE_MARKS):
        return False
    if rules.PARTNERS and rules.PARTNERS.search(clause):
        return False
    return not saying or clause.lstrip().startswith(rules.APPOSITION)


#: A word of a lead, an elided article's apostrophe and the Arabic marks within it ("تقسِّم", apportion) included.
_WORD = re.compile(rf"[\w{languages.ARABIC_MARKS}]+[’']?")
#: The intents whose addressees are to act, asked or decided upon: an actor farther into what they say is no author.
_ACTING = {INTENT + "exhortation", INTENT + "request", INTENT + "decision"}


def _authored(gap: str, verb: str, lex: Lexicon, rules: ModuleType) -> bool:
    """Whether the words between a verb that acknowledges (welcomes, takes note, recognizes…) and an actor name
    what the actor did (`AUTHOR`: "the ongoing efforts made by", "les efforts que déploie", "усилия, прилагаемые",
    "بالجهود التي يبذلها"): the actor is the author of what the verb acknowledges then, as Chinese names it first
    ("欢迎秘书长不断努力"), farther from the verb than `MAX_LEAD` and past a comma."""
    return bool(rules.AUTHOR and rules.AUTHOR.fullmatch(gap)) and lex.value(verb, TIP.intent) not in _ACTING


def _coordinated(gap: str, rules: ModuleType) -> bool:
    """Whether the text between two addressees joins them into one list, examples of either aside (`INCLUDED`:
    "civil society, including non-governmental organizations, and other stakeholders", "以及包括民间社会在内的其他
    利益攸关方")."""
    if rules.INCLUDED and (examples := rules.INCLUDED.search(gap)):
        # right after the addressee before ("…, including …,") or after the coordinator ("以及包括…在内的")
        if gap[: examples.start()].strip(" ,،") in ("", *rules.COORDINATORS):
            gap = gap[: examples.start()] + gap[examples.end() :]
    trimmed = gap.strip()
    for q in rules.QUALIFIERS_AFTER:  # "États Membres concernés et …": an adjective of the addressee before
        if trimmed.startswith(q):
            trimmed = trimmed[len(q) :].lstrip()
            break
    # "and other concerned …": the words before the next addressee (an adjective may stand before it too)
    trimmed = _trimmed(trimmed, (*rules.QUANTIFIERS, *rules.QUALIFIERS_AFTER))
    for c in rules.COORDINATORS:
        if trimmed.endswith(c):
            rest = trimmed[: -len(c)].strip(" ,،")  # ", and …", ", ainsi qu’aux …": the comma joins too
            # words may stand before the strong coordinator ("在其职权范围内，以及民间社会", within their mandates, and
            # civil society), but not a member of the list that names no actor ("联合国系统、国际金融机构以及其他…",
            # "الدول والمؤسسات الوطنية، والمنظمات": States and national institutions, and organizations): the languages
            # that list it join no name past it
            joined = (*(m for m in rules.COORDINATORS if not m[0].isalpha()), *getattr(rules, "CLITICS", ()))
            unnamed_member = gap.lstrip().startswith(joined)
            return not rest or (c == rules.STRONG_COORDINATOR and not unnamed_member and len(rest) <= rules.MAX_GAP)
    return False


def _deadline(region: str, rules: ModuleType) -> dict | None:
    for pattern, kind in rules.DEADLINES:
        if m := pattern.search(region):
            out: dict = {"deadline_text": m.group(0)}
            if kind == "session":
                try:
                    out["due_session"] = rules.number(m["session"])
                except ValueError:  # "at its next session": the text, but no number
                    pass
            elif kind == "year-end":
                out["due_date"] = f"{m['year']}-12-31"
            else:
                out["due_date"] = f"{m['y']}-{rules.month(m['m']):02d}-{int(m['d']):02d}"
            return out
    return None


# ---------------------------------------------------------------- citations
def _resolutions(text: str, rules: ModuleType) -> Iterator[tuple[re.Match, int]]:
    """Each resolution the text cites, with where the mention of it, or of the list it is in, begins: every
    one of a list ("resolutions 53/72 of 4 December 1998, 54/43 of 1 December 1999 and 74/24 of …")."""
    for m in rules.RESOLUTION.finditer(text):
        first = m.start()
        while m:
            if m["n"]:  # not one of the first sessions' ("23 (I)"), which have no symbol of this form
                yield m, first
            m = rules.LISTED_RESOLUTION and rules.LISTED_RESOLUTION.match(text, m.end())


def _citations(p, mentions, opening, clauses, targets, lex, rules, warnings) -> list[Citation]:  # noqa: ANN001
    text = p.text
    default = (opening and lex.value(opening.concept, TIP.citationRelation)) or CITES
    out: dict[str, Citation] = {}

    def relation_at(pos: int) -> str:
        for d in clauses:
            lo, hi = d.span.start, d.span.end
            if lo <= p.body.offsets[pos] < hi:
                if any(m.start == pos and m.entity in d.objects for m in mentions):
                    return URGES_RATIFICATION
                return lex.value(d.verb, TIP.citationRelation) or CITES
        return default

    def add(c: Citation) -> None:
        if c.cited not in out:
            out[c.cited] = c
        elif c.footnote is not None and out[c.cited].footnote is None:
            out[c.cited] = replace(out[c.cited], footnote=c.footnote)

    for m, first in _resolutions(text, rules):
        organ = None
        for mention in mentions:
            if mention.end <= first and first - mention.end <= 30 and entity_kind(mention.entity) == "org":
                organ = _ORGAN_OF_CITED.get(mention.entity.rsplit("/", 1)[-1], organ)
        symbol = Symbol.from_resolution_number(m["n"], organ)
        date = f"{m['y']}-{rules.month(m['m']):02d}-{int(m['d']):02d}" if m["y"] else None
        add(
            Citation(
                p.ident,
                symbol.work_iri,
                relation_at(m.start("n")),
                p.body.source_span(m.start(), m.end()),
                str(symbol),
                date,
            )
        )
    for link in p.links:
        if symbol := _resolution_symbol(link.symbol):
            add(
                Citation(
                    p.ident,
                    Symbol.parse(symbol).work_iri,
                    relation_at(link.start),
                    p.body.source_span(link.start, link.end),
                    symbol,
                )
            )
    for ref in p.footnote_refs:
        target = targets.get(ref.number)
        if target is None:
            continue
        before = [m for m in mentions if m.end <= ref.at and ref.at - m.end <= 2]
        anchor = before[-1] if before else None
        if anchor is not None and entity_kind(target) == "treaty" and anchor.entity != target:
            warnings.append(
                f"paragraph {p.ident}: footnote {ref.number} identifies {target}, the text names {anchor.entity}"
            )
        pos = anchor.start if anchor is not None else max(ref.at - 1, 0)
        span = anchor.span if anchor is not None else ref.span
        cited_symbol = Symbol.from_work_iri(target)
        symbol = str(cited_symbol) if cited_symbol else None
        add(Citation(p.ident, target, relation_at(pos), span, symbol, footnote=ref.number))
    for m in mentions:
        if entity_kind(m.entity) == "treaty":
            add(Citation(p.ident, m.entity, relation_at(m.start), m.span))
    return list(out.values())
