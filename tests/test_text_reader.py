"""The text reader on the seed: header, structure, footnotes, and that no character is lost."""

from __future__ import annotations

import codecs

import pytest

from tipgraph.errors import InputError
from tipgraph.text_reader import read_file, read_text

from .conftest import SEED


def test_header(seed_doc):
    assert seed_doc.session == 63
    assert seed_doc.committee == "third-committee"
    assert seed_doc.organ == "general-assembly"
    assert seed_doc.agenda_item.text == "97"
    assert seed_doc.agenda_title.text == "预防犯罪和刑事司法"
    assert seed_doc.kind == "draft-resolution"
    assert [k for k, _ in seed_doc.sponsors] == ["BLR", "RUS", "UZB"]
    assert seed_doc.title.text == "改进工作协调，打击贩运人口"
    assert seed_doc.formula.text == "大会，"
    # each header field's span points at its words in the source
    for field in (seed_doc.agenda_title, seed_doc.title, *(f for _, f in seed_doc.sponsors)):
        assert seed_doc.text[field.span.start : field.span.end] == field.text


def test_structure(seed_doc):
    assert len(seed_doc.preamble) == 6
    assert [p.label for p in seed_doc.operative] == [f"{i}." for i in range(1, 13)]
    assert [f.number for f in seed_doc.footnotes] == [1, 2, 3, 4, 5]
    starts = [p.text[:3] for p in seed_doc.preamble]
    assert starts == ["回顾其", "又回顾", "还回顾", "认识到", "欢迎人", "认识到"]
    # rejoined across line breaks, PDF spaces between Chinese and digits removed
    assert "第61/180号决议和大会关于贩运人口" in seed_doc.preamble[0].text
    # op 7 is cut by a page foot: its text runs on past the footnote block
    op7 = seed_doc.operative[6]
    assert len(op7.body.spans) == 1 and op7.text.endswith("交流伙伴机构打击贩运活动的信息、经验和良好做法；")
    assert seed_doc.operative[-1].text.endswith("可能办法。")


def test_paragraph_resumes_after_page_foot():
    """A page break mid-paragraph: the paragraph continues after the footnote block, in two spans."""
    text = SEED.read_text(encoding="utf-8").replace(
        "其他国际和区域组织、非\n\n政府组织",
        "其他国际和区域组织、非\n\n__________________ \n\n \n6\n 同上。 \n  政府组织",
    )
    assert text != SEED.read_text(encoding="utf-8")
    doc = read_text(text, source="paged.txt")
    op7 = doc.operative[6]
    assert len(op7.body.spans) == 2
    assert "非政府组织" in op7.text
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4, 5, 6]


def test_footnote_markers_attach_to_the_words_they_follow(seed_doc):
    refs = {p.ident: [(r.number, p.text[r.at - 6 : r.at]) for r in p.footnote_refs] for p in seed_doc.paragraphs}
    assert refs["pre-3"] == [(1, "织犯罪公约》"), (2, "充议定书》，"), (3, "任择议定书》"), (4, "补充公约》，")]
    assert refs["op-1"] == [(1, "织犯罪公约》"), (2, "补充议定书》")]
    assert refs["op-2"] == [(3, "任择议定书》"), (5, "式歧视公约》")]
    assert all(not p.footnote_refs for p in seed_doc.paragraphs if p.ident not in refs or not refs[p.ident])


def test_no_text_lost(seed_doc):
    """Every non-blank character after the header is in exactly one paragraph, footnote, the formula or a rule."""
    text = seed_doc.text
    owner: dict[int, str] = {}

    def claim(span, who):
        for i in range(span.start, span.end):
            if not text[i].isspace():
                assert i not in owner, f"character {i} {text[i]!r} in both {owner[i]} and {who}"
                owner[i] = who

    for span in seed_doc.header:
        claim(span, "header")
    claim(seed_doc.formula.span, "formula")
    for p in seed_doc.paragraphs:
        for span in p.body.spans:
            claim(span, p.ident)
    for f in seed_doc.footnotes:
        for span in f.body.spans:
            claim(span, f"note-{f.number}")
    lost = [(i, ch) for i, ch in enumerate(text) if not ch.isspace() and i not in owner and ch != "_"]
    assert lost == []
    # and the rejoined text of each part is exactly its source characters, markers aside
    for part in (*seed_doc.paragraphs, *seed_doc.footnotes):
        source = "".join(text[s.start : s.end] for s in part.body.spans)
        markers = "".join(text[r.span.start : r.span.end] for r in getattr(part, "footnote_refs", ()))
        label = getattr(part, "label", None) or ""
        footnote_number = str(part.number) if not hasattr(part, "kind") else ""
        expected = "".join(source.split())
        got = label + footnote_number + part.text.replace(" ", "")
        for m in markers:  # marker digits stand where they stood; compare as multisets of characters
            got += m
        assert sorted(expected) == sorted(got), part
        assert all(text[o] == ch for o, ch in zip(part.body.offsets, part.text, strict=True))


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("", "empty document", None),
        ("   \n\n  ", "empty document", None),
        ("这不是一项决议。\n只是一些文字。\n", "no enacting formula", 1),
        (SEED.read_text(encoding="utf-8")[:700], "no numbered operative paragraph", None),
        (SEED.read_text(encoding="utf-8")[:-300], "truncated", None),
    ],
)
def test_bad_input(text, message, line):
    with pytest.raises(InputError) as e:
        read_text(text, source="bad.txt")
    assert message in str(e.value)
    assert str(e.value).startswith("bad.txt")
    if line is not None:
        assert e.value.line == line


FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _structure(doc) -> tuple:
    """What a reader found, independent of the bytes (and of the width of digits): header fields,
    paragraphs, footnotes."""
    narrow = {v: k for k, v in FULL_WIDTH.items()}
    return (
        doc.session,
        doc.title.text,
        [k for k, _ in doc.sponsors],
        [p.text.translate(narrow) for p in doc.preamble],
        [(p.number, p.text.translate(narrow)) for p in doc.operative],
        [(f.number, f.text.translate(narrow)) for f in doc.footnotes],
    )


#: The seed as other tools write it: other encodings, line ends, page feeds, stray controls, full-width digits.
VARIANTS = {
    "UTF-8 with a BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "UTF-16 with a BOM": lambda t: t.encode("utf-16"),
    "UTF-16 LE without a BOM": lambda t: t.encode("utf-16-le"),
    "UTF-16 BE without a BOM": lambda t: t.encode("utf-16-be"),
    "GB18030": lambda t: t.encode("gb18030"),
    "CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "form feeds and controls": lambda t: t.replace("\n____", "\f____").replace("贩运", "贩\x00运\x07").encode("utf-8"),
    "full-width digits": lambda t: t.translate(FULL_WIDTH).encode("utf-8"),
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_encodings_and_noise_read_the_same(tmp_path, seed_doc, variant):
    path = tmp_path / "seed.txt"
    path.write_bytes(VARIANTS[variant](SEED.read_text(encoding="utf-8")))
    assert _structure(read_file(path)) == _structure(seed_doc)


def test_windows_1252_in_french(tmp_path):
    """A Western European text saved by an old tool: not UTF-8, read in the language's code page."""
    from .conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "rendered" / "76-186.fr.txt").read_text(encoding="utf-8")
    path = tmp_path / "76-186.fr.txt"
    path.write_bytes(text.encode("cp1252", errors="replace"))  # a character cp1252 lacks becomes "?"
    utf8 = tmp_path / "76-186.fr.utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    legacy, unicode = read_file(path, lang="fr"), read_file(utf8, lang="fr")
    assert len(legacy.operative) == len(unicode.operative) == 28
    assert legacy.preamble[0].text == unicode.preamble[0].text
    assert legacy.preamble[0].text.startswith("Condamnant de nouveau énergiquement")


def test_bytes_that_fit_no_encoding_are_named(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Trafficking\n\x81\x8d\x90")  # neither UTF-8 nor Windows-1252
    with pytest.raises(InputError) as e:
        read_file(path, lang="en")
    assert "bad.txt:2" in str(e.value) and "not UTF-8: byte 12 (0x81)" in str(e.value)


def test_a_text_may_end_in_a_quotation():
    """A/RES/77/276 ends with the question it puts to the Court: "… climate change?”" ends the text."""
    from .conftest import ROOT

    text = (ROOT / "tests" / "fixtures" / "rendered" / "76-186.en.txt").read_text(encoding="utf-8")
    text = text.replace("persons in the context of COVID-19.\n", "persons in the context of COVID-19?”\n")
    doc = read_text(text, source="quoted.txt", lang="en")
    assert doc.operative[-1].text.endswith("COVID-19?”") and len(doc.operative) == 28
