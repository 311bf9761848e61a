"""Round 8 of asking the archive: figures whose sentence says less than the question asks.

A Woo decision's "Er zijn drie documenten gevonden" answers "hoeveel documenten over <the subject
its first page names>"; a number in "8 gesprekken en 2 aangiftes van criminele uitbuiting" shares
the words of the phrase it is coordinated with; "tussen 2020 en 2024" is a period.  Each with the
near miss that must stay unanswered.  Documents written for these tests."""

from __future__ import annotations

from search import ask, ingest_paths
from search.answer import NOT_FOUND, analyse


def _archive_of(archive, tmp_path, documents: dict[str, str]):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in documents.items():
        (folder / name).write_text(text)
    assert ingest_paths(archive, [str(folder)]).ok
    return archive


_WOO = {
    "woo-besluit-kruispunt-lindelaan.txt": "Besluit op uw Woo-verzoek, 3 maart 2023\n\n"
    "U heeft verzocht om documenten met betrekking tot de aanrijding op het kruispunt Lindelaan. "
    "Er zijn vijf documenten gevonden. Twee documenten worden openbaar gemaakt.\n",
    "woo-besluit-speeltuin-eikenhof.txt": "Besluit op uw Woo-verzoek, 9 mei 2023\n\n"
    "U heeft verzocht om documenten over de sluiting van speeltuin Eikenhof. "
    "Er zijn elf documenten gevonden.\n",
}


def test_documents_found_about_a_subject_are_counted_on_the_page_naming_it(fresh_archive, tmp_path):
    archive = _archive_of(fresh_archive, tmp_path, _WOO)
    found = ask(archive, "hoeveel documenten zijn gevonden over de aanrijding op het kruispunt lindelaan")
    assert found.method == "figures" and found.answer.value == 5
    assert found.sources[0].file == "woo-besluit-kruispunt-lindelaan.txt"
    other = ask(archive, "hoeveel documenten zijn gevonden over de aanrijding op het kruispunt beukenlaan")
    assert other.answer is None and other.reason == NOT_FOUND


def test_a_coordinated_number_shares_the_words_of_its_phrase(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "monitor-2024.txt": "Monitor uitbuiting 2024\n\nHet meldpunt voerde gesprekken met werkgevers. "
            "Dit leidde tot 8 informatieve gesprekken en 2 aangiftes van criminele uitbuiting in 2024. "
            "Over seksuele uitbuiting waren er 12 informatieve gesprekken in 2023.\n"
        },
    )
    found = ask(archive, "hoeveel informatieve gesprekken over criminele uitbuiting waren er in 2024")
    assert found.method == "figures" and found.answer.value == 8
    other = ask(archive, "hoeveel informatieve gesprekken over arbeidsuitbuiting waren er in 2024")
    assert other.answer is None


def test_between_two_years_is_a_period():
    asked = analyse("hoeveel bewustwordingscampagnes zijn er tussen 2020 en 2024 uitgevoerd")
    assert (asked.year, asked.year_end, asked.subject) == (2020, 2024, "bewustwordingscampagnes")
    assert analyse("hoeveel meldingen in 2023 en 2024").year_end is None  # two years, not a period


def test_a_figure_over_the_period_asked_answers_it(fresh_archive, tmp_path):
    archive = _archive_of(
        fresh_archive,
        tmp_path,
        {
            "bewustwording.txt": "Rapport bewustwording 2025\n\nTussen 2020 en 2024 zijn in de regio 54 "
            "bewustwordingscampagnes uitgevoerd.\n"
        },
    )
    found = ask(archive, "hoeveel bewustwordingscampagnes zijn er tussen 2020 en 2024 uitgevoerd")
    assert found.answer is not None and found.answer.value == 54
    other = ask(archive, "hoeveel bewustwordingscampagnes zijn er tussen 2015 en 2018 uitgevoerd")
    assert other.answer is None
