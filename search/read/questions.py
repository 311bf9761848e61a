"""Searching the questions (with their answers) of council letters, narrowed by who and when.

Names may be given in part ("Schouten", "pvda"); they are resolved to the
full facet values stored with the questions.  A part that fits several
names is an error that lists them, so the user can choose.
"""

from __future__ import annotations

from search.archive import Archive, SearchResults
from search.index.letter_units import facet
from search.read.letters import facet_values


class AmbiguousName(ValueError):
    """A partial name fits more than one portefeuillehouder, party or asker."""


_FACETS = (
    ("portefeuillehouder", "portefeuillehouder", "portefeuillehouder"),
    ("party", "partij", "partij"),
    ("asker", "vragensteller", "vragensteller"),
)


def search_questions(
    archive: Archive,
    text: str,
    *,
    portefeuillehouder: str = "",
    party: str = "",
    asker: str = "",
    year: int | None = None,
    doctype: str | None = None,
    limit: int = 10,
    offset: int = 0,
) -> SearchResults:
    """Full-text search over question units only, with the letter facets as filters."""
    given = {"portefeuillehouder": portefeuillehouder, "party": party, "asker": asker}
    known = facet_values(archive.store)
    facets = tuple(
        facet(name, _resolve(given[name], known[values], label)) for name, values, label in _FACETS if given[name]
    )
    return archive.search(
        text, doctype=doctype, year=year, limit=limit, offset=offset, kinds=("question",), facets=facets
    )


def _resolve(part: str, values: list[str], label: str) -> str:
    """The one stored name that ``part`` fits (case-insensitive); exact matches win."""
    exact = [v for v in values if v.lower() == part.lower()]
    fits = exact or [v for v in values if part.lower() in v.lower()]
    if len(fits) > 1:
        raise AmbiguousName(f"'{part}' past bij meerdere namen ({label}): {', '.join(fits)}; kies er één")
    return fits[0] if fits else part
