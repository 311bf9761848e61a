"""Every list is paged, filtered, sorted and has facet counts, in HTML and JSON alike; search numbering
says "21–40 van N"; figures and documents default to newest first."""
from __future__ import annotations

import re

import pytest

from web.app import create_app


@pytest.fixture(scope="module")
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()


@pytest.fixture(scope="module")
def many_client(tmp_path_factory):
    """An archive of 26 short letters that all mention meldingen: search groups per document, so paging
    needs more documents than one page holds."""
    from conftest import ingested

    folder = tmp_path_factory.mktemp("many-letters")
    for n in range(26):
        (folder / f"brief-{n:02d}.txt").write_text(
            f"Raadsinformatiebrief {n + 1}\n\nIn week {n + 1} kwamen {n + 3} meldingen binnen bij het meldpunt "
            f"over de wijk {n}.\n", encoding="utf-8")
    data = ingested(tmp_path_factory.mktemp("many-data"), [str(folder)])
    return create_app({"DATA_DIR": str(data)}).test_client()


def test_search_pages_are_numbered_and_linked(many_client):
    client = many_client
    first = client.get("/api/zoeken?q=meldingen").get_json()
    assert first["total"] > 20 and (first["first"], first["last"], first["page"]) == (1, 20, 1)
    second = client.get("/api/zoeken?q=meldingen&pagina=2").get_json()
    assert second["first"] == 21 and second["last"] == min(40, first["total"]) and len(second["hits"]) == \
        second["last"] - 20
    assert not {(h["document"], h["page"], h["snippet"]) for h in first["hits"]} & \
        {(h["document"], h["page"], h["snippet"]) for h in second["hits"]}
    html = client.get("/zoeken?q=meldingen&pagina=2").get_data(as_text=True)
    assert f"21–{second['last']} van {first['total']} documenten" in html and '<ol class="hits" start="21">' in html
    assert 'rel="prev" href="/zoeken?q=meldingen&amp;pagina=1"' in html
    assert all(str(h["document"]) in second["dates"] for h in second["hits"])


def test_documents_are_paged_sorted_newest_first_and_faceted(client):
    everything = client.get("/api/documenten?per=500").get_json()
    docs = everything["documents"]
    dates = [d["date"] or str(d["year"] or "") for d in docs]
    assert dates == sorted(dates, reverse=True) and everything["sort"] == "datum"
    types = everything["facets"]["type"]
    assert sum(t["count"] for t in types) == everything["total"] == len(docs)
    top = types[0]
    filtered = client.get("/api/documenten", query_string={"type": top["value"]}).get_json()
    assert filtered["total"] == top["count"] and {d["type"] for d in filtered["documents"]} == {top["value"]}
    page2 = client.get("/api/documenten?per=3&pagina=2").get_json()
    assert [d["id"] for d in page2["documents"]] == [d["id"] for d in docs[3:6]] and page2["first"] == 4
    by_title = client.get("/api/documenten?per=500&sorteer=titel").get_json()["documents"]
    assert [d["title"].lower() for d in by_title] == sorted(d["title"].lower() for d in docs)
    html = client.get("/documenten").get_data(as_text=True)
    assert re.search(r'href="/documenten\?type=[^"]+">[^<]+</a> <span class="facet-count">\(\d+\)', html)  # facet links


def test_figures_are_paged_with_facets_and_newest_first(client):
    data = client.get("/api/cijfers?per=25").get_json()
    assert len(data["figures"]) == 25 and data["total"] > 25 and data["pages"] == -(-data["total"] // 25)
    years = data["facets"]["jaar"]
    assert years and all(y["count"] > 0 for y in years)
    year = years[0]["value"]
    only = client.get(f"/api/cijfers?jaar={year}&per=1000").get_json()
    assert only["total"] >= years[0]["count"]  # a figure over a period counts for each year it spans
    docs = {d["id"]: d["date"] or str(d["year"] or "")
            for d in client.get("/api/documenten?per=500").get_json()["documents"]}
    everything = client.get("/api/cijfers?per=1000").get_json()["figures"]
    order = [docs[f["document"]] for f in everything]
    assert order == sorted(order, reverse=True)
    html = client.get("/cijfers?per=25&pagina=2").get_data(as_text=True)
    assert f"26–50 van {data['total']} cijfers" in html


def test_letters_are_paged_with_facets(client):
    data = client.get("/api/raadsvragen").get_json()
    assert data["total"] == len(data["letters"]) and data["facets"]["partij"]
    party = data["facets"]["partij"][0]
    narrowed = client.get("/api/raadsvragen", query_string={"partij": party["value"]}).get_json()
    assert narrowed["total"] >= party["count"] >= 1
    asked = [item["asked"] or item["date"] or "" for item in data["letters"]]
    assert asked == sorted(asked, reverse=True)


def test_findings_are_paged_with_counts_per_kind(client):
    data = client.get("/api/consistentie?per=2").get_json()
    assert len(data["findings"]) == min(2, data["total"]) and data["pages"] == max(1, -(-data["total"] // 2))
    kinds = data["facets"]["soort"]
    assert sum(k["count"] for k in kinds) == data["total"] and all(k["label"] != k["value"] for k in kinds)
    one = kinds[0]
    only = client.get(f"/api/consistentie?soort={one['value']}").get_json()
    assert only["total"] == one["count"] and {f["kind"] for f in only["findings"]} == {one["value"]}
    html = client.get("/consistentie").get_data(as_text=True)
    assert f'href="/consistentie?soort={one["value"]}">{one["label"]}</a>' in html
