"""Measure the text reader against the UN's own markup.

Each AKN4UN resolution is rendered as the plain text a PDF extraction gives (a header, wrapped lines,
indented paragraph starts, footnote markers on lines of their own, footnote blocks after a rule at
each page foot, running heads and page numbers), read back with the text reader and scored against
the XML read by the AKN reader: exact paragraph counts, paragraph boundaries, openings, footnote
attachment, and agreement of directives and citations across the languages of each resolution. The
directives agree by the intent of their verbs (exhortation, request…), which the languages share where their
words differ: the Russian for "encourages" is often "призывает", that for "calls upon".
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .akn_reader import NS, read_akn
from .errors import InputError
from .extract import analyse
from .model import Document, Paragraph
from .namespaces import TIP
from .refdata import lexicon
from .text_reader import read_text

#: The corpus' folder of each language (``unxml-ga/<session>/<folder>/*.xml``).
FOLDERS = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French", "ru": "Russian", "es": "Spanish"}
WIDTH = {"zh": 38}  # characters a line; the other scripts wrap at 80 by words
PAGE_LINES = 44
_A = f"{{{NS}}}"


# ---------------------------------------------------------------- rendering
def render(doc: Document, cover: dict[str, str]) -> str:
    """The text a PDF extraction gives of ``doc``; ``cover`` holds its cover-page strings (see :func:`cover_page`)."""
    width = WIDTH.get(doc.lang, 80)
    head = [
        f"{cover.get('authority', '')}    {doc.symbol or ''}",
        f"{cover.get('organ', '')}    {cover.get('status', '')}",
        cover.get("issued", ""),
        "",
        cover.get("session", ""),
        cover.get("agenda_item", ""),
        cover.get("agenda_title", ""),
        "",
        cover.get("title", ""),
        cover.get("proponent", ""),
        "",
        f"{cover.get('number', '')} {doc.title.text if doc.title else ''}",
        "",
        doc.formula.text if doc.formula else "",
        "",
    ]
    body: list[tuple[str, tuple[int, ...]]] = []  # (line, footnotes whose marker it is)
    for p in doc.paragraphs:
        body.extend(_paragraph_lines(p, width, doc.lang))
    for annex in doc.annexes:
        lines = ["", f"          {annex.title}", "", *_wrap(annex.body.text, width, doc.lang)]
        body.extend((line, ()) for line in lines)
    notes = {f.number: f.text for f in doc.footnotes}
    out = [*head]
    page: list[int] = []  # footnotes to print at this page's foot: each once, at its first marker
    seen: set[int] = set()
    pages, count = 1, 0
    for line, markers in body:
        out.append(line)
        page.extend(n for n in markers if n in notes and n not in seen)
        seen.update(markers)
        count += 1
        if count >= PAGE_LINES:
            out.extend(_page_foot(page, notes, width, pages))
            out.append(doc.symbol or "")
            page, count, pages = [], 0, pages + 1
    out.extend(_page_foot(page, notes, width, pages))
    return "\n".join(out) + "\n"


def _wrap(text: str, width: int, lang: str, indent: str = "") -> list[str]:
    if lang == "zh":
        first = width - len(indent)
        lines = [indent + text[:first]] + [text[i : i + width] for i in range(first, len(text), width)]
        return [ln for ln in lines if ln.strip()]
    return textwrap.wrap(text, width, initial_indent=indent, break_long_words=False, break_on_hyphens=False)


def _paragraph_lines(p: Paragraph, width: int, lang: str) -> Iterator[tuple[str, tuple[int, ...]]]:
    text = p.text
    label = f"{p.label} " if p.kind == "operative" and p.label else ""
    cuts = {r.at for r in p.footnote_refs} | {s.start for s in p.subparagraphs if s.start > 0} | {len(text)}
    pos, first = 0, True
    for cut in sorted(cuts):
        chunk = text[pos:cut]
        if chunk.strip():
            indent = "     " + label if first else ("     " if any(s.start == pos for s in p.subparagraphs) else "")
            for line in _wrap(chunk.strip(), width, lang, indent):
                yield line, ()
            first = False
        for r in p.footnote_refs:
            if r.at == cut:
                yield str(r.number), (r.number,)
        pos = cut


def _page_foot(markers: list[int], notes: dict[int, str], width: int, page: int) -> list[str]:
    lines = []
    if markers:
        lines.append("__________________")
        for n in markers:
            if n in notes:
                lines.append(str(n))
                lines.extend(textwrap.wrap(notes[n], width) or [notes[n]])
    lines.append(f"{page}/99")
    return lines


def cover_page(path: Path) -> dict[str, str]:
    """The cover-page strings of an AKN file, as printed."""
    root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()

    def text(xpath: str) -> str:
        found = root.xpath(xpath, namespaces={"a": NS})
        return " ".join("".join(found[0].itertext()).split()) if found else ""

    return {
        "authority": text("//a:coverPage//a:docAuthority[@refersTo='#publisher']"),
        "organ": text("//a:coverPage//a:docAuthority[@refersTo='#issuingBody']"),
        "status": text("//a:coverPage//a:docStatus"),
        "issued": text("//a:coverPage//a:docDate"),
        "session": text("//a:coverPage//a:session"),
        "agenda_item": text("//a:coverPage//a:inline[@name='agenda item']"),
        "agenda_title": text("//a:coverPage//a:inline[@name='agenda item name']"),
        "title": text("//a:coverPage//a:docTitle"),
        "proponent": text("//a:coverPage//a:docProponent"),
        "number": text("//a:preface//a:docNumber"),
    }


# ---------------------------------------------------------------- scoring
@dataclass
class Score:
    """Counts for one language; ``ratio`` of each pair is what the table prints."""

    documents: int = 0
    unread: int = 0
    exact_counts: int = 0
    paragraphs: int = 0
    boundaries: int = 0
    unmarked: int = 0  # paragraphs whose markup marks no opening: no gold to score the phrase or verb against
    preambular: int = 0
    phrases: int = 0
    operative: int = 0
    verbs: int = 0
    notes: int = 0
    notes_attached: int = 0
    together: int = 0  # versions whose markup has the paragraphs most versions have, and their exact counts
    together_exact: int = 0
    directives: int = 0  # the directives' (paragraph, intent of the verb, addressees): what translations share
    directives_agreeing: int = 0
    worded: int = 0  # the directives' (paragraph, verb, addressees): translations choose verbs differently
    worded_agreeing: int = 0
    addressees: int = 0  # the directives' (paragraph, addressees), the verb aside
    addressees_agreeing: int = 0
    citations: int = 0
    citations_agreeing: int = 0
    marked: int = 0  # the markup's own operative verbs (paragraph, verb): how far the translations agree
    marked_agreeing: int = 0
    marked_intents: int = 0  # … and their intents: the most the directives can agree
    marked_intents_agreeing: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def apart(self) -> int:
        """Versions whose markup has other paragraphs than most versions: left out of agreement."""
        return self.documents - self.together

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


@dataclass(frozen=True)
class Result:
    """One file scored: its own counts, and the facts to compare with its other languages."""

    lang: str
    symbol: str
    score: Score
    structure: tuple = ()  # the markup's paragraphs
    directives: frozenset = frozenset()
    worded: frozenset = frozenset()
    addressees: frozenset = frozenset()
    citations: frozenset = frozenset()
    marked: frozenset = frozenset()
    marked_intents: frozenset = frozenset()


def _squash(text: str) -> str:
    """The text to compare: no white space, and NFC (the text reader normalizes; the markup may not)."""
    return unicodedata.normalize("NFC", re.sub(r"\s+", "", text))


def evaluate_file(path: Path) -> Result | None:
    """Render one AKN file, read the rendering back, and score it; None if the markup cannot be read."""
    try:
        return _evaluate(path)
    except Exception as e:  # a bug must not end a run over thousands of files: count it and go on
        score = Score(documents=1, unread=1, failures=[f"{path.name}: {type(e).__name__}: {e}"])
        lang = next((k for k, v in FOLDERS.items() if v == path.parent.name), "?")
        return Result(lang, path.name, score)


def _evaluate(path: Path) -> Result | None:
    score = Score(documents=1)
    try:
        gold = read_akn(path, metadata={})
    except InputError:
        return None
    try:
        got = read_text(render(gold, cover_page(path)), source=path.name, lang=gold.lang)
    except InputError as e:
        score.unread = 1
        score.failures.append(str(e))
        return Result(gold.lang, gold.symbol or path.name, score)
    lex = lexicon(gold.lang)
    if (len(got.preamble), len(got.operative)) == (len(gold.preamble), len(gold.operative)):
        score.exact_counts = 1
    else:
        score.failures.append(
            f"{path.name}: {len(got.preamble)}+{len(got.operative)} paragraphs, "
            f"the markup has {len(gold.preamble)}+{len(gold.operative)}"
        )
    read = {p.ident: p for p in got.paragraphs}
    analysis = analyse(got)
    openings = {o.paragraph: o.concept for o in analysis.openings}
    marked: set[tuple[str, str]] = set()
    for p in gold.paragraphs:
        score.paragraphs += 1
        q = read.get(p.ident)
        score.boundaries += q is not None and _squash(q.text) == _squash(p.text)
        for ref in p.footnote_refs:
            score.notes += 1
            score.notes_attached += q is not None and ref.number in {r.number for r in q.footnote_refs}
        if not p.marked_opening:
            score.unmarked += 1
            continue
        _, m = lex.opening(p.marked_opening, 0, lex.phrases if p.kind == "preambular" else lex.verbs)
        expected = m.iri if m else None  # an opening the vocabularies do not know counts as missed
        if p.kind == "preambular":
            score.preambular += 1
            score.phrases += expected is not None and openings.get(p.ident) == expected
        else:
            score.operative += 1
            score.verbs += expected is not None and openings.get(p.ident) == expected
            if expected is not None:
                marked.add((p.ident, expected))
    worded = frozenset((d.paragraph, d.verb, tuple(sorted(d.addressees))) for d in analysis.directives)
    addressees = frozenset((p, a) for p, _, a in worded)
    directives = frozenset((p, lex.value(verb, TIP.intent) or verb, a) for p, verb, a in worded)
    citations = frozenset((c.paragraph, c.cited) for c in analysis.citations)
    structure = tuple(p.ident for p in gold.paragraphs)
    marked_intents = frozenset((p, lex.value(verb, TIP.intent) or verb) for p, verb in marked)
    return Result(
        gold.lang, gold.symbol or path.name, score, structure, directives, worded, addressees, citations,
        frozenset(marked), marked_intents,
    )


def corpus_files(corpus: Path, langs: Iterable[str] = FOLDERS, limit: int | None = None) -> list[Path]:
    """The AKN files of each language under ``corpus`` (``<session>/<Language>/*.xml``, or ``<Language>/*.xml``),
    the first ``limit`` of each in file-name order."""
    paths: list[Path] = []
    for lang in langs:
        files = sorted(corpus.glob(f"*/{FOLDERS[lang]}/*.xml")) or sorted(corpus.glob(f"{FOLDERS[lang]}/*.xml"))
        paths.extend(files[:limit] if limit else files)
    return paths


def evaluate(paths: Iterable[Path], jobs: int = 1, progress=None) -> dict[str, Score]:  # noqa: ANN001
    """Score every file; agreement compares each language with the others of the same resolution."""
    return tally(evaluate_files(paths, jobs, progress))


def evaluate_files(paths: Iterable[Path], jobs: int = 1, progress=None) -> list[Result]:  # noqa: ANN001
    """Each file scored (those whose markup cannot be read left out), in ``jobs`` processes."""
    results: list[Result] = []
    pool = ProcessPoolExecutor(jobs) if jobs > 1 else None
    try:
        for r in pool.map(evaluate_file, paths, chunksize=8) if pool else map(evaluate_file, paths):
            if progress:
                progress()
            if r is not None:
                results.append(r)
    finally:
        if pool:
            pool.shutdown()
    return results


def agrees(fact: tuple, theirs: list[frozenset]) -> bool:
    """Whether a fact of one language agrees with the others: at least half of them find it too."""
    return 2 * sum(fact in t for t in theirs) >= len(theirs)


def tally(results: Iterable[Result]) -> dict[str, Score]:
    """Each language's scores: its files' own, and how far its facts agree with the other languages'."""
    scores: dict[str, Score] = defaultdict(Score)
    by_symbol: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        scores[r.lang].add(r.score)
        by_symbol[r.symbol].append(r)
    for versions in by_symbol.values():
        # the languages agree on the same paragraphs only: a version whose markup numbers others (a paragraph
        # lost or merged in one language) stays apart
        same, _ = Counter(r.structure for r in versions).most_common(1)[0]
        for r in versions:
            if r.structure == same:
                scores[r.lang].together += 1
                scores[r.lang].together_exact += r.score.exact_counts
        versions = [r for r in versions if r.structure == same and not r.score.unread]
        for r in versions:
            others = [o for o in versions if o is not r]
            if not others:
                continue
            s = scores[r.lang]
            for total in ("directives", "worded", "addressees", "citations", "marked", "marked_intents"):
                mine, theirs, agreeing = getattr(r, total), [getattr(o, total) for o in others], f"{total}_agreeing"
                setattr(s, total, getattr(s, total) + len(mine))
                setattr(s, agreeing, getattr(s, agreeing) + sum(agrees(fact, theirs) for fact in mine))
    return dict(scores)


ROWS = (
    ("documents read", "documents", None),
    ("exact paragraph counts", "exact_counts", "documents"),
    ("… where the markup has the other languages' paragraphs", "together_exact", "together"),
    ("paragraph boundaries", "boundaries", "paragraphs"),
    ("no opening marked (not scored)", "unmarked", "paragraphs"),
    ("preambular phrases", "phrases", "preambular"),
    ("operative verbs", "verbs", "operative"),
    ("footnotes attached", "notes_attached", "notes"),
    ("versions apart (markup of other paragraphs)", "apart", "documents"),
    ("directives agreeing (intent, addressees)", "directives_agreeing", "directives"),
    ("… and the very verb", "worded_agreeing", "worded"),
    ("their addressees agreeing", "addressees_agreeing", "addressees"),
    ("citations agreeing", "citations_agreeing", "citations"),
    ("the markup's own operative verbs agreeing", "marked_agreeing", "marked"),
    ("… their intents agreeing (the most directives can)", "marked_intents_agreeing", "marked_intents"),
)
