"""`tipgraph site`: a page per instrument, body, post, treaty and concept, with its data; checked in Chromium."""

from __future__ import annotations

import shutil
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from tipgraph.pipeline import build_store
from tipgraph.site import write_site
from tipgraph.store import open_store

from .conftest import SEED, akn_fixture


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    store = build_store([SEED, akn_fixture("en"), akn_fixture("fr")], open_store(None))
    pages = write_site(store, out)
    assert pages == len(list(out.rglob("*.html"))) > 50
    return out


def test_every_page_has_its_data_beside_it(site):
    work = site / "akn/un/statement/deliberation/unga/76-186"
    page = work.with_suffix(".html").read_text(encoding="utf-8")
    assert '<link href="76-186.ttl" rel="alternate" type="text/turtle">' in page
    ttl, jsonld = Graph().parse(work.with_suffix(".ttl")), Graph().parse(work.with_suffix(".jsonld"))
    assert isomorphic(ttl, jsonld) and len(ttl) > 5000
    for html in site.rglob("*.html"):
        if html.name != "index.html":
            assert html.with_suffix(".ttl").is_file() and html.with_suffix(".jsonld").is_file(), html
    assert "RewriteRule" in (site / ".htaccess").read_text(encoding="utf-8")


def _browser():
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        pytest.fail("Debian's chromium is needed for the browser tests (bash .ci/run installs it)")
    manager = sync_playwright().start()
    return manager, manager.chromium.launch(executable_path=chromium, args=["--no-sandbox"])


def test_chromium_follows_every_internal_link(site):
    manager, browser = _browser()
    try:
        page = browser.new_page()
        start = (site / "index.html").as_uri()
        seen, queue = {start}, deque([start])
        while queue:
            url = queue.popleft()
            page.goto(url)
            assert page.locator("h1").inner_text().strip(), url
            for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                parts = urlsplit(href)
                if parts.scheme != "file":
                    continue
                target = Path(unquote(parts.path))
                assert target.is_file(), f"{url} links to a missing {target}"
                clean = target.as_uri()
                if target.suffix == ".html" and clean not in seen:
                    seen.add(clean)
                    queue.append(clean)
        assert len(seen) == len(list(site.rglob("*.html")))
        # a resolution's page: its paragraphs, with what they name and cite highlighted and linked
        page.goto((site / "akn/un/statement/deliberation/unga/76-186.html").as_uri())
        assert page.locator("h1").inner_text().startswith("A/RES/76/186")
        assert page.locator("div.para").count() == 28 + len(page.locator("div.para[id^=pre]").all())
        assert page.locator("mark.mention a[href$='unodc.html']").count() > 5
        # each version's opening words are marked and linked to the phrase or verb they read, and a paragraph the
        # versions open with words of two verbs links both ("Welcomes", "Prend note avec satisfaction")
        assert page.locator("mark.opening").count() == 2 * page.locator("div.para").count()
        assert page.locator("div#op-12 > p").first.locator("a").count() == 2
        assert page.locator("mark.citation").count() > 10
        assert page.locator("p.directive").count() > 20
        clause = page.locator("span.clause + sup a").first  # a directive's clause, linked to the directive
        assert page.locator(clause.get_attribute("href")).count() == 1
        assert page.locator("p[lang=fr]").count() == page.locator("p[lang=en]").count()
        # the search box, without a server
        page.goto(start)
        page.fill("#q", "office on drugs")
        visible = page.locator("#all li:visible")
        assert 0 < visible.count() < 5 and "United Nations Office on Drugs and Crime" in visible.first.inner_text()
    finally:
        browser.close()
        manager.stop()
