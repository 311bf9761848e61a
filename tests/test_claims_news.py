"""Claims as a news paragraph words them (issue 11, round 7): a bare comparison ("208 mensen, tegen 167 een
jaar eerder"), an attribution at the end of the sentence (", blijkt uit het nieuwe jaarbericht"), an estimate
by its verb ("Fier schat"), a class named in a relative clause ("vrouwen die seksueel werden uitgebuit"), an
undated claim whose value is another year's, and a value the archive cites for something else.

The archive is the corpus plus documents written for these tests (not the claims set's sentences),
ingested for real; each claim is verified as a draft of its own.
"""

import pytest
from claimtools import archive_with, judged

REPORT = "jaarbericht-fier-2024-regio-friesland.txt"
TRAFFIC = "verkeer-in-de-stad - Gemeente Zwolle.txt"
DOCUMENTS = {
    REPORT: (
        "Jaarbericht Fier 2024\n\n"
        "Hulpverlening. In 2024 heeft Fier 96 cliënten begeleid die slachtoffer waren van mensenhandel. "
        "In 2022 heeft Fier 77 cliënten begeleid. In 2023 ging het om 81 cliënten.\n\n"
        "Van alle slachtoffers in 2024 is 64 vrouw. Fier begeleidde in 2024 40 slachtoffers van seksuele "
        "uitbuiting.\n\n"
        "Casussen. In 2024 had Fier 14 lopende casussen. In 2024 hadden zes casussen betrekking op "
        "arbeidsuitbuiting en drie op criminele uitbuiting.\n\n"
        "Maatregelen. Er is in totaal 14,8 miljoen euro beschikbaar voor deze maatregelen.\n\n"
        "Jongeren. In 2024 hielp Fier 417 minderjarige slachtoffers van uitbuiting.\n\n"
        "Omvang. Volgens Fier zijn er in de provincie jaarlijks naar schatting 1.230 slachtoffers van mensenhandel.\n"
    ),
    TRAFFIC: (
        "Verkeer in de stad\n\n"
        "Slachtoffers. Er zijn vier keer zoveel ongelukken als we op basis van alleen politiegegevens wisten.\n\n"
        "Handhaving. Met 17 camera's op 12 plekken in de stad handhaven we de plaats van snorfietsen op de weg.\n\n"
        "Registratie. Tot heden beschikten wij over cijfers op basis van informatie van politie.\n\n"
        "In 2023 zijn 3.512 verkeersslachtoffers behandeld door de ambulancedienst, in vergelijking met 1.274 "
        "door de politie geregistreerd.\n\n"
        "Regels. Een e-bike heeft een vermogen van niet meer dan 350 watt. Opgevoerde fietsen halen snelheden van "
        "50-55 km/uur.\n"
    ),
    "jaarcijfers-gezinnen-2023 - Gemeente Leeuwarden.txt": (
        "Jaarcijfers 2023\n\nGezinnen. Het ESSM hielp in 2023 2.345 gezinnen met vragen over uitbuiting.\n"
    ),
    "woo-besluit-keizerhaven-2023.txt": (
        "Besluit op uw Woo-verzoek over de Keizerhaven, 3 mei 2023\n\n"
        "Inventarisatie. Er is gezocht bij de directie Havens. Er zijn 41 documenten gevonden.\n"
    ),
    "woo-besluit-vismarkt-2023.txt": (
        "Besluit op uw Woo-verzoek over de Vismarkt, 9 juni 2023\n\n"
        "Uw verzoek. U vroeg om alle stukken over de Vismarkt.\n\n"
        "Inventarisatie. Er zijn 7 documenten gevonden over het verzoek dat u deed.\n"
    ),
}


@pytest.fixture(scope="module")
def archive(corpus_archive_dir, tmp_path_factory):
    opened = archive_with(corpus_archive_dir, tmp_path_factory.mktemp("news"), DOCUMENTS)
    yield opened
    opened.close()


def test_a_bare_comparison_counts_what_the_number_before_it_counts_a_year_earlier(archive):
    text = "In 2024 begeleidde Fier 96 mensen, tegen 81 een jaar eerder."
    assert judged(archive, text, 96)["verdict"] == "supported"
    earlier = judged(archive, text, 81)
    assert earlier["verdict"] == "supported", earlier["reason"]
    assert earlier["evidence"][0]["year"] == 2023


def test_an_altered_bare_comparison_is_contradicted_by_the_earlier_year(archive):
    claim = judged(archive, "In 2024 begeleidde Fier 96 mensen, tegenover 70 in 2023.", 70)
    assert claim["verdict"] == "contradicted", claim["reason"]
    assert claim["evidence"][0]["value"] == 81


def test_an_attribution_after_the_figure_is_not_what_is_counted(archive):
    text = "In 2024 begeleidde Fier 96 mensen, tegen 81 een jaar eerder, blijkt uit het nieuwe jaarbericht."
    claim = judged(archive, text, 81)
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == REPORT


def test_an_estimate_by_its_verb_meets_the_archives_estimate(archive):
    claim = judged(archive, "Fier schat dat er jaarlijks zo'n 1230 slachtoffers zijn in de provincie.", 1230)
    assert claim["verdict"] == "supported", claim["reason"]


def test_a_class_in_a_relative_clause_is_not_all_of_them(archive):
    """64 is every woman Fier helped; 38 women "die seksueel werden uitgebuit" may be right, never contradicted
    by it."""
    claim = judged(archive, "Fier hielp in 2024 38 vrouwen die seksueel werden uitgebuit.", 38)
    assert claim["verdict"] != "contradicted", claim["reason"]
    assert judged(archive, "Fier hielp in 2024 70 vrouwen.", 70)["verdict"] == "contradicted"


def test_an_undated_claim_with_another_years_value_is_not_contradicted(archive):
    claim = judged(archive, "Fier begeleidde 81 cliënten.", 81)
    assert claim["verdict"] != "contradicted", claim["reason"]
    assert "2023" in claim["reason"] or claim["verdict"] == "supported"


def test_a_value_the_archive_gives_for_something_else_is_shown_not_called_absent(archive):
    claim = judged(archive, "Fier begeleidde in 2024 40 mannen.", 40)
    assert claim["verdict"] == "unverified"
    assert "geen document noemt dit cijfer" not in claim["reason"]
    assert any(e["value"] == 40 for e in claim["evidence"]), (claim["reason"], claim["evidence"])


def test_a_distinctive_amount_for_a_compound_of_what_the_page_calls_it(archive):
    """ "deze maatregelen" on the page; the claim names them "opvangmaatregelen" and "trekt ... uit"."""
    claim = judged(archive, "Voor de opvangmaatregelen trekt Fier 14,8 miljoen euro uit.", 14.8e6)
    assert claim["verdict"] == "supported", claim["reason"]
    assert (
        judged(archive, "Voor de opvangmaatregelen trekt Fier 18,4 miljoen euro uit.", 18.4e6)["verdict"] != "supported"
    )


def test_another_form_of_the_verb_and_police_data_cited_earlier_leave_the_figure_the_same(archive):
    """ "handhaaft" is the page's "handhaven"; the police's data cited on the page are not who counted the
    cameras: 71 is contradicted by the 17 of the same sentence."""
    claim = judged(archive, "De gemeente handhaaft met 71 camera's op 12 plekken in de stad.", 71)
    assert claim["verdict"] == "contradicted", claim["reason"]
    assert claim["evidence"][0]["value"] == 17


def test_a_bound_on_a_limit_is_another_limit_not_a_value_within_it(archive):
    """ "maximaal 400 watt" is not the page's limit of 350 watt, though 350 is below 400."""
    assert judged(archive, "Een e-bike mag maximaal 400 watt vermogen hebben.", 400)["verdict"] != "supported"
    assert judged(archive, "Een e-bike mag maximaal 350 watt vermogen hebben.", 350)["verdict"] == "supported"


def test_kilometer_per_uur_written_out_is_the_pages_km_uur(archive):
    claim = judged(archive, "Opgevoerde fietsen halen snelheden van 50 tot 55 kilometer per uur.", 52.5)
    assert claim["verdict"] == "supported", claim["reason"]


def test_a_clause_after_the_number_about_something_else_is_not_what_is_counted(archive):
    text = "Fier schat dat er jaarlijks zo'n 1230 slachtoffers zijn in de provincie, van wie maar een klein deel hulp krijgt."
    claim = judged(archive, text, 1230)
    assert claim["verdict"] == "supported", claim["reason"]


def test_of_them_counts_what_the_sentence_before_counted(archive):
    """ "Zes daarvan": of the lopende casussen of the sentence before."""
    text = "Fier had in 2024 veertien lopende casussen. {} daarvan hadden betrekking op arbeidsuitbuiting."
    assert judged(archive, text.format("Zes"), 6)["verdict"] == "supported"
    altered = judged(archive, text.format("Negen"), 9)
    assert altered["verdict"] == "contradicted", altered["reason"]
    assert altered["evidence"][0]["value"] == 6


def test_a_name_the_claim_gives_must_be_the_figures_documents(archive):
    """Two Woo decisions count the documents they found; a claim about the Keizerhaven's request is judged
    by that decision's 41, never by the Vismarkt's 7 (whose sentence shares more of its words)."""
    claim = judged(
        archive, "Op het Woo-verzoek over de Keizerhaven vond de gemeente 14 documenten over het verzoek.", 14
    )
    assert claim["verdict"] != "contradicted" or claim["evidence"][0]["value"] == 41, claim["reason"]
    assert all(e["value"] != 7 for e in claim["evidence"] if e["agreement"] == "disagree"), claim["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "De gemeenteraad sprak dinsdag over de aanpak. Totaal cliënten Fier 2024: 96.",  # no label from before
        "In 2024 heeft Fier 96 cliënten begeleid, aldus de gemeente.",
        "Volgens het jaarbericht heeft Fier in 2024 96 cliënten begeleid.",
        "In 2024 heeft Fier 96 cliënten begeleid – meer dan verwacht.",
        "Leeuwarden, 12 maart 2025\n\nVorig jaar heeft Fier 96 cliënten begeleid.",  # a dateline is no scope
    ],
)
def test_what_news_wraps_around_a_figure_leaves_the_verdict(archive, text):
    claim = judged(archive, text, 96)
    assert claim["verdict"] == "supported", claim["reason"]
    altered = judged(archive, text.replace("96", "69"), 69)
    assert altered["verdict"] == "contradicted", altered["reason"]


def test_swapped_digits_are_flagged_though_the_claim_names_no_source(archive):
    """Fier helped 417 minors; a draft that says 471 and names no one made a typing error."""
    claim = judged(archive, "In 2024 werden 471 minderjarige slachtoffers van uitbuiting geholpen.", 471)
    assert claim["verdict"] == "contradicted", claim["reason"]
    assert "verwisselde cijfers" in claim["reason"] and claim["evidence"][0]["value"] == 417
    other = judged(archive, "In 2024 werden 520 minderjarige slachtoffers van uitbuiting geholpen.", 520)
    assert "verwisselde" not in other["reason"]


def test_the_date_a_letter_was_written_is_not_the_year_counted(archive):
    """ "schreef op 21 mei 2025 dat er 96 cliënten ...": 96 is 2024's count, the letter's date no year of it."""
    claim = judged(archive, "De wethouder schreef op 21 mei 2025 dat Fier 96 cliënten heeft begeleid.", 96)
    assert claim["verdict"] == "supported", claim["reason"]


def test_a_regional_claim_meets_the_figures_of_the_regions_city(archive):
    """ "In de regio Leeuwarden" and a report of the Gemeente Leeuwarden (by its file name)."""
    claim = judged(archive, "In de regio Leeuwarden hielp het ESSM in 2023 2.345 gezinnen.", 2345)
    assert claim["verdict"] == "supported", claim["reason"]


def test_the_agent_of_another_numbers_clause_is_not_who_counted_this_one(archive):
    """3.512 by the ambulance, 1.274 by the police (its noun left out): a police claim meets the 1.274."""
    claim = judged(archive, "De politie registreerde in 2023 1.247 verkeersslachtoffers.", 1247)
    assert claim["verdict"] == "contradicted" and claim["evidence"][0]["value"] == 1274, claim["reason"]
    assert (
        judged(archive, "De politie registreerde in 2023 1.274 verkeersslachtoffers.", 1274)["verdict"] == "supported"
    )


def test_a_year_later_is_the_year_after_the_number_before_it(archive):
    claim = judged(archive, "In 2023 begeleidde Fier 81 cliënten, een jaar later waren dat er 96.", 96)
    assert claim["verdict"] == "supported", claim["reason"]
    assert judged(archive, "In 2023 begeleidde Fier 81 cliënten, een jaar later waren dat er 69.", 69)["verdict"] != (
        "supported"
    )


def test_each_clause_of_a_semicolon_names_its_own_source(archive):
    text = "Fier begeleidde in 2024 96 cliënten; in de regio Rotterdam begeleidde het ESSM er 167."
    claim = judged(archive, text, 167)
    assert claim["verdict"] == "supported", claim["reason"]
