"""Saving a search and following it, in a real browser (Chromium via Playwright), as a clerk would:
search, "Bewaar deze zoekopdracht", a newer document read, the saved search's page and feed, delete.

Its own server over its own data folder (the session corpus archive stays read-only).
Screenshots at 1280 and 390 px go to tests/artifacts/ (not committed).
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import shared
from test_alerts import WORD, _ingest, _mentions
from test_browser import browser, pytestmark  # noqa: F401  (fixtures, the Chromium skip)

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from werkzeug.serving import make_server

    from web.app import create_app

    folder = shared("amsterdam", "amsterdam.nl", "kosten_erotisch_centrum")
    naming = sorted(p for p in folder.glob("*.ocr") if _mentions(p))
    directory = tmp_path_factory.mktemp("alerts-browser")
    _ingest(directory, naming[:1])
    app = create_app({"DATA_DIR": str(directory)})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield {"url": f"http://127.0.0.1:{httpd.server_port}", "dir": directory, "later": naming[1]}
    httpd.shutdown()
    thread.join(timeout=10)


def _shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        assert not page.evaluate("document.documentElement.scrollWidth > window.innerWidth"), (name, width)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_a_clerk_saves_a_search_and_sees_the_newer_document_in_its_page_and_feed(browser, site):  # noqa: F811
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    server = site["url"]
    page.goto(f"{server}/zoeken?q={WORD}")
    assert page.locator("li.hit").count() == 1
    _shoot(page, "zoeken-bewaar")
    page.get_by_label("Naam (voor de lijst en de feed)").fill("Europaboulevard volgen")
    with page.expect_navigation():
        page.get_by_role("button", name="Bewaar deze zoekopdracht").click()
    assert re.search(r"/bewaard/[\w-]+$", page.url)
    assert page.locator("h1").inner_text() == "Europaboulevard volgen"
    assert "Nog geen nieuwe documenten" in page.locator("main").inner_text()
    _shoot(page, "bewaard-een-leeg")
    feed_url = page.get_by_role("link", name="Atom-feed").get_attribute("href")
    assert page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href") == feed_url

    _ingest(site["dir"], [site["later"]])  # a newer document that names the word is read
    page.reload()
    hits = page.locator("li.hit")
    assert hits.count() == 1 and site["later"].name in hits.first.inner_text()
    _shoot(page, "bewaard-een")
    response = page.request.get(server + feed_url)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.body()).findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1
    with page.expect_navigation():
        hits.first.locator("a.hit-title").click()
    anchor = page.url.rsplit("#", 1)[1]
    assert re.fullmatch(r"pagina-\d+", anchor)
    assert WORD.lower() in page.locator(f"#{anchor}").inner_text().lower()

    page.goto(f"{server}/bewaard")
    row = page.locator("tr", has_text="Europaboulevard volgen")
    assert row.count() == 1
    _shoot(page, "bewaard")
    with page.expect_navigation():
        row.get_by_role("button", name="Verwijder Europaboulevard volgen").click()
    assert page.url.endswith("/bewaard") and "Nog niets bewaard" in page.locator("main").inner_text()
    gone = page.goto(server + feed_url)
    assert gone.status == 404 and "bestaat niet (meer)" in page.locator("main").inner_text()
    context.close()
