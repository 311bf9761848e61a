"""Search quality and robustness on a real archive: ~600 Amsterdam OCR texts.

The whole of ``../shared/amsterdam`` is ingested once (the ``amsterdam``
fixture, ~20-30 s); the tests then ask it topical questions whose answers
are known from the folder each document came from.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared

from ingest import discover
from search import Archive, IngestReport, ingest_paths
from search.index.analysis import terms
from web.cli import main


@dataclass(frozen=True)
class Ingested:
    root: Path
    data: Path
    report: IngestReport
    seconds: float


@pytest.fixture(scope="session")
def amsterdam(tmp_path_factory) -> Ingested:
    """The whole Amsterdam archive ingested into a temp data dir (read-only for tests)."""
    root = shared("amsterdam")
    data = tmp_path_factory.mktemp("amsterdam-data")
    archive = Archive.open(data)
    started = time.perf_counter()
    report = ingest_paths(archive, [str(root)])
    seconds = time.perf_counter() - started
    archive.close()
    print(f"\nAmsterdam: {len(report.added)} documenten ingelezen in {seconds:.1f} s")
    return Ingested(root, data, report, seconds)


@pytest.fixture
def archive(amsterdam):
    opened = Archive.open(amsterdam.data)
    yield opened
    opened.close()


def folders_of(archive: Archive, hits, root: Path) -> list[str]:
    """The folder (relative to the archive root) each hit's document came from."""
    return [
        str(Path(archive.store.document(h.document)["path"]).parent.relative_to(root.resolve())).lower() for h in hits
    ]


# -- robustness ----------------------------------------------------------------


def test_every_file_is_ingested_or_reported_with_a_dutch_reason(amsterdam, archive):
    files = discover([amsterdam.root])
    report = amsterdam.report
    accounted = len(report.added) + len(report.failed) + len(report.duplicates)
    assert accounted == len(files) > 550
    for path, reason in report.failed:
        assert reason and "\n" not in reason and any(w in reason for w in (" het ", " de ", " een ", "bestand")), (
            path,
            reason,
        )
    assert archive.store.count_documents() == len(report.added)


def test_odd_file_names_survive_with_their_names(amsterdam, archive):
    names = {doc["file"] for doc in archive.store.documents()}
    assert "besluit_cafe_broer1.pdf.ocr" in names  # folder "Wob- besluit: Bedrijfsdossier van Café Broer ..."
    assert "Officiële opening Van Woustraat Noord - Kalender Amsterdam.pdf.ocr" in names
    colon_folders = [d for d in archive.store.documents() if ":" in d["path"]]
    assert len(colon_folders) >= 5


def test_a_batch_of_bad_and_odd_files_never_crashes(amsterdam, tmp_path):
    source = next(amsterdam.root.glob("open.amsterdam/Wob- besluit*Broer*/*.ocr"))
    odd = tmp_path / "in" / "Dossier: Wob-besluit Café Één (1-2-2019)"
    odd.mkdir(parents=True)
    (odd / "besluit: café.pdf.ocr").write_bytes(source.read_bytes())
    (odd / "leeg.pdf.ocr").write_bytes(b"")
    (odd / "binair.txt").write_bytes(b"\x00\x01\x02" * 100)
    (odd / "mail.txt").write_text("Van: a@b.nl\nAan: c@d.nl\nOnderwerp: RE: overlast\n\nBeste, ...", encoding="utf-8")
    result = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "ingest", str(tmp_path / "in")])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("mislukt:")]
    assert len(failed) == 2
    assert any("leeg.pdf.ocr: leeg bestand" in line for line in failed)
    assert any("binair.txt: tekstbestand is binair" in line for line in failed)
    found = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "search", "overlast", "--json"])
    assert '"mail.txt"' in found.output


# -- relevance -------------------------------------------------------------------


@pytest.mark.parametrize(
    "query,folder_words,top",
    [
        ("fatbikes", ("fatbikes",), 5),
        ("erotisch centrum", ("erotisch", "kenniskwartier"), 10),  # that dossier weighs a location for it
        ("kruising Stadhouderskade", ("van_vouwstraat", "van woustraat"), 3),
        ("uitsupporters", ("ajax",), 3),
        ("gehandicaptenparkeerplaats Rozengracht", ("rozengracht",), 3),
    ],
)
def test_topical_queries_find_the_right_folders_first(archive, amsterdam, query, folder_words, top):
    results = archive.search(query, limit=top)
    assert results.total >= top
    folders = folders_of(archive, results.hits, amsterdam.root)
    assert all(any(w in f for w in folder_words) for f in folders), folders


def test_hits_carry_page_numbers_within_the_document(archive):
    for hit in archive.search("kruising Stadhouderskade", limit=20).hits:
        assert 1 <= hit.page <= archive.store.document(hit.document)["n_pages"]
    pages = {h.page for h in archive.search("Stadhouderskade", limit=100).hits}
    assert len(pages) > 1  # form feeds split OCR files into pages


def test_phrase_queries_work_on_ocr_text(archive):
    phrase = archive.search('"kruising Stadhouderskade"', limit=50)
    assert phrase.total >= 2
    marked = re.compile(r"<mark>kruising\W+stadhouderskade</mark>")  # also in a URL: kruising-stadhouderskade
    assert all(marked.search(h.snippet_html.lower()) for h in phrase.hits)
    words = archive.search("kruising Stadhouderskade", limit=50)
    assert words.total > phrase.total  # the words apart match more than the phrase


@pytest.mark.parametrize(
    "singular,plural",
    [
        ("fatbike", "fatbikes"),
        ("locatie", "locaties"),
        ("melding", "meldingen"),
        ("vergunning", "vergunningen"),
        ("controle", "controles"),
    ],
)
def test_a_singular_finds_the_plural(archive, singular, plural):
    assert terms(singular) == terms(plural)
    hits = archive.search(singular, limit=100).hits
    assert any(f"<mark>{plural}</mark>" in h.snippet_html.lower() for h in hits), plural


@pytest.mark.parametrize("forms", [("522.290", "522290"), ("1.120.000", "1120000"), ("€382.000", "382000")])
def test_numbers_in_dutch_formats_are_searchable(archive, amsterdam, forms):
    totals = [archive.search(form).total for form in forms]
    assert totals[0] == totals[1] >= 1
    hits = archive.search(forms[1], limit=5).hits
    assert folders_of(archive, hits, amsterdam.root)[0] == "raadsinformatie/van_vouwstraat_manual"
    assert any(f"<mark>{forms[0].lstrip('€')}</mark>" in h.snippet_html for h in hits)
