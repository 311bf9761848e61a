"""Schema migrations: plain SQL steps, applied once each, recorded in a table.

Add a step at the end of ``MIGRATIONS``; never edit a step that has landed.
``MIGRATIONS`` is the one list of steps for both back ends: each step's SQLite
SQL is there, its PostgreSQL SQL is in ``POSTGRES`` under the same name (a
step without one cannot be applied to a PostgreSQL store, which then refuses
to open; tests/test_pgstore.py walks both and compares the columns).
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    doctype TEXT NOT NULL DEFAULT 'overig',
    doctype_confidence REAL NOT NULL DEFAULT 0,
    date TEXT NOT NULL DEFAULT '',
    year INTEGER,
    organisation TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    n_pages INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    indexed INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE pages (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    header TEXT NOT NULL DEFAULT '',
    footer TEXT NOT NULL DEFAULT '',
    footnotes TEXT NOT NULL DEFAULT '',
    has_text_layer INTEGER NOT NULL DEFAULT 1,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    ocr INTEGER NOT NULL DEFAULT 0,
    ocr_confidence REAL,
    quality TEXT NOT NULL DEFAULT 'ok',
    width REAL NOT NULL DEFAULT 0,
    height REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, number)
);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'body',
    text TEXT NOT NULL,
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX passages_doc ON passages(doc_id, seq);
CREATE TABLE tables (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    bbox TEXT,
    header TEXT NOT NULL DEFAULT '[]',
    row_labels TEXT NOT NULL DEFAULT '[]',
    cells TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX tables_doc ON tables(doc_id, seq);
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    page INTEGER NOT NULL,
    value REAL NOT NULL,
    low REAL,
    high REAL,
    raw TEXT NOT NULL,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    year INTEGER,
    year_end INTEGER,
    period TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'text',
    row_label TEXT NOT NULL DEFAULT '',
    col_label TEXT NOT NULL DEFAULT '',
    table_seq INTEGER,
    sentence TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'figure',
    confidence REAL NOT NULL DEFAULT 1
);
CREATE INDEX figures_doc ON figures(doc_id, seq);
CREATE INDEX figures_value ON figures(value);
CREATE INDEX figures_label_year ON figures(label, year);
CREATE TABLE letters (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fields TEXT NOT NULL DEFAULT '[]',
    asker TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    portefeuillehouder TEXT NOT NULL DEFAULT '',
    uw_kenmerk TEXT NOT NULL DEFAULT '',
    ons_kenmerk TEXT NOT NULL DEFAULT '',
    introduction TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    footnotes TEXT NOT NULL DEFAULT '[]',
    anomalies TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    page INTEGER NOT NULL DEFAULT 0,
    answer_page INTEGER NOT NULL DEFAULT 0,
    shared_with TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX questions_doc ON questions(doc_id, number);
""",
    ),
    (
        "0002_letters_details",
        """
ALTER TABLE documents ADD COLUMN doctype_evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN date TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE letters ADD COLUMN footnote_places TEXT NOT NULL DEFAULT '[]';
ALTER TABLE questions ADD COLUMN footnotes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE questions ADD COLUMN context TEXT NOT NULL DEFAULT '';
""",
    ),
    (
        "0003_pipeline_version",
        """
ALTER TABLE documents ADD COLUMN version TEXT NOT NULL DEFAULT '';
""",
    ),
    (
        "0004_verify_figure_terms",
        """
CREATE TABLE figure_terms (
    term TEXT NOT NULL,
    unit TEXT NOT NULL,
    year INTEGER,
    figure_id INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX figure_terms_lookup ON figure_terms(term, unit, year, figure_id);
CREATE INDEX figure_terms_doc ON figure_terms(doc_id);
CREATE TABLE figure_terms_state (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version TEXT NOT NULL
);
""",
    ),
    (
        "0005_generation",
        """
CREATE TABLE generation (n INTEGER NOT NULL);
INSERT INTO generation (n) VALUES (0);
CREATE TRIGGER generation_insert AFTER INSERT ON documents BEGIN UPDATE generation SET n = n + 1; END;
CREATE TRIGGER generation_delete AFTER DELETE ON documents BEGIN UPDATE generation SET n = n + 1; END;
CREATE TRIGGER generation_update AFTER UPDATE ON documents BEGIN UPDATE generation SET n = n + 1; END;
""",
    ),
    (
        "0006_figure_context",
        """
CREATE TABLE figure_context (
    figure_id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    around TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT ''
);
CREATE INDEX figure_context_doc ON figure_context(doc_id);
""",
    ),
    (
        "0007_saved_reports",
        """
CREATE TABLE saved_reports (
    token TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    pages TEXT NOT NULL,
    summary TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
""",
    ),
    (
        "0008_saved_searches",
        """
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    token TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('zoeken', 'cijfers')),
    query TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX documents_ingested ON documents(ingested_at);
""",
    ),
]


# The PostgreSQL text of each step: the same tables and columns (INTEGER PRIMARY KEY -> an identity column,
# REAL -> DOUBLE PRECISION, the JSON columns stay TEXT as the readers parse them; triggers as plpgsql).
_NOW = "(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'))"  # as SQLite's datetime('now')
_ID = "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
POSTGRES: dict[str, str] = {
    "0001_initial": f"""
CREATE TABLE documents (
    id {_ID},
    path TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size BIGINT NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    doctype TEXT NOT NULL DEFAULT 'overig',
    doctype_confidence DOUBLE PRECISION NOT NULL DEFAULT 0,
    date TEXT NOT NULL DEFAULT '',
    year INTEGER,
    organisation TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    n_pages INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    indexed INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL DEFAULT {_NOW}
);
CREATE TABLE pages (
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    header TEXT NOT NULL DEFAULT '',
    footer TEXT NOT NULL DEFAULT '',
    footnotes TEXT NOT NULL DEFAULT '',
    has_text_layer INTEGER NOT NULL DEFAULT 1,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    ocr INTEGER NOT NULL DEFAULT 0,
    ocr_confidence DOUBLE PRECISION,
    quality TEXT NOT NULL DEFAULT 'ok',
    width DOUBLE PRECISION NOT NULL DEFAULT 0,
    height DOUBLE PRECISION NOT NULL DEFAULT 0,
    PRIMARY KEY (doc_id, number)
);
CREATE TABLE passages (
    id {_ID},
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'body',
    text TEXT NOT NULL,
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX passages_doc ON passages(doc_id, seq);
CREATE TABLE tables (
    id {_ID},
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    bbox TEXT,
    header TEXT NOT NULL DEFAULT '[]',
    row_labels TEXT NOT NULL DEFAULT '[]',
    cells TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX tables_doc ON tables(doc_id, seq);
CREATE TABLE figures (
    id {_ID},
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    page INTEGER NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    low DOUBLE PRECISION,
    high DOUBLE PRECISION,
    raw TEXT NOT NULL,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    year INTEGER,
    year_end INTEGER,
    period TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL DEFAULT 0,
    "end" INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT 'text',
    row_label TEXT NOT NULL DEFAULT '',
    col_label TEXT NOT NULL DEFAULT '',
    table_seq INTEGER,
    sentence TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'figure',
    confidence DOUBLE PRECISION NOT NULL DEFAULT 1
);
CREATE INDEX figures_doc ON figures(doc_id, seq);
CREATE INDEX figures_value ON figures(value);
CREATE INDEX figures_label_year ON figures(label, year);
CREATE TABLE letters (
    doc_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    fields TEXT NOT NULL DEFAULT '[]',
    asker TEXT NOT NULL DEFAULT '',
    party TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    portefeuillehouder TEXT NOT NULL DEFAULT '',
    uw_kenmerk TEXT NOT NULL DEFAULT '',
    ons_kenmerk TEXT NOT NULL DEFAULT '',
    introduction TEXT NOT NULL DEFAULT '',
    signature TEXT NOT NULL DEFAULT '',
    footnotes TEXT NOT NULL DEFAULT '[]',
    anomalies TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE questions (
    id {_ID},
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    page INTEGER NOT NULL DEFAULT 0,
    answer_page INTEGER NOT NULL DEFAULT 0,
    shared_with TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX questions_doc ON questions(doc_id, number);
""",
    "0002_letters_details": MIGRATIONS[1][1],  # plain ALTER TABLE ... ADD COLUMN: both accept it
    "0003_pipeline_version": MIGRATIONS[2][1],
    "0004_verify_figure_terms": """
CREATE TABLE figure_terms (
    term TEXT NOT NULL,
    unit TEXT NOT NULL,
    year INTEGER,
    figure_id BIGINT NOT NULL,
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX figure_terms_lookup ON figure_terms(term, unit, year, figure_id);
CREATE INDEX figure_terms_doc ON figure_terms(doc_id);
CREATE TABLE figure_terms_state (
    doc_id BIGINT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    version TEXT NOT NULL
);
""",
    "0005_generation": """
CREATE TABLE generation (n BIGINT NOT NULL);
INSERT INTO generation (n) VALUES (0);
CREATE FUNCTION raadslens_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE generation SET n = n + 1; RETURN NULL; END $$;
CREATE TRIGGER generation_change AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION raadslens_generation_bump();
""",
    "0006_figure_context": """
CREATE TABLE figure_context (
    figure_id BIGINT PRIMARY KEY,
    doc_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    around TEXT NOT NULL DEFAULT '',
    caption TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT ''
);
CREATE INDEX figure_context_doc ON figure_context(doc_id);
""",
    "0007_saved_reports": MIGRATIONS[6][1],  # TEXT columns only: both accept it
    "0008_saved_searches": f"""
CREATE TABLE saved_searches (
    id {_ID},
    token TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('zoeken', 'cijfers')),
    query TEXT NOT NULL DEFAULT '',
    params TEXT NOT NULL DEFAULT '{{}}',
    created_at TEXT NOT NULL
);
CREATE INDEX documents_ingested ON documents(ingested_at);
""",
}


def migrate_postgres(conn) -> list[str]:
    """Apply the steps not yet recorded to a PostgreSQL store (a psycopg connection); returns their names.

    The whole walk holds an advisory lock, so two processes opening a new store at once apply each step once.
    """
    missing = [name for name, _ in MIGRATIONS if name not in POSTGRES]
    if missing:
        raise RuntimeError(
            f"migratie(s) {', '.join(missing)} hebben nog geen PostgreSQL-versie; "
            f"gebruik een SQLite-archief (zonder RAADSLENS_DB) of werk raadslens bij"
        )
    applied = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(7335001)")  # a fixed key: raadslens's schema
        conn.execute(f"CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT {_NOW})")
        done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
        for name, _ in MIGRATIONS:
            if name in done:
                continue
            conn.execute(POSTGRES[name])
            conn.execute("INSERT INTO migrations (name) VALUES (%s)", (name,))
            applied.append(name)
    return applied


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the steps not yet recorded; returns their names."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT DEFAULT (datetime('now')))"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        with conn:
            conn.executescript("BEGIN;" + sql + f";INSERT INTO migrations(name) VALUES ('{name}');COMMIT;")
        applied.append(name)
    return applied
