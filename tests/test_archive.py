"""The archive: store + index, re-ingest, replacement, removal, rebuild."""

import json
import re
import shutil

from search import Archive, ingest_paths, remove_path
from search.index.units import unit_text
from search.store.db import DB_FILE


def test_search_finds_content_on_the_right_page(corpus_archive):
    results = corpus_archive.search('"Koffer Verkeerd"')
    assert results.total >= 1
    pages = {(h.file, h.page) for h in results.hits}
    assert ("mensenhandelmonitor-2025-regio-rotterdam.pdf", 8) in pages
    assert all("koffer" in h.snippet.lower() for h in results.hits)  # the OCR'd 2024 monitor writes it lower-case


def test_seksuele_uitbuiting_hits_three_documents_with_pages(corpus_archive):
    results = corpus_archive.search("seksuele uitbuiting", limit=100)
    files = {h.file for h in results.hits}
    assert len(files) >= 3
    assert all(h.page >= 1 for h in results.hits)


def test_stemming_finds_meldingen_for_melding(corpus_archive):
    hits = corpus_archive.search("melding", limit=50).hits
    assert any("meldingen" in h.snippet.lower() for h in hits)
    assert any("<mark>meldingen</mark>" in h.snippet_html.lower() for h in hits)


def test_phrase_does_not_match_words_apart(corpus_archive):
    together = corpus_archive.search('"seksuele uitbuiting"').total
    apart = corpus_archive.search('"uitbuiting seksuele"').total
    assert together > 0 and apart == 0


def test_dutch_numbers_are_searchable_in_any_form(fresh_archive, tmp_path):
    doc = tmp_path / "n.txt"
    doc.write_text("De gemeente gaf 5.000 euro uit en 165,41 per inwoner.", encoding="utf-8")
    ingest_paths(fresh_archive, [str(doc)])
    assert fresh_archive.search("5000").total == 1
    assert fresh_archive.search("5.000").total == 1
    assert fresh_archive.search("165,41").total == 1
    assert fresh_archive.search("41").total == 0


def test_reingest_unchanged_does_nothing(fresh_archive, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Eerste versie over meldingen.", encoding="utf-8")
    first = ingest_paths(fresh_archive, [str(folder)])
    second = ingest_paths(fresh_archive, [str(folder)])
    assert len(first.added) == 1 and second.added == [] and len(second.unchanged) == 1
    assert fresh_archive.store.count_documents() == 1
    assert fresh_archive.search("meldingen").total == 1


def test_changed_file_replaces_old_version(fresh_archive, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Oude tekst over fietsers.", encoding="utf-8")
    ingest_paths(fresh_archive, [str(path)])
    path.write_text("Nieuwe tekst over voetgangers.", encoding="utf-8")
    report = ingest_paths(fresh_archive, [str(path)])
    assert len(report.replaced) == 1
    assert fresh_archive.store.count_documents() == 1
    assert fresh_archive.search("fietsers").total == 0
    assert fresh_archive.search("voetgangers").total == 1


def test_duplicate_under_two_names_is_reported_once_stored(fresh_archive, tmp_path):
    (tmp_path / "a.txt").write_text("Zelfde inhoud.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Zelfde inhoud.", encoding="utf-8")
    report = ingest_paths(fresh_archive, [str(tmp_path)])
    assert fresh_archive.store.count_documents() == 1
    assert len(report.duplicates) == 1


def test_bad_file_in_batch_is_reported_and_rest_ingested(fresh_archive, tmp_path):
    (tmp_path / "goed.txt").write_text("Goede tekst over handhaving.", encoding="utf-8")
    (tmp_path / "kapot.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (tmp_path / "leeg.pdf").write_bytes(b"")
    report = ingest_paths(fresh_archive, [str(tmp_path)])
    assert {p.rsplit("/", 1)[-1] for p, _ in report.failed} == {"kapot.pdf", "leeg.pdf"}
    assert fresh_archive.search("handhaving").total == 1
    assert fresh_archive.store.count_documents() == 1


def test_remove_drops_document_from_store_and_index(fresh_archive, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Tekst over havens.", encoding="utf-8")
    ingest_paths(fresh_archive, [str(path)])
    assert remove_path(fresh_archive, str(path))
    assert fresh_archive.store.count_documents() == 0
    assert fresh_archive.search("havens").total == 0


def test_index_is_rebuilt_from_store(tmp_path):
    data = tmp_path / "data"
    archive = Archive.open(data)
    (tmp_path / "a.txt").write_text("Tekst over controles.", encoding="utf-8")
    ingest_paths(archive, [str(tmp_path / "a.txt")])
    archive.close()
    shutil.rmtree(data / "index")  # the index is disposable
    archive = Archive.open(data)
    assert archive.search("controles").total == 1
    archive.close()


def test_index_rebuilds_itself_when_its_analyzer_changes(tmp_path):
    data = tmp_path / "data"
    archive = Archive.open(data)
    (tmp_path / "a.txt").write_text("Tekst over controles.", encoding="utf-8")
    ingest_paths(archive, [str(tmp_path / "a.txt")])
    archive.close()
    meta = data / "index" / "raadslens-index.json"
    signature = json.loads(meta.read_text())
    signature["analyzer"] = "an-older-analyzer"
    meta.write_text(json.dumps(signature))
    archive = Archive.open(data)
    assert json.loads(meta.read_text())["analyzer"] != "an-older-analyzer"
    assert archive.search("controles").total == 1
    archive.close()


def test_store_is_one_sqlite_file_with_pages(corpus_archive_dir):
    import sqlite3

    conn = sqlite3.connect(corpus_archive_dir / DB_FILE)
    pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert docs == 5 and pages == 1 + 15 + 11 + 7 + 15


def test_documents_read_by_an_older_pipeline_are_read_again(fresh_archive, tmp_path):
    from search.ingestion import pipeline

    path = tmp_path / "a.txt"
    path.write_text("Tekst over controles.", encoding="utf-8")
    ingest_paths(fresh_archive, [str(path)])
    assert ingest_paths(fresh_archive, [str(path)]).unchanged
    with fresh_archive.store.conn:
        fresh_archive.store.conn.execute("UPDATE documents SET version = 'reader-0/extractor-0'")
    report = ingest_paths(fresh_archive, [str(path)])
    assert len(report.replaced) == 1 and fresh_archive.store.count_documents() == 1
    assert fresh_archive.store.documents()[0]["version"] == pipeline.VERSION
    assert fresh_archive.search("controles").total == 1


# -- ranked search: questions, typos, compounds, documents ------------------------


def test_a_question_finds_what_its_content_words_find(corpus_archive):
    results = corpus_archive.search("hoeveel slachtoffers van mensenhandel waren er in 2024", group=True)
    assert results.total > 0 and not results.suggestion
    assert results.hits[0].file in {
        "raadsvragen-2025-mensenhandel-veiligheid-vrouwen.pdf",
        "mensenhandelmonitor-2025-regio-rotterdam.pdf",
        "mensenhandelmonitor-2024-regio-rotterdam.pdf",
    }
    assert corpus_archive.search("hoeveel slachtoffers 2024").total == corpus_archive.search("slachtoffers 2024").total


def test_a_misspelt_word_finds_the_near_word_and_suggests_it(corpus_archive):
    typo = corpus_archive.search("mensenhandl", group=True)
    right = corpus_archive.search("mensenhandel", group=True)
    assert typo.suggestion == "mensenhandel" and right.suggestion is None
    assert typo.total == right.total > 10
    assert {h.document for h in typo.hits} == {h.document for h in right.hits}
    assert corpus_archive.search("mensenhandl kwetsbaar").suggestion == "mensenhandel kwetsbaar"


def test_a_compound_finds_its_parts_written_apart(corpus_archive):
    from search.index.expand import split_compound

    counts = corpus_archive.engine.term_counts()
    assert split_compound("mensenhandelzaken", counts) == ("mensenhandel", "zaken")
    found = corpus_archive.search("mensenhandelzaken", limit=200)
    words = [set(re.findall(r"\w+", unit_text(corpus_archive.store, h.unit)[0].lower())) for h in found.hits]
    assert any("mensenhandelzaken" in w for w in words)
    assert any({"zaken", "mensenhandel"} <= w and "mensenhandelzaken" not in w for w in words)
    assert found.total < corpus_archive.search("mensenhandel OF zaken").total  # the parts together, not either


def test_a_synonym_finds_the_other_form(corpus_archive):
    plain = corpus_archive.search('"schriftelijke vragen"').total
    assert plain > 0 and corpus_archive.search("raadsvragen").total >= plain


def test_grouped_results_show_each_document_once_with_its_other_pages(corpus_archive):
    grouped = corpus_archive.search("slachtoffers", group=True, limit=10)
    documents = [h.document for h in grouped.hits]
    assert len(documents) == len(set(documents)) == grouped.documents >= 4
    busiest = max(grouped.hits, key=lambda h: h.more)
    assert busiest.more >= len(busiest.more_pages) > 0 and busiest.page not in busiest.more_pages
    assert grouped.to_json()["hits"][0]["file"] == grouped.hits[0].file
