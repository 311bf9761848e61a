"""Labels, value semantics and indicator matching."""

from extract.model import Figure
from search.crosscheck.labels import organisation_of, same_terms, similarity, terms_of
from search.crosscheck.matching import LabelIndex, ref
from search.crosscheck.values import agreement


def fig(value, label, year=2024, raw=None, qualifier="exact", unit="count", doc_year=None, **kw):
    return ref(
        Figure(value, raw or f"{value:g}", unit=unit, qualifier=qualifier, label=label, year=year, **kw),
        doc_year=doc_year,
    )


def test_domain_synonyms_and_abbreviations():
    assert terms_of("cliënten seksuele uitbuiting") == terms_of("slachtoffers van seksuele uitbuiting")
    assert terms_of("cliénten") == terms_of("cliënten")  # OCR accent
    assert terms_of("preventieve trajecten") == terms_of("Preventief traject")
    assert organisation_of("Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel") == "ESSM"
    assert organisation_of("Expertisecentrum Seksualiteit Sekswork en Mensenhandel (ESSM)") == "ESSM"
    assert terms_of("meldingen minderjarige") == terms_of("meldingen 18-")


def test_discriminating_terms_keep_indicators_apart():
    sexual = terms_of("slachtoffers seksuele uitbuiting")
    assert similarity(sexual, terms_of("slachtoffers criminele uitbuiting")) == 0
    assert similarity(terms_of("Seksuele uitbuiting 18-"), terms_of("Seksuele uitbuiting 18+")) == 0
    assert similarity(sexual, terms_of("seksuele uitbuiting 18+")) < 0.75  # a part, not the total
    assert similarity(sexual, terms_of("cliënten op het gebied van seksuele uitbuiting")) == 1.0
    assert not same_terms(terms_of("slachtoffers arbeidsuitbuiting COSM"), terms_of("slachtoffers arbeidsuitbuiting"))


def test_qualifier_semantics():
    about_170 = fig(170, "personen", raw="zo'n 170", qualifier="approx")
    assert agreement(about_170, fig(167, "personen")) == "agree"
    assert agreement(about_170, fig(150, "personen")) == "disagree"
    over_100 = fig(100, "personen", raw="ruim 100", qualifier="lower_bound")
    assert agreement(over_100, fig(208, "personen")) == "agree"
    assert agreement(over_100, fig(100, "personen")) == "disagree"  # "ruim 100" is more than 100
    assert agreement(over_100, fig(90, "personen")) == "disagree"
    under = fig(20, "x", raw="minder dan 20", qualifier="upper_bound")
    assert agreement(under, fig(19, "x")) == "agree" and agreement(under, fig(20, "x")) == "disagree"
    quarter = fig(0.25, "slachtoffers jonger dan 23 jaar", raw="een kwart", unit="fraction")
    assert quarter.unit == "percent" and quarter.value == 25
    assert agreement(fig(34, "slachtoffers jonger dan 23 jaar", raw="34%", unit="percent"), quarter) == "disagree"
    assert agreement(fig(5000, "x", raw="5.000"), fig(5000, "x", raw="5.000", qualifier="approx")) == "agree"


def test_index_blocks_on_year_and_unit():
    refs = [
        ref(Figure(115, "115", label="slachtoffers seksuele uitbuiting", year=2024), id=1),
        ref(Figure(143, "143", label="slachtoffers seksuele uitbuiting", year=2025), id=2),
        ref(Figure(60, "60%", unit="percent", label="slachtoffers seksuele uitbuiting", year=2024), id=3),
    ]
    index = LabelIndex(refs)
    claim = ref(Figure(120, "120", label="cliënten seksuele uitbuiting", year=2024))
    assert [m.id for m, _ in index.matches(claim)] == [1]
    across = LabelIndex(refs, by_year=False)
    assert {m.id for m, _ in across.matches(claim)} == {1, 2}
    assert [sorted(r.id for r in g) for g in across.groups()] == [[1, 2]]


def test_tolerance_of_written_decimals():
    from search.crosscheck.values import tolerance

    assert tolerance(fig(0, "x", raw="0,0")) == 0.05  # no division by the written zero
    assert tolerance(fig(4_900_000, "x", raw="€ 4,9 miljoen", unit="eur")) == 50_000
    assert agreement(fig(8.5, "x", raw="8,5", unit="percent"), fig(8.54, "x", raw="8,54", unit="percent")) == "agree"


def test_a_year_inside_a_date_does_not_date_a_figure():
    in_date = fig(
        2, "meldingen", year=2020, sentence="Overlast : 23-04-2020 16:58 Adres : Van Woustraat 2", doc_year=2020
    )
    written = fig(179, "meldingen", year=2024, sentence="In 2024 is 179 keer het meldpunt benaderd.", doc_year=2024)
    from_section = fig(
        115, "slachtoffers", year=2024, sentence="- 115 slachtoffers van seksuele uitbuiting", doc_year=2025
    )
    assert (in_date.dated, written.dated, from_section.dated) == (False, True, True)
