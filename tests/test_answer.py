"""Asking the archive: Dutch questions answered from the real corpus with the figure or sentence and
its sources, or honestly "Geen antwoord gevonden in het archief"."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from search import ask
from search.answer import NOT_FOUND, analyse, is_question
from search.index.analysis import fold
from web.app import create_app
from web.cli import main


# -- question analysis ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, kind, year, place, organisation",
    [
        ("Hoeveel slachtoffers van seksuele uitbuiting begeleidde het ESSM in 2024?", "hoeveel", 2024, "", "ESSM"),
        ("hoevel meldingen kwamen uit rotterdam in 2025", "hoeveel", 2025, "Rotterdam", ""),
        ("hoe vaak werd het meldpunt benaderd in 2023", "hoe vaak", 2023, "", ""),
        ("hoeveel procent van de slachtoffers is jonger dan 23", "procent", None, "", ""),
        ("wanneer stemde de tweede kamer in met het wetsvoorstel", "wanneer", None, "", ""),
        ("Waar kunnen slachtoffers zich melden?", "waar", None, "", ""),
        ("hoe ontwikkelde het aantal meldingen sinds 2020", "trend", 2020, "", ""),
    ],
)
def test_questions_are_taken_apart_as_people_type_them(text, kind, year, place, organisation):
    asked = analyse(text)
    assert (asked.kind, asked.year, asked.place, asked.organisation) == (kind, year, place, organisation)


def test_verbs_and_question_words_are_not_what_is_counted():
    asked = analyse("hoeveel slachtoffers van seksuele uitbuiting begeleidde het ESSM in 2024")
    assert asked.subject == "slachtoffers seksuele uitbuiting"
    assert analyse("hoeveel verdachten had het om in 2025").subject == "verdachten"  # a noun in -ten stays


def test_a_question_is_told_from_a_search():
    assert is_question("hoeveel meldingen 2024") and is_question("meldpunt essm?")
    assert not is_question("meldingen 2024") and not is_question('"Koffer Verkeerd"')


# -- figure answers ---------------------------------------------------------------------------------
def test_hoeveel_is_answered_with_the_table_cell_of_its_year_and_the_council_answer(corpus_archive):
    found = ask(corpus_archive, "Hoeveel slachtoffers van seksuele uitbuiting begeleidde het ESSM in 2024?")
    assert found.answer.value == 115 and found.answer.year == 2024 and found.method == "figures"
    cells = [s for s in found.sources if s.kind == "table"]
    assert cells and all(s.column == "2024" for s in cells)  # never the 2025 column's 143
    assert {s.file for s in found.sources} >= {
        "mensenhandelmonitor-2025-regio-rotterdam.pdf",
        "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf",
    }
    assert found.agree is True and all(s.value == 115 for s in found.sources)


@pytest.mark.parametrize(
    "question, value, column",
    [
        ("hoeveel minderjarige slachtoffers seksuele uitbuiting 2023", 20, "2023"),
        ("hoeveel meerderjarige slachtoffers van seksuele uitbuiting waren er in 2024", 105, "2024"),
        ("hoeveel slachtoffers van arbeidsuitbuiting kwamen uit rotterdam in 2025", 18, "Arbeids-uitbuiting"),
    ],
)
def test_table_cells_answer_by_their_own_row_and_column(corpus_archive, question, value, column):
    found = ask(corpus_archive, question)
    assert found.answer.value == value
    assert any(s.kind == "table" and s.column == column for s in found.sources)


def test_the_ocr_scan_answers_too(corpus_archive):
    found = ask(corpus_archive, "hoe vaak werd het meldpunt benaderd in 2024")
    assert found.answer.value == 179 and found.sources[0].file == "mensenhandelmonitor-2024-regio-rotterdam.pdf"


def test_a_trend_question_gets_the_series(corpus_archive):
    found = ask(corpus_archive, "hoe ontwikkelde het aantal slachtoffers van seksuele uitbuiting")
    assert dict(found.series) == {2023: 103, 2024: 115, 2025: 143}


def test_the_archive_saying_not_known_is_an_answer_of_its_own_kind(corpus_archive):
    found = ask(corpus_archive, "hoeveel meldingen kreeg comensha in 2022")
    assert found.method == "unknown" and "niet bekend" in found.answer.text and found.answer.value is None
    assert found.sources[0].file == "regionaal-beleidskader-mensenhandel.pdf"


def test_disagreeing_sources_are_each_shown(fresh_archive, tmp_path):
    from search import ingest_paths

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "verslag-a.txt").write_text("Jaarverslag 2024\n\nIn 2024 heeft het RCTM 19 controles uitgevoerd.\n")
    (folder / "monitor-b.txt").write_text("Monitor 2024\n\nIn 2024 voerde het RCTM 21 controles uit.\n")
    assert ingest_paths(fresh_archive, [str(folder)]).ok
    found = ask(fresh_archive, "hoeveel controles voerde het rctm uit in 2024")
    assert found.agree is False and "verschillen" in found.answer.text
    assert {(s.file, s.value) for s in found.sources} == {("verslag-a.txt", 19), ("monitor-b.txt", 21)}


# -- council answers and passages -------------------------------------------------------------------
def test_an_earlier_council_question_gives_its_combined_answer(corpus_archive):
    found = ask(corpus_archive, "Waar kunnen slachtoffers zich melden?")
    assert found.method == "council"
    assert "Registratiepunt" in found.answer.text and "vragen 6, 7" in found.answer.label
    assert found.sources[0].file == "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"


def test_a_question_per_year_is_answered_by_a_figure_per_year(corpus_archive):
    found = ask(corpus_archive, "hoeveel slachtoffers van mensenhandel zijn er jaarlijks in nederland")
    assert found.answer is not None and found.answer.value == 5000, found.reason


def test_a_council_question_is_about_its_letters_subject_though_it_does_not_say_it(corpus_archive):
    """Vraag 6 does not say "mensenhandel"; its letter, "Mensenhandel en veiligheid voor vrouwen", does."""
    found = ask(corpus_archive, "waar kunnen slachtoffers van mensenhandel zich melden")
    assert found.method == "council" and "vragen 6, 7" in found.answer.label


def test_a_sentence_answers_when_no_council_question_does(corpus_archive):
    found = ask(corpus_archive, "wanneer stemde de tweede kamer in met het wetsvoorstel")
    assert found.method == "passage" and "10 juni 2025" in found.answer.text
    assert found.sources[0].file == "mensenhandelmonitor-2025-regio-rotterdam.pdf"


# -- abstention -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "hoeveel slachtoffers van seksuele uitbuiting begeleidde het essm in 2019",  # another year
        "hoeveel slachtoffers van seksuele uitbuiting in amsterdam in 2024",  # another city
        "hoeveel controles voerde de politie uit in 2025",  # another organisation
        "hoeveel kost de koffer verkeerd",  # a cost nobody states
        "waar kunnen amsterdammers zich melden",
        "hoeveel minderjarige slachtoffers van arbeidsuitbuiting waren er in 2025",  # only 18+ is counted
    ],
)
def test_what_the_archive_does_not_hold_is_not_answered(corpus_archive, question):
    found = ask(corpus_archive, question)
    assert found.answer is None and found.reason == NOT_FOUND and found.method == "none"


# -- faces ------------------------------------------------------------------------------------------
def test_cli_ask_json_has_the_answer_shape(corpus_archive_dir):
    result = CliRunner().invoke(
        main,
        ["--data", str(corpus_archive_dir), "ask", "--json", "hoeveel controles voerde het rctm uit in 2024"],
        catch_exceptions=False,
    )
    data = json.loads(result.output)
    assert set(data) >= {"question", "kind", "answer", "sources", "agree", "reason"}
    assert set(data["answer"]) == {"value", "unit", "label", "year", "text"} and data["answer"]["value"] == 19
    assert set(data["sources"][0]) >= {"file", "page", "text", "value", "row", "column"}


def test_cli_ask_says_so_when_nothing_is_found(corpus_archive_dir):
    result = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "ask", "hoeveel kost de koffer verkeerd"])
    assert result.exit_code == 0 and NOT_FOUND in result.output


def test_vraag_page_and_its_json_twin(corpus_archive_dir):
    client = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()
    html = client.get("/vraag?q=hoeveel+slachtoffers+van+seksuele+uitbuiting+begeleidde+het+essm+in+2024")
    text = html.get_data(as_text=True)
    assert html.status_code == 200 and "115" in text and "#pagina-3" in text and "kolom 2024" in text
    data = client.get("/api/vraag?q=hoeveel+kost+de+koffer+verkeerd").get_json()
    assert data["answer"] is None and data["reason"] == NOT_FOUND
    assert client.get("/api/vraag").get_json()["answer"] is None


def test_a_question_in_the_search_box_gets_an_answer_card_above_the_results(corpus_archive_dir):
    client = create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()
    asked = client.get("/zoeken?q=hoeveel+controles+voerde+het+rctm+uit+in+2024").get_data(as_text=True)
    assert "answer-card" in asked and "19 controles" in asked
    assert asked.index("answer-card") < asked.index('class="count"')
    assert "answer-card" not in client.get("/zoeken?q=controles+rctm").get_data(as_text=True)


# -- abstention: what is asked for must stand in the answer -----------------------------------------
def test_a_year_the_archive_does_not_give_for_it_is_refused(corpus_archive):
    plain = ask(corpus_archive, "wanneer wordt uw raad over het actieplan mensenhandel geinformeerd")
    assert plain.method == "passage" and "zomer" in plain.answer.text
    dated = ask(corpus_archive, "wanneer wordt uw raad in 2019 over het actieplan mensenhandel geinformeerd")
    assert dated.answer is None and dated.reason == NOT_FOUND


def test_wat_is_gets_a_sentence_that_says_what_it_is(corpus_archive):
    found = ask(corpus_archive, "wat is mensenhandel")
    assert found.method == "passage" and fold(found.answer.text).startswith("mensenhandel is")


def test_a_question_quoted_in_a_letter_is_no_answer_and_an_organisation_belongs_to_its_own_clause():
    from extract.model import Figure
    from search.answer.passages import _asks, _negates
    from search.answer.scope import _named_for
    from search.crosscheck.matching import ref

    assert _asks("Beste heer/mevrouw, ik heb de volgende 2 vragen: 1.) tot wanneer is de brug dicht?")
    assert not _asks(
        "Het college beantwoordt de vragen van Reitema (PvdA) over Mensenhandel - hoe staat Rotterdam ervoor?"
    )
    assert _negates(analyse("welke controles zijn uitgevoerd"), "Deze controles zijn nog niet uitgevoerd.")
    sentence = "In 2024 begeleidde het ESSM 167 slachtoffers, tegen 40 die door de politie werden gemeld."
    assert _named_for("Politie", ref(Figure(167, "167", sentence=sentence))) is False
    assert _named_for("Politie", ref(Figure(40, "40", sentence=sentence))) is True
    assert _named_for("ESSM", ref(Figure(40, "40", sentence=sentence))) is True  # the sentence's subject
