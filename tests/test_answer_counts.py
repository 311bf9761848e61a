"""Figure answers count what is asked: a figure of running text that counts another thing, or a
figure of another year, is no answer to a "hoeveel" question (search/answer/figures.py), on the real
corpus."""

from __future__ import annotations

import pytest

from search import ask
from search.answer import NOT_FOUND


@pytest.mark.parametrize(
    "question",
    [
        "hoeveel personen begeleidde het essm in 2026",  # "4-6 plekken aanbieden ... per 2026" counts places
        "hoeveel slachtoffers in totaal in 2026",
    ],
)
def test_a_figure_that_counts_another_thing_is_no_answer(corpus_archive, question):
    found = ask(corpus_archive, question)
    assert found.answer is None and found.reason == NOT_FOUND


def test_a_figure_that_counts_what_is_asked_in_other_words_still_answers(corpus_archive):
    found = ask(corpus_archive, "hoeveel personen begeleidde het essm in 2025")  # "208 personen begeleid"
    assert found.method == "figures" and found.answer.value == 208
    clients = ask(corpus_archive, "hoeveel slachtoffers telde het essm in totaal in 2024")  # "167 cliënten"
    assert clients.answer.value == 167


def test_a_council_answer_to_hoeveel_must_be_for_the_year_asked():
    from search.answer import analyse
    from search.answer.evidence import year_answered

    asked = analyse("hoeveel slachtoffers van mensenhandel waren er in 2024")
    earlier = "Hoeveel slachtoffers van mensenhandel waren er in 2024?"
    assert not year_answered(asked, "In 2023 werden 148 slachtoffers begeleid.", earlier)  # another year
    assert year_answered(asked, "Het ESSM heeft in 2024 167 cliënten begeleid.", earlier)
    assert year_answered(asked, "Het ESSM heeft 167 cliënten begeleid.", earlier)  # the question's year
    assert not year_answered(asked, "Het ESSM heeft 167 cliënten begeleid.", "Hoeveel slachtoffers?")
    assert year_answered(analyse("hoeveel slachtoffers van mensenhandel"), "In 2023: 148.", "")


def test_a_total_on_a_page_of_municipalities_is_not_one_municipality_s(corpus_archive):
    """The 2025 monitor's page 3 lists each municipality's 2025 victims; its 2024 total is the region's."""
    total = ask(corpus_archive, "hoeveel slachtoffers seksuele uitbuiting uit schiedam 2024")
    assert total.answer is None and total.reason == NOT_FOUND
    own = ask(corpus_archive, "hoeveel slachtoffers seksuele uitbuiting uit schiedam 2025")
    assert own.method == "figures" and own.answer.value == 2 and own.sources[0].row == "Schiedam"


def test_a_figure_whose_clause_names_a_form_not_asked_counts_a_part(corpus_archive):
    """ "een stijging binnen seksuele uitbuiting van één casus in 2024" is no count of all casussen."""
    found = ask(corpus_archive, "hoeveel casussen draaide het riec in 2024")
    assert found.method == "figures" and found.answer.value == 11 and found.agree is not False
    part = ask(corpus_archive, "hoeveel casussen van seksuele uitbuiting had het riec in 2025")
    assert part.answer is not None and part.answer.value == 5  # asked for the part: the part answers


def test_mensenhandel_asked_must_stand_on_the_figure_s_page(fresh_archive, tmp_path):
    """Labels leave "mensenhandel" out (nearly every Rotterdam label is about it); the BIZ plan of the
    Rozengracht (Amsterdam, OCR text) states a vast bedrag and nothing about mensenhandel."""
    import shutil
    from pathlib import Path

    from search import ingest_paths

    shared = Path(__file__).resolve().parents[2] / "shared" / "amsterdam" / "raadsinformatie"
    plan = shared / "gehandicaptenparkeerplaats_rozengracht_manual" / "1 - 13_1 biz plan Rozengracht.pdf.ocr"
    if not plan.exists():
        pytest.skip(f"{plan} ontbreekt (../shared/amsterdam)")
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(plan, folder / plan.name)
    assert ingest_paths(fresh_archive, [str(folder)]).ok
    plain = ask(fresh_archive, "wat kostte het vaste bedrag")
    assert plain.method == "figures" and plain.answer.value == 300
    found = ask(fresh_archive, "wat kostte het vaste bedrag tegen mensenhandel")
    assert found.answer is None and found.reason == NOT_FOUND


def test_wat_kosten_asks_an_amount_and_a_noun_in_dden_is_no_verb():
    from search.answer import analyse

    for question in ("wat kosten de parkeergarages", "hoeveel kosten de parkeergarages"):
        asked = analyse(question)
        assert (asked.kind, asked.unit, asked.subject) == ("bedrag", "eur", "parkeergarages")
    assert analyse("hoeveel noodbedden had humanitas in 2023").subject == "noodbedden"
    assert analyse("hoeveel slachtoffers begeleidden zij in 2023").subject == "slachtoffers"


def test_an_amount_for_another_thing_is_no_answer():
    from extract.model import Figure
    from search.answer import analyse
    from search.answer.figures import counts_another
    from search.crosscheck.matching import ref

    sentence = "Het college stelt een krediet vast van 3 miljoen euro om laadvoorzieningen te realiseren."
    credit = ref(Figure(3e6, "3 miljoen euro", unit="eur", label="laadvoorzieningen", sentence=sentence))
    assert counts_another(analyse("wat kostte het vaste bedrag"), credit)  # "vast" is the verb's, not the thing's
    assert not counts_another(analyse("hoeveel krediet is er voor laadvoorzieningen"), credit)
