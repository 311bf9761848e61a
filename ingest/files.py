"""Finding the files to ingest and fingerprinting them."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

PDF_SUFFIXES = (".pdf",)
TEXT_SUFFIXES = (".txt", ".md", ".ocr")
WORD_SUFFIXES = (".docx",)
SUPPORTED_SUFFIXES = PDF_SUFFIXES + TEXT_SUFFIXES + WORD_SUFFIXES


def sha256_of(path: str | os.PathLike) -> str:
    """The hex sha256 of a file's bytes: a document's identity."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def discover(paths: Sequence[str | os.PathLike]) -> list[Path]:
    """Expand folders into the supported files below them, sorted, without repeats.

    A file named explicitly is kept even if its suffix is unknown, so that the
    caller can report it instead of skipping it silently.

    >>> discover(["corpus"])  # doctest: +SKIP
    [PosixPath('corpus/mensenhandelmonitor-2020-regio-rotterdam.pdf'), ...]
    """
    found: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and is_supported(child) and not _hidden(child, path):
                    found.setdefault(str(child.resolve()), child)
        else:
            found.setdefault(str(path.resolve()), path)
    return sorted(found.values(), key=lambda p: str(p))


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)
