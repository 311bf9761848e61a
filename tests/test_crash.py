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
    first = subprocess.Popen(
        raadslens("--data", str(data), "ingest", str(folder)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while stored(db) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    assert first.returncode == -signal.SIGKILL
    assert 3 <= stored(db) < FILES, "the kill must land in the middle of the batch"

    second = subprocess.run(
        raadslens("--data", str(data), "ingest", str(folder)), capture_output=True, text=True, timeout=300
    )
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
    run = subprocess.run(
        raadslens("--data", str(data), "ingest", str(folder)), capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert len(assert_consistent(data)) == 1


def test_a_worker_that_cannot_start_is_reported_as_such_not_as_memory(tmp_path):
    """A script piped into Python cannot be re-imported by a spawned worker: that is a start-up failure."""
    text_pdf(tmp_path / "een.pdf", 1, "Start")
    script = (
        "import sys; sys.path[:0] = [%r]\n"
        "from search import Archive, ingest_paths\n"
        "report = ingest_paths(Archive.open(%r), [%r])\n"
        "print(report.failed[0][1])\n"
    ) % (str(Path(__file__).parent.parent), str(tmp_path / "data"), str(tmp_path / "een.pdf"))
    out = subprocess.run([sys.executable, "-"], input=script, capture_output=True, text=True, timeout=120)
    assert "het leesproces kon niet starten" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "geheugen" not in out.stdout


def _descendants(pid: int) -> dict[int, str]:
    """Every living process below ``pid`` with its command name (from /proc)."""
    found: dict[int, str] = {}
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                try:
                    found[child] = Path(f"/proc/{child}/comm").read_text().strip()
                except OSError:
                    continue
                todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_and_tesseract_die_with_a_killed_cli_quietly_and_leave_no_temp_files(tmp_path):
    """kill -9 of `raadslens ingest` during OCR: no worker or tesseract outlives it, no page image stays behind."""
    import pytest
    from pdfgen import scan_pdf

    from ingest.ocr import OcrConfig, unavailable_reason

    if unavailable_reason(OcrConfig()):
        pytest.skip("tesseract met nld ontbreekt")
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(6):
        scan_pdf(folder / f"scan-{n}.pdf", [f"Doodgeverfd stuk {n} regel {k} met woorden erin" for k in range(30)])
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = dict(os.environ, TMPDIR=str(tmp), RAADSLENS_OCR_CACHE=str(tmp_path / "leeg-cache"))
    log = (tmp_path / "stderr.txt").open("w")
    cli = subprocess.Popen(
        raadslens("--data", str(tmp_path / "data"), "ingest", str(folder)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    seen: dict[int, str] = {}
    deadline = time.monotonic() + 120
    while "tesseract" not in seen.values() and cli.poll() is None and time.monotonic() < deadline:
        seen.update(_descendants(cli.pid))
        time.sleep(0.05)
    assert "tesseract" in seen.values(), "the kill must land while tesseract is reading a page"
    os.kill(cli.pid, signal.SIGKILL)
    cli.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in seen) and time.monotonic() < deadline:
        time.sleep(0.1)
    log.close()
    assert [name for pid, name in seen.items() if _alive(pid)] == []
    deadline = time.monotonic() + 10  # a worker started just before the kill was not seen: it leaves by itself
    while list(tmp.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp.iterdir()) == []
    assert (tmp_path / "stderr.txt").read_text() == ""  # no traceback, no broken-pipe noise
