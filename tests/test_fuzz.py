"""Bad input never escapes as anything but InputError: random and mutated documents thrown at both readers
(and at the extraction and graph stages after them), XML attacks, files over the size limit."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tipgraph.akn_reader import read_akn, read_akn_bytes
from tipgraph.errors import MAX_BYTES, InputError
from tipgraph.extract import analyse
from tipgraph.graph import build_graph
from tipgraph.text_reader import read_file, read_text

from .conftest import SEED, akn_fixture

SEED_TEXT = SEED.read_text(encoding="utf-8")
AKN_BYTES = akn_fixture("en").read_bytes()
LANGS = st.sampled_from(["ar", "zh", "en", "fr", "ru", "es"])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw, source):  # noqa: ANN001
    """``source`` (str or bytes) with a few slices deleted, repeated or replaced by random pieces."""
    piece = st.binary(max_size=40) if isinstance(source, bytes) else st.text(max_size=40)
    data = source
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 2000)))
        action = draw(st.sampled_from(["delete", "repeat", "replace", "truncate"]))
        if action == "delete":
            data = data[:start] + data[end:]
        elif action == "repeat":
            data = data[:end] + data[start:end] + data[end:]
        elif action == "replace":
            data = data[:start] + draw(piece) + data[end:]
        else:
            data = data[:start]
    return data


def _all_stages(doc) -> None:  # noqa: ANN001
    build_graph(doc, analyse(doc))


@FUZZ
@given(text=st.text(max_size=3000), lang=LANGS)
def test_random_text(text, lang):
    try:
        _all_stages(read_text(text, source="fuzz.txt", lang=lang))
    except InputError:
        pass


@FUZZ
@given(text=mutated(SEED_TEXT))
def test_mutated_seed(text):
    try:
        _all_stages(read_text(text, source="fuzz.txt", lang="zh"))
    except InputError:
        pass


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes_as_akn(data):
    try:
        _all_stages(read_akn_bytes(data, "fuzz.xml"))
    except InputError:
        pass


@FUZZ
@given(data=mutated(AKN_BYTES))
def test_mutated_akn(data):
    try:
        _all_stages(read_akn_bytes(data, "fuzz.xml"))
    except InputError:
        pass


def test_entity_expansion_is_not_performed():
    """A "billion laughs" document: entities are not expanded (nothing blows up, nothing hangs)."""
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    data = (
        f'<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY l0 "lol">{lol}]>'
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement>&l9;</statement></akomaNtoso>'
    ).encode()
    started = time.perf_counter()
    with pytest.raises(InputError):
        read_akn_bytes(data, "lol.xml")
    assert time.perf_counter() - started < 5


def test_an_external_dtd_is_not_fetched():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE akomaNtoso SYSTEM "http://192.0.2.1/akn.dtd">'
        + AKN_BYTES[AKN_BYTES.index(b"<akomaNtoso") :]
    )
    started = time.perf_counter()
    doc = read_akn_bytes(data, "dtd.xml")  # read as the same document, the DTD ignored
    assert time.perf_counter() - started < 5  # 192.0.2.1 is unroutable: a fetch would hang until a timeout
    assert doc.symbol == "A/RES/76/186"


@pytest.mark.parametrize("suffix", [".txt", ".xml"])
def test_a_file_over_the_size_limit_is_refused(tmp_path, suffix):
    path = tmp_path / f"huge{suffix}"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no disk written
    with pytest.raises(InputError, match="over the limit of 5,000,000"):
        (read_akn if suffix == ".xml" else read_file)(path)
