"""The original file of a stored document: on disk, or inside the PDF it was embedded in.

A portfolio's documents are stored under their parent's path ("portfolio.pdf/inhoud.pdf"), a path
that does not exist as such; their bytes are read again from the parent.

>>> original_file("corpus/regionaal-beleidskader-mensenhandel.pdf").name
'regionaal-beleidskader-mensenhandel.pdf'
>>> original_file("corpus/bestaat-niet.pdf") is None
True
>>> still_on_disk("corpus/regionaal-beleidskader-mensenhandel.pdf/bijlage.pdf"), still_on_disk("corpus/weg.pdf")
(True, False)
"""

from __future__ import annotations

from pathlib import Path

from ingest import IngestError, embedded_file


def still_on_disk(path: str | Path) -> bool:
    """The file exists, or it is a file embedded in one that exists ("portfolio.pdf/inhoud.pdf").

    The one place that says what "still on disk" means for a stored path (without opening the parent).
    """
    path = Path(path)
    return path.exists() or any(part.is_file() for part in path.parents)


def original_file(path: str) -> Path | bytes | None:
    """The file as a path, an embedded file as its bytes, or None when neither can be found any more."""
    on_disk = Path(path)
    if on_disk.is_file():
        return on_disk
    try:
        return embedded_file(on_disk)
    except (IngestError, OSError):  # the parent changed into something unreadable
        return None
