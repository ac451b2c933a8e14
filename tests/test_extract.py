"""What the extractor finds in the seed (MODEL.md, "The first document, in full")."""

from __future__ import annotations

from tipgraph.ids import key

from .conftest import SEED_CITED


def _directives(analysis):
    return {(d.paragraph, key(d.verb), key(a)) for d in analysis.directives for a in d.addressees}


def test_every_operative_directive_of_the_seed(seed_analysis):
    expected = {
        ("op-1", "urges", "member-states"),
        ("op-2", "urges", "member-states"),
        *{
            ("op-3", verb, who)
            for verb in ("welcomes", "encourages")
            for who in ("hr-treaty-bodies", "sr-trafficking", "un-system", "igos", "civil-society")
        },
        ("op-4", "calls-upon", "governments"),
        ("op-4", "invites", "member-states"),
        ("op-5", "encourages", "stakeholders"),
        ("op-6", "encourages", "unodc"),
        ("op-7", "welcomes", "icat"),
        ("op-8", "welcomes", "unodc"),
        ("op-8", "acknowledges", "iom"),
        ("op-9", "takes-note", "ga-thematic-debate-2008-06-03"),
        ("op-10", "invites", "member-states"),
        ("op-10", "invites", "pga"),
        ("op-11", "invites", "member-states"),
        ("op-11", "requests", "secretary-general"),
        ("op-12", "requests", "secretary-general"),
    }
    found = _directives(seed_analysis)
    assert expected <= found, expected - found
    # nothing addressed that the text does not address: UNODC's partners in op 6 are not addressees, nor is UN.GIFT,
    # under which ("遵照", in accordance with) the welcomed work is done
    assert found == expected
    # op 11 requests the Secretary-General twice: two directives
    assert [d.ident for d in seed_analysis.directives if d.paragraph == "op-11"] == ["op-11-1", "op-11-2", "op-11-3"]


def test_directive_details(seed_analysis):
    by_id = {d.ident: d for d in seed_analysis.directives}
    assert {key(o) for o in by_id["op-1-1"].objects} == {"untoc", "tip-protocol"}
    assert {key(o) for o in by_id["op-2-1"].objects} == {"opsc", "cedaw"}
    assert key(by_id["op-2-1"].intensifier) == "also"
    assert key(by_id["op-11-2"].intensifier) == "again"
    assert by_id["op-12-1"].due_session == 64
    assert by_id["op-10-2"].due_session == 63 and by_id["op-10-2"].deadline_text == "在大会第六十三届会议结束前"
    assert by_id["op-10-1"].due_session is None  # the deadline is the President's, not the Member States'
    assert by_id["op-12-1"].object_text.startswith("向大会第六十四届会议提交一份报告")


def test_directive_spans_cover_their_clause(seed_doc, seed_analysis):
    for d in seed_analysis.directives:
        quoted = "".join(seed_doc.text[d.span.start : d.span.end].split())
        assert quoted.startswith(
            ("敦促", "又敦促", "欢迎", "鼓励", "吁请", "邀请", "肯定", "注意到", "再次请", "并请", "请")
        )


def test_one_entity_however_it_is_written(seed_doc, seed_analysis):
    unodc = {seed_doc.text[m.span.start : m.span.end] for m in seed_analysis.mentions if key(m.entity) == "unodc"}
    assert {"".join(s.split()) for s in unodc} == {"联合国毒品和犯罪问题办公室", "联合国毒品和犯罪问题办事处"}
    icat = {
        "".join(seed_doc.text[m.span.start : m.span.end].split())
        for m in seed_analysis.mentions
        if key(m.entity) == "icat"
    }
    assert icat == {"机构间打击贩运人口协调小组", "机构间协调小组"}


def test_mentions_of_the_seed(seed_analysis):
    entities = {key(m.entity) for m in seed_analysis.mentions}
    assert {
        "unodc",
        "icat",
        "iom",
        "ungift",
        "hrc",
        "ecosoc",
        "cop-untoc",
        "ccpcj",
        "secretary-general",
        "pga",
        "sr-slavery",
        "sr-trafficking",
        "sr-sale-of-children",
        "ga-thematic-debate-2008-06-03",
    } <= entities
    # "政府组织" (governmental organizations) is not a mention of Governments
    assert not [m for m in seed_analysis.mentions if m.paragraph == "op-3" and key(m.entity) == "governments"]


def test_citations_and_ibid_chains(seed_analysis):
    targets = {n: key(iri) for n, iri in seed_analysis.footnote_targets}
    # 1: resolution 55/25 annex I; 2: "ibid., annex II"; 3: UNTS; 4 and 5: "ibid." chains of the Treaty Series
    assert targets == {1: "untoc", 2: "tip-protocol", 3: "opsc", 4: "slavery-supplementary-1956", 5: "cedaw"}
    cited = {(c.paragraph, c.symbol or key(c.cited), key(c.relation)) for c in seed_analysis.citations}
    assert ("pre-1", "A/RES/61/180", "recalls") in cited
    assert ("pre-2", "E/RES/2008/33", "recalls") in cited
    assert ("op-1", "untoc", "urges-ratification") in cited
    assert ("op-2", "cedaw", "urges-ratification") in cited
    dates = {c.symbol: c.date for c in seed_analysis.citations if c.symbol}
    assert dates == {"A/RES/61/180": "2006-12-20", "E/RES/2008/33": "2008-07-25"}
    assert {c.symbol or key(c.cited) for c in seed_analysis.citations} == SEED_CITED
    assert seed_analysis.warnings == ()
