"""The Flask application factory.

>>> app = create_app({"DATA_DIR": "/tmp/raadslens-test"})  # doctest: +SKIP

App-wide template filters and globals are registered here (``datum``,
``getal``, ``verdicts``, ``query_link``); each page type is a blueprint in ``views/``
whose pages are data functions (``web/pages.py``).  The archive and
``wants_json`` live in ``web/context.py`` (re-exported here for old imports).
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask

from extract.numbers import format_numeral
from search import VERDICT_NAMES, data_dir

from . import safety
from .context import get_archive, wants_json
from .listing import link_args

MAX_UPLOAD = 20 * 1024 * 1024

__all__ = ["create_app", "get_archive", "wants_json"]


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(DATA_DIR=None, MAX_CONTENT_LENGTH=MAX_UPLOAD, JSON_SORT_KEYS=False, ALLOWED_HOSTS=None)
    if test_config:
        app.config.update(test_config)
    app.config["DATA_DIR"] = str(data_dir(app.config.get("DATA_DIR")))
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # Flask's DefaultJSONProvider
    app.json.sort_keys = False  # type: ignore[attr-defined]
    safety.install(app)
    _template_helpers(app)

    from .views import alerts, answer, documents, figures, letters, search, verify

    for blueprint in (search.bp, documents.bp, letters.bp, figures.bp, verify.bp, answer.bp, alerts.bp):
        app.register_blueprint(blueprint)
    return app


def dutch_date(value) -> str:
    """An ISO date as people write it: '2025-04-03' → '3 april 2025' (anything else unchanged).

    >>> dutch_date("2025-04-03"), dutch_date(""), dutch_date("2025")
    ('3 april 2025', '', '2025')
    """
    from extract.dates import MONTHS

    parts = str(value or "").split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or not 1 <= int(parts[1]) <= 12:
        return str(value or "")
    return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"


def query_link(**changes) -> str:
    """This page's path + its query string with ``changes`` (None drops a key), for paging, sorting, facets.

    Built from the request's path and our own arguments, never by passing ``request.args`` into ``url_for``.
    """
    from flask import request

    query = urlencode(link_args(**changes))
    return request.path + ("?" + query if query else "")


def _template_helpers(app: Flask) -> None:
    app.add_template_filter(dutch_date, "datum")
    app.add_template_filter(format_numeral, "getal")
    app.add_template_global(VERDICT_NAMES, "verdicts")  # type: ignore[arg-type]  # any value works
    app.add_template_global(query_link, "query_link")
