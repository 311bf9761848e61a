"""Saved searches and what is new for them: the read model behind /bewaard, its Atom feeds and ``raadslens alerts``.

A saved search is a search (kind ``zoeken``: the words and the type and year filters of the search
page) or a figure filter (kind ``cijfers``: the filters of the figure list).  What is new for it are
the documents first stored after a moment (the saved search's own creation for its feed, a date for
the CLI) that match it, newest first, each with its first matching passage (or figure) and page.

Matching is the reference semantics of the query tree (``search.index.query.matches``) over each
new document's own search units, with the engine's vocabulary for typos and compounds, so a new
document is found however large the archive is (no ranked pool to fall out of).  The engine first
names the documents that match at all (its unranked hit set), so only those are walked.

>>> since_date("2026-03-01")
'2026-03-01'
>>> since_date("1-3-2026")
Traceback (most recent call last):
...
search.read.alerts.SavedSearchProblem: Ongeldige datum '1-3-2026': schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from search.index.engine import Filters
from search.index.query import matches, parse
from search.index.snippets import snippet
from search.index.units import units_for
from search.read.figures import find
from search.read.figures import unit_text as figure_text

KINDS = {"zoeken": "zoekopdracht", "cijfers": "cijferfilter"}  # kind -> Dutch name
SEARCH_PARAMS = ("type", "year")  # the search page's filters a saved search keeps
FIGURE_PARAMS = ("label", "min", "max", "jaar", "eenheid", "plaats", "organisatie")  # ... the figure list's
FEED_LIMIT = 50  # entries in a feed (and per saved search in the CLI)
ENGINE_POOL = 20000  # units asked of the engine to learn which documents match (37 ms for 5,000 with whoosh)
DEFAULT_DAYS = 7  # ``raadslens alerts`` without --sinds: the last week
MAX_NAME = 120
PARAM_NAMES = {  # how a list shows a kept filter
    "type": "type",
    "year": "jaar",
    "label": "wat er geteld is",
    "min": "vanaf",
    "max": "tot en met",
    "jaar": "jaar",
    "eenheid": "eenheid",
    "plaats": "plaats",
    "organisatie": "organisatie",
}


class SavedSearchProblem(ValueError):
    """A saved search that cannot be made or read; the message is Dutch and says what to do."""


@dataclass(frozen=True)
class SavedSearch:
    id: int
    token: str
    name: str
    kind: str
    query: str
    params: dict
    created_at: str

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> "SavedSearch":
        return cls(
            row["id"],
            row["token"],
            row["name"],
            row["kind"],
            row["query"],
            json.loads(row["params"] or "{}"),
            row["created_at"],
        )

    def describe(self) -> str:
        """In words, as a list shows it.

        >>> SavedSearch(1, "t", "n", "cijfers", "", {"label": "slachtoffers", "jaar": "2024"}, "").describe()
        'cijferfilter (wat er geteld is: slachtoffers, jaar: 2024)'
        """
        filters = ", ".join(f"{PARAM_NAMES.get(key, key)}: {value}" for key, value in self.params.items())
        words = f' "{self.query}"' if self.query else ""
        return f"{KINDS[self.kind]}{words}" + (f" ({filters})" if filters else "")

    def to_json(self) -> dict:
        return {
            "token": self.token,
            "name": self.name,
            "kind": self.kind,
            "query": self.query,
            "params": self.params,
            "created_at": self.created_at,
            "description": self.describe(),
        }


@dataclass(frozen=True)
class NewMatch:
    """A new document matching a saved search, with where it matches first."""

    document: int
    file: str
    title: str
    type: str
    date: str
    page: int
    snippet: str
    ingested_at: str
    snippet_html: str = field(default="", compare=False)
    figure: int | None = None  # kind cijfers: the first matching figure

    def to_json(self) -> dict:
        out = {
            "document": self.document,
            "file": self.file,
            "title": self.title,
            "type": self.type,
            "date": self.date,
            "page": self.page,
            "snippet": self.snippet,
            "ingested_at": self.ingested_at,
        }
        if self.figure is not None:
            out["figure"] = self.figure
        return out


def since_date(text: str) -> str:
    """A date typed as JJJJ-MM-DD, checked (a Dutch SavedSearchProblem otherwise)."""
    try:
        return date.fromisoformat(text.strip()).isoformat() if len(text.strip()) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> str:
    raise SavedSearchProblem(f"Ongeldige datum {text!r}: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-01.")


def days_ago(days: int = DEFAULT_DAYS) -> str:
    """The store timestamp of ``days`` days ago (UTC, like the store's own)."""
    return (datetime.now(timezone.utc) - timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S.%f")


def save_search(store, name: str, kind: str, query: str = "", params: dict | None = None) -> SavedSearch:
    """Store a saved search (``store`` is the archive's Store); only the filters of its kind are kept."""
    name, query = " ".join((name or "").split()), (query or "").strip()
    if kind not in KINDS:
        raise SavedSearchProblem(f"Onbekende soort {kind!r}: kies 'zoeken' (zoekopdracht) of 'cijfers' (cijferfilter).")
    allowed = SEARCH_PARAMS if kind == "zoeken" else FIGURE_PARAMS
    kept = {
        key: str(value).strip() for key, value in (params or {}).items() if key in allowed and str(value or "").strip()
    }
    if kind == "zoeken" and not query:
        raise SavedSearchProblem("Een zoekopdracht zonder woorden kan niet worden bewaard: vul eerst een zoekterm in.")
    if kind == "cijfers" and not query and not kept:
        raise SavedSearchProblem(
            "Een cijferfilter zonder filters kan niet worden bewaard: kies eerst een woord of filter."
        )
    for key in ("year", "jaar"):
        if key in kept and not kept[key].isdigit():
            raise SavedSearchProblem(f"Het jaar {kept[key]!r} is geen jaartal: vul het jaar in als bijvoorbeeld 2024.")
    for key in ("min", "max"):
        if key in kept:
            try:
                float(kept[key])
            except ValueError:
                raise SavedSearchProblem(
                    f"{kept[key]!r} is geen getal: vul bij {key} een getal in, bijvoorbeeld 100."
                ) from None
    if not name:
        name = query or ", ".join(kept.values())
    return SavedSearch.from_row(store.add_saved_search(name[:MAX_NAME], kind, query, kept))


def saved_searches(store) -> list[SavedSearch]:
    return [SavedSearch.from_row(row) for row in store.saved_searches()]


def saved_search(store, token: str) -> SavedSearch | None:
    row = store.saved_search(token)
    return SavedSearch.from_row(row) if row is not None else None


def delete_saved_search(store, token: str) -> bool:
    return store.delete_saved_search(token)


def new_matches(archive, saved: SavedSearch, since: str | None = None, limit: int = FEED_LIMIT) -> list[NewMatch]:
    """Documents first stored after ``since`` (default: when ``saved`` was made) that match it, newest first.

    ``archive`` is a :class:`search.Archive` (its store and, for typos and compounds, its index).
    """
    fresh = archive.store.documents_since(since if since is not None else saved.created_at)
    if not fresh:
        return []
    if saved.kind == "cijfers":
        return _new_figures(archive, saved, fresh, limit)
    query, _ = archive.prepare(saved.query)
    doctype = saved.params.get("type") or None
    year = int(saved.params["year"]) if str(saved.params.get("year", "")).isdigit() else None
    indexed = _engine_documents(archive, query, Filters(doctype=doctype, year=year))
    found = []
    for doc in fresh:
        if (doctype and doc["doctype"] != doctype) or (indexed is not None and doc["id"] not in indexed):
            continue
        first = None
        for unit in units_for(archive.store, doc["id"]):
            if year is not None and year not in unit.years:
                continue
            if (first is None or unit.page < first.page) and matches(query, unit.text, unit.head):
                first = unit
        if first is None:
            continue
        snip = snippet(first.text, query)
        found.append(_match(doc, first.page, snip.text, snip.html()))
        if len(found) >= limit:
            break
    return found


def _engine_documents(archive, query, filters: Filters) -> set[int] | None:
    """The documents the engine finds for ``query`` (all of them: None when they do not fit ENGINE_POOL units).

    Only a shortcut: the engine holds the same matching as ``matches`` (tests/test_engines.py), so the
    walk over each new document's units is left to the documents that match at all.
    """
    found = archive.engine.search(query, filters, ENGINE_POOL, 0)
    if found.total > len(found.hits):
        return None
    return {hit.doc_id for hit in found.hits}


def _new_figures(archive, saved: SavedSearch, fresh: list[sqlite3.Row], limit: int) -> list[NewMatch]:
    """The figure list's filters over the new documents; words as the figure search reads them (every word)."""
    params = saved.params
    rows = find(
        archive.store,
        label=params.get("label") or None,
        minimum=_number(params.get("min")),
        maximum=_number(params.get("max")),
        year=int(params["jaar"]) if str(params.get("jaar", "")).isdigit() else None,
        unit=params.get("eenheid") or None,
        place=params.get("plaats") or None,
        organisation=params.get("organisatie") or None,
    )
    query = parse(saved.query).strict() if saved.query.strip() else None
    wanted = {doc["id"] for doc in fresh}
    first: dict[int, sqlite3.Row] = {}
    for row in rows:  # in page order: the first one kept per document is its first match
        if row["doc_id"] in wanted and row["doc_id"] not in first:
            if query is None or matches(query, figure_text(row)):
                first[row["doc_id"]] = row
    found = []
    for doc in fresh:
        hit = first.get(doc["id"])
        if hit is not None:
            words = " · ".join(str(x) for x in (hit["label"], hit["year"], hit["place"], hit["organisation"]) if x)
            text = f"{hit['raw']} — {words}" if words else hit["raw"]
            if hit["sentence"]:
                text += f": {hit['sentence']}"
            found.append(_match(doc, hit["page"], text, "", figure=hit["id"]))
            if len(found) >= limit:
                break
    return found


def _number(value) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _match(doc: sqlite3.Row, page: int, text: str, html: str, figure: int | None = None) -> NewMatch:
    return NewMatch(
        doc["id"],
        doc["file"],
        doc["title"] or doc["file"],
        doc["doctype"],
        doc["date"] or "",
        page,
        text,
        doc["ingested_at"],
        html,
        figure,
    )
