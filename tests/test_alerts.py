"""Saved searches on a real store: a search saved on the web, documents ingested after it, and what the
Atom feed, its JSON twin and ``raadslens alerts`` then show (only what is new); CSRF on save and delete."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from conftest import shared
from webtools import token

from search import Archive, ingest_paths, new_matches, save_search, saved_search
from search.read import alerts
from web.app import create_app
from web.cli import main

A = "{http://www.w3.org/2005/Atom}"
WORD = "Europaboulevard"


def _ingest(directory, paths):
    archive = Archive.open(directory)
    try:
        report = ingest_paths(archive, [str(p) for p in paths])
        assert report.ok, report.failed
    finally:
        archive.close()


def _mentions(path, word=WORD) -> bool:
    return word.lower() in path.read_text(encoding="utf-8", errors="replace").lower()


@pytest.fixture(scope="module")
def files():
    """Two documents that name the word (one old, one new) and two that do not."""
    folder = shared("amsterdam", "amsterdam.nl")
    naming = sorted(p for p in (folder / "kosten_erotisch_centrum").glob("*.ocr") if _mentions(p))
    other = sorted(p for p in (folder / "fatbikes").glob("*.ocr") if not _mentions(p))
    assert len(naming) >= 2 and len(other) >= 2
    return {"old": [naming[0], other[0]], "new": [naming[1], other[1]]}


@pytest.fixture(scope="module")
def world(tmp_path_factory, files):
    """Old documents read a month ago, a search saved on the web, then new documents read."""
    directory = tmp_path_factory.mktemp("alerts-data")
    _ingest(directory, files["old"])
    archive = Archive.open(directory)
    month_ago = (datetime.now(timezone.utc) - timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S")
    with archive.store.conn:  # as if the first documents had been read last month
        archive.store.conn.execute("UPDATE documents SET ingested_at = ?", (month_ago,))
    archive.close()
    client = create_app({"DATA_DIR": str(directory)}).test_client()
    page = client.get(f"/zoeken?q={WORD}").get_data(as_text=True)
    assert "Bewaar deze zoekopdracht" in page
    form = re.search(r'<form class="filters save-search".*?</form>', page, re.S).group(0)
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    saved = client.post("/bewaard", data={**fields, "naam": "Erotisch Centrum Zuid"})
    assert saved.status_code == 303
    feed_token = saved.headers["Location"].rsplit("/", 1)[1]
    before = client.get(f"/bewaard/{feed_token}.atom")
    _ingest(directory, files["new"])
    return {"dir": directory, "client": client, "token": feed_token, "before": before, "files": files}


def _files_in(entries_or_matches) -> set[str]:
    return {m["file"] for m in entries_or_matches}


def test_the_feed_is_valid_atom_with_only_the_new_matching_document(world):
    client, feed_token, files = world["client"], world["token"], world["files"]
    empty = ET.fromstring(world["before"].data)
    assert empty.tag == f"{A}feed" and not empty.findall(f"{A}entry")  # nothing was new when it was saved
    response = client.get(f"/bewaard/{feed_token}.atom")
    assert response.status_code == 200 and response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author/" + A + "name"):
        assert (root.findtext(A + tag) or "").strip(), tag
    assert root.find(f"{A}link[@rel='self']").get("href").endswith(f"/bewaard/{feed_token}.atom")
    entries = root.findall(f"{A}entry")
    assert len(entries) == 1
    entry = entries[0]
    for tag in ("id", "title", "updated", "summary"):
        assert (entry.findtext(A + tag) or "").strip(), tag
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", entry.findtext(f"{A}updated"))
    assert WORD.lower() in entry.findtext(f"{A}summary").lower()
    href = entry.find(f"{A}link[@rel='alternate']").get("href")
    match = re.search(r"/document/(\d+)\?q=\w+#pagina-(\d+)$", href)
    assert match, href
    # the link leads to the new document's page, and that page holds the word
    doc = client.get(f"/api/document/{match.group(1)}").get_json()
    assert doc["file"] == files["new"][0].name
    target = client.get(href.split("localhost", 1)[1].split("#")[0]).get_data(as_text=True)
    section = target.split(f'id="pagina-{match.group(2)}"', 1)[1].split('<section class="page"', 1)[0]
    assert WORD.lower() in section.lower()
    # the JSON twin says the same
    data = client.get(f"/api/bewaard/{feed_token}").get_json()
    assert _files_in(data["matches"]) == {files["new"][0].name}
    assert data["matches"][0]["url"].endswith(f"#pagina-{data['matches'][0]['page']}")
    assert data["saved"]["feed"] == f"/bewaard/{feed_token}.atom"
    # ?sinds= widens it to the old document too, newest first
    wide = client.get(f"/api/bewaard/{feed_token}?sinds=2000-01-01").get_json()["matches"]
    assert [m["file"] for m in wide] == [files["new"][0].name, files["old"][0].name]
    bad = client.get(f"/bewaard/{feed_token}.atom?sinds=3-12-2026")
    assert bad.status_code == 400 and "JJJJ-MM-DD" in bad.get_data(as_text=True)


def test_new_matches_agree_with_the_search_engine(world):
    """What the feed finds by matching each new document itself is what a search finds among them."""
    archive = Archive.open(world["dir"])
    pool = alerts.ENGINE_POOL
    try:
        saved = saved_search(archive.store, world["token"])
        since = "2000-01-01"
        found = {m.document for m in new_matches(archive, saved, since)}
        hits = archive.search(saved.query, group=True, limit=100)
        assert found == {h.document for h in hits.hits}
        assert len(found) == 2
        alerts.ENGINE_POOL = 1  # the engine's hit set does not fit: every new document is walked
        assert {m.document for m in new_matches(archive, saved, since)} == found
    finally:
        alerts.ENGINE_POOL = pool
        archive.close()


def test_a_document_read_again_keeps_its_time_and_a_changed_one_is_new(tmp_path, files):
    """A new pipeline version reads every file again: that must not make old documents new to a feed."""
    source = tmp_path / "stuk.txt"
    source.write_text(files["old"][0].read_text(encoding="utf-8"), encoding="utf-8")
    _ingest(tmp_path / "d", [source])
    archive = Archive.open(tmp_path / "d")
    first = archive.store.document_by_file("stuk.txt")
    with archive.store.conn:
        archive.store.conn.execute("UPDATE documents SET version = 'oud'")
    report = ingest_paths(archive, [str(source)])
    again = archive.store.document_by_file("stuk.txt")
    assert report.replaced and again["version"] != "oud" and again["ingested_at"] == first["ingested_at"]
    source.write_text(source.read_text(encoding="utf-8") + "\n\nEen nieuwe alinea over de Europaboulevard.\n")
    report = ingest_paths(archive, [str(source)])
    changed = archive.store.document_by_file("stuk.txt")
    assert report.replaced and changed["ingested_at"] > first["ingested_at"]
    archive.close()


def test_a_saved_figure_filter_follows_figures_of_new_documents(world):
    archive = Archive.open(world["dir"])
    try:
        new_doc = archive.store.document_by_file(world["files"]["new"][1].name)
        labelled = [
            r
            for r in archive.store.rows(
                "SELECT * FROM figures WHERE doc_id = ? AND label != '' ORDER BY page, seq", (new_doc["id"],)
            )
        ]
        if not labelled:
            pytest.skip("het nieuwe document heeft geen cijfers met een label")
        word = max(labelled[0]["label"].split(), key=len)
        saved = save_search(archive.store, "", "cijfers", "", {"label": word, "onbekend": "x"})
        assert saved.params == {"label": word} and saved.name == word
        found = new_matches(archive, saved, "2000-01-01")
        assert new_doc["id"] in {m.document for m in found}
        for m in found:
            figure = next(archive.store.rows("SELECT * FROM figures WHERE id = ?", (m.figure,)))
            assert figure["doc_id"] == m.document and figure["page"] == m.page
            assert word.lower() in (figure["label"] + figure["row_label"] + figure["col_label"]).lower()
        assert new_matches(archive, saved) == []  # nothing was read after it was saved
    finally:
        archive.close()
    client = world["client"]
    page = client.get(f"/cijfers?label={word}").get_data(as_text=True)
    assert "Bewaar deze zoekopdracht" in page and 'name="soort" value="cijfers"' in page
    assert "Bewaar deze zoekopdracht" not in client.get("/cijfers").get_data(as_text=True)  # no filter, nothing to save


def test_alerts_cli_lists_only_what_is_new_since_the_date(world):
    runner = CliRunner()
    data = ["--data", str(world["dir"])]
    files = world["files"]
    week = runner.invoke(main, [*data, "alerts"])  # default: the last 7 days
    assert week.exit_code == 0, week.output
    block = week.output.split("Erotisch Centrum Zuid (zoekopdracht", 1)[1].split("\n")
    assert block[0].endswith(": 1 nieuw") and block[1].startswith(f"- {files['new'][0].name} p.")
    assert f"- {files['old'][0].name} p." not in week.output
    old = (datetime.now(timezone.utc) - timedelta(days=40)).date().isoformat()
    both = runner.invoke(main, [*data, "alerts", "--sinds", old, "--json"])
    report = json.loads(both.output)
    ours = next(s for s in report["searches"] if s["token"] == world["token"])
    assert [m["file"] for m in ours["matches"]] == [files["new"][0].name, files["old"][0].name]
    tomorrow = (datetime.now(timezone.utc) + timedelta(days=1)).date().isoformat()
    quiet = runner.invoke(main, [*data, "alerts", "--sinds", tomorrow])
    assert quiet.exit_code == 0 and quiet.output == ""
    bad = runner.invoke(main, [*data, "alerts", "--sinds", "4 december"])
    assert bad.exit_code == 2 and "JJJJ-MM-DD" in bad.output


def test_alerts_cli_saves_and_removes_a_search(tmp_path, files):
    runner = CliRunner()
    data = ["--data", str(tmp_path / "d")]
    saved = runner.invoke(main, [*data, "alerts", "--bewaar", WORD, "--naam", "Zuid", "--json"])
    assert saved.exit_code == 0, saved.output
    made = json.loads(saved.output)
    assert made["name"] == "Zuid" and made["query"] == WORD
    assert runner.invoke(main, [*data, "alerts"]).output == ""  # empty archive: quiet
    _ingest(tmp_path / "d", files["new"])
    shown = runner.invoke(main, [*data, "alerts"]).output
    assert shown.startswith("Zuid (zoekopdracht") and f"- {files['new'][0].name} p." in shown
    assert f"- {files['new'][1].name} p." not in shown
    empty = runner.invoke(main, [*data, "alerts", "--bewaar", "  "])
    assert empty.exit_code == 2 and "zoekterm" in empty.output
    assert runner.invoke(main, [*data, "alerts", "--verwijder", made["token"]]).exit_code == 0
    assert runner.invoke(main, [*data, "alerts"]).output == ""
    again = runner.invoke(main, [*data, "alerts", "--verwijder", made["token"]])
    assert again.exit_code == 1 and "Geen bewaarde zoekopdracht" in again.output


def test_saving_and_deleting_need_the_csrf_token_and_a_deleted_feed_is_a_dutch_404(tmp_path, files):
    _ingest(tmp_path / "d", files["old"][:1])
    client = create_app({"DATA_DIR": str(tmp_path / "d")}).test_client()
    assert client.post("/bewaard", data={"soort": "zoeken", "q": WORD}).status_code == 403
    assert client.post("/api/bewaard", data={"soort": "zoeken", "q": WORD}).status_code == 403
    assert client.get("/api/bewaard").get_json()["total"] == 0  # nothing was saved by the refused posts
    made = client.post("/api/bewaard", data={**token(client), "soort": "zoeken", "q": WORD, "naam": "Zuid"})
    assert made.status_code == 201
    feed_token = made.get_json()["token"]
    listing = client.get("/bewaard").get_data(as_text=True)
    assert "Zuid" in listing and f"/bewaard/{feed_token}/verwijderen" in listing
    assert client.post(f"/bewaard/{feed_token}/verwijderen").status_code == 403
    assert client.get(f"/bewaard/{feed_token}.atom").status_code == 200  # still there after the refused delete
    gone = client.post(f"/bewaard/{feed_token}/verwijderen", data=token(client))
    assert gone.status_code == 303 and gone.headers["Location"] == "/bewaard"
    for url in (f"/bewaard/{feed_token}.atom", f"/bewaard/{feed_token}"):
        response = client.get(url)
        assert response.status_code == 404
        assert "bestaat niet (meer)" in response.get_data(as_text=True) and 'lang="nl"' in response.get_data(
            as_text=True
        )
    api = client.get(f"/api/bewaard/{feed_token}")
    assert api.status_code == 404 and "bestaat niet (meer)" in api.get_json()["error"]
    bad = client.post("/api/bewaard", data={**token(client), "soort": "kaart", "q": WORD})
    assert bad.status_code == 400 and "zoeken" in bad.get_json()["error"]
    empty = client.post("/bewaard", data={**token(client), "soort": "zoeken", "q": " "})
    assert empty.status_code == 400 and "zoekterm" in empty.get_data(as_text=True)
