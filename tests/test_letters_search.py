"""Questions as search units, kenmerk search, eerder gestelde vragen, the CLI and the Raadsvragen pages."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ingested, opened_archive, shared
from letters_factory import write_all

from search.read.letters import letters
from search.read.similar import similar_questions
from web.app import create_app
from web.cli import main

RAADSVRAGEN = "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    generated = write_all(tmp_path_factory.mktemp("brieven-pdf"))
    paths = [str(CORPUS / RAADSVRAGEN), *map(str, generated.values()),
             str(shared("realdocs", "tk_aanhangsel-handelingen_ah-tk-20202021-3235_kamervragen-tozo.pdf")),
             str(shared("realdocs", "tk_kamerstuk_kst-32545-143.pdf")),
             str(shared("amsterdam", "raadsinformatie", "fatbikes_manual"))]
    return ingested(tmp_path_factory.mktemp("brieven-data"), paths)


@pytest.fixture
def archive(data_dir):
    yield from opened_archive(data_dir)


@pytest.fixture
def client(data_dir):
    return create_app({"DATA_DIR": str(data_dir), "TESTING": True}).test_client()


def test_kenmerk_finds_the_letter(archive):
    hits = archive.search("25bb002418").hits
    assert hits and {h.file for h in hits} == {RAADSVRAGEN}
    assert "letter" in {h.kind for h in hits}
    assert archive.search("24sv0077").hits[0].file == "genummerd-eenzaamheid.pdf"
    assert archive.search("M2504-854").hits[0].file == RAADSVRAGEN


def test_question_units_filter_by_party_portefeuillehouder_asker_and_year(archive):
    pvda = archive.search("slachtoffers", kinds=("question",), facets=("party=pvda",), limit=50)
    assert pvda.total >= 3 and {h.file for h in pvda.hits} == {RAADSVRAGEN}
    assert all(h.kind == "question" and h.snippet for h in pvda.hits)
    horst = archive.search("fatbikes", kinds=("question",), facets=("portefeuillehouder=melanie van der horst",))
    assert horst.total == 5
    assert archive.search("fatbikes", kinds=("question",), facets=("asker=ijmker",)).total == 5
    assert len(archive.search("fatbikes", kinds=("question",), year=2023, limit=50).hits) >= 5
    assert archive.search("fatbikes", kinds=("question",), year=2019).total == 0
    assert archive.search("rente", kinds=("question",), doctype="beantwoording schriftelijke vragen").total >= 5


def test_paraphrased_question_finds_the_original_first(archive):
    found = similar_questions(archive, "Hoeveel bekeuringen zijn er vorig jaar gegeven voor deelscooters op de stoep?")
    assert found[0].file == "vragen-eerst-deelscooters.pdf" and found[0].number == 1
    assert found[0].answer.startswith("In 2023 zijn 412 boetes")
    assert found[0].score > found[1].score
    melden = similar_questions(archive, "Waar kan een slachtoffer van uitbuiting zich melden in Rotterdam?")
    assert melden[0].file == RAADSVRAGEN and melden[0].number in (6, 7)  # 6 and 7 share one answer


def test_letters_filters(archive):
    assert [l.file for l in letters(archive.store, party="pvda")] == [RAADSVRAGEN]
    assert {l.file for l in letters(archive.store, portefeuillehouder="Schouten")} == {RAADSVRAGEN}
    assert {l.year for l in letters(archive.store, year=2024)} == {2024}


def run(data_dir, *args):
    return CliRunner().invoke(main, ["--data", str(data_dir), *args], catch_exceptions=False)


def test_cli_answers_json_shape(data_dir):
    result = run(data_dir, "answers", "--json")
    assert result.exit_code == 0
    out = json.loads(result.output)
    corpus = next(item for item in out if item["file"] == RAADSVRAGEN)
    assert {"file", "title", "date", "asked", "vragensteller", "partij", "portefeuillehouder", "uw_kenmerk",
            "ons_kenmerk", "questions", "anomalies"} <= set(corpus)
    assert (corpus["vragensteller"], corpus["partij"], corpus["uw_kenmerk"]) == ("S. Reitema", "PvdA", "25bb002418")
    assert {"number", "text", "answer", "answer_shared_with", "page", "answer_page"} <= set(corpus["questions"][0])
    assert corpus["questions"][6]["page"] == 6 and corpus["questions"][6]["answer_page"] == 7
    assert corpus["questions"][3]["answer_shared_with"] == [5]
    broken = next(item for item in out if item["file"] == "kapotte-nummering-verlichting.pdf")
    assert len(broken["anomalies"]) == 4


def test_cli_similar_to_a_question_of_the_archive(data_dir):
    letters_json = json.loads(run(data_dir, "answers", "--json").output)
    lamps = next(q for item in letters_json for q in item["questions"] if q["text"].startswith("Is er een meldpunt"))
    out = json.loads(run(data_dir, "similar", "--vraag", str(lamps["id"]), "--json").output)
    assert out and all(item["question"] != lamps["id"] and item["file"] != "kapotte-nummering-verlichting.pdf" for item in out)
    assert out[0]["file"] == RAADSVRAGEN and out[0]["number"] in (6, 7)  # the meldpunten of the corpus letter
    assert run(data_dir, "similar").exit_code == 2


def test_cli_similar(data_dir):
    out = json.loads(run(data_dir, "similar", "Komen er meer huiskamers tegen eenzaamheid?", "--json").output)
    assert out[0]["file"] == "genummerd-eenzaamheid.pdf" and out[0]["number"] == 2
    text = run(data_dir, "answers", "--partij", "VVD").output
    assert "kapotte-nummering-verlichting.pdf" in text and "let op: " in text


def test_raadsvragen_pages_and_json_twins(client):
    html = client.get("/raadsvragen?partij=PvdA").get_data(as_text=True)
    assert "Mensenhandel en veiligheid voor vrouwen" in html and "deelscooters" not in html
    listing = client.get("/api/raadsvragen?jaar=2024").get_json()["letters"]
    assert {item["file"] for item in listing} == {"vragen-eerst-deelscooters.pdf", "genummerd-eenzaamheid.pdf"}
    doc_id = next(i["document"] for i in client.get("/api/raadsvragen").get_json()["letters"] if i["file"] == RAADSVRAGEN)
    page = client.get(f"/raadsvragen/{doc_id}").get_data(as_text=True)
    assert f"/document/{doc_id}#pagina-7" in page and "samen met vraag 5" in page and "Eerder gestelde vragen" in page
    data = client.get(f"/api/raadsvragen/{doc_id}").get_json()
    assert len(data["questions"]) == 8 and data["footnote_places"][0] == {"marker": "1", "place": "antwoord 1"}
    assert all("similar" in q for q in data["questions"])


def test_anomalies_and_uncertain_type_are_visible(client):
    broken = next(i for i in client.get("/api/raadsvragen").get_json()["letters"] if i["file"] == "kapotte-nummering-verlichting.pdf")
    page = client.get(f"/raadsvragen/{broken['document']}").get_data(as_text=True)
    assert "Afwijkingen" in page and "vraag 3 ontbreekt" in page
    documents, page = [], 1
    while True:  # every page of the document list
        listed = client.get(f"/api/documenten?per=500&pagina={page}").get_json()
        documents += listed["documents"]
        if len(documents) >= listed["total"] or not listed["documents"]:
            break
        page += 1
    motie = next(d for d in documents if d["file"] == "tk_kamerstuk_kst-32545-143.pdf")
    assert motie["type"] == "motie" and not motie["type_uncertain"] and "Motie" in motie["type_evidence"]
    unsure = next(d for d in documents if d["type_uncertain"])  # an untitled OCR scan of the Amsterdam archive
    assert unsure["type_evidence"]
    assert "Documenttype onzeker" in client.get(f"/document/{unsure['id']}").get_data(as_text=True)


def test_eerder_gestelde_vragen_page(client):
    data = client.get("/api/raadsvragen/eerder?vraag=Welke+wijken+klagen+het+meest+over+deelscooters").get_json()
    assert data["similar"][0]["file"] == "vragen-eerst-deelscooters.pdf" and data["similar"][0]["number"] == 3
    assert "deelscooters" in client.get("/raadsvragen/eerder?vraag=deelscooters").get_data(as_text=True)
    assert client.get("/raadsvragen/99999").status_code == 404


def test_question_search_with_partial_names(client, data_dir):
    data = client.get("/api/raadsvragen/zoeken?q=meldpunt&portefeuillehouder=schouten").get_json()
    assert data["total"] == 2 and {h["file"] for h in data["hits"]} == {RAADSVRAGEN}
    assert client.get("/api/raadsvragen/zoeken?q=meldpunt&portefeuillehouder=horst").get_json()["total"] == 0
    html = client.get("/raadsvragen/zoeken?q=rente&partij=d").get_data(as_text=True)
    assert "past bij meerdere namen" in html and "D66" in html and "PvdA" in html
    assert client.get("/api/raadsvragen/zoeken?q=rente&partij=d").status_code == 400
    out = json.loads(run(data_dir, "questions", "boetes", "--partij", "cda", "--json").output)
    assert out["total"] == 1 and out["hits"][0]["file"] == "vragen-eerst-deelscooters.pdf"
    ambiguous = CliRunner().invoke(main, ["--data", str(data_dir), "questions", "rente", "--partij", "d"])
    assert ambiguous.exit_code == 2 and "kies er één" in ambiguous.output


def test_a_question_letter_is_linked_to_its_answer(archive, client):
    found = {one.file: one for one in letters(archive.store)}
    asked = found["1 - 164 sv IJmker inzake Groeiende populariteit fatbikes.pdf.ocr"]
    answered = found["2 - Beantwoording_sv_IJmker_inzake_Groeiende_populariteit_fatbikes.pdf.ocr"]
    assert (asked.doctype, answered.doctype) == ("schriftelijke vragen", "beantwoording schriftelijke vragen")
    assert [link.doc_id for link in asked.links] == [answered.doc_id]
    assert [link.doc_id for link in answered.links] == [asked.doc_id] and answered.links[0].reason
    others = [one for one in found.values() if one.doc_id not in (asked.doc_id, answered.doc_id)]
    assert others and not any(one.links for one in others)  # letters about other questions stay unlinked
    data = client.get(f"/api/raadsvragen/{asked.doc_id}").get_json()
    assert [link["document"] for link in data["linked"]] == [answered.doc_id]
