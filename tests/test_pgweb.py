"""The web app on a PostgreSQL store answers what it answers on SQLite: every list's JSON, byte for byte.

The corpus archive moved into PostgreSQL (``pg_corpus``: export, import) is served with
``RAADSLENS_DB`` set; the same requests to the SQLite archive are the reference.  This runs the
read models' SQL (``Store.rows``: figures, letters, questions, checks, indicators, search) on both.
"""

from __future__ import annotations

import shutil

import pytest

from search.store.db import DB_FILE
from web.app import create_app

URLS = [
    "/api/zoeken?q=seksuele+uitbuiting",
    "/api/zoeken?q=%22Koffer+Verkeerd%22",
    "/api/zoeken?q=meldingen&jaar=2024",
    "/api/documenten",
    "/api/documenten?sorteer=titel",
    "/api/cijfers",
    "/api/cijfers?sorteer=year",
    "/api/cijfers?sorteer=year&richting=desc",
    "/api/cijfers?sorteer=value&richting=desc",
    "/api/cijfers?label=slachtoffers",
    "/api/cijfers?label=Mensenhandel&jaar=2024",
    "/api/cijfers?min=10&max=100&eenheid=aantal",
    "/api/raadsvragen",
    "/api/raadsvragen/zoeken?q=opvang",
    "/api/indicatoren",
    "/api/consistentie",
]


@pytest.fixture(scope="module")
def sqlite_client(corpus_archive_dir, tmp_path_factory):
    """The corpus store in SQLite with its index built from the store in one go, as the PostgreSQL one is.

    (The session's corpus index was built while ingesting; whoosh's statistics then still count
    replaced units, so its scores differ in the third decimal.)
    """
    copy = tmp_path_factory.mktemp("pgweb-sqlite")
    shutil.copy(corpus_archive_dir / DB_FILE, copy / DB_FILE)
    return create_app({"DATA_DIR": str(copy)}).test_client()


@pytest.fixture
def pg_client(pg_corpus, monkeypatch):
    url, data = pg_corpus
    monkeypatch.setenv("RAADSLENS_DB", url)
    return create_app({"DATA_DIR": str(data)}).test_client()


@pytest.mark.parametrize("url", URLS)
def test_every_list_is_the_same_on_postgresql(sqlite_client, pg_client, url):
    lite = sqlite_client.get(url)
    assert lite.status_code == 200, url
    pg = pg_client.get(url)
    assert pg.status_code == 200, pg.get_data(as_text=True)[:500]
    assert pg.get_json() == lite.get_json()
    if "zoeken" in url or url in ("/api/documenten", "/api/cijfers"):
        assert lite.get_data(as_text=True).count('"file"') > 0  # the reference finds something


def test_pages_about_one_figure_and_one_letter_are_the_same(sqlite_client, pg_client):
    figures = sqlite_client.get("/api/cijfers").get_json()
    letters = sqlite_client.get("/api/raadsvragen").get_json()
    figure_id = _first_id(figures, "id")
    doc_id = _first_id(letters, "document")
    for url in (
        f"/api/cijfer/{figure_id}",
        f"/api/kruisverwijzingen/{figure_id}",
        f"/api/raadsvragen/{doc_id}",
        f"/api/document/{doc_id}/cijfers",
    ):
        lite, pg = sqlite_client.get(url), pg_client.get(url)
        assert lite.status_code == pg.status_code == 200, url
        assert pg.get_json() == lite.get_json(), url


def _first_id(body: dict, key: str) -> int:
    """The first ``key`` of the first list of rows in a page's JSON."""
    for value in body.values():
        if isinstance(value, list) and value and isinstance(value[0], dict) and key in value[0]:
            return value[0][key]
    raise AssertionError(f"no {key} in {sorted(body)}")
