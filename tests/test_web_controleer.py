"""Controleer a clerk can finish with: text and file together, empty and unreadable input (the text stays),
UTF-16 and Windows-1252 uploads, and the report exported as CSV and JSON."""
from __future__ import annotations

import csv
import io
import json

import pytest
from webtools import post, token

from web.app import create_app

DRAFT = ("In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.\n\n"
         "In 2024 zijn 12 fietsen gestolen bij het stadhuis.")


@pytest.fixture(scope="module")
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()


def _upload(data: bytes, name: str):
    return (io.BytesIO(data), name)


def test_text_and_file_together_checks_the_file_and_says_so(client):
    page = post(client, "/controleer", {**token(client), "tekst": "In 2024 waren er 7 fietsen.",
                                        "bestand": _upload(DRAFT.encode(), "antwoord.txt")})
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "zowel tekst als een bestand" in html and "antwoord.txt" in html
    assert "115" in html.split("Uitkomst")[1]  # the file was checked
    assert "In 2024 waren er 7 fietsen.</textarea>" in html  # and the text is still there
    data = post(client, "/api/controleer", {**token(client), "tekst": "x 7", "bestand": _upload(DRAFT.encode(), "a.txt")})
    assert "zowel tekst als een bestand" in data.get_json()["notice"]


def test_an_empty_submit_says_what_to_do(client):
    page = client.post("/controleer", data={**token(client), "tekst": "   "})
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and "Er is niets te controleren" in html and "<h1>Controleer een concept</h1>" in html
    assert client.post("/api/controleer", data=token(client)).get_json()["error"].startswith("Er is niets")


def test_an_unreadable_file_keeps_the_pasted_text(client):
    page = post(client, "/controleer", {**token(client), "tekst": "Mijn concept van vanochtend",
                                        "bestand": _upload(b"PK\x03\x04 nep", "concept.docx")})
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and ".docx" in html and "Mijn concept van vanochtend</textarea>" in html
    broken = post(client, "/controleer", {**token(client), "tekst": "nog steeds hier",
                                          "bestand": _upload(b"%PDF-1.4 kapot", "kapot.pdf")})
    text = broken.get_data(as_text=True)
    assert broken.status_code == 400 and "Kan het bestand niet lezen" in text and "nog steeds hier</textarea>" in text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1252", "utf-8-sig"])
def test_text_uploads_in_other_encodings_are_read(client, encoding):
    text = "Cliënten: in 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM."
    data = post(client, "/api/controleer", {**token(client), "bestand": _upload(text.encode(encoding), "c.txt")})
    report = data.get_json()
    assert data.status_code == 200, report
    assert any(c["raw"] == "115" and c["verdict"] == "supported" for c in report["claims"])
    page = post(client, "/controleer", {**token(client), "bestand": _upload(text.encode(encoding), "c.txt")})
    assert '<div class="draft-page">Cliënten: in 2024' in page.get_data(as_text=True)


def test_the_report_exports_as_csv_and_json(client):
    answer = client.post("/controleer", data={**token(client), "tekst": DRAFT, "export": "csv"})
    assert answer.headers["Content-Type"].startswith("text/csv")
    assert 'attachment; filename="concept-controle.csv"' == answer.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))
    by_number = {r["getal"]: r for r in rows}
    assert by_number["115"]["oordeel"] == "klopt" and by_number["115"]["bron"].endswith(".pdf")
    assert by_number["115"]["adres"].startswith("http://localhost/document/")
    assert by_number["12"]["oordeel"] == "niet te controleren" and by_number["12"]["bron"] == ""
    exported = client.post("/controleer", data={**token(client), "tekst": DRAFT, "export": "json"})
    assert exported.headers["Content-Disposition"].endswith('.json"')
    assert json.loads(exported.get_data(as_text=True))["claims"][0]["raw"] == rows[0]["getal"]
    shown = client.post("/controleer", data={**token(client), "tekst": DRAFT}).get_data(as_text=True)
    assert 'name="export" value="csv"' in shown.split("Uitkomst")[1]  # export buttons beside the report
