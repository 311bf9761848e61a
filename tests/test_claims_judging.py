"""Claims judged part by part against the ingested corpus: the failing cases of issue 11, each a test.

Every claim is a sentence as a clerk or journalist writes it; the verdict must come with its reason.
"""

import json

import pytest
from click.testing import CliRunner

from search.crosscheck.judging import claim_sides, transposed
from search.crosscheck.verify import claims_of, read_draft, verify_document
from web.cli import main

M25 = "mensenhandelmonitor-2025-regio-rotterdam.pdf"
BK = "regionaal-beleidskader-mensenhandel.pdf"


def judged(archive, text: str, value: float) -> dict:
    report = verify_document(archive.store, read_draft("concept.txt", text.encode("utf-8"))).to_json()
    found = [c for c in report["claims"] if c["kind"] == "figure" and c["value"] == value]
    assert found, f"{value:g} is missing from the report of {text!r}: {report['claims']}"
    return found[0]


@pytest.fixture
def archive(corpus_archive):
    if corpus_archive.store.conn.execute("SELECT count(*) FROM figures").fetchone()[0] == 0:
        pytest.skip("needs figure extraction")
    return corpus_archive


def test_a_national_count_is_not_judged_by_a_regional_table_cell(archive):
    """CoMensha's national 42 is no contradiction of the ESSM's regional cell "Criminele uitbuiting 18-, 2024: 5"."""
    claim = judged(
        archive, "In 2024 meldde CoMensha landelijk 42 minderjarige slachtoffers van criminele uitbuiting.", 42
    )
    assert claim["verdict"] == "unverified"
    assert "CoMensha" in claim["reason"] and "ESSM" in claim["reason"]


def test_the_same_value_in_a_regional_cell_does_not_support_a_national_claim(archive):
    claim = judged(
        archive, "In 2024 meldde CoMensha landelijk 5 minderjarige slachtoffers van criminele uitbuiting.", 5
    )
    assert claim["verdict"] == "unverified"


def test_swapped_digits_are_flagged(archive):
    """1013 is CoMensha's own published figure for 2020; the beleidskader's 1031 looks like swapped digits."""
    claim = judged(archive, "In 2020 registreerde CoMensha 1013 meldingen van slachtoffers van mensenhandel.", 1013)
    assert claim["verdict"] == "contradicted"
    assert claim["reason"] == "mogelijk verwisselde cijfers: 1013 tegenover 1031"
    assert (claim["evidence"][0]["file"], claim["evidence"][0]["value"]) == (BK, 1031)


def test_gemeld_around_the_organisation_is_a_melding(archive):
    """ "slachtoffers ... gemeld" against "slachtoffers gemeld": the words need not be the same."""
    claim = judged(
        archive, "Het Coördinatiecentrum tegen Mensenhandel kreeg over 2024 944 meldingen van slachtoffers binnen.", 944
    )
    assert claim["verdict"] == "supported" and claim["evidence"][0]["file"] == M25
    assert claim["reason"].startswith("zelfde cijfer, zelfde jaar")


def test_an_altered_national_count_is_contradicted(archive):
    claim = judged(archive, "In 2024 zijn bij CoMensha 994 slachtoffers van mensenhandel gemeld.", 994)
    assert claim["verdict"] == "contradicted" and "944" in claim["reason"]


def test_one_noun_label_with_its_organisation(archive):
    claim = judged(archive, "Het ESSM heeft in 2024 167 cliënten begeleid.", 167)
    assert claim["verdict"] == "supported"


def test_a_claim_naming_nederland_keeps_agreeing_evidence_without_a_place(archive):
    claim = judged(
        archive,
        "Volgens de Nationaal Rapporteur zijn er in Nederland jaarlijks naar schatting 5.000 "
        "slachtoffers van mensenhandel.",
        5000,
    )
    assert claim["verdict"] == "supported"


def test_6000_against_the_monitors_5000_is_caught(archive):
    claim = judged(
        archive,
        "Volgens de Nationaal Rapporteur zijn er in Nederland jaarlijks naar schatting 6.000 "
        "slachtoffers van mensenhandel.",
        6000,
    )
    assert claim["verdict"] == "contradicted"


def test_25_percent_against_the_monitors_52_percent_is_caught(archive):
    claim = judged(archive, "Het aantal minderjarige slachtoffers nam in 2024 landelijk toe met 25%.", 25)
    assert claim["verdict"] == "contradicted" and "52" in claim["reason"]


def test_a_change_is_met_by_a_change_and_implies_the_level(archive):
    """ "+76 over 2023" is a change; it implies 944 - 76 = 868 for 2023."""
    change = judged(
        archive, "Het aantal bij CoMensha gemelde slachtoffers steeg in 2024 met 76 ten opzichte van 2023.", 76
    )
    assert change["verdict"] == "supported"
    implied = judged(archive, "In 2023 registreerde CoMensha 868 slachtoffers van mensenhandel.", 868)
    assert implied["verdict"] == "supported"


def test_a_subtotal_row_knows_its_group(archive):
    """The monitor's "Totaal" row under "Seksuele uitbuiting 18-/18+" is the 115 of 2024."""
    claim = judged(archive, "Het ESSM begeleidde 115 slachtoffers van seksuele uitbuiting in 2024.", 115)
    assert claim["verdict"] == "supported"
    assert any(e["file"] == M25 and e["page"] == 3 and e["source"] == "table" for e in claim["evidence"])
    altered = judged(
        archive, "In 2023 waren er 130 slachtoffers van seksuele uitbuiting in begeleiding bij het ESSM.", 130
    )
    assert altered["verdict"] == "contradicted" and "103" in altered["reason"]


def test_a_year_bracket_with_toen_dates_its_number(archive):
    """ "een toename ten opzichte van 2023 (toen 4)": the 4 is a count of 2023 (it was read as a list mark)."""
    claim = judged(archive, "Het RIEC-samenwerkingsverband draaide in 2023 vier casussen rond mensenhandel.", 4)
    assert claim["verdict"] == "supported"
    assert claim["evidence"][0]["year"] == 2023 and claim["evidence"][0]["value"] == 4


def test_zo_n_covers_a_quarter_of_its_rounding_step(archive):
    """ "zo'n 3000" is not the raadsvragen's 3300 (one would write "ruim 3000"); "ruim 3000" is."""
    about = judged(archive, "In 2023 kwamen er in Rotterdam zo'n 3000 meldingen van huiselijk geweld binnen.", 3000)
    assert about["verdict"] == "contradicted" and "3300" in about["reason"]
    above = judged(archive, "In 2023 kwamen er in Rotterdam ruim 3000 meldingen van huiselijk geweld binnen.", 3000)
    assert above["verdict"] == "supported"


def test_a_thin_label_finds_its_figure_by_a_compound_or_a_word_of_its_clause(archive):
    """ "zaken van mensenhandel" is the monitor's "mensenhandelzaken"; "meld- en adviespunt" its "meldpunt"."""
    zaken = judged(archive, "In 2025 behandelde het Openbaar Ministerie 35 zaken van mensenhandel.", 35)
    assert zaken["verdict"] == "contradicted" and "30" in zaken["reason"]
    meldpunt = judged(archive, "In 2025 werd het meld- en adviespunt van het ESSM 200 keer benaderd.", 200)
    assert meldpunt["verdict"] == "contradicted" and "191" in meldpunt["reason"]


def test_a_verb_of_counting_says_nothing_of_what_is_counted(archive):
    """ "telde" / "noteerde" is not a word the figure's clause must share: CoMensha's 2020 count is the 1031."""
    claim = judged(archive, "CoMensha noteerde in 2020 1.200 meldingen van slachtoffers.", 1200)
    assert claim["verdict"] == "contradicted" and "1031" in claim["reason"]


def test_a_claim_repeating_a_figures_clause_with_another_number_is_contradicted(archive):
    """The monitor's "In de overige 52 gevallen ..." names neither year nor organisation in its sentence; a
    claim that repeats that clause leaves who and when to it.  A shorter, vaguer claim stays open."""
    restated = "In de overige 25 gevallen ging het om een algemene vraag of over uitstappen uit sekswerk."
    claim = judged(archive, restated, 25)
    assert claim["verdict"] == "contradicted" and "52" in claim["reason"]
    vague = judged(archive, "In 25 gevallen ging het om een vraag over sekswerk.", 25)
    assert vague["verdict"] == "unverified"


def test_a_change_with_its_particle_after_the_number(archive):
    """ "nam ... met 70 procent toe" is a change like the monitor's "nam met 70% toe"; a vakantiewoning is a
    vakantiehuis.  The same words with 40 procent are another change, never a level."""
    text = "Landelijk nam de uitbuiting in vakantiewoningen en hotels met 70 procent toe."
    assert judged(archive, text, 70)["verdict"] == "supported"
    assert judged(archive, text.replace("70", "40"), 40)["verdict"] != "supported"


def test_mensensmokkel_is_not_seksuele_uitbuiting(archive):
    """The RIEC's five casussen of possible seksuele uitbuiting and its three of mensensmokkel are two
    indicators: an altered count of either is judged by its own."""
    sexual = judged(
        archive, "Bij het RIEC hadden in 2025 negen casussen mogelijk betrekking op seksuele uitbuiting.", 9
    )
    assert sexual["verdict"] == "contradicted" and "noemt 5" in sexual["reason"]
    smuggling = judged(
        archive, "In 2025 ging het bij het RIEC in vier casussen om mogelijke betrokkenheid bij mensensmokkel.", 4
    )
    assert smuggling["verdict"] == "contradicted" and "noemt 3" in smuggling["reason"]


def test_hedges_and_comparisons_say_nothing_of_what_is_counted(archive):
    """ "vermoedelijke slachtoffers" are the WODC's estimated victims; "lag ... hoger" compares, it counts nothing."""
    wodc = "Volgens onderzoek van het WODC zijn er in Nederland jaarlijks zo'n 5.000 slachtoffers van mensenhandel."
    assert judged(archive, wodc, 5000)["verdict"] == "supported"
    higher = "In 2019 lag het aantal meldingen bij CoMensha met 1.372 nog hoger."
    assert judged(archive, higher, 1372)["verdict"] == "supported"
    swapped = judged(archive, higher.replace("1.372", "1.327"), 1327)
    assert swapped["verdict"] == "contradicted" and swapped["reason"].startswith("mogelijk verwisselde cijfers")


def test_a_percentage_meets_a_share_stored_as_a_fraction(archive):
    """The monitor's "ongeveer de helft van de werkzaamheden" is stored as 0.5; a claim of 50 procent meets it."""
    claim = judged(archive, "Criminele uitbuiting beslaat zo'n 50 procent van de werkzaamheden van de AVIM.", 50)
    assert claim["verdict"] == "supported"
    assert any(e["file"] == M25 and e["page"] == 5 for e in claim["evidence"])


def test_two_numbers_of_one_sentence_are_both_found(archive):
    text = "In 2025 zijn 30 mensenhandelzaken onderzocht en waren er 28 verdachten."
    assert judged(archive, text, 30)["verdict"] == "supported"
    assert judged(archive, text, 28)["verdict"] == "supported"


def test_18_plus_is_not_contradicted_by_the_total_of_all_ages(archive):
    """A right "120 (18 jaar of ouder)" once got "klopt niet" against the 143 of all ages."""
    claim = judged(archive, "In 2025 ging het om 120 slachtoffers van seksuele uitbuiting van 18 jaar of ouder.", 120)
    assert claim["verdict"] == "supported"


def test_an_unrelated_number_sharing_a_value_is_not_supported(archive):
    claim = judged(archive, "In 2025 zijn 208 woningen opgeleverd in Rotterdam-Zuid.", 208)
    assert claim["verdict"] == "unverified" and claim["reason"] == "geen document noemt dit cijfer"


def test_context_stays_in_its_paragraph():
    """A sentence inherits year and organisation only from its own paragraph and the draft's header."""
    text = (
        "Concept-antwoord\n\nIn 2025 begeleidde het ESSM 208 personen.\n\n"
        "Er waren 5 minderjarige slachtoffers van criminele uitbuiting.\n\n"
        "Het RCTM deed in 2025 dertien controles. Daarbij werden 27 niet-vergunde sekswerkers aangetroffen.\n"
    )
    document = read_draft("concept.txt", text.encode())
    claims = claims_of(document)
    sides = {c.value: s for c, s in zip(claims, claim_sides(claims, tuple(p.text for p in document.pages)))}
    assert (sides[208].year, sides[208].organisation) == (2025, "ESSM")
    assert (sides[5].year, sides[5].organisation, sides[5].dated) == (None, "", False)
    assert (sides[27].year, sides[27].organisation) == (2025, "RCTM")


def test_a_relative_year_is_read_against_the_drafts_date():
    text = "Memo 12 maart 2026\n\nHet meldpunt werd vorig jaar 191 keer benaderd.\n"
    document = read_draft("memo.txt", text.encode())
    claims = claims_of(document)
    side = next(s for c, s in zip(claims, claim_sides(claims, tuple(p.text for p in document.pages))) if c.value == 191)
    assert (side.year, side.dated) == (2025, True)


def test_transposed_digits():
    assert transposed(1013, 1031) and transposed(12, 21)
    assert not transposed(1013, 1013) and not transposed(120, 143) and not transposed(1013, 3011)


def test_the_cli_prints_the_reason(archive, corpus_archive_dir, tmp_path):
    draft = tmp_path / "concept.txt"
    draft.write_text(
        "In 2020 registreerde CoMensha 1013 meldingen van slachtoffers van mensenhandel.\n", encoding="utf-8"
    )
    text = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "verify", str(draft)])
    assert "klopt niet" in text.output and "mogelijk verwisselde cijfers: 1013 tegenover 1031" in text.output
    as_json = CliRunner().invoke(main, ["--data", str(corpus_archive_dir), "verify", str(draft), "--json"])
    claim = json.loads(as_json.output)["claims"][0]
    assert claim["reason"] == "mogelijk verwisselde cijfers: 1013 tegenover 1031"


def test_check_reports_likely_transposed_digits_between_documents():
    from extract.model import Figure
    from search.crosscheck.checks import transposed_findings
    from search.crosscheck.matching import ref

    def figure(value, id, doc):
        return ref(
            Figure(
                value,
                f"{value:g}",
                label="meldingen slachtoffers mensenhandel",
                year=2020,
                organisation="CoMensha",
                sentence=f"In 2020 waren er {value:g} meldingen.",
            ),
            id=id,
            doc_id=doc,
            file=f"doc{doc}.pdf",
        )

    found = transposed_findings([figure(1013, 1, 1), figure(1031, 2, 2), figure(1300, 3, 3)])
    assert [(f.kind, f.stated, f.computed) for f in found] == [("transposed", 1013, 1031)]
    assert "Mogelijk verwisselde cijfers" in found[0].message


def test_check_reports_34_percent_against_a_quarter(archive):
    from search.crosscheck.checks import check_archive

    found = [f for f in check_archive(archive.store, ("conflict",)) if {f.stated, f.computed} == {25, 34}]
    assert found and "jonger 23" in found[0].message


def test_each_figures_context_is_stored_at_refresh_and_read_back_the_same(archive):
    """The context read from a figure's page at ingest (figure_context) gives the Side the page gives now."""
    from search.crosscheck.figure_index import contexts, load_refs, refresh
    from search.crosscheck.judging import Judge

    store = archive.store
    refresh(store)
    refs = [r for r in load_refs(store) if r.file.startswith("mensenhandelmonitor-2025")]
    stored = contexts(store, [r.id for r in refs])
    assert len(stored) == len(refs) > 100
    live, kept = Judge(store), Judge(store)
    kept.load_contexts(refs)
    for r in refs:
        a, b = live.build_side(r), kept.figure_side(r)
        assert (a.around, a.section, a.organisation, a.place, a.level, a.classes) == (
            b.around,
            b.section,
            b.organisation,
            b.place,
            b.level,
            b.classes,
        ), r.sentence


def test_number_words_and_synonyms_of_what_is_counted(archive):
    """ "Negenhonderdvierenveertig" is the value, not a word of the clause; "volwassen" is 18+, "mensen" victims."""
    assert (
        judged(archive, "Negenhonderdvierenveertig slachtoffers werden in 2024 bij CoMensha gemeld.", 944)["verdict"]
        == "supported"
    )
    assert (
        judged(archive, "In 2025 begeleidde het ESSM 120 volwassen slachtoffers van seksuele uitbuiting.", 120)[
            "verdict"
        ]
        == "supported"
    )
    noodbed = judged(archive, "In 2025 kwamen 71 mensen terecht op het noodbed van het ESSM.", 71)
    assert noodbed["verdict"] == "contradicted", noodbed["reason"]  # the noodbed's 17, not the Xarah's 11
    assert {e["value"] for e in noodbed["evidence"]} == {17}


def test_unknown_gender_in_other_words(archive):
    """ "bij 2 cliënten is het geslacht niet geregistreerd" supports "van 2 cliënten was het geslacht onbekend"."""
    claim = judged(archive, "In 2024 was van 2 cliënten het geslacht onbekend.", 2)
    assert claim["verdict"] == "supported", claim["reason"]


def test_hedges_and_shares_do_not_stop_a_reworded_sentence(archive):
    """ "Bij mensenhandel is 34% van de slachtoffers jonger dan 23 jaar", hedged and reordered."""
    claim = judged(
        archive, "Bijna een derde, 34 procent, van de slachtoffers van mensenhandel is jonger dan 23 jaar.", 34
    )
    assert claim["verdict"] == "supported", claim["reason"]


def test_the_meld_en_adviespunt_whose_label_kept_its_last_word(archive):
    claim = judged(archive, "Het Meld- en Adviespunt is zeven dagen per week bereikbaar.", 7)
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == BK


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the number stands within the first words of its sentence, which are not the sentence before
        (
            "Concept\n\nIn 2025 ondersteunde het ESSM 143 slachtoffers van seksuele uitbuiting. Hiervan waren 120 meerderjarig.",
            120,
        ),
        # "daarvan" after the number: a part of the sentence's other count, whose words are not excluded
        (
            "Volgens de monitor hielp het ESSM in 2025 143 slachtoffers van seksuele uitbuiting, 23 daarvan waren minderjarig.",
            23,
        ),
    ],
)
def test_an_anaphor_counts_a_part_of_the_count_it_points_back_to(archive, text, value):
    claim = judged(archive, text, value)
    assert claim["verdict"] == "supported", claim["reason"]
    assert claim["evidence"][0]["file"] == M25


def test_starting_is_one_act_however_written(archive):
    """ "Er werden in 2025 34 onderzoeken gestart" (AVIM): "begon 43 onderzoeken" contradicts it."""
    claim = judged(archive, "In 2025 begon de AVIM 43 onderzoeken naar mensenhandel.", 43)
    assert claim["verdict"] == "contradicted", claim["reason"]


def test_a_claim_naming_the_police_meets_a_figure_of_its_avim(archive):
    """The AVIM is the police's unit: "de politie startte 34 onderzoeken" is the AVIM's 34."""
    claim = judged(archive, "De politie startte in 2025 34 onderzoeken naar mensenhandel.", 34)
    assert claim["verdict"] == "supported", claim["reason"]
    assert judged(archive, "Het ESSM startte in 2025 34 onderzoeken naar mensenhandel.", 34)["verdict"] != "supported"


def test_a_compound_participle_as_label_leaves_it_to_the_clause(archive):
    """ "De Regionale Tafel heeft twee keer plaatsgevonden": "plaatsgevonden" says what was done."""
    claim = judged(archive, "De Regionale Tafel kwam in 2024 twee keer bijeen.", 2)
    assert claim["verdict"] == "supported", claim["reason"]


NEWS = """Mensenhandel in regio Rotterdam blijft hardnekkig

ROTTERDAM - Het Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel (ESSM) heeft vorig jaar 143 \
slachtoffers van seksuele uitbuiting begeleid, blijkt uit de nieuwe monitor. Van hen waren er 23 minderjarig. \
Het meldpunt werd 191 keer benaderd; in 139 gevallen ging het om mensenhandel.

De politie startte 34 onderzoeken. "Dat is fors meer dan voorgaande jaren", zegt een woordvoerder. Landelijk \
telde CoMensha in 2024 944 slachtoffers, 76 meer dan een jaar eerder.

Het Regionaal Controleteam Mensenhandel voerde dertien controles uit, terwijl de norm minimaal twaalf per jaar is."""


def test_a_news_article_about_the_monitor_gets_no_wrong_verdict(archive):
    """A news paragraph in a journalist's words: every number is in the report, the ones the monitor says
    are "klopt", and none is "klopt niet" (the "139 gevallen" are not the "overige 52 gevallen"; "76 meer
    dan een jaar eerder" is a change; an estimate of 5.000 is no count of 944)."""
    report = verify_document(archive.store, read_draft("nieuws.txt", NEWS.encode("utf-8"))).to_json()
    verdicts = {c["value"]: c["verdict"] for c in report["claims"] if c["kind"] == "figure"}
    assert set(verdicts) >= {143, 23, 191, 139, 34, 944, 76, 13, 12}
    assert "contradicted" not in verdicts.values()
    assert all(verdicts[v] == "supported" for v in (143, 23, 191, 34, 944, 76, 13))
    claim_944 = next(c for c in report["claims"] if c["value"] == 944)
    assert "5000" not in claim_944["reason"] and "5.000" not in claim_944["reason"]


COUNCIL_NEWS = """Raad wil meer zicht op mensenhandel

Uit antwoorden op schriftelijke vragen blijkt dat het ESSM in 2024 in totaal 167 slachtoffers begeleidde. \
Het grootste deel, 115 slachtoffers, was slachtoffer van seksuele uitbuiting. Bij 142 van hen ging het om een \
vrouw; 18 slachtoffers waren man.

In 2023 meldde CoMensha nog 868 slachtoffers."""


def test_shares_and_pronouns_in_a_news_paragraph_say_nothing_of_what_is_counted(archive):
    """ "Het grootste deel, 115 slachtoffers, ..." and "Bij 142 van hen ...": the share and the pronoun are
    no words of what is counted; every number of the paragraph is confirmed."""
    report = verify_document(archive.store, read_draft("nieuws.txt", COUNCIL_NEWS.encode("utf-8"))).to_json()
    verdicts = {c["value"]: c["verdict"] for c in report["claims"] if c["kind"] == "figure"}
    assert {v: verdicts.get(v) for v in (167, 115, 142, 18, 868)} == dict.fromkeys(
        (167, 115, 142, 18, 868), "supported"
    )
