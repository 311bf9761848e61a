"""The environment variables raadslens reads: one table, the CLI help and DEVELOPERS.md follow it.

A new variable is one row in :data:`SETTINGS`; read it with :func:`setting`, never with ``os.environ``
directly, so that tests/test_docs.py can hold the help and the docs to the table.

>>> setting("RAADSLENS_ENGINE", {})
'whoosh'
>>> setting("RAADSLENS_ENGINE", {"RAADSLENS_ENGINE": "postgres"})
'postgres'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str | None  # None: not set unless the user sets it
    help: str  # Dutch: shown in `raadslens --help`


SETTINGS: tuple[Setting, ...] = (
    Setting("RAADSLENS_DATA", "var", "Gegevensmap met de database en de index (zelfde als --data)."),
    Setting(
        "RAADSLENS_ENGINE", "whoosh", "Zoekmachine voor de volledige tekst: whoosh (standaard), tantivy of postgres."
    ),
    Setting(
        "RAADSLENS_PG_DSN",
        None,
        'Verbinding met PostgreSQL voor de zoekmachine postgres, bv. "host=/run/postgresql dbname=raadslens".',
    ),
    Setting(
        "RAADSLENS_DB",
        None,
        "Waar de database staat: een map (SQLite, standaard de gegevensmap) of postgresql://gebruiker@host/database.",
    ),
    Setting("RAADSLENS_OCR_CACHE", None, "Map voor de OCR-cache (standaard ocr-cache/ in de gegevensmap)."),
    Setting("RAADSLENS_TESSERACT", "tesseract", "Het tesseract-programma voor OCR van scans."),
    Setting(
        "RAADSLENS_ALLOWED_HOSTS",
        None,
        "Extra hostnamen voor raadslens serve, gescheiden door spaties (zelfde als --allowed-host).",
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The value of a ``RAADSLENS_*`` variable, or its default; an empty value counts as not set."""
    if name not in _BY_NAME:
        raise KeyError(f"{name} is not in search.settings.SETTINGS; add a row for it")
    value = (os.environ if environ is None else environ).get(name)
    return value or _BY_NAME[name].default


def help_text() -> str:
    """The settings as the CLI help's epilog shows them (one line each)."""
    return "\b\nOmgevingsvariabelen:\n" + "\n".join(
        f"  {s.name}{f' (standaard {s.default})' if s.default else ''}: {s.help}" for s in SETTINGS
    )
