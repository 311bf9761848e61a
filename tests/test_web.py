"""The Flask pages and their JSON twins, with the test client."""

import pytest

from web.app import create_app


@pytest.fixture
def client(corpus_archive_dir):
    app = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True})
    return app.test_client()


def test_search_page_highlights_and_links_to_page(client):
    html = client.get("/zoeken?q=meldingen").get_data(as_text=True)
    assert "<mark>meldingen</mark>" in html.lower() or "<mark>Meldingen</mark>" in html
    assert "#pagina-" in html
    assert 'lang="nl"' in html and "treffers" in html


def test_search_json_twin(client):
    data = client.get("/api/zoeken?q=seksuele+uitbuiting").get_json()
    assert data["total"] > 0 and data["hits"][0]["page"] >= 1
    assert len({h["file"] for h in client.get("/api/zoeken?q=seksuele+uitbuiting").get_json()["hits"]}) >= 2


def test_search_page_groups_per_document_and_suggests_a_spelling(client):
    html = client.get("/zoeken?q=mensenhandl").get_data(as_text=True)
    assert "Bedoelde u:" in html and "q=mensenhandel" in html
    assert "meer treffers in dit document</summary>" in html and "documenten voor" in html
    data = client.get("/api/zoeken?q=mensenhandl").get_json()
    assert data["suggestion"] == "mensenhandel" and len({h["document"] for h in data["hits"]}) == len(data["hits"])


def test_search_counts_documents_per_type_year_and_organisation_as_filter_links(client):
    data = client.get("/api/zoeken?q=mensenhandel").get_json()
    facets = data["facets"]
    assert set(facets) == {"type", "jaar", "organisatie"}
    assert sum(f["count"] for f in facets["type"]) == data["total"] > 1  # every document has a type
    assert len(facets["type"]) > 1 and len(facets["jaar"]) > 1
    html = client.get("/zoeken?q=mensenhandel").get_data(as_text=True)
    assert '<h2 class="facet-name">Organisatie</h2>' in html and "type=monitor" in html
    for argument in ("type", "jaar", "organisatie"):
        value, count = facets[argument][0]["value"], facets[argument][0]["count"]
        narrowed = client.get("/api/zoeken", query_string={"q": "mensenhandel", argument: value}).get_json()
        assert narrowed["total"] == count < data["total"] or len(facets[argument]) == 1
        for hit in narrowed["hits"]:
            doc = client.get(f"/api/document/{hit['document']}").get_json()
            key = {"type": "type", "jaar": "year", "organisatie": "organisation"}[argument]
            assert str(doc[key]).lower() == str(value).lower()
    page = client.get("/zoeken?q=mensenhandel&type=monitor").get_data(as_text=True)
    assert '<strong aria-current="true">Monitor</strong>' in page and 'href="/zoeken?q=mensenhandel">alle</a>' in page


def test_document_page_and_json_twin(client):
    docs = client.get("/api/documenten").get_json()["documents"]
    monitor = next(d for d in docs if d["file"] == "mensenhandelmonitor-2025-regio-rotterdam.pdf")
    html = client.get(f"/document/{monitor['id']}").get_data(as_text=True)
    assert 'id="pagina-8"' in html and "Koffer" in html
    data = client.get(f"/api/document/{monitor['id']}").get_json()
    page8 = next(p for p in data["page_list"] if p["number"] == 8)
    assert any("Koffer Verkeerd" in p["text"] for p in page8["passages"])


def test_missing_document_is_a_dutch_404(client):
    response = client.get("/document/99999")
    assert response.status_code == 404 and "bestaat niet" in response.get_data(as_text=True)
    assert client.get("/api/document/99999").get_json()["error"]
