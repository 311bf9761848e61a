"""Safe by default, one test per rule (test client; the browser side is in test_ui_safety.py):
CSRF on every POST and no GET that does work, security headers, allowed host names, capped queries,
bounded ids, no request.args in url_for, Dutch error pages (JSON under /api/), no server paths,
uploads read in a worker process with limits."""
from __future__ import annotations

import io
import time

import pytest
from pdfgen import bomb_pdf, text_pdf
from webtools import post, token

from search import Archive, ingest_paths
from web.app import create_app

DRAFT = "In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM."


@pytest.fixture(scope="module")
def app(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)})


@pytest.fixture
def client(app):
    return app.test_client()


def test_a_post_without_the_forms_token_is_refused_in_dutch(client):
    refused = client.post("/controleer", data={"tekst": DRAFT})
    assert refused.status_code == 403 and "Dit formulier is verlopen" in refused.get_data(as_text=True)
    assert client.post("/api/controleer", data={"tekst": DRAFT}).get_json()["status"] == 403
    wrong = client.post("/controleer", data={"tekst": DRAFT, "csrf_token": "geraden"})
    assert wrong.status_code == 403
    # another browser's token is no good either: it belongs to that browser's session
    other = create_app({"DATA_DIR": client.application.config["DATA_DIR"]}).test_client()
    assert client.post("/controleer", data={**token(other), "tekst": DRAFT}).status_code == 403
    ok = client.post("/controleer", data={**token(client), "tekst": DRAFT})
    assert ok.status_code == 200 and "klopt" in ok.get_data(as_text=True)
    header = client.post("/api/controleer", data={"tekst": DRAFT},
                         headers={"X-CSRF-Token": token(client)["csrf_token"]})
    assert header.status_code == 200 and header.get_json()["claims"]


def test_a_get_does_no_work(client):
    data = client.get("/api/controleer?tekst=" + DRAFT).get_json()
    assert "claims" not in data and data["csrf_token"] and data["post_to"] == "/api/controleer"
    html = client.get("/controleer?tekst=" + DRAFT).get_data(as_text=True)
    assert "Uitkomst" not in html and 'name="csrf_token"' in html


def test_every_answer_carries_the_security_headers(client):
    for url in ("/", "/api/documenten", "/bestaat-niet", "/static/raadslens.css"):
        response = client.get(url)
        headers = response.headers
        response.close()
        csp = headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp, url
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY", url
        assert headers["Referrer-Policy"] == "same-origin", url


def test_only_allowed_host_names_are_served(corpus_archive_dir):
    default = create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()
    assert default.get("/", headers={"Host": "127.0.0.1:5000"}).status_code == 200
    evil = default.get("/", headers={"Host": "aanvaller.example"})
    assert evil.status_code == 400 and "hostnaam" in evil.get_data(as_text=True)
    assert default.get("/api/zoeken", headers={"Host": "aanvaller.example"}).get_json()["status"] == 400
    named = create_app({"DATA_DIR": str(corpus_archive_dir),
                        "ALLOWED_HOSTS": ["raad.example.nl"]}).test_client()
    assert named.get("/", headers={"Host": "raad.example.nl"}).status_code == 200
    assert named.get("/", headers={"Host": "localhost"}).status_code == 400


def test_a_query_beyond_the_caps_is_refused_quickly_in_dutch(client):
    started = time.monotonic()
    repeated = client.get("/zoeken?q=" + "+".join(["meldingen"] * 800))
    assert repeated.status_code == 400 and "hooguit 32" in repeated.get_data(as_text=True)
    long = client.get("/api/zoeken?q=" + "x" * 600).get_json()
    assert long["status"] == 400 and "tekens" in long["error"]
    assert client.get("/api/cijfers?q=" + "+".join(["5"] * 100)).status_code == 400
    assert time.monotonic() - started < 5  # refused, not searched
    assert client.get("/zoeken?q=" + "+".join(["meldingen"] * 5)).status_code == 200


@pytest.mark.parametrize("url", ["/document/9223372036854775808", "/api/document/99999999999999999999999",
                                 "/cijfer/9223372036854775808", "/raadsvragen/18446744073709551616",
                                 "/kruisverwijzingen/9223372036854775808", "/document/9223372036854775807"])
def test_ids_beyond_sqlite_are_a_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert ("Niet gevonden" in response.get_data(as_text=True)) or response.get_json()["status"] == 404


def test_arguments_of_the_request_never_build_links(client):
    doc = client.get("/api/documenten").get_json()["documents"][0]["id"]
    tricks = "_external=1&doc_id=3&_method=POST&_scheme=javascript&_anchor=x"
    for url in (f"/document/{doc}/cijfers?{tricks}", f"/cijfers?{tricks}", f"/zoeken?q=meldingen&{tricks}",
                f"/documenten?{tricks}", f"/raadsvragen?{tricks}"):
        response = client.get(url, headers={"Host": "localhost"})
        html = response.get_data(as_text=True)
        assert response.status_code == 200, url
        assert "http://localhost" not in html and "javascript:" not in html, url
    csv = client.get(f"/api/cijfers?label=slachtoffers&{tricks}").get_json()["csv"]
    assert csv == "/cijfers.csv?label=slachtoffers"


def test_error_pages_are_dutch_and_json_under_api(app, client):
    assert "Deze pagina bestaat niet" in client.get("/bestaat/niet").get_data(as_text=True)
    assert client.get("/api/bestaat-niet").get_json() == {
        "error": "Deze pagina bestaat niet. Zoek wat u nodig hebt via Zoeken of de lijst met documenten.",
        "status": 404}
    wrong_method = client.post("/documenten", data=token(client))
    assert wrong_method.status_code == 405 and "Niet toegestaan" in wrong_method.get_data(as_text=True)
    assert client.delete("/api/documenten", headers={"X-CSRF-Token": token(client)["csrf_token"]}).get_json()[
        "status"] == 405
    small = create_app({"DATA_DIR": app.config["DATA_DIR"], "MAX_CONTENT_LENGTH": 1000}).test_client()
    big = small.post("/controleer", data={**token(small), "tekst": "x" * 5000})
    assert big.status_code == 413 and "te groot" in big.get_data(as_text=True)
    assert small.post("/api/controleer", data={**token(small), "tekst": "x" * 5000}).get_json()["status"] == 413
    for page in (client.get("/bestaat-niet"), wrong_method, big):
        text = page.get_data(as_text=True)
        assert 'lang="nl"' in text and not any(w in text for w in ("Not Found", "Method Not Allowed", "Too Large"))


def test_a_crash_is_a_dutch_500_without_details(corpus_archive_dir):
    app = create_app({"DATA_DIR": str(corpus_archive_dir)})

    def broken():
        raise RuntimeError("geheim /home/raadslens/var/raadslens.sqlite3")

    app.add_url_rule("/kapot", "kapot", broken)
    app.add_url_rule("/api/kapot", "kapot_api", broken)
    client = app.test_client()
    page = client.get("/kapot")
    text = page.get_data(as_text=True)
    assert page.status_code == 500 and "Er ging iets mis" in text and "geheim" not in text and "/home" not in text
    assert client.get("/api/kapot").get_json()["status"] == 500


def test_a_removed_files_404_names_no_server_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "notitie.txt"
    source.write_text("In 2024 waren er 12 meldingen.", encoding="utf-8")
    archive = Archive.open(tmp_path / "data")
    assert ingest_paths(archive, [str(source)]).ok
    archive.close()
    source.unlink()
    client = create_app({"DATA_DIR": str(tmp_path / "data")}).test_client()
    doc = client.get("/api/documenten").get_json()["documents"][0]["id"]
    missing = client.get(f"/document/{doc}/bestand")
    text = missing.get_data(as_text=True)
    assert missing.status_code == 404 and "notitie.txt" in text and str(tmp_path) not in text and "/tmp" not in text


def test_a_decompression_bomb_upload_is_stopped_in_a_worker(corpus_archive_dir, tmp_path):
    bomb = bomb_pdf(tmp_path / "bom.pdf", 1024).read_bytes()
    client = create_app({"DATA_DIR": str(corpus_archive_dir), "VERIFY_MAX_MEMORY": 200,
                         "VERIFY_TIMEOUT": 20}).test_client()
    started = time.monotonic()
    answer = post(client, "/api/controleer", {**token(client), "bestand": (io.BytesIO(bomb), "bom.pdf")})
    assert answer.status_code == 413, answer.get_json()
    assert "geheugen" in answer.get_json()["error"] or "langer dan" in answer.get_json()["error"]
    assert time.monotonic() - started < 30
    page = post(client, "/controleer", {**token(client), "tekst": "mijn eigen tekst",
                                            "bestand": (io.BytesIO(bomb), "bom.pdf")})
    assert page.status_code == 413 and "mijn eigen tekst</textarea>" in page.get_data(as_text=True)
    # a normal PDF goes through the same worker and is checked
    good = text_pdf(tmp_path / "goed.pdf", 1, "Goedbestand").read_bytes()
    fine = post(client, "/api/controleer", {**token(client), "bestand": (io.BytesIO(good), "goed.pdf")})
    assert fine.status_code == 200 and fine.get_json()["file"] == "goed.pdf"


def test_too_many_uploads_at_once_get_a_429(corpus_archive_dir, tmp_path):
    from web.uploads import _slots

    client = create_app({"DATA_DIR": str(corpus_archive_dir), "VERIFY_SLOTS": 1, "VERIFY_WAIT": 0.2}).test_client()
    good = text_pdf(tmp_path / "goed.pdf", 1, "Goedbestand").read_bytes()
    slot = _slots(1)
    assert slot.acquire(timeout=5)  # another upload is being read
    try:
        answer = post(client, "/controleer", {**token(client), "bestand": (io.BytesIO(good), "goed.pdf")})
    finally:
        slot.release()
    assert answer.status_code == 429 and "probeer het over een minuut" in answer.get_data(as_text=True)
    assert post(client, "/controleer", {**token(client), "bestand": (io.BytesIO(good), "goed.pdf")}).status_code == 200
