"""Answer types: a "wanneer", "wie" or "waar" question is answered only by a sentence that says a
time, a who or a where (search/answer/kinds.py), on the real corpus."""

from __future__ import annotations

import pytest

from search import ask
from search.answer import NOT_FOUND, analyse
from search.answer.kinds import fits, says_when, says_where, says_who


@pytest.mark.parametrize(
    "question",
    [
        "waar werden de aangiftes van criminele uitbuiting gedaan",  # "... in 2025 minder aangiftes gedaan"
        "waar is de koffer verkeerd gelanceerd",  # "In 2024 is de koffer verkeerd gelanceerd": when, not where
    ],
)
def test_a_waar_question_is_not_answered_by_a_sentence_without_a_place(corpus_archive, question):
    found = ask(corpus_archive, question)
    assert found.answer is None and found.reason == NOT_FOUND


def test_the_right_kind_of_sentence_still_answers(corpus_archive):
    when = ask(corpus_archive, "wanneer is de koffer verkeerd gelanceerd")
    assert when.method == "passage" and "2024" in when.answer.text
    who = ask(corpus_archive, "wie registreert het aantal slachtoffers van mensenhandel in rotterdam")
    assert who.method == "passage" and "Registratiepunt" in who.answer.text


def test_a_month_inside_a_word_is_no_date_and_a_place_is_nobody():
    assert not says_when("Meisjes beginnen vaak later met hulp te zoeken, eindelijk met steun.")  # mei, begin, eind
    assert says_when("Het meldpunt is bereikbaar van 8:30 uur tot 22:00 uur.")
    assert says_when("Uw raad wordt voor de zomer geïnformeerd.") and says_when("Dat gebeurt volgend jaar.")
    assert not says_who("In Rotterdam en Dordrecht is de aanpak verbeterd.")
    assert says_who("Reitema (PvdA) stelde vragen.") and says_who("Dat is besloten door de wethouder.")
    assert says_who("Ook hebt u een e-mail gestuurd aan mevrouw Esther Lagendijk.")
    assert says_where("Het café zit aan de Witte de Withstraat 12.") and says_where("Meld het via de website.")
    assert not says_where("Slachtoffers melden zich meestal niet uit zichzelf.")
    assert not says_where("Landelijk aantal meldingen van slachtoffers 2019 1372 2020 1031")  # a level, no place


def test_waar_about_a_topic_asks_no_place():
    """ "waar gaat het actieplan over" asks what about, not where."""
    assert fits(analyse("waar gaat het actieplan over"), "Het actieplan gaat over de aanpak van uitbuiting.")
    assert not fits(analyse("waar is het actieplan gepresenteerd"), "Het actieplan gaat over de aanpak van uitbuiting.")


def test_a_sentence_must_speak_of_every_noun_asked(corpus_archive):
    """The beleidskader's sentence on where the beleidsregisseur is ondergebracht names no
    zorgcoördinator (search/answer/subject.py)."""
    found = ask(corpus_archive, "waar is de regionaal zorgcoordinator ondergebracht")
    assert found.answer is None and found.reason == NOT_FOUND
    right = ask(corpus_archive, "waar is de regionaal beleidsregisseur ondergebracht")
    assert right.method == "passage" and "VeiligheidsAlliantie" in right.answer.text


def test_table_rows_read_as_text_are_no_sentence():
    from search.answer.subject import tabular

    assert tabular("Albrandswaard - - - 1 Barendrecht 3 - - - Capelle a/d IJssel 3 1 1 - Dordrecht 4")
    assert tabular("Totaal | 2023: 148 | 2024: 167 | 2025: 208")
    assert not tabular("In 2025 kregen 113 slachtoffers een vorm van tijdelijke opvang.")


def test_a_waarom_question_needs_a_reason(corpus_archive):
    """ "In 2024 is de koffer verkeerd gelanceerd" says when, not why."""
    found = ask(corpus_archive, "waarom is de koffer verkeerd gelanceerd")
    assert found.answer is None and found.reason == NOT_FOUND
    why = ask(corpus_archive, "waarom is mensenhandel een haaldelict")
    assert why.method == "passage" and "want" in why.answer.text
