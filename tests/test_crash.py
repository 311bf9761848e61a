"""Crash safety: `raadslens ingest` killed with SIGKILL mid-batch, then run again.

Every document must end up stored exactly once and the index must agree
with the store (documents are marked indexed only after the index commit;
whoosh's flock-based write lock dies with the process).
"""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pdfgen import text_pdf
from storecheck import assert_consistent

from search import Archive

FILES = 30
PAGES = 20


def raadslens(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("raadslens")
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-c", "from web.cli import main; main()", *args]


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is still being created
        return 0


def test_sigkill_mid_batch_then_rerun_leaves_every_document_once(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for n in range(FILES):
        text_pdf(folder / f"stuk-{n:02d}.pdf", PAGES, f"Crashstuk{n:02d}")
    data = tmp_path / "data"
    db = data / "raadslens.sqlite3"
    first = subprocess.Popen(raadslens("--data", str(data), "ingest", str(folder)),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while stored(db) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert first.returncode == -signal.SIGKILL
    assert 3 <= stored(db) < FILES, "the kill must land in the middle of the batch"

    second = subprocess.run(raadslens("--data", str(data), "ingest", str(folder)),
                            capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    ids = assert_consistent(data)
    assert len(ids) == FILES
    archive = Archive.open(data)
    try:
        for n in range(FILES):
            hits = archive.search(f"Crashstuk{n:02d}", limit=100).hits
            assert {h.file for h in hits} == {f"stuk-{n:02d}.pdf"}
            assert {h.page for h in hits} >= {1, PAGES}
    finally:
        archive.close()


HOLD_THE_WRITER = """
import sys, time
from search import Archive
archive = Archive.open(sys.argv[1])
writer = archive.engine.writer()  # takes whoosh's write lock
writer.remove_document(1)
print("klaar", flush=True)
time.sleep(600)
"""


def test_a_write_lock_left_by_a_killed_process_does_not_block(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text_pdf(folder / "een.pdf", 2, "Slotstuk")
    data = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITER, str(data)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "klaar"
    holder.kill()
    holder.wait()
    holder.stdout.close()
    run = subprocess.run(raadslens("--data", str(data), "ingest", str(folder)), capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert len(assert_consistent(data)) == 1


def test_a_worker_that_cannot_start_is_reported_as_such_not_as_memory(tmp_path):
    """A script piped into Python cannot be re-imported by a spawned worker: that is a start-up failure."""
    text_pdf(tmp_path / "een.pdf", 1, "Start")
    script = ("import sys; sys.path[:0] = [%r]\n"
              "from search import Archive, ingest_paths\n"
              "report = ingest_paths(Archive.open(%r), [%r])\n"
              "print(report.failed[0][1])\n") % (str(Path(__file__).parent.parent), str(tmp_path / "data"),
                                                   str(tmp_path / "een.pdf"))
    out = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert "het leesproces kon niet starten" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "geheugen" not in out.stdout
