"""Layout on real documents: running headers, hyphens, columns, letters, footnotes, glyphs, word boxes."""

import re

import pytest
from conftest import CORPUS, shared

from extract import extract
from extract.footnotes import footnote_for, markers
from ingest import read_document
from ingest.cleanup import join_hyphens

MONITOR_2025 = CORPUS / "mensenhandelmonitor-2025-regio-rotterdam.pdf"
POLICY = CORPUS / "regionaal-beleidskader-mensenhandel.pdf"
MONITOR_2020 = CORPUS / "mensenhandelmonitor-2020-regio-rotterdam.pdf"


@pytest.fixture(scope="module")
def monitor():
    document = read_document(MONITOR_2025)
    return document, extract(document)


def passages_text(extraction, kind=None):
    return [p.text for p in extraction.passages if kind is None or p.kind == kind]


@pytest.mark.parametrize(
    "path,running",
    [
        (MONITOR_2025, "Mensenhandelmonitor 2025 | Regio Rotterdam"),
        (POLICY, "Regionaal Beleid Mensenhandel | eenheid Rotterdam"),
    ],
)
def test_running_headers_and_page_numbers_leave_the_passages(path, running):
    document = read_document(path)
    assert all(p.header == running for p in document.pages)
    assert [p.footer for p in document.pages] == [f"pagina {p.number}" for p in document.pages]
    texts = passages_text(extract(document))
    assert not [t for t in texts if running in t]
    assert not [t for t in texts if re.search(r"\bpagina \d+$", t)]


def test_running_lines_of_a_text_file_are_recognised_across_pages(tmp_path):
    pages = [
        f"Raadsinformatiebrief | Gemeente Voorbeeld\nTekst van pagina {n} over {n * 7} meldingen.\n"
        f"Meer tekst.\nPagina {n} van 4"
        for n in range(1, 5)
    ]
    path = tmp_path / "brief.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    document = read_document(path)
    assert [p.footer for p in document.pages] == [f"Pagina {n} van 4" for n in range(1, 5)]
    assert all(p.header == "Raadsinformatiebrief | Gemeente Voorbeeld" for p in document.pages)
    assert document.pages[2].text == "Tekst van pagina 3 over 21 meldingen.\nMeer tekst."


def test_running_lines_of_ocr_pages_are_recognised_too():
    from ingest import Page
    from ingest.finish import finish

    pages = tuple(
        Page(
            n, f"Mensenhandelmonitor 2024 | Regio Rotterdam\nIn {2020 + n} waren er {n * 11} meldingen.\n{n}", ocr=True
        )
        for n in range(1, 5)
    )
    done = finish(pages)
    assert [(p.header, p.text, p.footer) for p in done][3] == (
        "Mensenhandelmonitor 2024 | Regio Rotterdam",
        "In 2024 waren er 44 meldingen.",
        "4",
    )


def test_hyphenated_line_ends_are_joined_and_real_hyphens_kept():
    seed = shared("seeds", "004_3706cc12d426ca8a.txt").read_text(encoding="utf-8")
    assert "versnip-\nperd" in seed  # the broken word really is in the source
    texts = " ".join(passages_text(extract(read_document(MONITOR_2020))))
    assert "De informatiepositie rondom mensenhandel is versnipperd, waardoor er nog geen concreet beeld" in texts
    assert "veranderen door het gezamenlijk realiseren" in texts and "bewustwording in de samenleving" in texts
    monitor = " ".join(passages_text(extract(read_document(MONITOR_2025))))
    assert "zorg- en veiligheidsorganisaties" in monitor and "Regionaal Actieplan 2024 – 2026" in monitor
    assert "Rotterdam-Rijnmond" in monitor and "land- en tuinbouw" in monitor
    assert (
        join_hyphens("de periode 2024-\n2026 en zorg-\nen veiligheidshuizen")
        == "de periode 2024-2026\nen zorg-\nen veiligheidshuizen"
    )


def test_soft_hyphens_from_pdfium_become_hyphens_or_joins():
    monitor = " ".join(p.text for p in read_document(MONITOR_2025).pages)
    assert "RIEC-samenwerkingsverband" in monitor and "Zuid-Amerikaanse" in monitor
    assert "\ufffe" not in monitor
    letter = " ".join(passages_text(extract(read_document(shared("realdocs", "kamerbrief_draagmoederschap_2011.pdf")))))
    assert "Tot slot wordt wet- en regelgeving ten opzichte van commercieel" in letter


def test_two_column_infographic_reads_column_by_column():
    texts = passages_text(extract(read_document(MONITOR_2020)))
    joined = " ".join(texts)
    # a sentence that runs from the foot of the left column to the top of the right one stays whole
    assert "over het aanpassen van (niet tot persoon herleidbare) registratie van informatie" in joined
    assert any(
        t.startswith("Een blik vooruit Als overheid hebben we nog weinig zicht op het fenomeen criminele uitbuiting")
        and t.endswith("als mensenhandel.")
        for t in texts
    )


def test_columns_on_shared_baselines_are_split_at_the_gutter(tmp_path):
    from reportlab.pdfgen import canvas

    left = [
        "De gemeente ziet een stijging van het aantal meldingen.",
        "Het meldpunt kreeg dit jaar veel vragen.",
        "Daarom investeren wij in voorlichting op scholen.",
        "Ook de politie signaleert meer gevallen.",
        "Samenwerking met zorgpartners blijft nodig.",
        "Einde van de linker kolom.",
    ] * 2
    right = [
        "Rechts staat een ander verhaal over opvang.",
        "Opvangplekken zijn schaars in de regio.",
        "Het noodbed werd vaak gebruikt door slachtoffers.",
        "Er is behoefte aan meer plaatsen.",
        "De wachttijden lopen daardoor op.",
        "Einde van de rechter kolom.",
    ] * 2
    path = tmp_path / "kolommen.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("Helvetica", 9)
    for i, (a, b) in enumerate(zip(left, right)):  # written line by line across the page
        pdf.drawString(50, 760 - 14 * i, a)
        pdf.drawString(310, 760 - 14 * i, b)
    pdf.save()
    text = read_document(path).pages[0].text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[: len(left)] == left and lines[len(left) :] == right


def test_letter_header_column_does_not_interleave_with_the_body():
    letter = extract(read_document(shared("realdocs", "acict_advies-project-abacus_2025-12-08.pdf")))
    first = [p.text for p in letter.passages if p.page == 1]
    assert "Datum 8 december 2025" in first and "Kenmerk 2025-0000688710" in first
    assert any(
        t.startswith(
            "Uw ambtsvoorganger heeft het Adviescollege ICT-toetsing verzocht een onderzoek uit te "
            "voeren naar het project Abacus van de Kiesraad."
        )
        for t in first
    )
    later = [p.text for p in letter.passages if p.page > 1]
    assert not [t for t in later if t.startswith(("Datum 8 december 2025", "Kenmerk 2025-0000688710"))]
    body = [t for t in first if "Kiesraad" in t]
    assert body and not [t for t in body if re.search(r"Datum|Kenmerk|Contactpersoon|Postbus 16292", t)]
    kamerbrief = extract(read_document(shared("realdocs", "kamerbrief_draagmoederschap_2011.pdf")))
    page1 = [p.text for p in kamerbrief.passages if p.page == 1]
    assert "Ons kenmerk 5687928/11" in page1
    assert not [t for t in page1 if "Directoraat-Generaal" in t and "kinderbescherming" in t.lower()]


def test_footnotes_are_set_apart_and_linked_to_their_markers(monitor):
    document, extraction = monitor
    page2 = document.pages[1]
    assert "191 keer² het meldpunt benaderd" in page2.text and "Niet alle telefoontjes" not in page2.text
    assert ("2", page2.text.index("keer²") + 4) in markers(page2.text)
    note = footnote_for(extraction.passages, page=2, mark="2")
    assert note.kind == "footnote" and note.page == 2
    assert note.text.startswith("² Niet alle telefoontjes die bij het ESSM binnenkomen resulteren in een registratie.")
    assert note.text.endswith("De 191 contactmomenten zijn dus alleen de in behandeling genomen contactmomenten.")
    assert "70⁶ internationale slachtoffers" in " ".join(passages_text(extraction, "body"))
    assert footnote_for(extraction.passages, page=4, mark="6").text.startswith("⁶ Een deel van deze trajecten")
    capelle = next(c for t in extraction.tables for c in t.cells if c.row_label == "Capelle a/d IJssel" and c.footnote)
    assert (
        footnote_for(extraction.passages, page=3, mark=capelle.footnote).text
        == "³ Deze melding werd samen met gemeente Rotterdam gedaan."
    )
    assert not [t for t in passages_text(extraction, "body") if "Deze melding werd samen met gemeente" in t]


def test_small_print_at_the_foot_of_a_letter_is_a_footnote():
    letter = extract(read_document(shared("realdocs", "kamerbrief_draagmoederschap_2011.pdf")))
    notes = [p for p in letter.passages if p.kind == "footnote"]
    assert [(p.page, p.text[:46]) for p in notes] == [(2, "1 Bij hoogtechnologisch draagmoederschap wordt")]
    assert footnote_for(letter.passages, page=2, mark="1") == notes[0]
    assert not [p for p in letter.passages if p.kind == "body" and "HTDM toegestaan" in p.text]


def test_symbol_bullets_and_ligature_glyphs_are_repaired_or_flagged():
    policy = read_document(POLICY)
    assert not [p for p in policy.pages if re.search(r"[\ue000-\uf8ff]", p.text)]
    assert "• Duidelijk beleid heeft om mensenhandel tegen te gaan;" in policy.pages[0].text
    report = read_document(shared("realdocs", "vws_toegankelijkheidsonderzoek_open-minvws_2025.pdf"))
    text = " ".join(p.text for p in report.pages)
    assert not re.search(r"[\ue000-\uf8ff]", text)
    assert "wel of niet is meegenomen. Dit is conform de" in report.pages[4].text
    assert "informatie" in text and "software" in text
    # "fi" has two glyphs in this font; the second is learnt from words the first one mended
    assert "Foutidentificatie" in text and "financieel" in text
    assert all(p.quality == "ok" for p in report.pages)
    assert all(p.quality == "ok" for p in read_document(MONITOR_2025).pages)


def test_glyphs_nobody_can_read_flag_the_page_as_low_quality():
    from ingest import Page
    from ingest.finish import finish

    pages = finish((Page(1, "Een gewone pagina met 12 meldingen."), Page(2, "De gro\ue0a1e en kl\ue0a1e meldingen.")))
    assert [p.quality for p in pages] == ["ok", "low"]
    assert "\ue0a1" not in pages[1].text


def test_numbers_keep_their_page_and_box(monitor):
    document, extraction = monitor
    page3 = document.pages[2]
    boxes = [w for w in page3.words if w.text == "143"]
    assert boxes and all(0 <= w.x0 < w.x1 <= page3.width and 0 <= w.top < w.bottom <= page3.height for w in boxes)
    cell = next(
        c
        for t in extraction.tables
        if t.page == 3
        for c in t.cells
        if c.text == "143" and c.row_label == "Totaal slachtoffers"
    )
    x0, top, x1, bottom = cell.bbox  # pdfplumber's cell box holds pdfium's word box
    assert any(x0 - 1 <= w.x0 and w.x1 <= x1 + 1 and top - 1 <= w.top and w.bottom <= bottom + 1 for w in boxes)
