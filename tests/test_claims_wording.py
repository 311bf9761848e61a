"""Claims worded otherwise than the archive's sentence (issue 11, round 6): a label word that says nothing
("daarmee", "beschikbaar", "gestegen"), a compound on one side ("busrit" for the "rit" of "buspassagiers")
an adjective before the counted noun ("41 nieuwe speeltuinen" is not "41 nieuwe trajecten"), and a claim
that rewords the archive's sentence where every word alone is generic ("meldingen ... betrekking op
mensenhandel").

The archive is a handful of text documents written for these tests (not the claims set's sentences),
ingested for real; each claim is verified as a draft of its own.
"""

import pytest
from claimtools import archive_with, judged

DOCUMENTS = {
    "nieuws-uit-b-en-w-2023.txt": (
        "Nieuws uit B en W, 14 maart 2023\n\n"
        "Bruggen en kades. Het college van B en W stemt in met een investeringskrediet van 18 miljoen euro om "
        "daarmee bruggen en kademuren in het centrum te herstellen.\n\n"
        "Groen. Het college stelt 2 miljoen euro beschikbaar om te investeren in het Vondelpark.\n\n"
        "Maatregelen uitvoeren. Er is in totaal 14,6 miljoen euro beschikbaar voor deze maatregelen.\n"
    ),
    "reizigersonderzoek-2023.txt": (
        "Reizigersonderzoek openbaar vervoer 2023\n\n"
        "Tevredenheid. Het algemene oordeel over een busrit is in 2023 gestegen naar een 6,8.\n\n"
        "Het oordeel over de stiptheid kwam uit op een 6,1.\n"
    ),
    "kwartaalbericht-meldpunt-2023.txt": (
        "Kwartaalbericht meldpunt, december 2023\n\n"
        "Het meldpunt van de gemeente werd in 2023 vaker benaderd dan het jaar ervoor. Van het totaal aantal "
        "meldingen in 2023 hadden 61 meldingen betrekking op mensenhandel.\n"
    ),
    "jaarcijfers-opvang-2023.txt": (
        "Jaarcijfers opvang 2023\n\n"
        "Het ESSM begeleidde in 2023 slachtoffers in drie opvanghuizen.\n\n"
        "In de Lindehof werden 14 slachtoffers van arbeidsuitbuiting opgenomen.\n"
    ),
    "jaaroverzicht-meldpunt-2017.txt": (
        "Jaaroverzicht ESSM 2017\n\n"
        "Het ESSM ontving in 2017 212 meldingen. Van het totaal aantal meldingen hadden 57 meldingen "
        "betrekking op mensenhandel.\n"
    ),
    "verkeersplan - Gemeente Utrecht.txt": (
        "Verkeersplan 2024\n\n"
        "Kruispunten. Voor de aanpak van gevaarlijke kruispunten is in totaal 8,7 miljoen euro gereserveerd.\n\n"
        "Met het plan komen ongeveer 120 plekken voor fietsen buiten het centrum bij.\n"
    ),
    "jaarverslag-zorgpunt-2024.txt": (
        "Jaarverslag Zorgpunt 2024\n\nIn 2024 zijn 41 nieuwe trajecten gestart bij het Zorgpunt voor jongeren.\n"
    ),
}


@pytest.fixture(scope="module")
def archive(corpus_archive_dir, tmp_path_factory):
    """The corpus archive plus these documents: term weights need an archive of some size (in one of
    five figures every word is common)."""
    opened = archive_with(corpus_archive_dir, tmp_path_factory.mktemp("wording"), DOCUMENTS)
    yield opened
    opened.close()


def test_a_function_word_in_the_archives_label_does_not_hide_the_figure(archive):
    """The archive's label is "daarmee bruggen": "daarmee" says nothing of what is counted."""
    claim = judged(
        archive, "Voor het herstel van bruggen is een investeringskrediet van 18 miljoen euro vastgesteld.", 18e6
    )
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == "nieuws-uit-b-en-w-2023.txt"


def test_an_altered_amount_for_the_same_credit_is_not_supported(archive):
    claim = judged(
        archive, "Voor het herstel van bruggen is een investeringskrediet van 28 miljoen euro vastgesteld.", 28e6
    )
    assert claim["verdict"] != "supported"


def test_a_label_that_says_nothing_leaves_it_to_the_clause(archive):
    """ "2 miljoen euro beschikbaar om te investeren in het Vondelpark", claimed in other words."""
    claim = judged(archive, "Het college investeert twee miljoen euro in het Vondelpark.", 2e6)
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == "nieuws-uit-b-en-w-2023.txt"


def test_a_compound_on_one_side_and_a_change_word_as_label(archive):
    """ "het oordeel over een busrit is gestegen naar een 6,8" supports "buspassagiers gaven hun rit een 6,8"."""
    claim = judged(archive, "In 2023 gaven buspassagiers hun rit gemiddeld een 6,8.", 6.8)
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == "reizigersonderzoek-2023.txt"


def test_the_counted_noun_not_its_adjective_must_match(archive):
    """41 new play areas are not 41 new trajectories, though both are "nieuwe" and of 2024."""
    claim = judged(archive, "In 2024 opende de gemeente 41 nieuwe speeltuinen.", 41)
    assert claim["verdict"] == "unverified"
    assert (
        judged(archive, "In 2024 startte het Zorgpunt 41 nieuwe trajecten voor jongeren.", 41)["verdict"] == "supported"
    )


def test_a_reworded_sentence_of_generic_words_is_judged_by_that_sentence(archive):
    """No word of "meldingen hadden betrekking op mensenhandel" is specific, but together they are the
    kwartaalbericht's own sentence: its 61 supports the claim and contradicts an altered 16."""
    same = judged(archive, "Van de meldingen in 2023 hadden 61 meldingen betrekking op mensenhandel.", 61)
    assert same["verdict"] == "supported", same["reason"]
    altered = judged(archive, "Van de meldingen in 2023 hadden 16 meldingen betrekking op mensenhandel.", 16)
    assert altered["verdict"] == "contradicted", altered["reason"]
    assert altered["evidence"][0]["file"] == "kwartaalbericht-meldpunt-2023.txt"


def test_a_distinctive_amount_may_be_named_more_narrowly_and_its_swapped_digits_are_caught(archive):
    """ "14,6 miljoen euro beschikbaar voor deze maatregelen" (the page is about bridges and quays) against
    a claim naming them "herstelmaatregelen": the amount is distinctive enough; 16,4 is flagged."""
    same = judged(archive, "Er is in totaal 14,6 miljoen euro beschikbaar voor de herstelmaatregelen.", 14.6e6)
    assert same["verdict"] == "supported", same["reason"]
    swapped = judged(archive, "Er is in totaal 16,4 miljoen euro beschikbaar voor de herstelmaatregelen.", 16.4e6)
    assert swapped["verdict"] == "contradicted", swapped["reason"]
    assert "14.6" in swapped["reason"] or "14,6" in swapped["reason"]


def test_a_round_small_number_is_not_enough_to_support_a_narrower_wording(archive):
    """Two of anything is not distinctive: "2 miljoen euro voor herstelmaatregelen" is not the Vondelpark's."""
    assert judged(archive, "Er is 2 miljoen euro voor de herstelmaatregelen.", 2e6)["verdict"] != "supported"


def test_an_altered_rating_meets_the_compound_of_the_archive(archive):
    """The rating of a "busrit" is found for "buspassagiers ... hun rit" with another value, and contradicts it."""
    claim = judged(archive, "In 2023 gaven buspassagiers hun rit gemiddeld een 8,6.", 8.6)
    assert claim["verdict"] == "contradicted", claim["reason"]


def test_a_named_shelter_leaves_who_counted_to_the_figure(archive):
    """The claim names no organisation, the figure's section names the ESSM; both name "Lindehof", which
    no other figure does: the claim is about that figure's count, and 41 contradicts its 14."""
    altered = judged(archive, "In 2023 verbleven 41 slachtoffers van arbeidsuitbuiting in de Lindehof.", 41)
    assert altered["verdict"] == "contradicted", altered["reason"]
    assert altered["evidence"][0]["file"] == "jaarcijfers-opvang-2023.txt"


def test_of_two_counts_of_one_thing_the_one_whose_sentence_the_claim_rewords(archive):
    """212 meldingen and 57 meldingen "betrekking op mensenhandel" are both the ESSM's meldingen of 2017; a
    claim about meldingen "die betrekking hadden op mensenhandel" is judged by the 57."""
    claim = judged(archive, "Het ESSM registreerde in 2017 75 meldingen die betrekking hadden op mensenhandel.", 75)
    assert claim["verdict"] == "contradicted", claim["reason"]
    assert claim["evidence"][0]["value"] == 57


def test_a_place_the_document_is_of_though_its_page_never_names_it(archive):
    """The plan is the Gemeente Utrecht's (its file name says so); its page names no place."""
    claim = judged(archive, "Utrecht trekt 8,7 miljoen euro uit voor de aanpak van gevaarlijke kruispunten.", 8.7e6)
    assert claim["verdict"] == "supported", claim["reason"]
    assert (
        judged(archive, "Zwolle trekt 8,7 miljoen euro uit voor de aanpak van gevaarlijke kruispunten.", 8.7e6)[
            "verdict"
        ]
        != "supported"
    )


def test_a_label_ending_on_the_preposition_of_a_phrase_it_cut_off(archive):
    """ "120 plekken voor fietsen buiten [het centrum]": the label's dangling "buiten" is no part of it."""
    claim = judged(archive, "Het verkeersplan levert zo'n 120 plekken voor fietsen op.", 120)
    assert claim["verdict"] == "supported", claim["reason"]
