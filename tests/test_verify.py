"""Verifying claims against an archive of corpus figures copied by hand (tests/hand_archive.py)."""
import hand_archive as H
import pytest

from extract.model import Figure
from search.crosscheck.figure_index import refresh
from search.crosscheck.matching import ref
from search.crosscheck.verify import judge, sum_claims, verify_claims
from search.store.db import Store


@pytest.fixture(scope="module")
def store():
    store = Store(":memory:")
    H.build(store)
    refresh(store)
    yield store
    store.close()


def claim(value, label, year, sentence, raw=None, qualifier="exact", unit="count", organisation="", **kw):
    raw = raw or f"{value:g}"
    start = sentence.find(raw)
    return ref(Figure(value, raw, unit=unit, qualifier=qualifier, label=label, year=year, sentence=sentence,
                      organisation=organisation, page=1, start=start, end=start + len(raw), **kw),
               file="concept.txt", doc_year=2026)


FAITHFUL = [  # copies of corpus figures
    claim(115, "slachtoffers seksuele uitbuiting", 2024, "In 2024 begeleidde het ESSM 115 slachtoffers van seksuele uitbuiting."),
    claim(191, "meldingen meldpunt", 2025, "In 2025 is 191 keer het meldpunt benaderd.", raw="191 keer"),
    claim(944, "slachtoffers gemeld", 2024, "In 2024 zijn bij CoMensha 944 slachtoffers gemeld.", organisation="CoMensha"),
    claim(19, "controles", 2024, "Het RCTM voerde in 2024 19 controles uit.", organisation="RCTM"),
    claim(26, "preventieve trajecten", 2024, "In 2024 liepen 26 preventieve trajecten."),
    claim(1031, "meldingen slachtoffers mensenhandel", 2020,
          "CoMensha kreeg in 2020 1031 meldingen van slachtoffers van mensenhandel.", organisation="CoMensha"),
]
ALTERED = [  # the same sentences with other numbers
    claim(120, "slachtoffers seksuele uitbuiting", 2024, "In 2024 begeleidde het ESSM 120 slachtoffers van seksuele uitbuiting."),
    claim(200, "meldingen meldpunt", 2025, "In 2025 is 200 keer het meldpunt benaderd.", raw="200 keer"),
    claim(994, "slachtoffers gemeld", 2024, "In 2024 zijn bij CoMensha 994 slachtoffers gemeld.", organisation="CoMensha"),
    claim(16, "controles", 2024, "Het RCTM voerde in 2024 16 controles uit.", organisation="RCTM"),
]
UNCOVERED = [  # things the corpus does not count
    claim(12, "fietsendiefstallen", 2024, "In 2024 waren er 12 fietsendiefstallen."),
    claim(48, "meldingen huiselijk geweld", 2024, "Veilig Thuis kreeg in 2024 48 meldingen huiselijk geweld."),
    claim(115, "slachtoffers seksuele uitbuiting", 2019, "In 2019 waren er 115 slachtoffers van seksuele uitbuiting."),
]


@pytest.mark.parametrize("c", FAITHFUL, ids=lambda c: c.sentence[:40])
def test_faithful_copies_are_supported(store, c):
    result = judge(store, c)
    assert result.verdict == "supported"
    best = result.evidence[0]
    assert best.figure.value == c.value and best.figure.page > 0 and best.figure.file.endswith(".pdf")


@pytest.mark.parametrize("c", ALTERED, ids=lambda c: c.sentence[:40])
def test_altered_numbers_are_contradicted_with_the_archive_value(store, c):
    result = judge(store, c)
    assert result.verdict == "contradicted"
    assert {e.figure.value for e in result.evidence} <= {115, 191, 944, 19}
    assert all(e.agreement == "disagree" for e in result.evidence)


@pytest.mark.parametrize("c", UNCOVERED, ids=lambda c: c.sentence[:40])
def test_uncovered_things_are_unverified(store, c):
    assert judge(store, c).verdict == "unverified"


def test_approximate_and_bounded_claims(store):
    about = claim(170, "personen begeleid", 2024, "Het ESSM heeft in 2024 zo'n 170 personen begeleid.", raw="zo'n 170",
                  qualifier="approx", organisation="ESSM")
    assert judge(store, about).verdict == "supported"  # 167 in the 2024 monitor
    far = claim(250, "personen begeleid", 2024, "Het ESSM heeft in 2024 zo'n 250 personen begeleid.", raw="zo'n 250",
                qualifier="approx", organisation="ESSM")
    assert judge(store, far).verdict == "contradicted"
    over = claim(200, "personen begeleid", 2025, "In 2025 heeft het ESSM ruim 200 personen begeleid.", raw="ruim 200",
                 qualifier="lower_bound", organisation="ESSM")
    assert judge(store, over).verdict == "supported"  # 208
    too_many = claim(210, "personen begeleid", 2025, "In 2025 heeft het ESSM ruim 210 personen begeleid.",
                     raw="ruim 210", qualifier="lower_bound", organisation="ESSM")
    assert judge(store, too_many).verdict == "contradicted"


def test_claim_without_its_year_is_never_contradicted(store):
    # the year comes from the draft (2026), not from the sentence: another year may support it, none refutes it
    same = claim(13, "slachtoffers criminele uitbuiting", 2026, "- 13 slachtoffers van criminele uitbuiting")
    assert judge(store, same).verdict == "supported"
    other = claim(14, "slachtoffers criminele uitbuiting", 2026, "- 14 slachtoffers van criminele uitbuiting")
    assert judge(store, other).verdict == "unverified"


def test_percentage_against_fraction(store):
    quarter = claim(25, "slachtoffers jonger dan 23 jaar", 2025, "Een kwart van de slachtoffers is jonger dan 23 jaar.",
                    raw="Een kwart", unit="percent")
    assert judge(store, quarter).verdict == "supported"


def test_gender_sum_is_checked_against_the_archive_total(store):
    text = ("Van alle slachtoffers is 142 vrouw. In totaal zijn 18 slachtoffers man, 5 personen identificeren zich "
            "als anders en bij 2 cliënten is het geslacht niet geregistreerd.")
    def part(value, label):
        at = text.index(f" {value} ") + 1
        return ref(Figure(value, str(value), label=label, year=2024, page=1, start=at, end=at + len(str(value)),
                          sentence=text), file="concept.txt", doc_year=2025)
    # labels as figure extraction gives them: the group of the last two is only in their clause
    parts = [part(142, "vrouw"), part(18, "slachtoffers man"), part(5, "personen"), part(2, "cliënten")]
    sums = sum_claims(parts, (text,))
    assert [s.value for s, _ in sums] == [167]
    total, members = sums[0]
    verdict = judge(store, total, kind="sum", parts=members)
    assert verdict.verdict == "supported"
    assert {e.figure.row for e in verdict.evidence} >= {"Totaal slachtoffers"}
    wrong = sum_claims([parts[0], parts[1], parts[2], part(5, "cliënten geslacht niet geregistreerd")], (text,))
    assert judge(store, wrong[0][0]).verdict != "supported"


def test_verify_claims_json_shape(store):
    result = verify_claims(store, FAITHFUL[:1])[0].to_json()
    assert {"text", "value", "unit", "label", "year", "verdict", "evidence"} <= set(result)
    assert {"file", "page", "value", "text", "score"} <= set(result["evidence"][0])


def test_marked_draft_pieces(store):
    from search.crosscheck.verify import Report
    from web.views.verify import marked_pages

    text = "In 2025 is 191 keer het meldpunt benaderd en in 2024 12 fietsen gestolen."
    c1 = claim(191, "meldingen meldpunt", 2025, text, raw="191 keer")
    c2 = claim(12, "fietsen gestolen", 2024, text, raw="12 fietsen")
    report = Report("concept.txt", (judge(store, c1), judge(store, c2)), (text,))
    pieces = marked_pages(report)[0]
    assert "".join(t for t, _ in pieces) == text
    assert [(t, c.verdict) for t, c in pieces if c] == [("191 keer", "supported"), ("12 fietsen", "unverified")]


def test_read_draft_text_and_markdown():
    from search.crosscheck.verify import read_draft

    doc = read_draft("concept.md", "# Kop\n\nIn 2024 waren er 115 meldingen.".encode())
    assert doc.kind == "text" and "115 meldingen" in doc.pages[0].text
    assert read_draft("-", b"tekst").pages[0].text == "tekst"


def test_a_draft_is_read_by_ingest_with_text_repair():
    """One reading path: a pasted draft is mended as every document is ("uit- buiting"), and a claim in a
    footnote points at its own number in the page the report shows."""
    from ingest.errors import BrokenPdf
    from search.crosscheck.verify import claims_of, read_draft, report_pages

    draft = read_draft("-", "In 2024 waren er 115 slachtoffers van uit- buiting.¹ Dat is veel.\n\n"
                            "¹ Bron: CoMensha telde 944 slachtoffers.".encode())
    assert "uitbuiting" in draft.pages[0].text and "944" in draft.pages[0].footnotes
    pages = report_pages(draft)
    claims = claims_of(draft)
    assert [(c.raw, pages[c.page - 1][c.start:c.end]) for c in claims] == [("115", "115"), ("944", "944")]
    assert "uitbuiting" in claims[0].label and claims[1].source == "footnote"
    with pytest.raises(BrokenPdf):  # a PDF without its suffix is read as a PDF (here: a broken one), not as text
        read_draft("concept", b"%PDF-1.4 kapot")


def test_generic_labels_are_not_enough(store):
    # "personen begeleid" without saying by whom could be anyone's: another number is no contradiction
    anyone = claim(150, "personen begeleid", 2025, "In 2025 zijn 150 personen begeleid.")
    assert judge(store, anyone).verdict == "unverified"
    # ... but when only the ESSM counts "begeleid" in the archive, the same number is its figure
    same = judge(store, claim(208, "personen begeleid", 2025, "In 2025 zijn 208 personen begeleid."))
    assert same.verdict == "supported" and same.evidence[0].figure.organisation == "ESSM"
    # "5 personen" names nothing specific: the same number elsewhere proves nothing
    vague = claim(5, "personen", 2024, "In 2024 waren het 5 personen.")
    assert judge(store, vague).verdict == "unverified"
    nrm = claim(5000, "slachtoffers in Nederland", 2025, "Volgens de NRM zijn er elk jaar zo'n 5.000 slachtoffers in "
                "Nederland.", raw="zo'n 5.000", qualifier="approx", organisation="NRM")
    assert judge(store, nrm).verdict == "supported"
    meldingen = claim(9, "meldingen", 2025, "In 2025 kwamen er 9 meldingen.")
    assert judge(store, meldingen).verdict == "unverified"  # "meldingen" alone, without an organisation


def test_cross_references_of_a_stored_figure(store):
    from search.crosscheck.verify import cross_references

    figure_id = next(r["id"] for r in store.rows(
        "SELECT f.id FROM figures f JOIN documents d ON d.id = f.doc_id WHERE d.file = ? AND f.value = 115", (H.RV,)))
    refs = cross_references(store, figure_id)
    assert refs["figure"]["file"] == H.RV
    agreeing = {(m["file"], m["page"]) for m in refs["matches"] if m["agreement"] == "agree"}
    assert (H.M24, 7) in agreeing and (H.M25, 3) in agreeing  # the 2024 monitor and the 2025 table's 2024 column
    assert any(s["label"] == "seksuele uitbuiting" for s in refs["series"])
    assert cross_references(store, 10 ** 9) is None
