"""Controleer a clerk can finish with: text and file together, empty and unreadable input (the text stays),
UTF-16 and Windows-1252 uploads, and the report exported as CSV and JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
from webtools import post, token

from web.app import create_app

DRAFT = (
    "In 2024 zijn 115 slachtoffers van seksuele uitbuiting begeleid door het ESSM.\n\n"
    "In 2024 zijn 12 fietsen gestolen bij het stadhuis."
)


@pytest.fixture(scope="module")
def client(corpus_archive_dir):
    return create_app({"DATA_DIR": str(corpus_archive_dir)}).test_client()


def _upload(data: bytes, name: str):
    return (io.BytesIO(data), name)


def test_text_and_file_together_checks_the_file_and_says_so(client):
    page = post(
        client,
        "/controleer",
        {**token(client), "tekst": "In 2024 waren er 7 fietsen.", "bestand": _upload(DRAFT.encode(), "antwoord.txt")},
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "zowel tekst als een bestand" in html and "antwoord.txt" in html
    assert "115" in html.split("Uitkomst")[1]  # the file was checked
    assert "In 2024 waren er 7 fietsen.</textarea>" in html  # and the text is still there
    data = post(
        client, "/api/controleer", {**token(client), "tekst": "x 7", "bestand": _upload(DRAFT.encode(), "a.txt")}
    )
    assert "zowel tekst als een bestand" in data.get_json()["notice"]


def test_an_empty_submit_says_what_to_do(client):
    page = client.post("/controleer", data={**token(client), "tekst": "   "})
    html = page.get_data(as_text=True)
    assert (
        page.status_code == 400 and "Er is niets te controleren" in html and "<h1>Controleer een concept</h1>" in html
    )
    assert client.post("/api/controleer", data=token(client)).get_json()["error"].startswith("Er is niets")


def test_an_unreadable_file_keeps_the_pasted_text(client):
    page = post(
        client,
        "/controleer",
        {
            **token(client),
            "tekst": "Mijn concept van vanochtend",
            "bestand": _upload(b"PK\x03\x04 nep", "concept.docx"),
        },
    )
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and ".docx" in html and "Mijn concept van vanochtend</textarea>" in html
    broken = post(
        client,
        "/controleer",
        {**token(client), "tekst": "nog steeds hier", "bestand": _upload(b"%PDF-1.4 kapot", "kapot.pdf")},
    )
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


def _keep(client, text: str = DRAFT):
    kept = client.post("/controleer/bewaar", data={**token(client), "tekst": text, "bestandsnaam": "antwoord.txt"})
    assert kept.status_code == 303, kept.get_data(as_text=True)[:300]
    return kept.headers["Location"]


def test_a_kept_report_has_a_link_that_checks_it_again_and_can_be_deleted(client):
    link = _keep(client)
    secret = link.rsplit("/", 1)[1]
    assert link.startswith("/controleer/rapport/") and len(secret) == 22
    assert _keep(client).rsplit("/", 1)[1] != secret  # every keep its own unguessable token
    html = client.get(link).get_data(as_text=True)
    assert "Bewaard rapport van antwoord.txt" in html and "dezelfde uitkomst als bij het bewaren" in html
    assert "115" in html.split("Uitkomst")[1] and "Verwijder dit bewaarde rapport" in html
    data = client.get("/api" + link).get_json()
    assert data["saved_at"] and data["summary_at_saving"] == data["summary"]
    assert any(c["raw"] == "115" and c["verdict"] == "supported" for c in data["claims"])
    # no CSRF token, no delete; with it, the link is gone (in Dutch), also as JSON
    assert client.post(link + "/verwijder").status_code in (400, 403)
    gone = client.post(link + "/verwijder", data=token(client))
    assert gone.status_code == 200 and "Het bewaarde rapport is verwijderd" in gone.get_data(as_text=True)
    missing = client.get(link)
    assert missing.status_code == 404 and "bestaat niet (meer)" in missing.get_data(as_text=True)
    assert client.get("/api" + link).status_code == 404


def test_a_report_of_an_uploaded_file_keeps_its_pages_not_the_file(client):
    two_pages = "Pagina een zonder getallen.\f" + DRAFT
    page = post(client, "/controleer", {**token(client), "bestand": (io.BytesIO(two_pages.encode()), "brief.txt")})
    html = page.get_data(as_text=True)
    assert 'action="/controleer/bewaar"' in html and 'value="brief.txt"' in html
    kept_text = html.split('<textarea name="tekst" hidden')[1].split(">", 1)[1].split("</textarea>")[0]
    assert kept_text.count("\f") == 1 and "115 slachtoffers" in kept_text
    link = _keep(client, kept_text)
    data = client.get("/api" + link).get_json()
    assert [c["page"] for c in data["claims"] if c["raw"] == "115"] == [2]


def test_keeping_needs_the_token_and_text(client):
    assert client.post("/controleer/bewaar", data={"tekst": DRAFT}).status_code in (400, 403)
    empty = client.post("/controleer/bewaar", data={**token(client), "tekst": " "})
    assert empty.status_code == 400 and "geen gecontroleerde tekst" in empty.get_data(as_text=True)
    for bad in ("x" * 22, "kort", "../../etc/passwd"[:22].ljust(22, "a")):
        assert client.get(f"/controleer/rapport/{bad}").status_code == 404


def test_a_council_answer_opens_in_controleer(client):
    doc_id = client.get("/api/raadsvragen").get_json()["letters"][0]["document"]
    letter = client.get(f"/api/raadsvragen/{doc_id}").get_json()
    question = next(q for q in letter["questions"] if q["answer"])
    html = client.get(f"/raadsvragen/{doc_id}").get_data(as_text=True)
    link = f"/controleer?brief={doc_id}&amp;vraag={question['number']}"
    assert link in html and "Controleer de cijfers in dit antwoord" in html
    form = client.get(link.replace("&amp;", "&")).get_data(as_text=True)
    box = form.split('<textarea id="tekst"')[1].split("</textarea>")[0]
    assert question["answer"][:60] in box.replace("&#39;", "'").replace("&quot;", '"')
    assert "Uitkomst" not in form  # filling the form is all a GET does
    assert "</textarea>" in client.get("/controleer?brief=999999&vraag=1").get_data(as_text=True)
