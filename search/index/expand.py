"""Expanding a parsed query with the archive's own words (typos, compounds, synonyms: to come)."""
from __future__ import annotations

from search.index.query import Query, parse


def expand(text: str, counts: dict[str, int]) -> tuple[Query, str | None]:
    """The parsed query and a spelling suggestion (none yet)."""
    return parse(text), None
