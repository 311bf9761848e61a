"""Parsing answers to written council questions: the corpus letter, generated variants, real letters."""

from __future__ import annotations

import pytest
from conftest import CORPUS, shared
from letters_factory import write_all

from extract import extract
from extract.letters import parse_letter
from ingest import read_document

RAADSVRAGEN = CORPUS / "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf"


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    return write_all(tmp_path_factory.mktemp("brieven"))


def letter_of(path):
    return extract(read_document(path)).letter


@pytest.fixture(scope="module")
def corpus_letter():
    return letter_of(RAADSVRAGEN)


def test_corpus_letter_header_asker_and_signature(corpus_letter):
    letter = corpus_letter
    assert letter.field("Uw kenmerk") == "25bb002418"
    assert letter.field("Ons kenmerk") == "M2504-854 - 25bo005539"
    assert letter.field("Portefeuillehouder") == "C.J. Schouten"
    assert letter.field("Cluster") == "Veiligheid" and letter.field("Portefeuille") == "Burgemeester"
    assert letter.field("Van") == "Chantal van der Velden" and letter.field("Telefoon") == "14 010"
    assert letter.field("Onderwerp") == "Mensenhandel en veiligheid voor vrouwen - hoe staat Rotterdam ervoor"
    assert (letter.asker, letter.party, letter.asked, letter.date) == ("S. Reitema", "PvdA", "2025-04-03", "2025-05-21")
    assert letter.introduction.startswith("Met grote zorgen leest onze fractie")
    assert letter.signature == "De burgemeester, C.J. Schouten"
    assert letter.anomalies == ()


def test_corpus_letter_questions_and_combined_answers(corpus_letter):
    questions = {q.number: q for q in corpus_letter.questions}
    assert sorted(questions) == list(range(1, 9))
    assert questions[1].text.startswith("Kunt u een beknopt overzicht") and "115 slachtoffers" in questions[1].answer
    assert questions[4].answer == questions[5].answer and questions[4].answer.startswith(
        "Alle partners van de driehoek"
    )
    assert questions[4].answer_shared_with == (5,) and questions[5].answer_shared_with == (4,)
    assert questions[6].answer_shared_with == (7,) and questions[7].answer_shared_with == (6,)
    assert "Meld Misdaad Anoniem" in questions[7].answer
    assert questions[6].context.startswith("Het rapport noemt")  # not glued to answer 4+5
    assert "Vervolgens wordt gesteld" not in questions[5].answer
    assert (questions[1].page, questions[7].page, questions[7].answer_page) == (3, 6, 7)
    assert all("pagina" not in q.answer for q in questions.values())
    assert questions[8].answer.endswith("‘actieplan mensenhandel’.")


def test_corpus_letter_footnotes_linked_to_where_cited(corpus_letter):
    assert [m for m, _ in corpus_letter.footnotes] == ["1", "2", "3", "4", "5"]
    assert dict(corpus_letter.footnotes)["1"].startswith("Minderjarige of meerderjarige jongeren")
    assert dict(corpus_letter.footnote_places) == {
        "1": "antwoord 1",
        "2": "antwoord 2",
        "3": "antwoord 2",
        "4": "antwoord 4",
        "5": "antwoord 6",
    }
    questions = {q.number: q for q in corpus_letter.questions}
    assert questions[2].footnotes == ("2", "3") and questions[3].footnotes == ()
    assert questions[6].footnotes == questions[7].footnotes == ("5",)  # the answer they share cites it


def test_questions_first_with_answer_over_page_break(generated):
    letter = letter_of(generated["vragen-eerst-deelscooters.pdf"])
    assert (letter.asker, letter.party, letter.asked) == ("A. Bakker", "CDA", "2024-03-12")
    q = {q.number: q for q in letter.questions}
    assert q[1].answer == "In 2023 zijn 412 boetes uitgeschreven voor deelscooters die op de stoep stonden."
    assert q[2].answer.endswith("binnen een dag weghaalden. Wij blijven dit volgen.")
    assert (q[2].page, q[2].answer_page, q[3].answer_page) == (1, 1, 2)
    assert "Burgemeester" not in q[3].answer and letter.signature.endswith("P. de Wit, burgemeester")
    assert letter.anomalies == ()


def test_numbered_questions_with_unmarked_answers(generated):
    letter = letter_of(generated["genummerd-eenzaamheid.pdf"])
    assert [q.number for q in letter.questions] == [1, 2, 3, 4]
    assert letter.questions[3].answer == "Nee"  # a one-word answer is an answer, not page furniture
    assert letter.questions[2].text == "Wordt de belcirkel uitgebreid naar de dorpen?"
    assert letter.questions[2].answer == "Ja, vanaf september 2024 ook in de dorpen."
    assert letter.field("Portefeuillehouder") == "J. Jansen" and letter.field("Ons kenmerk") == "ZS-2024-1188"
    assert (letter.asker, letter.party) == ("M. Yilmaz", "GroenLinks")


def test_broken_numbering_is_reported_not_dropped(generated):
    letter = letter_of(generated["kapotte-nummering-verlichting.pdf"])
    assert [q.number for q in letter.questions] == [1, 2, 2, 4, 5, 9]
    assert [q.text for q in letter.questions if q.number == 2] == [
        "Wanneer worden ze gerepareerd?",
        "Wie betaalt de reparatie?",
    ]
    assert (
        letter.questions[-1].answer == "Het meldpunt is bereikbaar via de website." and letter.questions[-1].text == ""
    )
    problems = " | ".join(letter.anomalies)
    assert "Vraag 2 komt meer dan één keer voor" in problems
    assert "vraag 3 ontbreekt" in problems
    assert "Vraag 5 (pagina 1) heeft geen antwoord" in problems
    assert "Antwoord op vraag 9" in problems and "niet in de brief staat" in problems


def test_amsterdam_fatbikes_answer():
    path = shared(
        "amsterdam",
        "raadsinformatie",
        "fatbikes_manual",
        "2 - Beantwoording_sv_IJmker_inzake_Groeiende_populariteit_fatbikes.pdf.ocr",
    )
    letter = letter_of(path)
    assert (letter.asker, letter.party, letter.asked, letter.date) == (
        "IJmker",
        "GroenLinks",
        "2023-08-22",
        "2023-10-31",
    )
    assert letter.field("Portefeuillehouder") == "Melanie van der Horst"
    assert letter.introduction.startswith("De fatbike wint aan populariteit")
    assert letter.introduction.endswith("opnieuw aandacht voor te vragen.")
    assert [q.number for q in letter.questions] == [1, 2, 3, 4, 5]
    assert letter.questions[0].answer.startswith("Ja, het college ziet ook")
    assert letter.questions[2].answer.endswith("landelijke Fietshelmcampagne.")  # over the page break
    assert (
        "Pagina 3 van 4" not in letter.questions[2].answer
        and "raadsinformatiebrief Datum" not in letter.questions[2].answer
    )
    assert letter.questions[4].page == 4 and "Wethouder" not in letter.questions[4].answer
    assert "Melanie van der Horst" in letter.signature
    assert len(letter.footnotes) == 5 and letter.anomalies == ()


def test_amsterdam_fatbikes_questions_alone_have_no_answers_and_no_complaints():
    path = shared(
        "amsterdam",
        "raadsinformatie",
        "fatbikes_manual",
        "1 - 164 sv IJmker inzake Groeiende populariteit fatbikes.pdf.ocr",
    )
    result = extract(read_document(path))
    assert result.meta.doctype == "schriftelijke vragen" and result.meta.date == "2023-08-22"  # "22 AUYUStUs 2023"
    letter = result.letter
    assert [q.number for q in letter.questions] == [1, 2, 3, 4, 5]
    assert all(q.answer == "" for q in letter.questions) and letter.anomalies == ()
    assert letter.asker == "E.C. IJmker" and letter.party == "GroenLinks"


def test_tweede_kamer_questions():
    letter = letter_of(shared("realdocs", "tk_aanhangsel-handelingen_ah-tk-20202021-3235_kamervragen-tozo.pdf"))
    assert (letter.asker, letter.party, letter.asked, letter.date) == (
        "Van Weyenberg, Romke de Jong en Kat",
        "D66",
        "2021-06-03",
        "2021-06-21",
    )
    assert [q.number for q in letter.questions] == list(range(1, 10))
    q3 = letter.questions[2]
    assert q3.text.endswith("op 8% is gesteld?") and "ISSN" not in q3.text and (q3.page, q3.answer_page) == (1, 2)
    assert "Aanhangsel" not in letter.questions[6].answer
    assert letter.signature.startswith("Minister Koolmees")


def test_pure_parser_without_answers_expected():
    from ingest import Page

    letter = parse_letter((Page(1, "Vraag 1:\nKlopt dit?\nVraag 2:\nEn dat?"),), answers_expected=False)
    assert [q.text for q in letter.questions] == ["Klopt dit?", "En dat?"] and letter.anomalies == ()


def test_stadsdeel_answer_from_a_woo_release():
    """A real answer of a stadsdeel board, released under the Woo: numeric date, "het lid van de …"."""
    path = shared(
        "amsterdam",
        "open.amsterdam",
        "Woo-besluit inzake realisatie van een Erotisch Centrum in of nabij een locatie van project Zuidasdok",
        "16.Beantwoording_vragen_stadsdeelcommissie_inzake_lege_kavels_Zuidas_Erotisch_centr.pdf.ocr",
    )
    result = extract(read_document(path))
    letter = result.letter
    assert result.meta.date == "2022-09-19" and letter.field("Portefeuillehouder") == "Bart Vink"
    assert (letter.asker, letter.asked) == ("Van Zanten", "2022-07-15")
    assert [q.number for q in letter.questions] == [1, 2, 3, 4, 5, 6] and letter.anomalies == ()
    assert letter.questions[3].answer.startswith("Zie ook bij vraag 1")
    assert letter.signature.endswith("Bart Vink, Voorzitter")


def test_footnotes_set_apart_by_ingest_are_read_too():
    """Once ``ingest`` moves footnotes and running footers out of page text, they are still linked."""
    from ingest import Page

    pages = (
        Page(
            1,
            "Vraag 1:\nWaar staat dat?\nAntwoord:\nIn de wet.1",
            footnotes="1 Wetboek van Strafrecht, art. 273f.",
            footer="pagina 1",
        ),
    )
    letter = parse_letter(pages)
    assert letter.footnotes == (("1", "Wetboek van Strafrecht, art. 273f."),)
    assert letter.footnote_places == (("1", "antwoord 1"),) and letter.questions[0].answer == "In de wet.1"
