"""OCR of page images with the tesseract binary (Dutch, ``nld``).

We call ``tesseract`` directly on pages that pdfium rendered (see
``pdf.render_page``) instead of running ocrmypdf: ocrmypdf brings
ghostscript and a whole pipeline, and it rewrites the PDF, while we only
need words with boxes.  tesseract's TSV output gives each word with its box
and confidence.

Results are cached by the hash of the image bytes plus everything that can
change the outcome (tesseract version, language, DPI), so a page is never
OCR'd twice, whichever file it comes from.  Pages of one document are OCR'd
as one continuous queue by several tesseract processes (one per core,
``OMP_THREAD_LIMIT=1``): when one finishes, the next page is rendered and
started, so no core waits for the slowest page of a batch.

>>> header = "level page_num block_num par_num line_num word_num left top width height conf text"
>>> row = "5 1 1 1 1 1 10 20 30 40 90.5 179"
>>> parse_tsv(header.replace(" ", "\\t") + "\\n" + row.replace(" ", "\\t")).words
((1, 1, 1, '179', 10, 20, 40, 60, 90.5),)
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

LANG = "nld"
DPI = 300
MAX_SIDE = 3508  # pixels on the long side: A4 at 300 DPI; larger pages are scaled down to it
TIMEOUT = 120  # seconds for one page; a hung tesseract is killed
PR_SET_PDEATHSIG = 1
K = TypeVar("K")
_PRCTL = ctypes.CDLL(None, use_errno=True).prctl if sys.platform.startswith("linux") else None


def _die_with_parent(parent: int):
    """For Popen's ``preexec_fn``: the child gets SIGKILL when the process that started it dies."""

    def arm() -> None:
        if _PRCTL is not None:
            _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before the signal was armed
            os._exit(1)

    return arm


def cores() -> int:
    """The CPU cores this process may use (its affinity, not the whole machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class OcrConfig:
    """How to OCR: which binary, which language, where the cache lives (None: no cache)."""

    cache_dir: Path | None = None
    binary: str = "tesseract"
    lang: str = LANG
    dpi: int = DPI
    workers: int = field(default_factory=cores)


@dataclass(frozen=True)
class PageImage:
    """An 8-bit grayscale rendering of a page; ``scale`` is pixels per PDF point."""

    pixels: bytes
    width: int
    height: int
    scale: float

    def pgm(self) -> bytes:
        return b"P5\n%d %d\n255\n" % (self.width, self.height) + self.pixels


@dataclass(frozen=True)
class OcrResult:
    """Words as (block, paragraph, line, text, x0, top, x1, bottom, confidence) in pixels."""

    words: tuple[tuple, ...]

    @property
    def confidence(self) -> float | None:
        """The mean word confidence, 0–100; None for a page without words."""
        if not self.words:
            return None
        return round(sum(w[8] for w in self.words) / len(self.words), 1)

    def text(self) -> str:
        """Lines joined by newlines, paragraphs and blocks separated by a blank line."""
        out: list[str] = []
        last = None
        for block, par, line, text, *_ in self.words:
            if last is None:
                out.append(text)
            elif (block, par) != last[:2]:
                out.append("\n\n" + text)
            elif line != last[2]:
                out.append("\n" + text)
            else:
                out.append(" " + text)
            last = (block, par, line)
        return "".join(out)


@functools.lru_cache(maxsize=8)
def tesseract_version(binary: str = "tesseract") -> str | None:
    """The version line of the tesseract binary, or None when it is not installed."""
    if shutil.which(binary) is None:
        return None
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0] if done.returncode == 0 and lines else None


@functools.lru_cache(maxsize=8)
def tesseract_languages(binary: str = "tesseract") -> frozenset[str]:
    """The language models tesseract has installed (``nld``, ``eng``, ...)."""
    try:
        done = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def unavailable_reason(config: OcrConfig) -> str | None:
    """Why OCR cannot run (Dutch, says what to install), or None when it can."""
    if tesseract_version(config.binary) is None:
        return (
            f"OCR niet uitgevoerd: '{config.binary}' niet gevonden; installeer tesseract-ocr en "
            f"tesseract-ocr-{config.lang} (make system) en lees het bestand opnieuw in"
        )
    if config.lang not in tesseract_languages(config.binary):
        return (
            f"OCR niet uitgevoerd: tesseract mist de taal '{config.lang}'; installeer "
            f"tesseract-ocr-{config.lang} (make system) en lees het bestand opnieuw in"
        )
    return None


def cache_key(image: PageImage, config: OcrConfig) -> str:
    digest = hashlib.sha256()
    for part in (tesseract_version(config.binary) or "", config.lang, str(config.dpi), "tsv1"):
        digest.update(part.encode() + b"\0")
    digest.update(b"%d %d\0" % (image.width, image.height))
    digest.update(image.pixels)
    return digest.hexdigest()


def recognise(images: list[PageImage], config: OcrConfig) -> list[OcrResult | None]:
    """OCR page images, cached ones from the cache, the others in parallel.

    A page tesseract fails on gives None (the caller keeps it as needing OCR).
    """
    done = {n: result for n, _image, result in recognise_each(range(len(images)), images.__getitem__, config)}
    return [done[n] for n in range(len(images))]


def recognise_each(
    keys: Iterable[K], render: Callable[[K], PageImage], config: OcrConfig
) -> Iterator[tuple[K, PageImage, OcrResult | None]]:
    """OCR pages as one continuous queue: ``config.workers`` tesseract processes busy at all times.

    ``render(key)`` makes a page's image when a process is free for it (the
    caller's thread does the rendering, so pdfium stays on one thread); only
    the images of the running processes are held.  Results come back in the
    order they finish, cached pages at once.  A page that fails or takes
    longer than ``TIMEOUT`` gives None.  When the caller stops early, the
    running processes are killed and their files removed.

    >>> list(recognise_each([], lambda key: None, OcrConfig()))
    []
    """
    pending = iter(keys)
    running: list[_Job] = []
    with tempfile.TemporaryDirectory(prefix="raadslens-ocr-") as tmp:
        try:
            exhausted = False
            while True:
                while not exhausted and len(running) < max(1, config.workers):
                    try:
                        key = next(pending)
                    except StopIteration:
                        exhausted = True
                        break
                    image = render(key)
                    digest = cache_key(image, config)
                    cached = _cached(digest, config)
                    if cached is not None:
                        yield key, image, cached
                        continue
                    running.append(_start(key, image, digest, Path(tmp), config))
                if not running:
                    return
                job = _next_finished(running)
                running.remove(job)
                result = job.result()
                if result is not None:
                    _store(job.digest, result, config)
                yield job.key, job.image, result
        finally:
            for job in running:
                job.kill()


_POLL = 0.02  # seconds between looks at the running processes; a page takes about a second


@dataclass
class _Job:
    """One tesseract process at work on one page image."""

    key: Any
    image: PageImage
    digest: str
    proc: subprocess.Popen
    output: Path
    started: float

    def overdue(self, now: float) -> bool:
        return now - self.started > TIMEOUT

    def result(self) -> OcrResult | None:
        if self.proc.poll() is None:  # overdue: killed, no result
            self.kill()
            return None
        if self.proc.returncode != 0 or not self.output.exists():
            return None
        text = self.output.read_text(encoding="utf-8", errors="replace")
        self.output.unlink()
        return parse_tsv(text)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _start(key: Any, image: PageImage, digest: str, tmp: Path, config: OcrConfig) -> _Job:
    """Write the image and start tesseract on it; tesseract dies with this process (``PR_SET_PDEATHSIG``).

    The page images are removed on every way out: when tesseract has read them
    (below, once it is done), on an error, and, when this process is killed,
    by whoever owns the temporary folder (``search/ingestion/workers.py``).
    """
    name = digest[:16] + f"-{time.monotonic_ns()}"
    source = tmp / f"{name}.pgm"
    source.write_bytes(image.pgm())
    command = [config.binary, str(source), str(tmp / name), "-l", config.lang]
    command += ["--dpi", str(round(image.scale * 72)), "tsv"]
    proc = subprocess.Popen(
        command,
        env=dict(os.environ, OMP_THREAD_LIMIT="1"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent(os.getpid()),
    )
    return _Job(key, image, digest, proc, tmp / f"{name}.tsv", time.monotonic())


def _next_finished(running: list[_Job]) -> _Job:
    """Wait until one of the running processes has finished (or overstayed its time); return it."""
    while True:
        now = time.monotonic()
        for job in running:
            if job.proc.poll() is not None or job.overdue(now):
                Path(str(job.output)[: -len(".tsv")] + ".pgm").unlink(missing_ok=True)
                return job
        time.sleep(_POLL)


def parse_tsv(tsv: str) -> OcrResult:
    """tesseract's TSV → the words (level 5 rows with text) in reading order."""
    words = []
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        block, par, row, left, top, width, height = (int(c) for c in (cols[2], cols[3], cols[4], *cols[6:10]))
        words.append(
            (block, par, row, cols[11].strip(), left, top, left + width, top + height, max(0.0, float(cols[10])))
        )
    return OcrResult(tuple(words))


def _cache_path(key: str, config: OcrConfig) -> Path | None:
    if config.cache_dir is None:
        return None
    return Path(config.cache_dir, key[:2], key + ".json")


def _cached(key: str, config: OcrConfig) -> OcrResult | None:
    path = _cache_path(key, config)
    if path is None or not path.exists():
        return None
    try:
        return OcrResult(tuple(tuple(w) for w in json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, ValueError):
        return None  # a damaged cache entry is simply redone


def _store(key: str, result: OcrResult, config: OcrConfig) -> None:
    """Write atomically (temp file + rename) so parallel runs and kills never leave half a file."""
    path = _cache_path(key, config)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(result.words, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
