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
