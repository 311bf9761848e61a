"""Every page of the web UI over the ingested corpus: a JSON twin, Dutch, labelled form fields,
headings in order, no raw values (None, English) leaking into what people read."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from webtools import token

from web.app import create_app

# Visible words that would mean English or a Python value leaked into a page.
LEAKS = re.compile(r"\b(None|True|False|nan|undefined|score|Search|Filter|Choose|Submit|Page|Not found)\b")
SKIP = {"static", "documents.original", "documents.page_png"}


@pytest.fixture(scope="module")
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()


@pytest.fixture(scope="module")
def urls(client) -> list[str]:
    """One concrete URL for every HTML page, ids taken from the JSON twins."""
    docs = client.get("/api/documenten").get_json()["documents"]
    letter = client.get("/api/raadsvragen").get_json()["letters"][0]["document"]
    figure = client.get("/api/cijfers?label=slachtoffers").get_json()["figures"][0]["id"]
    series = client.get("/api/indicatoren").get_json()["series"][0]["id"]
    return [
        "/",
        "/zoeken?q=seksuele+uitbuiting",
        "/zoeken?q=xyzzyq",
        "/documenten",
        f"/document/{docs[0]['id']}",
        "/raadsvragen",
        f"/raadsvragen/{letter}",
        "/raadsvragen/eerder?vraag=opvang+slachtoffers",
        "/raadsvragen/zoeken?q=opvang",
        "/cijfers",
        f"/document/{docs[0]['id']}/cijfers",
        f"/cijfer/{figure}",
        "/controleer",
        "/consistentie",
        "/indicatoren",
        f"/indicator/{series}",
        f"/kruisverwijzingen/{figure}",
        "/document/999999",
        "/bewaard",
        "/bewaard/onbekend",
    ]


def test_every_page_has_a_json_twin(client):
    app = client.application
    rules = {rule.rule for rule in app.url_map.iter_rules()}
    pages = [
        rule
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in SKIP
        and "GET" in rule.methods
        and not rule.rule.startswith("/api/")
        and not rule.rule.endswith((".csv", ".atom"))  # downloads and feeds (the feed's twin: /api/bewaard/<token>)
    ]
    assert len(pages) >= 15
    missing = [r.rule for r in pages if ("/api/zoeken" if r.rule == "/" else "/api" + r.rule) not in rules]
    assert not missing, f"pagina's zonder JSON onder /api/: {missing}"


class Page(HTMLParser):
    """What the checks need from a page: lang, headings, form fields and their labels, visible text."""

    def __init__(self):
        super().__init__()
        self.lang, self.headings, self.fields, self.label_for, self.text = None, [], [], set(), []
        self._labels = 0
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "label":
            self._labels += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        if tag in ("script", "style", "title"):
            self._hidden += 1
        if tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            self.fields.append((a.get("name"), a.get("id"), bool(a.get("aria-label")), self._labels > 0))

    def handle_endtag(self, tag):
        if tag == "label":
            self._labels -= 1
        if tag in ("script", "style", "title"):
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


def _parsed(client, url: str) -> Page:
    response = client.get(url)
    assert response.status_code in (200, 404), url
    page = Page()
    page.feed(response.get_data(as_text=True))
    return page


def test_pages_are_dutch_labelled_and_headed_in_order(client, urls):
    for url in urls:
        page = _parsed(client, url)
        assert page.lang == "nl", url
        assert page.headings and page.headings[0] == 1 and page.headings.count(1) == 1, (url, page.headings)
        skips = [(a, b) for a, b in zip(page.headings, page.headings[1:]) if b > a + 1]
        assert not skips, f"{url}: kop springt van h{skips[0][0]} naar h{skips[0][1]}"
        unlabelled = [
            name for name, id_, aria, wrapped in page.fields if not (aria or wrapped or (id_ and id_ in page.label_for))
        ]
        assert not unlabelled, f"{url}: velden zonder label: {unlabelled}"
        leak = LEAKS.search(" ".join(page.text))
        assert not leak, f"{url}: '{leak.group(0)}' in de tekst"


def test_a_checked_draft_names_each_verdict_in_words_and_links_its_evidence(client):
    draft = (
        "In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.\n\n"
        "In 2024 zijn 12 fietsen gestolen bij het stadhuis."
    )
    html = client.post("/controleer", data={**token(client), "tekst": draft}).get_data(as_text=True)
    page = Page()
    page.feed(html)
    assert not LEAKS.search(" ".join(page.text))
    assert re.search(r'class="verdict supported">✓ klopt<', html)
    assert re.search(r'class="verdict unverified">\? niet te controleren<', html)
    data = client.post("/api/controleer", data={**token(client), "tekst": draft}).get_json()
    evidence = [e for c in data["claims"] for e in c["evidence"]]
    assert evidence and all(re.fullmatch(rf"/document/{e['document']}#pagina-{e['page']}", e["url"]) for e in evidence)
    for e in evidence[:2]:  # the linked page exists and holds the number
        target = client.get(e["url"].split("#")[0]).get_data(as_text=True)
        section = target.split(f'id="pagina-{e["page"]}"', 1)[1].split('<section class="page"', 1)[0]
        assert e["raw"] in section


def test_a_council_letter_links_to_its_questions_page_from_search_and_document(client):
    letter = client.get("/api/raadsvragen").get_json()["letters"][0]["document"]
    link = f'href="/raadsvragen/{letter}"'
    assert link in client.get(f"/document/{letter}").get_data(as_text=True)
    assert link in client.get("/zoeken?q=slachtoffers+vrouw").get_data(as_text=True)
    monitor = next(d["id"] for d in client.get("/api/documenten").get_json()["documents"] if d["type"] == "monitor")
    assert "/raadsvragen/" not in client.get(f"/document/{monitor}").get_data(as_text=True).split("<main", 1)[1]
