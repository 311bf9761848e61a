"""The Flask application factory.

>>> app = create_app({"DATA_DIR": "/tmp/raadslens-test"})  # doctest: +SKIP
"""
from __future__ import annotations

from flask import Flask, g, jsonify, render_template, request

from search import Archive, data_dir

MAX_UPLOAD = 20 * 1024 * 1024


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(DATA_DIR=None, MAX_CONTENT_LENGTH=MAX_UPLOAD, JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    app.config["DATA_DIR"] = str(data_dir(app.config.get("DATA_DIR")))
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # Flask's DefaultJSONProvider
    app.json.sort_keys = False  # type: ignore[attr-defined]

    from .views import documents, figures, letters, search, verify

    for blueprint in (search.bp, documents.bp, letters.bp, figures.bp, verify.bp):
        app.register_blueprint(blueprint)
    app.teardown_appcontext(_close_archive)
    app.register_error_handler(404, _not_found)
    return app


def get_archive() -> Archive:
    """One archive per request, closed on teardown (like flaskr's ``get_db``)."""
    from flask import current_app

    if "archive" not in g:
        g.archive = Archive.open(current_app.config["DATA_DIR"])
    return g.archive


def wants_json() -> bool:
    return request.path.startswith("/api/")


def _close_archive(_exc=None) -> None:
    archive = g.pop("archive", None)
    if archive is not None:
        archive.close()


def _not_found(err):
    message = getattr(err, "description", "Niet gevonden")
    if wants_json():
        return jsonify({"error": message}), 404
    return render_template("fout.html", message=message), 404
