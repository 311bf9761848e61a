"""Dutch number parsing: the examples of the issue, and value → Dutch text → value."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from extract.mentions import mentions
from extract.numbers import parse_amount, parse_numeral, render
from extract.numwords import to_words, word_value


@pytest.mark.parametrize(
    "raw,value",
    [
        ("5.000", 5000),
        ("32.951", 32951),
        ("1.250.000", 1_250_000),
        ("8,5", 8.5),
        ("165,41", 165.41),
        ("€ 4,9 miljoen", 4_900_000),
        ("1,2 duizend", 1200),
        ("2 miljard", 2e9),
        ("€ 12.500", 12500),
    ],
)
def test_amounts(raw, value):
    assert parse_amount(raw) == pytest.approx(value)


@pytest.mark.parametrize(
    "word,value",
    [
        ("vier", 4),
        ("negentien", 19),
        ("tweeënvijftig", 52),
        ("tweeenvijftig", 52),
        ("één", 1),
        ("drieduizendvijfhonderd", 3500),
        ("honderdtwintig", 120),
        ("tafel", None),
        ("en", None),
        ("eentje", None),
    ],
)
def test_number_words(word, value):
    assert word_value(word) == value


@pytest.mark.parametrize(
    "text,raw,value,unit,extra",
    [
        ("19,6 km/uur", "19,6 km/uur", 19.6, "km_per_hour", {}),
        ("52%", "52%", 52, "percent", {}),
        ("8 %", "8 %", 8, "percent", {}),
        (
            "ongeveer 500 – 600 slachtoffers",
            "ongeveer 500 – 600",
            550,
            "count",
            {"low": 500, "high": 600, "qualifier": "approx"},
        ),
        ("4-6 plekken", "4-6", 5, "count", {"low": 4, "high": 6}),
        ("tussen de 30 en 50 jaar", "tussen de 30 en 50 jaar", 40, "years_of_age", {"low": 30, "high": 50}),
        ("kwam tweemaal bijeen", "tweemaal", 2, "times", {}),
        ("kwam twee keer bijeen", "twee keer", 2, "times", {}),
        ("wel 2x gezien", "2x", 2, "times", {}),
        ("12x per jaar", "12x per jaar", 12, "times_per_period", {"period": "per jaar"}),
        ("een kwart van de slachtoffers", "een kwart", 0.25, "fraction", {}),
        ("de helft van de slachtoffers", "de helft", 0.5, "fraction", {}),
        ("1 op de 5 slachtoffers", "1 op de 5", 0.2, "ratio", {}),
        ("zo'n 170 personen", "zo'n 170", 170, "count", {"qualifier": "approx"}),
        ("een toename ten opzichte van 2023 (toen\n4) en", "4", 4, "count", {}),
        ("slachtoffers in 2024 en 27 in 2025", "27", 27, "count", {}),
        ("ca. 30 meldingen", "ca. 30", 30, "count", {"qualifier": "approx"}),
        ("ruim 40 professionals", "ruim 40", 40, "count", {"qualifier": "lower_bound"}),
        ("ten minste 3 keer", "ten minste 3 keer", 3, "times", {"qualifier": "lower_bound"}),
        ("bijna 200 zaken", "bijna 200", 200, "count", {"qualifier": "upper_bound"}),
        ("maximaal 12 bedden", "maximaal 12", 12, "count", {"qualifier": "upper_bound"}),
        ("er waren negentien daders", "negentien", 19, "count", {}),
        ("binnen twee weken na ontvangst", "twee weken", 2, "weeks", {}),
        ("7 dagen per week bereikbaar", "7 dagen", 7, "days", {"period": "per week"}),
        ("in de eerste drie kwartalen", "drie kwartalen", 3, "quarters", {}),
        ("een strook van circa 1,5 meter breed", "circa 1,5 meter", 1.5, "m", {"qualifier": "approx"}),
        ("een programma van 5.000 m2", "5.000 m2", 5000, "m2", {}),
        ("een miljoen vijfhonderdduizend euro", "een miljoen vijfhonderdduizend euro", 1_500_000, "eur", {}),
        ("ruim een half miljoen inwoners", "ruim een half miljoen", 500_000, "count", {"qualifier": "lower_bound"}),
        ("anderhalf miljoen", "anderhalf miljoen", 1_500_000, "count", {}),
        ("er waren nul meldingen", "nul", 0, "count", {}),
        ("twee en vijftig meldingen", "twee en vijftig", 52, "count", {}),
        ("in tweeduizend vierentwintig", "tweeduizend vierentwintig", 2024, "count", {}),
        ("duizend tweehonderd zaken", "duizend tweehonderd", 1200, "count", {}),
        (
            "tussen de drie en twintig jaar",
            "tussen de drie en twintig jaar",
            11.5,
            "years_of_age",
            {"low": 3, "high": 20},
        ),
        ("dat gebeurde eenmaal", "eenmaal", 1, "times", {}),
        ("nog een keer gemeld", "een keer", 1, "times", {}),
        ("elfmaal bijeen", "elfmaal", 11, "times", {}),
        ("twaalfmaal per jaar", "twaalfmaal per jaar", 12, "times_per_period", {"period": "per jaar"}),
        ("twintigmaal", "twintigmaal", 20, "times", {}),
        ("een op de vijf slachtoffers", "een op de vijf", 0.2, "ratio", {}),
        ("één op de vijf slachtoffers", "één op de vijf", 0.2, "ratio", {}),
        ("Twee derde was minderjarig", "Twee derde", 2 / 3, "fraction", {}),
        ("Een derde was minderjarig", "Een derde", 1 / 3, "fraction", {}),
        ("tweederde van de meldingen", "tweederde", 2 / 3, "fraction", {}),
        ("een kwart was jonger", "een kwart", 0.25, "fraction", {}),
        ("driekwart van de zaken", "driekwart", 0.75, "fraction", {}),
        ("drie vijfde van de zaken", "drie vijfde", 0.6, "fraction", {}),
        ("bijna de helft was man", "bijna de helft", 0.5, "fraction", {"qualifier": "upper_bound"}),
        ("ruim een tiende daarvan", "ruim een tiende", 0.1, "fraction", {"qualifier": "lower_bound"}),
        (
            "tussen de vijf- en zevenduizend slachtoffers",
            "tussen de vijf- en zevenduizend",
            6000,
            "count",
            {"low": 5000, "high": 7000},
        ),
        ("vijf- tot zesduizend slachtoffers", "vijf- tot zesduizend", 5500, "count", {"low": 5000, "high": 6000}),
        ("twee- à driehonderd zaken", "twee- à driehonderd", 250, "count", {"low": 200, "high": 300}),
        (
            "twee- tot driehonderdduizend euro",
            "twee- tot driehonderdduizend euro",
            250_000,
            "eur",
            {"low": 200_000, "high": 300_000},
        ),
        (
            "circa twee- tot drie miljoen",
            "circa twee- tot drie miljoen",
            2_500_000,
            "count",
            {"low": 2e6, "high": 3e6, "qualifier": "approx"},
        ),
        ("Eenmaal per jaar", "Eenmaal per jaar", 1, "times_per_period", {}),
        ("10% tot 15% van de jongeren", "10% tot 15%", 12.5, "percent", {"low": 10, "high": 15}),
        ("het kost € 10.000 tot € 15.000", "€ 10.000 tot € 15.000", 12500, "eur", {"low": 10000, "high": 15000}),
        ("tussen 20% en 30% minder", "tussen 20% en 30%", 25, "percent", {"low": 20, "high": 30}),
        ("een op de eenenzeventig", "een op de eenenzeventig", 1 / 71, "ratio", {}),
    ],
)
def test_mentions(text, raw, value, unit, extra):
    found = mentions(text)
    assert len(found) == 1, found
    mention = found[0]
    assert (mention.raw, mention.unit) == (raw, unit)
    assert mention.value == pytest.approx(value)
    for key, expected in extra.items():
        assert getattr(mention, key) == expected


@pytest.mark.parametrize(
    "text,raws",
    [
        ("het steeg met 10% tot 15 jaar", ["10%", "15 jaar"]),  # a unit at one end only: no range
        ("10% en 15%", ["10%", "15%"]),  # "en" joins a range only after "tussen"
        ("€ 5 of 10%", ["€ 5", "10%"]),
    ],
)
def test_units_at_one_end_make_no_range(text, raws):
    assert [m.raw for m in mentions(text)] == raws


def test_changes_with_direction_and_base_year():
    rise = mentions("944 slachtoffers, een stijging van 76 ten opzichte van 2023.")[1]
    assert (rise.kind, rise.direction, rise.base_year, rise.value) == ("change", "up", 2023, 76)
    assert mentions("Het aantal nam toe met 52%.")[0].kind == "change"
    fall = mentions("een daling van 12 meldingen")[0]
    assert (fall.kind, fall.direction) == ("change", "down")


@pytest.mark.parametrize(
    "text",
    [
        "010 – 236 52 56",
        "0800-7000",
        "Telefoon: 14 010",
        "21 mei 2025",
        "8:30 uur",
        "in 2024",
        "kenmerk 25bb002418",
        "M2504-854",
        "artikel 273f Sr",
        "191 keer²"[-1],
        "Vraag 3",
        "1. Aanleiding",
        "pagina 4",
        "https://www.rijksoverheid.nl/documenten/2018/02/14/x",
        "3011 AB Rotterdam",
        "NL91 ABNA 0417 1643 00",
        "info@rotterdam.nl",
        "Q4",
        "24/7",
        "18+",
        "de 2e keer",
        "er is een man gezien",
        "een half jaar later",
        "de tweede keer",
        "de derde vergadering",
        "niet in één keer",
        "een op het dak",
        "de 3e keer",
        "de 21ste eeuw",
        "voor de tiende keer",
        "een derde termijn",
        "ten derde",
        "de eenentwintigste editie",
        "de honderdste vergadering",
        "dat is nu eenmaal zo",
        "Eenmaal binnen bleek het",
        "het 1e kwartaal",
        "de 2de Kamer",
    ],
)
def test_not_figures(text):
    assert mentions(text) == []


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_words_round_trip(n):
    assert parse_amount(to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_digits_round_trip(n):
    assert parse_numeral(render(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_decimal_round_trip(whole, cents):
    value = whole + cents / 100
    assert parse_numeral(render(value)) == pytest.approx(value)


@given(st.integers(min_value=1, max_value=999_999), st.sampled_from(["scaled", "euro_scaled", "euro"]))
def test_scaled_round_trip(n, style):
    value = n * 1000
    assert parse_amount(render(value, style)) == pytest.approx(value)


def test_words_side_by_side_stay_apart():
    assert [m.value for m in mentions("groep twee drie keer")] == [2, 3]
    assert [m.value for m in mentions("vier miljoen twee miljard")] == [4e6, 2e9]


@given(st.integers(min_value=0, max_value=10**9))
def test_num2words_read_back(n):
    """An independent writer of Dutch numbers: its words read back as one number, alone and in a sentence."""
    words = num2words(n, lang="nl")
    assert parse_amount(words) == n
    found = mentions(f"Er waren {words} meldingen.")
    assert [(m.raw, m.value) for m in found] == [(words, n)]


@given(st.integers(min_value=1, max_value=99))
def test_num2words_multiples(n):
    words = num2words(n, lang="nl")
    found = mentions(f"Het gebeurde {words} keer.")
    assert [(m.raw, m.value, m.unit) for m in found] == [(f"{words} keer", n, "times")]


SPLIT = st.integers(min_value=1, max_value=10**9)


@given(SPLIT, SPLIT)
def test_num2words_ranges(a, b):
    """Two numbers in words as a range: "tussen de X en Y", "X tot Y", "X à Y"."""
    low, high = sorted((a, b))
    if low == high:
        return
    words_low, words_high = num2words(low, lang="nl"), num2words(high, lang="nl")
    for text in (
        f"tussen de {words_low} en {words_high} meldingen",
        f"{words_low} tot {words_high} meldingen",
        f"{words_low} à {words_high} meldingen",
    ):
        found = mentions(text)
        assert [(m.low, m.high) for m in found] == [(low, high)], text


@given(
    st.integers(min_value=1, max_value=98),
    st.integers(min_value=1, max_value=99),
    st.sampled_from([("honderd", 100), ("duizend", 1000), ("honderdduizend", 100_000)]),
    st.sampled_from(["tot", "à", "of", "en"]),
)
def test_elided_ranges(a, b, scale, joiner):
    """ "vijf- tot zesduizend": the first number shares the scale of the second."""
    low, high = sorted((a, b))
    if low == high or (scale[1] == 100 and high >= 10):
        return  # "twintighonderd" is not how Dutch writes 2000
    first, second = num2words(low, lang="nl"), num2words(high, lang="nl") + scale[0]
    text = f"{'tussen de ' if joiner == 'en' else ''}{first}- {joiner} {second} slachtoffers"
    found = mentions(text)
    assert [(m.low, m.high, m.unit) for m in found] == [(low * scale[1], high * scale[1], "count")], text


@given(
    st.sampled_from(["twee", "drie", "vier"]),
    st.sampled_from(list(range(3, 11))),
    st.sampled_from(["", "ruim ", "bijna "]),
)
def test_fractions_are_shares(count, part, qualifier):
    """ "twee derde", "drie vijfde": a share of the group, never the count in front."""
    counts = {"twee": 2, "drie": 3, "vier": 4}
    if counts[count] >= part:
        return
    written = f"{count} {num2words(part, lang='nl', to='ordinal')}"
    found = mentions(f"Volgens de politie was {qualifier}{written} van de slachtoffers minderjarig.")
    assert [(m.raw, m.unit) for m in found] == [(qualifier + written, "fraction")]
    assert found[0].value == pytest.approx(counts[count] / part)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["ordinal", "ordinal_num"]))
def test_ordinals_are_never_counts(n, form):
    """ "de derde keer", "de 21e editie", "de eenentwintigste vergadering": an ordinal counts nothing."""
    written = num2words(n, lang="nl", to=form)
    assert mentions(f"Het was de {written} vergadering van de raad.") == []


@given(st.integers(min_value=1, max_value=999))
def test_num2words_word_multiples(n):
    """ "elfmaal", "twaalfmaal", "eenentwintigmaal": a multiple."""
    written = num2words(n, lang="nl") + "maal"
    found = mentions(f"De commissie kwam {written} bijeen.")
    assert [(m.raw, m.value, m.unit) for m in found] == [(written, n, "times")]


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=2, max_value=1000), st.booleans())
def test_n_in_m_is_a_share(n, m, spelled):
    """ "een op de vijf", "3 op de 10": a share of the group, never a count of n or m."""
    if n >= m:
        return
    first = "een" if n == 1 and spelled else (num2words(n, lang="nl") if spelled else str(n))
    second = num2words(m, lang="nl") if spelled else str(m)
    found = mentions(f"Volgens het onderzoek heeft {first} op de {second} jongeren schulden.")
    assert [(m_.raw, m_.unit) for m_ in found] == [(f"{first} op de {second}", "ratio")]
    assert found[0].value == pytest.approx(n / m)


@given(st.integers(min_value=2, max_value=9999))
def test_a_number_in_words_of_the_nouns_that_follow_is_a_count(n):
    """ "tweeënveertig van de slachtoffers" counts 42 (only "een van de" is the idiom "one of them"), and a
    number in words in brackets after another number ("In 2020 (duizendeenendertig)") is its own."""
    words = num2words(n, lang="nl")
    assert n in [m.value for m in mentions(f"In 2024 waren {words} van de slachtoffers vrouw.")]
    assert n in [m.value for m in mentions(f"In 2020 ({words}) lag het aantal hoger.")]


def test_one_of_them_and_a_number_repeated_in_words_are_no_counts():
    assert [m.value for m in mentions("Een van de slachtoffers was minderjarig.")] == []
    assert [m.value for m in mentions("Er kwamen 6 (zes) meldingen binnen.")] == [6]


@pytest.mark.parametrize(
    "text,raws",
    [
        ("Er werden 13.5% meer aangiftes gedaan.", ["13.5%"]),  # a decimal point the English way, before a unit
        ("Het ging om 2.5 miljoen euro.", ["2.5 miljoen euro"]),
        ("Het budget (€ 1.5 mln) is op.", ["€ 1.5 mln"]),
        ("Zie 3.2 Aanpak voor 2.500 meldingen.", ["2.500"]),  # a section number is none; 2.500 is thousands
        ("Versie 1.2 van het plan.", []),
    ],
)
def test_a_decimal_point_is_read_only_before_a_unit(text, raws):
    from extract.figures import Page, read_figures
    from extract.model import DocumentMeta

    found, _ = read_figures((Page(1, text),), DocumentMeta("concept.txt"), typed=True)
    assert [f.raw for f in found] == raws


@pytest.mark.parametrize(
    "text,sentence",
    [
        ("Ca. 40% van de meldingen ging over fatbikes.", "Ca. 40% van de meldingen ging over fatbikes."),
        ("Het ging o.a. om 12 fietsers. En om auto's.", "Het ging o.a. om 12 fietsers."),
        ("Zie bijv. 15 meldingen uit Delft.", "Zie bijv. 15 meldingen uit Delft."),
    ],
)
def test_an_abbreviations_point_does_not_end_the_sentence(text, sentence):
    from extract.figures import Page, read_figures
    from extract.model import DocumentMeta

    found, _ = read_figures((Page(1, text),), DocumentMeta("concept.txt"), typed=True)
    assert [f.sentence for f in found] == [sentence]


@pytest.mark.parametrize(
    "text,years",
    [
        ("In 2019 registreerde CoMensha nog 1.372 meldingen, in 2021 waren dat er 791.", [2019, 2021]),
        ("Het ESSM hielp in 2024 167 cliënten, in 2025 waren het er 208.", [2024, 2025]),
        ("In 2024 registreerde CoMensha 944 slachtoffers, een stijging van 76 ten opzichte van 2023.", [2024, 2024]),
    ],
)
def test_a_figure_takes_the_year_of_its_own_clause(text, years):
    from extract.figures import Page, read_figures
    from extract.model import DocumentMeta

    found, _ = read_figures((Page(1, text),), DocumentMeta("concept.txt"), typed=True)
    assert [f.year for f in found] == years
