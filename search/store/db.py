"""The SQLite store: the single source of truth.

One file (``raadslens.sqlite3`` in the data directory).  A document and
everything extracted from it are written in one transaction, so an
interrupted ingest never leaves half a document behind.

>>> store = Store(":memory:")
>>> store.count_documents()
0
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from extract import Extraction
from ingest import Document
from search.store.migrations import migrate

DB_FILE = "raadslens.sqlite3"


class AlreadyStored(Exception):
    """Another writer stored a document with these bytes (or at this path) first; nothing of this one was kept.

    Raised by :meth:`Store.save` when two ingests race on one file: the loser's
    transaction is rolled back and ``doc_id`` is the winner's document.
    """

    def __init__(self, doc_id: int | None):
        super().__init__(f"al opgeslagen door een andere raadslens-opdracht (document {doc_id})")
        self.doc_id = doc_id


def now() -> str:
    """The store's clock: UTC as 'YYYY-MM-DD HH:MM:SS.ffffff' (sorts with SQLite's datetime('now') values)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


class Store:
    """The SQLite store (the default back end); :class:`search.store._postgres.PostgresStore` is the other."""

    kind = "sqlite"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)  # what a failed write raises
    # the two upserts of the figure index (PostgreSQL: INSERT ... ON CONFLICT)
    _UPSERT_CONTEXT = (
        "INSERT OR REPLACE INTO figure_context "
        "(figure_id, doc_id, around, caption, section, organisation, place, level) VALUES (?,?,?,?,?,?,?,?)"
    )
    _UPSERT_STATE = "INSERT OR REPLACE INTO figure_terms_state (doc_id, version) VALUES (?, ?)"

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    # -- reading -----------------------------------------------------------
    def generation(self) -> int:
        """A number that changes whenever a document is added, replaced, moved or removed (any process)."""
        return self.conn.execute("SELECT n FROM generation").fetchone()[0]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document(self, doc_id: int) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()

    def document_by_path(self, path: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE path = ?", (path,)).fetchone()

    def document_by_sha(self, sha256: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM documents WHERE sha256 = ?", (sha256,)).fetchone()

    def document_by_file(self, file: str) -> sqlite3.Row | None:
        """A document by file name (or by path), for the CLI's ``--document``."""
        return self.conn.execute(
            "SELECT * FROM documents WHERE file = ? OR path = ? ORDER BY id LIMIT 1", (file, file)
        ).fetchone()

    def documents(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM documents ORDER BY file").fetchall()

    def pages(self, doc_id: int) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,)).fetchall()

    def passages(self, doc_id: int) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM passages WHERE doc_id = ? ORDER BY seq", (doc_id,)).fetchall()

    def tables(self, doc_id: int) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM tables WHERE doc_id = ? ORDER BY seq", (doc_id,)).fetchall()

    def table(self, table_id: int) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM tables WHERE id = ?", (table_id,)).fetchone()

    def passage(self, passage_id: int) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM passages WHERE id = ?", (passage_id,)).fetchone()

    def unindexed(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE indexed = 0 ORDER BY id")]

    def doc_ids(self) -> set[int]:
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    # -- writing -----------------------------------------------------------
    def save(self, document: Document, extraction: Extraction, replace_id: int | None = None, version: str = "") -> int:
        """Write a document and its extraction in one transaction; returns its id.

        ``replace_id`` names an older version (same path) to delete in the
        same transaction; ``version`` is the pipeline version that read it.
        Idempotent by content hash: the document row is inserted with
        ``ON CONFLICT DO NOTHING`` (``sha256`` and ``path`` are unique), so when
        another process stored the same bytes or path first this transaction is
        rolled back and :class:`AlreadyStored` names the document that won.
        """
        with self.conn:
            ingested_at = now()
            if replace_id is not None:
                old = self.document(replace_id)
                if old is not None and old["sha256"] == document.sha256:
                    ingested_at = old["ingested_at"]  # read again (new pipeline version), not new to a reader
                self.conn.execute("DELETE FROM documents WHERE id = ?", (replace_id,))
            doc_id = self._insert_document(document, extraction, ingested_at)
            if doc_id is None:  # raised inside the transaction: the DELETE above is rolled back too
                held = self.document_by_sha(document.sha256) or self.document_by_path(document.path)
                raise AlreadyStored(held["id"] if held else None)
            self._insert_pages(doc_id, document)
            self._insert_passages(doc_id, extraction)
            self._insert_tables(doc_id, extraction)
            self._insert_figures(doc_id, extraction)
            self._insert_letter(doc_id, extraction)
            self.conn.execute(
                "UPDATE documents SET doctype_evidence = ?, version = ? WHERE id = ?",
                (extraction.meta.doctype_evidence, version, doc_id),
            )
        return doc_id

    def remove(self, doc_id: int) -> None:
        with self.conn:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def move(self, doc_id: int, path: str, file: str) -> None:
        """Record that an unchanged file now lives at another path."""
        with self.conn:
            self.conn.execute("UPDATE documents SET path = ?, file = ? WHERE id = ?", (path, file, doc_id))

    def mark_indexed(self, doc_ids: list[int], indexed: bool = True) -> None:
        with self.conn:
            self.conn.executemany("UPDATE documents SET indexed = ? WHERE id = ?", [(int(indexed), i) for i in doc_ids])

    def mark_all_unindexed(self) -> None:
        with self.conn:
            self.conn.execute("UPDATE documents SET indexed = 0")

    def replace_figure_index(self, doc_id: int, terms: list[tuple], contexts: list[tuple], version: str) -> None:
        """Replace a document's figure index in one transaction.

        ``terms`` are ``(term, unit, year, figure_id)``, ``contexts`` are ``(figure_id, around, caption,
        section, organisation, place, level)``; ``version`` is recorded in ``figure_terms_state``.
        """
        with self.conn:
            self.conn.execute("DELETE FROM figure_terms WHERE doc_id = ?", (doc_id,))
            self.conn.executemany(
                "INSERT INTO figure_terms (term, unit, year, figure_id, doc_id) VALUES (?,?,?,?,?)",
                [(*t, doc_id) for t in terms],
            )
            self.conn.execute("DELETE FROM figure_context WHERE doc_id = ?", (doc_id,))
            self.conn.executemany(self._UPSERT_CONTEXT, [(c[0], doc_id, *c[1:]) for c in contexts])
            self.conn.execute(self._UPSERT_STATE, (doc_id, version))

    def _insert_document(self, document: Document, extraction: Extraction, ingested_at: str) -> int | None:
        meta = extraction.meta
        return self._insert_id(
            """INSERT INTO documents (path, file, sha256, size, kind, title, doctype, doctype_confidence,
                   date, year, organisation, municipality, n_pages, warnings, indexed, ingested_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?) ON CONFLICT DO NOTHING""",
            (
                document.path,
                document.file,
                document.sha256,
                document.size,
                document.kind,
                meta.title,
                meta.doctype,
                meta.doctype_confidence,
                meta.date,
                meta.year,
                meta.organisation,
                meta.municipality,
                len(document.pages),
                json.dumps(list(document.warnings) + list(extraction.warnings), ensure_ascii=False),
                ingested_at,
            ),
        )

    def _insert_id(self, sql: str, params: tuple) -> int | None:
        """Run an INSERT; the id of the new row, None when ``ON CONFLICT DO NOTHING`` kept none."""
        cursor = self.conn.execute(sql, params)
        return cursor.lastrowid if cursor.rowcount == 1 else None

    def _insert_pages(self, doc_id: int, document: Document) -> None:
        self.conn.executemany(
            """INSERT INTO pages (doc_id, number, text, header, footer, footnotes, has_text_layer,
                   needs_ocr, ocr, ocr_confidence, quality, width, height)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                (
                    doc_id,
                    p.number,
                    p.text,
                    p.header,
                    p.footer,
                    p.footnotes,
                    int(p.has_text_layer),
                    int(p.needs_ocr),
                    int(p.ocr),
                    p.ocr_confidence,
                    p.quality,
                    p.width,
                    p.height,
                )
                for p in document.pages
            ],
        )

    def _insert_passages(self, doc_id: int, extraction: Extraction) -> None:
        self.conn.executemany(
            'INSERT INTO passages (doc_id, page, seq, kind, text, start, "end") VALUES (?,?,?,?,?,?,?)',
            [(doc_id, p.page, p.seq, p.kind, p.text, p.start, p.end) for p in extraction.passages],
        )

    def _insert_tables(self, doc_id: int, extraction: Extraction) -> None:
        self.conn.executemany(
            "INSERT INTO tables (doc_id, page, seq, caption, bbox, header, row_labels, cells) VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    doc_id,
                    t.page,
                    t.seq,
                    t.caption,
                    json.dumps(t.bbox),
                    _json(t.header),
                    _json(t.row_labels),
                    _json([asdict(c) for c in t.cells]),
                )
                for t in extraction.tables
            ],
        )

    def _insert_figures(self, doc_id: int, extraction: Extraction) -> None:
        self.conn.executemany(
            """INSERT INTO figures (doc_id, seq, page, value, low, high, raw, unit, qualifier, label, year,
                   year_end, period, place, organisation, start, "end", source, row_label, col_label,
                   table_seq, sentence, kind, confidence)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                (
                    doc_id,
                    seq,
                    f.page,
                    f.value,
                    f.low,
                    f.high,
                    f.raw,
                    f.unit,
                    f.qualifier,
                    f.label,
                    f.year,
                    f.year_end,
                    f.period,
                    f.place,
                    f.organisation,
                    f.start,
                    f.end,
                    f.source,
                    f.row,
                    f.column,
                    f.table_seq,
                    f.sentence,
                    f.kind,
                    f.confidence,
                )
                for seq, f in enumerate(extraction.figures)
            ],
        )

    def _insert_letter(self, doc_id: int, extraction: Extraction) -> None:
        letter = extraction.letter
        if letter is None:
            return
        self.conn.execute(
            """INSERT INTO letters (doc_id, fields, asker, party, asked, portefeuillehouder, uw_kenmerk,
                   ons_kenmerk, introduction, signature, footnotes, anomalies, date, subject, footnote_places)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                doc_id,
                _json(letter.fields),
                letter.asker,
                letter.party,
                letter.asked,
                letter.field("Portefeuillehouder") or letter.field("Portefeuillehouders"),
                letter.field("Uw kenmerk"),
                letter.field("Ons kenmerk") or letter.field("Kenmerk"),
                letter.introduction,
                letter.signature,
                _json(letter.footnotes),
                _json(letter.anomalies),
                letter.date,
                letter.subject,
                _json(letter.footnote_places),
            ),
        )
        self.conn.executemany(
            """INSERT INTO questions (doc_id, number, text, answer, page, answer_page, shared_with, footnotes, context)
               VALUES (?,?,?,?,?,?,?,?,?)""",
            [
                (
                    doc_id,
                    q.number,
                    q.text,
                    q.answer,
                    q.page,
                    q.answer_page,
                    _json(q.answer_shared_with),
                    _json(q.footnotes),
                    q.context,
                )
                for q in letter.questions
            ],
        )

    # -- saved Controleer reports (only when a user asks; the draft's text, never the uploaded file) ------
    def save_report(self, token: str, file: str, pages: list[str], summary: dict, saved_at: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO saved_reports (token, file, pages, summary, saved_at) VALUES (?, ?, ?, ?, ?)",
                (token, file, _json(pages), _json(summary), saved_at),
            )

    def saved_report(self, token: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM saved_reports WHERE token = ?", (token,)).fetchone()

    def delete_report(self, token: str) -> bool:
        with self.conn:
            return self.conn.execute("DELETE FROM saved_reports WHERE token = ?", (token,)).rowcount > 0

    # -- saved searches (the feeds of search/read/alerts.py) ----------------------
    def add_saved_search(self, name: str, kind: str, query: str, params: dict) -> sqlite3.Row:
        """Store a saved search under a fresh unguessable token; returns its row."""
        token = secrets.token_urlsafe(12)
        with self.conn:
            self.conn.execute(
                "INSERT INTO saved_searches (token, name, kind, query, params, created_at) VALUES (?,?,?,?,?,?)",
                (token, name, kind, query, _json(params), now()),
            )
        row = self.saved_search(token)
        assert row is not None  # just written
        return row

    def saved_search(self, token: str) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM saved_searches WHERE token = ?", (token,)).fetchone()

    def saved_searches(self) -> list[sqlite3.Row]:
        return self.conn.execute("SELECT * FROM saved_searches ORDER BY created_at DESC, id DESC").fetchall()

    def delete_saved_search(self, token: str) -> bool:
        """Remove a saved search; False when there was none with this token."""
        with self.conn:
            return self.conn.execute("DELETE FROM saved_searches WHERE token = ?", (token,)).rowcount > 0

    def documents_since(self, since: str) -> list[sqlite3.Row]:
        """Documents first stored after ``since`` (a store timestamp or a date), newest first."""
        return self.conn.execute(
            "SELECT * FROM documents WHERE ingested_at > ? ORDER BY ingested_at DESC, id DESC", (since,)
        ).fetchall()

    # -- moving whole tables (search/store/transfer.py) ----------------------
    def applied_migrations(self) -> list[str]:
        """The schema version: the names of the migrations applied, in order."""
        return [r[0] for r in self.conn.execute("SELECT name FROM migrations ORDER BY name")]

    def table_names(self) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]

    def columns(self, table: str) -> list[str]:
        return [r["name"] for r in self.conn.execute(f"PRAGMA table_info({_quote(table)})")]

    def count_rows(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]

    def dump_rows(self, table: str, columns: list[str], order: tuple[str, ...]) -> Iterator[tuple]:
        """Every row of a table as a tuple of ``columns``, ordered by ``order``."""
        cursor = self.conn.execute(
            f"SELECT {', '.join(map(_quote, columns))} FROM {_quote(table)} ORDER BY {', '.join(map(_quote, order))}"
        )
        for row in cursor:
            yield tuple(row)

    def load_tables(
        self,
        tables: list[tuple[str, list[str]]],
        rows: Callable[[str, list[str]], Iterable[tuple]],
        unindexed: bool = True,
    ) -> None:
        """Insert ``rows(table, columns)`` into each table in turn, all in one transaction.

        Any exception (from the rows too) rolls everything back.  ``unindexed`` marks every
        document unindexed before the commit.
        """
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for table, columns in tables:
                self.conn.executemany(
                    f"INSERT INTO {_quote(table)} ({', '.join(map(_quote, columns))}) "
                    f"VALUES ({', '.join('?' * len(columns))})",
                    rows(table, columns),
                )
            if unindexed:
                self.conn.execute("UPDATE documents SET indexed = 0")
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()

    def rows(self, sql: str, params: tuple = ()) -> Iterator[sqlite3.Row]:
        """Read-only helper for the projections (units, figures, ...)."""
        yield from self.conn.execute(sql, params)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)
