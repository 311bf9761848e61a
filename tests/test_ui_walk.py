"""Every page a clerk and a journalist use, walked in Chromium at 1280 and 390 px.

Screenshots of each page go to tests/artifacts/walk/ (git-ignored) so a person can look at them.
Runs on the corpus archive plus a sample of the Amsterdam archive (every 12th file of
../shared/amsterdam: council letters, Woo decisions, e-mails and complaint logs as OCR text), so the
lists, facets and titles are walked on real documents, not only on the five written for the corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ingested, shared
from test_browser import browser, pytestmark  # noqa: F401  (fixtures)

ARTIFACTS = Path(__file__).parent / "artifacts" / "walk"
ENGLISH = re.compile(r"\b(Not Found|Internal Server Error|Method Not Allowed|Search|Submit|Next|Previous)\b")
DRAFT = "In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM."


SAMPLE_EVERY = 12  # about 50 of the ~600 Amsterdam files


@pytest.fixture(scope="module")
def server(corpus_archive_dir, tmp_path_factory):
    """The real app on the corpus archive plus the Amsterdam sample; yields its base URL."""
    import shutil
    import threading

    from werkzeug.serving import make_server

    from web.app import create_app

    files = sorted(shared("amsterdam").rglob("*.ocr"))[::SAMPLE_EVERY]
    data = tmp_path_factory.mktemp("walk") / "data"
    shutil.copytree(corpus_archive_dir, data)
    ingested(data, [str(f) for f in files])
    httpd = make_server("127.0.0.1", 0, create_app({"DATA_DIR": str(data)}), threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=10)


def _paths(browser, server):  # noqa: F811
    """The pages to walk, found the way a person would: by following links."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.goto(f"{server}/api/documenten")
    docs = json.loads(page.evaluate("document.body.innerText"))["documents"]
    longest = max(docs, key=lambda d: d.get("pages") or d.get("page_count") or 0)
    page.goto(f"{server}/raadsvragen")
    letters = page.locator("a[href^='/raadsvragen/']").evaluate_all(
        "els => els.map(e => e.getAttribute('href')).filter(h => /\\/raadsvragen\\/\\d+$/.test(h))"
    )
    page.goto(f"{server}/indicatoren")
    series = page.locator("a[href^='/indicator/']").evaluate_all(
        "els => els.map(e => e.getAttribute('href')).filter(h => !h.endsWith('.csv'))"
    )
    context.close()
    paths = {
        "home": "/",
        "zoeken": "/zoeken?q=seksuele+uitbuiting",
        "zoeken-typfout": "/zoeken?q=seksuele+uitbuitnig",
        "documenten": "/documenten",
        "documenten-filter": "/documenten?jaar=2024",
        "document": f"/document/{docs[0]['id']}",
        "document-lang": f"/document/{longest['id']}",
        "document-zoekwoord": f"/document/{docs[0]['id']}?q=uitbuiting",
        "cijfers": "/cijfers",
        "consistentie": "/consistentie",
        "indicatoren": "/indicatoren",
        "raadsvragen": "/raadsvragen",
        "controleer": "/controleer",
        "bewaard": "/bewaard",
        "vraag": "/vraag",
        "fout-404": "/bestaat-niet",
    }
    if letters:
        paths["raadsbrief"] = letters[0]
    assert series, "the corpus has monitors of several years: /indicatoren lists at least one indicator"
    paths["indicator-grafiek"] = series[0]
    return paths


def _check(page, name: str, width: int, expect_error: bool = False) -> list[str]:
    """What a person checks on a page; returns the problems found."""
    problems = []
    if page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"):
        problems.append(f"{name}@{width}: breder dan het venster")
    if page.locator("h1").count() == 0:
        problems.append(f"{name}@{width}: geen kop")
    text = page.locator("body").inner_text()
    if ENGLISH.search(text):
        problems.append(f"{name}@{width}: Engelse tekst {ENGLISH.search(text).group(0)!r}")
    if not expect_error and re.search(r"\b500\b.*fout|Interne fout", text, re.I):
        problems.append(f"{name}@{width}: serverfout")
    page.wait_for_load_state("networkidle")  # page images are rendered on first request
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    return problems


@pytest.mark.parametrize("width", [1280, 390])
def test_every_page_has_a_heading_dutch_text_and_fits_the_window(browser, server, width):  # noqa: F811
    paths = _paths(browser, server)
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(20_000)
    problems = []
    for name, path in paths.items():
        response = page.goto(server + path)
        expected = 404 if name == "fout-404" else 200
        if response.status != expected:
            problems.append(f"{name}: status {response.status}, verwacht {expected}")
        problems += _check(page, name, width, expect_error=name.startswith("fout"))
    page.goto(f"{server}/controleer")
    page.fill("textarea[name=tekst]", DRAFT)
    page.locator("form button[type=submit], form input[type=submit]").first.click()
    page.wait_for_load_state()
    if page.locator("ol.claims > li").count() == 0:
        problems.append("controleer: geen rapport na een geplakt concept")
    problems += _check(page, "controleer-rapport", width)
    context.close()
    assert not problems, problems
