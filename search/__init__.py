"""Persistence, full-text search, cross-checking of figures, question answering; one sub-package per role.

SQLite is the truth; the index is a projection that can be rebuilt.  This module is the facade:
``web/`` (the CLI and the Flask views) imports from here only (tests/test_docs.py holds it to that),
so the rooms behind it can be rearranged without touching the faces.  Names that would be vague on
their own get the name of their room ("figure_json", "parse_query").

>>> from search import Archive, ask, check_archive, verify_document
"""

from extract.doctypes import TYPE_NAMES as DOCUMENT_TYPES
from search.answer import Answer, ask, is_question
from search.archive import Archive, Hit, SearchResults, data_dir, open_store
from search.crosscheck.checks import KIND_NAMES, check_archive
from search.crosscheck.checks import KINDS as CHECK_KINDS
from search.crosscheck.figure_index import refresh as refresh_figure_index
from search.crosscheck.series import find_series, series_of
from search.crosscheck.verify import VERDICT_NAMES, cross_references, read_draft, verify_document
from search.index.engine import IndexBusy
from search.index.query import parse as parse_query
from search.index.snippets import highlight
from search.ingestion.pipeline import IngestReport, ingest_paths, ocr_config, remove_path
from search.ingestion.workers import ClusterUnavailable, Limits, OnceDied, OnceTimedOut, run_once
from search.read.alerts import DEFAULT_DAYS as ALERT_DAYS
from search.read.alerts import (
    FEED_LIMIT,
    SavedSearch,
    SavedSearchProblem,
    days_ago,
    delete_saved_search,
    new_matches,
    save_search,
    saved_search,
    saved_searches,
    since_date,
)
from search.read.alerts import KINDS as SAVED_SEARCH_KINDS
from search.read.figures import BRIEF_FIELDS as FIGURE_BRIEF_FIELDS
from search.read.figures import SORTABLE as FIGURE_SORTS
from search.read.figures import UNITS_NL as FIGURE_UNITS
from search.read.figures import describe as describe_figure
from search.read.figures import figure as figure_row
from search.read.figures import marked_html as mark_figures
from search.read.figures import passage_marks as figure_passage_marks
from search.read.figures import query_figures
from search.read.figures import related as related_figures
from search.read.figures import to_csv as figures_csv
from search.read.figures import to_json as figure_json
from search.read.letters import facet_values as letter_facets
from search.read.letters import letter, letters
from search.read.originals import original_file
from search.read.page_images import PageImageError, page_image
from search.read.page_images import can_render as has_page_images
from search.read.questions import AmbiguousName, search_questions
from search.read.reports import KeptReport, forget_report, keep_report, kept_report
from search.read.series_table import FIELDS as SERIES_FIELDS
from search.read.series_table import series_csv, series_rows
from search.read.similar import similar_questions, similar_to_question
from search.settings import SETTINGS, setting
from search.settings import help_text as settings_help
from search.store.transfer import TransferError, TransferSummary, export_store, import_store

__all__ = [
    # the archive and its search
    "Archive",
    "Hit",
    "SearchResults",
    "data_dir",
    "open_store",
    "DOCUMENT_TYPES",
    "IndexBusy",
    "parse_query",
    "highlight",
    # ingest
    "IngestReport",
    "Limits",
    "OnceDied",
    "OnceTimedOut",
    "run_once",
    "ingest_paths",
    "ocr_config",
    "remove_path",
    "ClusterUnavailable",
    # cross-checking
    "CHECK_KINDS",
    "KIND_NAMES",
    "VERDICT_NAMES",
    "check_archive",
    "cross_references",
    "find_series",
    "read_draft",
    "refresh_figure_index",
    "series_of",
    "SERIES_FIELDS",
    "series_csv",
    "series_rows",
    "verify_document",
    # read models
    "FIGURE_BRIEF_FIELDS",
    "FIGURE_SORTS",
    "FIGURE_UNITS",
    "describe_figure",
    "figure_json",
    "figure_passage_marks",
    "figure_row",
    "figures_csv",
    "mark_figures",
    "query_figures",
    "related_figures",
    "AmbiguousName",
    "letter",
    "original_file",
    "KeptReport",
    "forget_report",
    "keep_report",
    "kept_report",
    "PageImageError",
    "has_page_images",
    "page_image",
    "letter_facets",
    "letters",
    "search_questions",
    "similar_questions",
    "similar_to_question",
    # saved searches and their feeds
    "ALERT_DAYS",
    "FEED_LIMIT",
    "SAVED_SEARCH_KINDS",
    "SavedSearch",
    "SavedSearchProblem",
    "days_ago",
    "delete_saved_search",
    "new_matches",
    "save_search",
    "saved_search",
    "saved_searches",
    "since_date",
    # question answering
    "Answer",
    "ask",
    "is_question",
    # moving an archive between stores
    "TransferError",
    "TransferSummary",
    "export_store",
    "import_store",
    # settings
    "SETTINGS",
    "setting",
    "settings_help",
]
