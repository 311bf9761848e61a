"""Round 9 of asking the archive: questions written from documents the question set had not asked
about.  A letter's header is read field by field; a sentence may leave the document's subject to its
title; a sentence restating what someone asked for is no answer; "wanneer ... ontvangen" needs the
receiving; a count's frame may stand before it in its sentence.  Each with the near miss that must
stay unanswered.  Documents written for these tests."""

from __future__ import annotations

from search import ask, ingest_paths
from search.answer import NOT_FOUND
from search.answer.passages import sentences


def _archive_of(archive, tmp_path, documents: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in documents.items():
        (folder / name).write_text(text)
    assert ingest_paths(archive, [str(folder)]).ok
    return archive


def test_a_letter_header_is_cut_into_its_fields():
    header = (
        "Retouradres: Postbus 202 Datum 6 september 2022 Ons kenmerk AB-12 Behandeld door Economische Zaken "
        "Onderwerp Besluit op uw Woo-verzoek van 16 februari 2022 inzake klachten over fietskoeriers."
    )
    parts = sentences(header)
    assert parts[0].startswith("Retouradres:") and parts[1] == "Datum 6 september 2022"
    assert parts[-1].startswith("Onderwerp Besluit op uw Woo-verzoek van 16 februari 2022")


_LETTER = {
    "woo-besluit-fietskoeriers.txt": "Besluit Woo-verzoek klachten fietskoeriers\n\n"
    "Datum 6 september 2022 Ons kenmerk AB-12 Behandeld door Economische Zaken "
    "Onderwerp Besluit op uw Woo-verzoek van 16 februari 2022 inzake klachten over fietskoeriers. "
    "In uw brief van 16 februari 2022, ontvangen op 24 februari 2022, heeft u verzocht om alle klachten "
    "over fietskoeriers. Er is gezocht bij de afdeling Handhaving en er zijn zes documenten gevonden.\n",
}


def test_a_date_in_the_subject_field_answers_and_the_letter_date_does_not(fresh_archive, tmp_path):
    archive = _archive_of(fresh_archive, tmp_path, _LETTER)
    found = ask(archive, "wanneer is het woo-verzoek over klachten over fietskoeriers ingediend")
    assert found.method == "passage" and "16 februari 2022" in found.answer.text
    assert "6 september" not in found.answer.text
    received = ask(archive, "wanneer werd het verzoek over fietskoeriers ontvangen")
    assert received.answer is not None and "24 februari" in received.answer.text


def test_wanneer_needs_the_verb_asked(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "besluit-cafes.txt": "Besluit Wob-verzoeken cafes Tripel en De Zotte\n\n"
            "In uw brieven van 8 juli 2020 over de cafes Tripel en De Zotte heeft u informatie verzocht "
            "over meldingen en klachten.\n"
        },
    )
    found = ask(archive, "wanneer zijn de brieven over de cafes tripel en de zotte ontvangen")
    assert found.answer is None and found.reason == NOT_FOUND


def test_the_title_may_hold_the_subject_of_a_sentence(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "voortgang-verkenning-erotisch-centrum.txt": "Voortgang verkenning Erotisch Centrum\n\n"
            "Het college heeft de raad toegezegd te informeren over de marktconsultatie. Bij deze verkenning "
            "gelden de drie vaste uitgangspunten: het verbeteren van de positie van sekswerkers, het tegengaan "
            "van ondermijning en het verminderen van overlast op de Wallen.\n"
        },
    )
    found = ask(archive, "wat zijn de drie uitgangspunten van het erotisch centrum")
    assert found.method == "passage" and "positie van sekswerkers" in found.answer.text
    other = ask(archive, "wat zijn de drie uitgangspunten van het zwembad")
    assert other.answer is None


def test_a_restated_request_is_no_answer(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "besluit-kenniskwartier.txt": "Besluit Woo-verzoek locatie Kenniskwartier\n\n"
            "In het gesprek heeft u aangegeven vooral geïnteresseerd te zijn of derde partijen invloed hebben "
            "gehad op de beslissing over het Kenniskwartier.\n"
        },
    )
    found = ask(archive, "hadden derde partijen invloed op de beslissing over het kenniskwartier")
    assert found.answer is None


def test_a_count_may_take_its_frame_from_the_words_before_it(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "monitor-arbeid.txt": "Monitor arbeidsuitbuiting 2021\n\nIn 2020 en 2021 zijn in Nederland tien "
            "strafrechtelijke onderzoeken naar arbeidsuitbuiting afgerond met in totaal 26 slachtoffers en "
            "negentien daders.\n",
            "monitor-signalen.txt": "Monitor signalen 2024\n\nVan de 11 casussen was de politie in 5 gevallen "
            "inbrenger van het signaal.\n",
        },
    )
    found = ask(archive, "hoeveel daders telden de strafrechtelijke onderzoeken naar arbeidsuitbuiting")
    assert found.method == "figures" and found.answer.value == 19
    later = ask(archive, "in hoeveel casussen was de politie inbrenger van het signaal")
    assert later.answer is None or later.answer.value != 11  # the words after 11 belong to the 5
