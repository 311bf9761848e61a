"""Every real PDF in ../shared/corpus-pdf and ../shared/realdocs ingests; golden snippets on their pages.

Like pdfplumber's own suite: real government PDFs, expected text per page.
The two scans in realdocs (12 pages) are OCR'd into the session's shared
OCR cache; the 2024 monitor's scan is already there from the corpus fixture.
"""

import os
import re

import pytest
from conftest import shared
from storecheck import assert_consistent

from ingest.ocr import tesseract_version
from search import Archive, ingest_paths

OCR = "ocr"  # the snippet comes from a scanned page: only checked with tesseract installed
HAS_TESSERACT = tesseract_version(os.environ.get("RAADSLENS_TESSERACT") or "tesseract") is not None
GOLDEN = [  # (file, page, snippet as printed on that page)
    ("acict_advies-project-abacus_2025-12-08.pdf", 2, "De Kiesraad bestaat uit zeven leden en wordt ondersteund"),
    ("acict_advies-project-abacus_2025-12-08.pdf", 3, "Verkiezingssoftware moet transparant zijn zodat burgers"),
    ("bnc-fiche-5_herziening-mifid.pdf", 3, "werd 85% van de derivaten afgelopen jaar"),
    (
        "denhelder_besluitenlijst-raadsvergadering_2015-06-29.pdf",
        3,
        "geen zienswijze in te dienen op de Jaarstukken 2014 Veiligheidsregio NHN",
    ),
    ("heerlen_parkeerverordening_2025.pdf", 3, "waarop het parkeren alleen aan vergunninghouders is toegestaan"),
    ("kamerbrief_draagmoederschap_2011.pdf", 2, "Op 31 mei 2010 waren er"),
    (
        "tk_aanhangsel-handelingen_ah-tk-20202021-3235_kamervragen-tozo.pdf",
        3,
        "Ik hecht eraan dat er in het kader van het reguliere Bbz een marktconforme",
    ),
    ("rivm_dagelijks-covid19-clusterrapport_2020-09-15_ocr.pdf", 3, "11 personen positief werden getest"),
    ("vws_antwoordbrief_veilig-reizen_2020_ocr-redacted.pdf", 3, "plafond te bepalen van 1.200-1.400 testen per dag"),
    ("kiesraad_reactie-securityadvies-veritas_2025.pdf", 4, "Wachtwoorden in Abacus zijn voornamelijk bedoeld"),
    ("mensenhandelmonitor-2025-regio-rotterdam.pdf", 8, "Bijdrage handhavingsknelpunt seksuele uitbuiting"),
    ("lnv_nota_blg-1007826_scan.pdf", 2, "grasareaal bij graasdierbedrijven", OCR),
    ("vws_woo-deelbesluit_brief_scan.pdf", 3, "inzicht in de besluitvorming over Covid-19 binnen mijn ministerie", OCR),
    ("vws_woo-deelbesluit_brief_scan.pdf", 6, "onevenredige benadeling en de voorkoming daarvan zwaarder weegt", OCR),
    ("mensenhandelmonitor-2024-regio-rotterdam.pdf", 3, "In 2024 is 179 keer het meldpunt benaderd", OCR),
]


@pytest.fixture(scope="module")
def real_archive(tmp_path_factory):
    folders = [shared("corpus-pdf"), shared("realdocs")]
    data = tmp_path_factory.mktemp("realdocs-data")
    archive = Archive.open(data)
    report = ingest_paths(archive, [str(f) for f in folders])
    yield archive, report, folders, data
    archive.close()


def test_every_real_pdf_ingests_without_error(real_archive):
    archive, report, folders, data = real_archive
    assert report.failed == []
    pdfs = {p.name for folder in folders for p in folder.glob("*.pdf")}
    stored = {row["file"] for row in archive.store.documents()}
    assert pdfs <= stored
    if HAS_TESSERACT:
        assert report.needs_ocr == []
    assert_consistent(data)


@pytest.mark.parametrize("golden", GOLDEN, ids=[f"{g[0][:24]}-p{g[1]}" for g in GOLDEN])
def test_golden_snippet_on_its_page(real_archive, golden):
    file, page, snippet, *needs = golden
    if needs and not HAS_TESSERACT:
        pytest.skip("tesseract is niet geïnstalleerd: gescande pagina's hebben geen tekst")
    archive = real_archive[0]
    doc = archive.store.document_by_file(file)
    texts = {row["number"]: re.sub(r"\s+", " ", row["text"]) for row in archive.store.pages(doc["id"])}
    assert snippet in texts[page]
    assert [n for n, text in texts.items() if snippet in text] == [page]
