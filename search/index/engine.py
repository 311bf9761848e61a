"""The full-text engine interface.  Callers never import an engine directly.

The engine is a projection of the store: it can be thrown away and rebuilt
from :class:`SearchUnit` rows at any time.  ``open_engine`` picks the
implementation from :data:`ENGINES`, a table of name, Dutch description and
opener; a new engine is one more row there (and one ``_name.py`` module).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol

from search.index.query import Query
from search.settings import setting

# Unit kinds found only when a search asks for them by kind: figure units echo
# the passages they stand in and would crowd them out of ordinary results.
UNLISTED_KINDS = ("figure",)


class IndexBusy(RuntimeError):
    """Another process is writing the index (a second ``raadslens ingest``)."""

    def __init__(self) -> None:
        super().__init__(
            "de zoekindex wordt door een andere raadslens-opdracht bijgewerkt; "
            "wacht tot die klaar is en probeer het opnieuw"
        )


@dataclass(frozen=True)
class SearchUnit:
    """One searchable piece: a passage, a question with its answer, a table, ...

    ``facets`` holds filterable ``key=value`` pairs such as ``party=pvda``;
    ``head`` the document's title and file name, searched with every unit
    of the document and ranked above its text.
    """

    id: str
    doc_id: int
    kind: str
    page: int
    text: str
    doctype: str = ""
    years: tuple[int, ...] = ()
    facets: tuple[str, ...] = ()
    head: str = ""


@dataclass(frozen=True)
class Filters:
    doctype: str | None = None
    year: int | None = None
    kinds: tuple[str, ...] = ()
    facets: tuple[str, ...] = ()


@dataclass(frozen=True)
class EngineHit:
    unit_id: str
    doc_id: int
    page: int
    score: float


@dataclass(frozen=True)
class EngineResults:
    """The hits asked for and the number of all matches.

    ``exact`` False: ``total`` is a lower bound (more than ``total - 1`` match;
    an engine may stop counting past a bound, always above the hits it returned).
    """

    total: int
    hits: tuple[EngineHit, ...] = field(default=())
    exact: bool = True


class Engine(Protocol):
    stale: bool  # True when the index must be rebuilt (new schema/analyzer, missing)

    def writer(self) -> "EngineWriter": ...
    def search(self, query: Query, filters: Filters, limit: int, offset: int = 0) -> EngineResults: ...
    def similar(self, text: str, filters: Filters, limit: int) -> EngineResults: ...
    def doc_ids(self) -> set[int]: ...
    def term_counts(self) -> dict[str, int]: ...  # folded word -> units holding it (typos, compounds)
    def clear(self) -> None: ...
    def close(self) -> None: ...


class EngineWriter(Protocol):
    def __enter__(self) -> "EngineWriter": ...
    def __exit__(self, *exc) -> None: ...
    def add(self, units: Iterable[SearchUnit]) -> None: ...
    def remove_document(self, doc_id: int) -> None: ...


@dataclass(frozen=True)
class EngineKind:
    """One row of the engine table: how users name it, what it is (Dutch), how to open it.

    ``opener(path, dsn)`` gets the index folder and the connection string
    (either may be unused) and returns the :class:`Engine`.
    """

    name: str
    description: str
    opener: Callable[[Path, "str | None"], Engine]


def _open_whoosh(path: Path, dsn: str | None) -> Engine:
    from search.index._whoosh import WhooshEngine

    return WhooshEngine(path)


def _open_tantivy(path: Path, dsn: str | None) -> Engine:
    from search.index._tantivy import TantivyEngine

    return TantivyEngine(path)


def _open_postgres(path: Path, dsn: str | None) -> Engine:
    dsn = dsn or setting("RAADSLENS_PG_DSN")
    if not dsn:
        raise ValueError(
            "RAADSLENS_ENGINE=postgres vraagt om RAADSLENS_PG_DSN (bijv. 'host=/run/postgresql dbname=raadslens')"
        )
    from search.index._postgres import PostgresEngine

    return PostgresEngine(dsn)


ENGINES: tuple[EngineKind, ...] = (
    EngineKind("whoosh", "ingebouwd, de standaard: de zoekindex staat als map naast het archief", _open_whoosh),
    EngineKind(
        "tantivy",
        "ingebouwd en snel (ook bij honderdduizenden passages): de zoekindex staat als map naast het archief",
        _open_tantivy,
    ),
    EngineKind("postgres", "PostgreSQL-server, te delen door meerdere processen (RAADSLENS_PG_DSN)", _open_postgres),
)
DEFAULT_ENGINE = "whoosh"


def engine_names() -> tuple[str, ...]:
    """The names users can choose, in table order.

    >>> engine_names()
    ('whoosh', 'tantivy', 'postgres')
    """
    return tuple(kind.name for kind in ENGINES)


def unknown_engine_message(name: str) -> str:
    """The Dutch error for an engine name that is not in the table, listing the choices.

    >>> unknown_engine_message("elastic")
    "onbekende zoekmachine 'elastic'; kies 'whoosh', 'tantivy' of 'postgres'"
    """
    quoted = [f"'{n}'" for n in engine_names()]
    choices = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " of " + quoted[-1]
    return f"onbekende zoekmachine '{name}'; kies {choices}"


def open_engine(path: Path, name: str | None = None, dsn: str | None = None) -> Engine:
    """Open (or create) the full-text engine.

    ``name`` (default ``RAADSLENS_ENGINE`` or "whoosh") picks a row of
    :data:`ENGINES`: "whoosh" and "tantivy" keep their index in the folder
    ``path``; "postgres" uses the database at ``dsn`` (default ``RAADSLENS_PG_DSN``).
    """
    name = name or setting("RAADSLENS_ENGINE") or DEFAULT_ENGINE
    for kind in ENGINES:
        if kind.name == name:
            return kind.opener(Path(path), dsn)
    raise ValueError(unknown_engine_message(name))
