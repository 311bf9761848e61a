"""Figures in the web UI (marked passages, /cijfer/<id>, the figures table with CSV) and the CLI."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from web.app import create_app
from web.cli import main

MONITOR = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
CLI_FIELDS = {
    "file",
    "page",
    "value",
    "unit",
    "qualifier",
    "label",
    "year",
    "place",
    "organisation",
    "text",
    "source",
    "row",
    "column",
}


@pytest.fixture
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()


@pytest.fixture
def monitor_id(client):
    return next(d["id"] for d in client.get("/api/documenten").get_json()["documents"] if d["file"] == MONITOR)


def test_document_page_marks_figures_and_links_them(client, monitor_id):
    html = client.get(f"/document/{monitor_id}").get_data(as_text=True)
    marked = re.findall(r'<a class="cijfer" href="/cijfer/(\d+)"><mark class="cijfer">([^<]*)</mark>', html)
    assert ("944" in {text for _, text in marked}) and "naar schatting 5.000" in {text for _, text in marked}
    assert "Telefoon" not in html or all(text != "14 010" for _, text in marked)
    figure_id, text = next((i, t) for i, t in marked if t == "944")
    page = client.get(f"/cijfer/{figure_id}").get_data(as_text=True)
    assert "slachtoffers" in page and "CoMensha" in page and "pagina 2" in page and 'lang="nl"' in page


def test_figure_json_twin_and_dutch_404(client, monitor_id):
    figures = client.get(f"/api/document/{monitor_id}/cijfers").get_json()["figures"]
    first = figures[0]
    data = client.get(f"/api/cijfer/{first['id']}").get_json()
    assert data["value"] == first["value"] and data["file"] == MONITOR and "related" in data
    assert CLI_FIELDS <= set(data)
    missing = client.get("/cijfer/999999")
    assert missing.status_code == 404 and "bestaat niet" in missing.get_data(as_text=True)
    assert client.get("/api/cijfer/999999").get_json()["error"]


def test_figures_table_filters_sorts_and_exports_csv(client, monitor_id):
    rows = client.get(f"/api/document/{monitor_id}/cijfers?min=100&max=1000&sorteer=value&richting=af").get_json()[
        "figures"
    ]
    values = [r["value"] for r in rows]
    assert values == sorted(values, reverse=True) and values and all(100 <= v <= 1000 for v in values)
    assert 944 in values and 208 in values and 5000 not in values
    by_label = client.get(f"/api/document/{monitor_id}/cijfers?label=controles").get_json()["figures"]
    assert by_label and all("controles" in r["label"] for r in by_label)
    html = client.get(f"/document/{monitor_id}/cijfers?sorteer=value").get_data(as_text=True)
    assert "Download als CSV" in html and "sorteer=value" in html
    response = client.get(f"/document/{monitor_id}/cijfers.csv?jaar=2024")
    assert response.headers["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert table and {r["file"] for r in table} == {MONITOR}
    assert all(int(r["year"]) <= 2024 <= int(r["year_end"] or r["year"]) for r in table)  # ranges count too
    assert "2024" in {r["year"] for r in table}


def test_search_finds_a_figure_in_any_dutch_form(corpus_archive):
    for query in ("5.000", "5000"):
        results = corpus_archive.search(query, kinds=("figure",), limit=20)
        assert results.total >= 2, query
        assert {h.file for h in results.hits} >= {MONITOR, "regionaal-beleidskader-mensenhandel.pdf"}


def test_cli_and_api_search_figures_by_number(client, corpus_archive_dir):
    for query in ("5.000", "5000"):
        out = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "figures", "--zoek", query, "--json"])
        assert {f["value"] for f in json.loads(out.output)} == {5000}
        assert {f["value"] for f in client.get(f"/api/cijfers?q={query}").get_json()["figures"]} == {5000}


def test_default_search_lists_passages_not_figure_units(corpus_archive):
    kinds = {h.kind for h in corpus_archive.search("slachtoffers", limit=50).hits}
    assert "passage" in kinds and "figure" not in kinds


def test_range_filter_in_the_store(corpus_archive):
    from search.read.figures import find

    rows = find(corpus_archive.store, minimum=5000, maximum=5000)
    assert {r["label"] for r in rows} >= {"slachtoffers"} and all(r["value"] == 5000 for r in rows)
    in_2024 = find(corpus_archive.store, year=2024, label="slachtoffers seksuele")
    assert 115 in {r["value"] for r in in_2024}


def test_cli_figures_json(corpus_archive_dir):
    result = CliRunner().invoke(
        main,
        [
            "--data",
            str(corpus_archive_dir),
            "figures",
            "--document",
            "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf",
            "--json",
        ],
    )
    assert result.exit_code == 0
    figures = json.loads(result.output)
    assert figures and all(CLI_FIELDS <= set(f) for f in figures)
    assert {(f["value"], f["label"], f["year"]) for f in figures} >= {(115, "slachtoffers seksuele uitbuiting", 2024)}
    assert not {14010, 2365256, 7000} & {f["value"] for f in figures}


def test_cli_figures_unknown_document_says_what_to_do(corpus_archive_dir):
    result = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "figures", "--document", "nergens.pdf"])
    assert result.exit_code == 1 and "raadslens ingest" in result.output


def test_figure_page_lists_its_cross_references(client, monitor_id):
    """Issue 6: the figure page lists all cross-references of a figure (series, findings, matches), HTML and JSON."""
    figures = client.get(f"/api/document/{monitor_id}/cijfers").get_json()["figures"]
    total = next(f for f in figures if f["value"] == 11 and f["source"] == "table" and f["column"] == "2025")
    data = client.get(f"/api/cijfer/{total['id']}").get_json()
    refs = data["cross_references"]
    assert refs == client.get(f"/api/kruisverwijzingen/{total['id']}").get_json()
    assert any(f["kind"] == "conflict" for f in refs["findings"]) and refs["series"]
    html = client.get(f"/cijfer/{total['id']}").get_data(as_text=True)
    assert "Tegenstrijdige cijfers" in html and "Door de jaren heen" in html
    assert all(f"/indicator/{s['id']}" in html for s in refs["series"])


def test_figure_search_keeps_only_the_figures_that_match_on_their_own(corpus_archive):
    from search.index.query import matches, parse
    from search.read.figures import search, unit_text

    everything = search(corpus_archive, "slachtoffers", limit=500)
    pages = {(r["doc_id"], r["page"]) for r in everything}
    assert everything and all(matches(parse("slachtoffers"), unit_text(r)) for r in everything)
    same_page_others = [
        r
        for r in corpus_archive.store.rows(
            "SELECT * FROM figures WHERE label NOT LIKE '%slachtoffer%' AND coalesce(row_label, '') NOT LIKE "
            "'%slachtoffer%' AND coalesce(col_label, '') NOT LIKE '%slachtoffer%'"
        )
        if (r["doc_id"], r["page"]) in pages
    ]
    assert same_page_others, "the corpus pages with victims also hold other figures"
    assert not {r["id"] for r in same_page_others} & {r["id"] for r in everything}
    narrowed = search(corpus_archive, "slachtoffers -2024", limit=500)
    assert narrowed and len(narrowed) < len(everything)
    assert all("2024" not in unit_text(r).split() for r in narrowed)


def test_figure_search_understands_a_year(client):
    found = client.get("/api/cijfers?q=meldpunt 2025").get_json()["figures"]
    assert found and all(f["year"] == 2025 or f["year_end"] == 2025 for f in found)
    assert 191 in {f["value"] for f in found}


def test_arriving_from_a_search_keeps_the_figure_links(client, monitor_id):
    """?q= marks the search words and the figures stay links to their own pages."""
    plain = client.get(f"/document/{monitor_id}").get_data(as_text=True)
    searched = client.get(f"/document/{monitor_id}?q=slachtoffers").get_data(as_text=True)
    links = set(re.findall(r'<a class="cijfer" href="/cijfer/(\d+)">', plain))
    kept = set(re.findall(r'<a class="cijfer" href="/cijfer/(\d+)">', searched))
    assert links and kept == links
    assert re.search(r"<mark[^>]*>\s*slachtoffers\s*</mark>", searched, re.I)


def test_each_table_is_shown_once_its_text_lines_folded_away(client):
    """A table's flattened text lines sit in a closed <details> under the table, not in the running text."""
    docs = client.get("/api/documenten").get_json()["documents"]
    with_tables = [d["id"] for d in docs if client.get(f"/api/document/{d['id']}").get_json()["tables"]]
    folded = 0
    for doc_id in with_tables:
        html = client.get(f"/document/{doc_id}").get_data(as_text=True)
        blocks = re.findall(r'<details class="table-text">(.*?)</details>', html, re.S)
        folded += sum(block.count('<p class="passage') for block in blocks)
        running = re.sub(r'<details class="table-text">.*?</details>', "", html, flags=re.S)
        for block in blocks:
            for line in re.findall(r'<p class="passage[^"]*" id="(passage-\d+)"', block):
                assert f'id="{line}"' not in running  # shown once
        assert "<table" in html
    assert folded > 0
