"""The pages a clerk or journalist uses, walked in a real browser (Chromium via Playwright).

Reuses the server and browser fixtures of test_browser.py (same corpus archive).
"""

from __future__ import annotations

import re

from test_browser import browser, page, pytestmark, server  # noqa: F401  (fixtures)

# One number the corpus states (115 victims of sexual exploitation in 2024, council answer p.3 and
# the 2025 monitor's table), the same sentence altered (120), and one the corpus does not cover.
DRAFT = """Concept-antwoord

In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.

In 2024 zijn 120 slachtoffers van seksuele uitbuiting begeleid door het ESSM.

In 2024 zijn 12 fietsen gestolen bij het stadhuis.
"""
WORDS = {"supported": "klopt", "contradicted": "klopt niet", "unverified": "niet te controleren"}


def _claim(page, raw: str):
    return page.locator("ol.claims > li", has=page.locator("strong.claim-raw", has_text=re.compile(rf"^{raw}$")))


def test_controleer_colours_and_names_each_number_with_its_evidence(page, server):
    page.goto(f"{server}/controleer")
    page.get_by_label("Concepttekst").fill(DRAFT)
    with page.expect_navigation():  # the new page with its stylesheet loaded
        page.get_by_role("button", name="Controleer").click()
    for raw, verdict in (("115", "supported"), ("120", "contradicted"), ("12", "unverified")):
        mark = page.locator(f"mark.claim.{verdict}", has_text=raw)
        assert mark.count() == 1, (raw, verdict)
        assert WORDS[verdict] in mark.inner_text() + mark.get_attribute("title")
        row = _claim(page, raw)
        assert "claim-row" in row.get_attribute("class") and verdict in row.get_attribute("class")
        assert row.locator(f".verdict.{verdict}").inner_text().endswith(WORDS[verdict])  # a word, not only colour
    # the colours differ between the three verdicts
    colours = {v: page.locator(f"mark.claim.{v}").evaluate("el => getComputedStyle(el).backgroundColor") for v in WORDS}
    assert len(set(colours.values())) == 3, colours
    # evidence of the supported number: file, page, and a link to that page of the document
    source = _claim(page, "115").locator("a.source").first
    assert re.search(r"\.pdf, pagina \d+$", source.inner_text())
    href = source.get_attribute("href")
    number = re.search(r"pagina (\d+)$", source.inner_text()).group(1)
    assert re.fullmatch(rf"/document/\d+#pagina-{number}", href), href
    assert _claim(page, "12").locator("a.source").count() == 0
    # the number in the draft jumps to its evidence; the evidence to the document page
    page.locator("mark.claim.supported a").click()
    assert _claim(page, "115").evaluate("el => el.matches(':target')")
    with page.expect_navigation():
        source.click()
    assert page.url.endswith(f"#pagina-{number}")
    assert "115" in page.locator(f"#pagina-{number}").inner_text()


def test_letter_page_puts_questions_beside_answers_with_page_links(page, server):
    page.goto(f"{server}/raadsvragen")
    page.goto(server + page.locator("table.list tbody a").first.get_attribute("href"))  # waits for the stylesheet
    sections = page.locator("section.qa")
    assert sections.count() >= 5
    first = sections.first
    question, answer = first.locator(".question"), first.locator(".answer")
    q_box, a_box = question.bounding_box(), answer.bounding_box()
    assert a_box["x"] > q_box["x"] + q_box["width"] - 1 and abs(a_box["y"] - q_box["y"]) < 5  # side by side
    assert "?" in question.inner_text() and len(answer.inner_text()) > 100
    link = question.locator("a[href*='#pagina-']").first
    number = re.search(r"(\d+)", link.inner_text()).group(1)
    assert link.get_attribute("href").endswith(f"#pagina-{number}")
    # nothing sticks out of the window (long footnote URLs wrap)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    with page.expect_navigation():
        link.click()
    assert page.locator(f"#pagina-{number}").is_visible()


def test_letter_page_stacks_question_and_answer_on_a_narrow_window(browser, server):  # noqa: F811
    context = browser.new_context(viewport={"width": 400, "height": 800}, locale="nl-NL")
    narrow = context.new_page()
    narrow.goto(f"{server}/raadsvragen")
    narrow.goto(server + narrow.locator("table.list tbody a").first.get_attribute("href"))
    first = narrow.locator("section.qa").first
    q_box, a_box = first.locator(".question").bounding_box(), first.locator(".answer").bounding_box()
    assert a_box["y"] >= q_box["y"] + q_box["height"] - 1
    assert narrow.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


def _column(page, index: int) -> list[str]:
    return page.locator(f"table.figures tbody tr td:nth-child({index})").all_inner_texts()


def test_figures_table_sorts_filters_and_offers_csv(page, server):
    page.goto(f"{server}/cijfers")
    page.wait_for_selector("table.figures")
    total = page.locator("table.figures tbody tr").count()
    assert total > 20
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("^Jaar")).click()
    years = [int(y) for y in _column(page, 4) if y.strip()]
    assert years == sorted(years) and len(set(years)) > 2
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("^Jaar")).click()  # again: descending
    years = [int(y) for y in _column(page, 4) if y.strip()]
    assert years == sorted(years, reverse=True)
    page.get_by_label("Wat er geteld is").fill("slachtoffers")
    page.get_by_label("Jaar", exact=True).fill("2024")
    with page.expect_navigation():
        page.get_by_role("button", name="Filteren").click()
    rows = page.locator("table.figures tbody tr")
    assert 0 < rows.count() < total
    assert all("slachtoffers" in label.lower() for label in _column(page, 3))
    assert set(_column(page, 4)) == {"2024"}
    csv = page.get_by_role("link", name="Download als CSV")
    href = csv.get_attribute("href")
    assert href.startswith("/cijfers.csv?") and "label=slachtoffers" in href and "jaar=2024" in href
    response = page.request.get(server + href)
    assert response.ok and response.headers["content-type"].startswith("text/csv")
    assert len(response.text().strip().splitlines()) == rows.count() + 1  # header + one line a figure
    # a figure links to its own page, which links to the document page it came from
    with page.expect_navigation():
        page.locator("table.figures tbody tr td:nth-child(2) a").first.click()
    source = page.locator("a[href*='#cijfer-']").first  # the document page, the figure marked as cited
    assert re.search(r"/document/\d+\?cijfer=(\d+)#cijfer-\1$", source.get_attribute("href"))


def test_no_page_is_wider_than_a_phone(browser, server):  # noqa: F811
    """At 390 px wide nothing sticks out sideways (wide tables scroll inside their own box)."""
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="nl-NL")
    narrow = context.new_page()
    narrow.goto(f"{server}/api/documenten")
    doc = narrow.evaluate("JSON.parse(document.body.innerText)")["documents"][0]["id"]
    wide = []
    for path in (
        "/zoeken?q=seksuele+uitbuiting",
        "/documenten",
        f"/document/{doc}",
        "/raadsvragen",
        "/cijfers",
        "/controleer",
        "/consistentie",
        "/indicatoren",
    ):
        narrow.goto(server + path)
        if narrow.evaluate("document.documentElement.scrollWidth > window.innerWidth"):
            wide.append(path)
    context.close()
    assert not wide, f"breder dan het venster: {wide}"


def test_a_clerk_keeps_a_report_prints_it_and_deletes_it(page, server):
    page.goto(f"{server}/controleer")
    page.get_by_label("Concepttekst").fill(DRAFT)
    with page.expect_navigation():
        page.get_by_role("button", name="Controleer").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Bewaar dit rapport").click()
    assert re.search(r"/controleer/rapport/[A-Za-z0-9_-]{22}$", page.url), page.url
    kept = page.url
    assert "dezelfde uitkomst als bij het bewaren" in page.get_by_role("status").inner_text()
    assert _claim(page, "115").locator(".verdict.supported").count() == 1
    printer = page.get_by_role("button", name="Afdrukken")
    assert printer.is_visible()  # shown by the script (hidden without one)
    page.emulate_media(media="print")
    assert not page.locator("nav").is_visible() and not page.locator("form.verify").is_visible()
    assert not printer.is_visible() and page.locator(".print-only").first.is_visible()
    assert _claim(page, "115").is_visible() and page.locator("mark.claim.supported").is_visible()
    page.emulate_media(media="screen")
    with page.expect_navigation():
        page.get_by_role("button", name="Verwijder dit bewaarde rapport").click()
    assert "verwijderd" in page.get_by_role("status").inner_text()
    assert page.goto(kept).status == 404
