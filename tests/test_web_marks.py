"""Search hits link to their page with the query; the document page marks it."""

from web.app import create_app


def test_hit_links_carry_the_query_and_the_page_marks_it(corpus_archive_dir):
    client = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()
    html = client.get("/zoeken?q=%22Koffer+Verkeerd%22").get_data(as_text=True)
    assert "?q=%22Koffer+Verkeerd%22#pagina-8" in html
    doc_id = client.get("/api/zoeken?q=%22Koffer+Verkeerd%22").get_json()["hits"][0]["document"]
    page = client.get(f"/document/{doc_id}?q=%22Koffer+Verkeerd%22").get_data(as_text=True)
    assert page.count("<mark>Koffer Verkeerd</mark>") >= 1 and "<mark>Koffer</mark>" not in page
    plain = client.get(f"/document/{doc_id}").get_data(as_text=True)
    assert "<mark>" not in plain and "Koffer Verkeerd" in plain
