"""The CLI through click's runner."""

import json

from click.testing import CliRunner

from web.cli import main


def run(*args, data):
    return CliRunner().invoke(main, ["--data", str(data), *args], catch_exceptions=False)


def test_search_json_shape(corpus_archive_dir):
    result = run("search", '"Koffer Verkeerd"', "--json", data=corpus_archive_dir)
    assert result.exit_code == 0
    out = json.loads(result.output)
    assert set(out) == {"query", "total", "hits", "documents", "documents_exact", "facets"}  # one hit per document
    assert len({h["document"] for h in out["hits"]}) == len(out["hits"]) == out["documents"]
    hit = out["hits"][0]
    assert {"document", "file", "title", "type", "page", "score", "snippet"} <= set(hit)
    assert set(hit) - {"document", "file", "title", "type", "page", "score", "snippet"} <= {"more", "more_pages"}
    # the OCR'd 2024 monitor has it too now; the 2025 monitor must still be there on its page
    assert any(h["file"] == "mensenhandelmonitor-2025-regio-rotterdam.pdf" and h["page"] in (7, 8) for h in out["hits"])


def test_search_suggests_a_better_spelling_and_counts_more_hits_per_document(corpus_archive_dir):
    result = run("search", "mensenhandl", data=corpus_archive_dir)
    assert result.exit_code == 0
    assert "Bedoelde u: mensenhandel?" in result.output
    assert "meer treffers in dit document" in result.output
    out = json.loads(run("search", "mensenhandl", "--json", data=corpus_archive_dir).output)
    assert out["suggestion"] == "mensenhandel" and out["total"] > 10


def test_search_filters_type_and_year(corpus_archive_dir):
    out = json.loads(
        run("search", "uitbuiting", "--type", "beleidskader", "--json", "--limit", "50", data=corpus_archive_dir).output
    )
    assert out["hits"] and {h["type"] for h in out["hits"]} == {"beleidskader"}
    out = json.loads(run("search", "meldingen", "--year", "2025", "--json", data=corpus_archive_dir).output)
    assert out["total"] > 0


def test_ingest_reports_bad_files_and_exits_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "goed.txt").write_text("Goed.", encoding="utf-8")
    (tmp_path / "in" / "kapot.pdf").write_bytes(b"niet echt")
    result = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "ingest", str(tmp_path / "in")])
    assert result.exit_code == 1
    assert "kapot.pdf: geen PDF" in result.output
    again = CliRunner().invoke(main, ["--data", str(tmp_path / "d"), "ingest", str(tmp_path / "in" / "goed.txt")])
    assert again.exit_code == 0  # quiet by default: only the one-line summary
    assert again.output.startswith("klaar in ") and again.output.count("\n") == 1
    assert "0 ingelezen, 0 geweigerd, 0 met waarschuwingen, 0 pagina's met OCR gelezen, 1 ongewijzigd" in again.output


def test_remove_and_rebuild(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Tekst over havens.", encoding="utf-8")
    data = tmp_path / "d"
    assert run("ingest", str(doc), data=data).exit_code == 0
    assert "index opnieuw opgebouwd: 1" in run("index", "--rebuild", data=data).output
    assert json.loads(run("search", "havens", "--json", data=data).output)["total"] == 1
    assert run("remove", str(doc), data=data).exit_code == 0
    assert json.loads(run("search", "havens", "--json", data=data).output)["total"] == 0
    missing = CliRunner().invoke(main, ["--data", str(data), "remove", str(doc)])
    assert missing.exit_code == 1 and "niet gevonden" in missing.output


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_ingest_while_another_process_writes_the_index_says_so(tmp_path, monkeypatch):
    from search import Archive
    from search.index import _whoosh

    monkeypatch.setattr(_whoosh, "LOCK_TIMEOUT", 0.3)
    data = tmp_path / "d"
    doc = tmp_path / "a.txt"
    doc.write_text("Tekst over havens.", encoding="utf-8")
    archive = Archive.open(data)
    try:
        with archive.engine.writer():  # another `raadslens ingest` holding the index
            result = CliRunner().invoke(main, ["--data", str(data), "ingest", str(doc)])
    finally:
        archive.close()
    assert result.exit_code == 1
    assert "andere raadslens-opdracht" in result.output and "Traceback" not in result.output
    assert run("ingest", str(doc), data=data).exit_code == 0  # the store kept it: the index catches up
    assert json.loads(run("search", "havens", "--json", data=data).output)["total"] == 1


def test_verify_names_the_numbers_it_did_not_read_as_claims(corpus_archive_dir, tmp_path):
    """A draft's printed page numbers are no claims, and the report says so rather than dropping them."""
    draft = tmp_path / "concept.txt"
    draft.write_text(
        "In 2024 waren er 115 slachtoffers van seksuele uitbuiting.\n\n4\n\nMeer tekst.\f"
        "In 2025 werden 30 mensenhandelzaken behandeld.\n\n5\n\nEinde.\f",
        encoding="utf-8",
    )
    data = json.loads(run("verify", str(draft), "--json", data=corpus_archive_dir).output)
    assert [c["raw"] for c in data["claims"]] == ["115", "30"]
    assert data["left_out"] == [
        {"page": 1, "raw": "4", "reason": "paginanummer"},
        {"page": 2, "raw": "5", "reason": "paginanummer"},
    ]
    text = run("verify", str(draft), data=corpus_archive_dir).output
    assert "niet als cijfer gelezen: 4 (p.1, paginanummer), 5 (p.2, paginanummer)" in text
