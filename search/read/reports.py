"""Saved Controleer reports: a permalink to a check, kept only when the user asks for it.

What is kept is the draft's text (page by page), its file name, the verdict counts and the moment;
never the uploaded file.  Opening the link checks the kept text again against the archive as it is
now and says when the counts differ from those at saving.

>>> from search.store.db import Store
>>> store = Store(":memory:")
>>> token = keep_report(store, "concept.txt", ["In 2024 waren er 115 slachtoffers."], {"supported": 1})
>>> kept = kept_report(store, token)
>>> kept.file, kept.pages, kept.summary
('concept.txt', ('In 2024 waren er 115 slachtoffers.',), {'supported': 1})
>>> kept_report(store, "x" * 22) is None, forget_report(store, token), kept_report(store, token) is None
(True, True, True)
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

TOKEN = re.compile(r"^[A-Za-z0-9_-]{22}$")  # secrets.token_urlsafe(16): 128 random bits, not enumerable


@dataclass(frozen=True)
class KeptReport:
    token: str
    file: str
    pages: tuple[str, ...]
    summary: dict
    saved_at: str  # ISO 8601, UTC


def keep_report(store, file: str, pages: list[str], summary: dict) -> str:
    """Keep a checked draft's text; returns the token of its permalink."""
    token = secrets.token_urlsafe(16)
    saved_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    store.save_report(token, file, list(pages), dict(summary), saved_at)
    return token


def kept_report(store, token: str) -> KeptReport | None:
    """The kept report of ``token``; None for an unknown or malformed token."""
    if not TOKEN.match(token):
        return None
    row = store.saved_report(token)
    if row is None:
        return None
    return KeptReport(
        row["token"], row["file"], tuple(json.loads(row["pages"])), json.loads(row["summary"]), row["saved_at"]
    )


def forget_report(store, token: str) -> bool:
    """Delete a kept report; False when there was none."""
    return bool(TOKEN.match(token)) and store.delete_report(token)
