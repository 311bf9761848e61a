"""OCR of page images with the tesseract binary (Dutch, ``nld``).

We call ``tesseract`` directly on pages that pdfium rendered (see
``pdf.render_page``) instead of running ocrmypdf: ocrmypdf brings
ghostscript and a whole pipeline, and it rewrites the PDF, while we only
need words with boxes.  tesseract's TSV output gives each word with its box
and confidence.

Results are cached by the hash of the image bytes plus everything that can
change the outcome (tesseract version, language, DPI), so a page is never
OCR'd twice, whichever file it comes from.  Pages of one document are OCR'd
by several tesseract processes at once (one per core, ``OMP_THREAD_LIMIT=1``).

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
from dataclasses import dataclass, field
from pathlib import Path

LANG = "nld"
DPI = 300
MAX_SIDE = 3508  # pixels on the long side: A4 at 300 DPI; larger pages are scaled down to it
TIMEOUT = 120  # seconds for one page; a hung tesseract is killed
PR_SET_PDEATHSIG = 1
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
    keys = [cache_key(image, config) for image in images]
    results: list[OcrResult | None] = [_cached(key, config) for key in keys]
    todo = [i for i, result in enumerate(results) if result is None]
    for start in range(0, len(todo), config.workers):
        chunk = todo[start : start + config.workers]
        for i, result in zip(chunk, _run_parallel([images[i] for i in chunk], config)):
            results[i] = result
            if result is not None:
                _store(keys[i], result, config)
    return results


def _run_parallel(images: list[PageImage], config: OcrConfig) -> list[OcrResult | None]:
    """One tesseract process per image, all at once; files in, files out (no pipes to juggle).

    The page images are removed on every way out: a normal return, an
    error (the tesseract processes are killed first), and, when this process
    is killed, by whoever owns the temporary folder (``search/ingestion/workers.py``).
    tesseract dies with this process (``PR_SET_PDEATHSIG``).
    """
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="raadslens-ocr-") as tmp:
        procs: list[subprocess.Popen] = []
        try:
            for n, image in enumerate(images):
                source = Path(tmp, f"{n}.pgm")
                source.write_bytes(image.pgm())
                command = [
                    config.binary,
                    str(source),
                    str(Path(tmp, str(n))),
                    "-l",
                    config.lang,
                    "--dpi",
                    str(round(image.scale * 72)),
                    "tsv",
                ]
                procs.append(
                    subprocess.Popen(
                        command,
                        env=env,
                        stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL,
                        preexec_fn=_die_with_parent(os.getpid()),
                    )
                )
            return [_collect(proc, Path(tmp, f"{n}.tsv")) for n, proc in enumerate(procs)]
        finally:
            for proc in procs:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()


def _collect(proc: subprocess.Popen, output: Path) -> OcrResult | None:
    try:
        code = proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return None
    if code != 0 or not output.exists():
        return None
    return parse_tsv(output.read_text(encoding="utf-8", errors="replace"))


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
