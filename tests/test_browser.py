"""The web UI in a real browser: Playwright driving Debian's Chromium.

The real Flask app runs on a free local port in a background thread over
the ingested corpus.  Browser downloads are impossible here, so Playwright
launches the system Chromium (installed by ``.ci/system-deps test``).
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="/usr/bin/chromium ontbreekt: installeer het met 'bash .ci/system-deps test'"
)


@pytest.fixture(scope="module")
def server(corpus_archive_dir):
    """The real app on 127.0.0.1 and a free port; yields its base URL."""
    from werkzeug.serving import make_server

    from web.app import create_app

    app = create_app({"DATA_DIR": str(corpus_archive_dir)})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def search_for(page, server: str, text: str) -> None:
    page.goto(f"{server}/zoeken")
    page.fill("input[name=q]", text)
    page.press("input[name=q]", "Enter")
    page.wait_for_selector("p.count")


def test_search_lists_hits_from_three_documents_with_pages(page, server, tmp_path):
    search_for(page, server, "seksuele uitbuiting")
    assert "q=seksuele+uitbuiting" in page.url
    hits = page.locator("li.hit")
    assert hits.count() >= 3
    metas = hits.locator(".meta").all_inner_texts()
    assert all(re.search(r"pagina \d+", meta) for meta in metas), metas
    assert len({meta.split(" · ")[0] for meta in metas}) >= 3
    marked = {m.lower() for m in page.locator("li.hit mark").all_inner_texts()}
    assert {"seksuele", "uitbuiting"} <= marked
    page.screenshot(path=str(tmp_path / "zoeken.png"), full_page=True)


def test_clicking_a_hit_lands_on_its_page_with_words_marked(page, server):
    search_for(page, server, "seksuele uitbuiting")
    first = page.locator("li.hit").first
    number = re.search(r"pagina (\d+)", first.locator(".meta").inner_text()).group(1)
    first.locator("a.hit-title").click()
    page.wait_for_load_state()
    assert re.search(rf"/document/\d+\?q=.*#pagina-{number}$", page.url), page.url
    target = page.locator(f"#pagina-{number}")
    assert target.is_visible()
    assert target.evaluate("el => el.getBoundingClientRect().top") < 200  # scrolled to the anchor
    marked = {m.lower() for m in target.locator("mark").all_inner_texts()}
    assert {"seksuele", "uitbuiting"} <= marked


def test_phrase_search_marks_the_whole_phrase(page, server, tmp_path):
    search_for(page, server, '"Koffer Verkeerd"')
    marks = page.locator("li.hit mark").all_inner_texts()
    assert marks and all(m.lower() == "koffer verkeerd" for m in marks)
    # one hit per document: the 2025 monitor's best page (7 or 8, both have it), the other one under "meer treffers"
    monitor_2025 = page.locator("li.hit", has_text="mensenhandelmonitor-2025-regio-rotterdam.pdf · pagina")
    number = monitor_2025.locator(".meta").inner_text().split("pagina ")[1].split(" ")[0]
    assert number in ("7", "8")
    monitor_2025.locator("a.hit-title").click()
    page.wait_for_load_state()
    assert f"#pagina-{number}" in page.url
    assert "Koffer Verkeerd" in page.locator(f"#pagina-{number} mark").all_inner_texts()
    page.screenshot(path=str(tmp_path / "document.png"))


def test_type_filter_in_the_form_narrows_the_hits(page, server):
    search_for(page, server, "uitbuiting")
    page.select_option("select[name=type]", "beleidskader")
    page.click("form.search button")
    page.wait_for_selector("p.count")
    types = {meta.split(" · ")[-1] for meta in page.locator("li.hit .meta").all_inner_texts()}
    assert types == {"beleidskader"}
    assert page.locator("select[name=type]").input_value() == "beleidskader"
