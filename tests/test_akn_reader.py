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
