"""The AKN4UN reader on resolution 76/186 in six languages (tests/fixtures/unxml-ga)."""

from __future__ import annotations

import pytest

from tipgraph.akn_reader import read_akn, read_akn_bytes
from tipgraph.errors import InputError

from .conftest import AKN_EXAMPLES, akn_fixture


@pytest.fixture(scope="module")
def english():
    return read_akn(akn_fixture("en"))


def test_identification_and_metadata(english) -> None:
    d = english
    assert (d.lang, d.symbol, d.date, d.session, d.kind, d.organ) == (
        "en", "A/RES/76/186", "2021-12-16", 76, "resolution", "general-assembly"
    )
    assert d.committee == "third-committee"
    assert d.agenda_item.text == "108"
    assert d.agenda_title.text == "Crime prevention and criminal justice"
    assert d.title.text == "Improving the coordination of efforts against trafficking in persons"
    assert d.formula.text == "The General Assembly,"
    assert d.votes.adoption == "without a vote"
    # sponsors from the data_extract record, as far as the reference data knows the States
    assert {"BLR", "RUS", "UZB"} <= {key for key, _ in d.sponsors}
    assert "http://metadata.un.org/sdg/16" in d.subjects
    assert any(s.startswith("http://metadata.un.org/thesaurus/") for s in d.subjects)
    assert any(s.startswith("http://eurovoc.europa.eu/") for s in d.subjects)


def test_paragraphs_openings_and_footnotes(english) -> None:
    d = english
    assert (len(d.preamble), len(d.operative), len(d.footnotes)) == (43, 28, 22)
    assert [p.marked_opening for p in d.preamble[:3]] == [
        "Reiterating its strong condemnation", "Reiterating its concern", "Bearing in mind"
    ]
    first = d.operative[0]
    assert (first.label, first.marked_opening, first.eid) == ("1.", "Urges", "para_45")
    assert first.text.startswith("Urges Member States that have not yet done so")
    recalling_also = d.preamble[6]
    assert [r.number for r in recalling_also.footnote_refs][:2] == [5, 6]
    # a marker stands right after the words it annotates
    at = recalling_also.footnote_refs[0].at
    assert recalling_also.text[:at].endswith("Transnational Organized Crime,")
    assert d.footnotes[0].text == "Resolution 70/1."
    assert [link.symbol for link in d.footnotes[0].links] == ["A/RES/70/1"]


def test_spans_point_into_the_text_content(english) -> None:
    d = english
    for p in d.paragraphs:
        # every character comes from the place its offset names (white space is squeezed)
        assert all(ch == d.text[at] for ch, at in zip(p.text, p.body.offsets, strict=True) if not ch.isspace())
        start = p.body.source_span(0, 5)
        assert d.text[start.start : start.end] == p.text[:5]
    note = d.footnotes[4]
    (span,) = note.body.spans
    assert " ".join(d.text[span.start : span.end].split()) == note.text


@pytest.mark.parametrize("lang", ["ar", "zh", "fr", "ru", "es"])
def test_every_language_has_the_same_structure(english, lang: str) -> None:
    d = read_akn(akn_fixture(lang))
    assert d.lang == lang and d.symbol == english.symbol and d.date == english.date
    assert [p.eid for p in d.paragraphs] == [p.eid for p in english.paragraphs]
    assert [len(p.footnote_refs) for p in d.paragraphs] == [len(p.footnote_refs) for p in english.paragraphs]
    assert all(p.marked_opening for p in d.paragraphs)


def test_bad_xml_is_named_with_its_line(tmp_path) -> None:
    data = akn_fixture("en").read_bytes()
    with pytest.raises(InputError, match=r"broken\.xml:\d+: not well-formed XML"):
        read_akn_bytes(data[: len(data) // 2], "broken.xml")
    with pytest.raises(InputError, match="not Akoma Ntoso"):
        read_akn_bytes(b"<html/>", "page.xml")
    with pytest.raises(InputError, match="no statement"):
        read_akn_bytes(b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>', "empty.xml")


def test_external_entities_are_not_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    data = (
        f'<!DOCTYPE a [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>&x;</statement></akomaNtoso>'
    ).encode()
    with pytest.raises(InputError) as e:
        read_akn_bytes(data, "xxe.xml")
    assert "SECRET" not in str(e.value)


def test_fixture_folder_has_six_languages() -> None:
    assert len(list(AKN_EXAMPLES.glob("*/*/A_RES_76_186-*.xml"))) == 6


def test_markup_slips_of_the_un_files() -> None:
    """An operative chapeau set as a preambular container, and an annex whose heading is its first paragraph."""
    data = akn_fixture("en").read_bytes()
    data = data.replace(
        b"    </preamble>",
        b'      <container name="Resolves" eId="container_45"><p>Resolves that:</p></container>\n    </preamble>',
    )
    data = data.replace(
        b"  </statement>",
        b'    <attachments><attachment><doc name="annex"><mainBody>'
        b'<paragraph eId="para_900"><content><p><span class="bold">Annex</span></p></content></paragraph>'
        b'<paragraph eId="para_901"><content><p>Staffing table for 2022</p></content></paragraph>'
        b"</mainBody></doc></attachment></attachments>\n  </statement>",
    )
    doc, plain = read_akn_bytes(data, "slipped.xml"), read_akn(akn_fixture("en"))
    assert len(doc.preamble) == len(plain.preamble) and len(doc.operative) == len(plain.operative) + 1
    assert doc.operative[0].text == "Resolves that:"
    (annex,) = doc.annexes
    assert (annex.title, annex.body.text) == ("Annex", "Staffing table for 2022")


def _with_main_body(body: str) -> bytes:
    data = akn_fixture("en").read_bytes().decode()
    start, end = data.index("<mainBody>") + len("<mainBody>"), data.index("</mainBody>")
    return (data[:start] + body + data[end:]).encode()


def _para(eid: int, text: str, num: str | None = None) -> str:
    number = f"<num>{num}</num>" if num else ""
    return f'<paragraph eId="para_{eid}">{number}<content><p>{text}</p></content></paragraph>'


def test_one_paragraph_that_asks_a_question_in_parts() -> None:
    """A/RES/77/276: the one operative paragraph, unnumbered, sets its question as paragraphs of their own; the
    last ends with a question mark and a quotation mark, and the Chinese file puts direction marks after it."""
    body = "".join([
        _para(1, "<span>Decides</span> to request an advisory opinion on the following question:"),
        _para(2, "\u200e“Having particular regard to the Charter,\u200e"),
        _para(3, "What are the obligations of States;", num="(a)"),
        _para(4, "What are the legal consequences?”\u200e", num="(b)"),
    ])
    doc = read_akn_bytes(_with_main_body(body), "question.xml")
    (paragraph,) = doc.operative
    assert paragraph.text.startswith("Decides") and paragraph.text.endswith("consequences?”")
    assert "regard to the Charter" in paragraph.text and "obligations of States;" in paragraph.text


def test_a_number_typed_as_a_letter() -> None:
    """A/RES/76/256 numbers its first operative paragraph "l." (the letter): it is paragraph 1, not preambular."""
    body = _para(1, "<span>Decides</span> to designate 12 May;", num="l.") + _para(
        2, "<span>Invites</span> all Member States to observe the Day.", num="2."
    )
    doc = read_akn_bytes(_with_main_body(body), "slip.xml")
    assert [p.label for p in doc.operative] == ["1.", "2."]
