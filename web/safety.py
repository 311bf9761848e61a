"""Safe by default: CSRF on every POST, security headers, allowed host names, query caps, bounded ids,
and Dutch error pages (JSON under /api/) that never show a server path.

``install(app)`` wires it all into an app; the tables below are the rules.

>>> too_long("a " * 40, "q")
'De zoekopdracht heeft 40 woorden; gebruik er hooguit 32 (of hooguit 500 tekens).'
>>> too_long("meldingen 2024", "q") is None
True
"""

from __future__ import annotations

import hmac
import logging
import re
import secrets
import socket
from pathlib import Path

from flask import Flask, abort, jsonify, render_template, request, session
from werkzeug.exceptions import HTTPException, InternalServerError
from werkzeug.routing import IntegerConverter

from .context import wants_json

MAX_ID = 2**63 - 1  # SQLite's largest integer: a bigger id cannot exist
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
LOOPBACK = ("localhost", "127.0.0.1", "::1")

# Query arguments with a length (characters) and a number of words: beyond them the request is refused.
QUERY_LIMITS = {"q": (500, 32), "label": (200, 12), "vraag": (2000, 300)}

HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}

# Title and default message of each error page (used when the view gave no Dutch message of its own).
ERRORS = {
    400: (
        "Ongeldig verzoek",
        "Dit verzoek kan raadslens niet verwerken. Controleer het adres of het formulier en probeer het opnieuw.",
    ),
    403: (
        "Geen toegang",
        "Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en verstuur het nog eens.",
    ),
    404: ("Niet gevonden", "Deze pagina bestaat niet. Zoek wat u nodig hebt via Zoeken of de lijst met documenten."),
    405: ("Niet toegestaan", "Deze pagina kan zo niet worden opgevraagd. Gebruik het formulier op de pagina zelf."),
    413: ("Te groot", "Het verstuurde bestand of de tekst is te groot. Knip het op of kies een kleiner bestand."),
    429: ("Even geduld", "raadslens is druk met andere verzoeken. Probeer het over een minuut opnieuw."),
    503: ("Tijdelijk niet beschikbaar", "Dit lukt nu niet. Probeer het over een minuut opnieuw."),
    500: (
        "Er ging iets mis",
        "Er ging iets mis bij het maken van deze pagina. Probeer het opnieuw; blijft het "
        "gebeuren, meld dan welk adres u opende.",
    ),
}
_PATH = re.compile(r"(?<![\w:/])/(?:home|tmp|work|var|usr|srv|opt|root|mnt|data|Users|private|etc)(?:/[^\s,;'\"]*)?")
log = logging.getLogger("raadslens.web")


class BoundedInt(IntegerConverter):
    """``<int:...>`` that only matches ids SQLite can hold: a larger one is a 404, not an overflow."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002 (werkzeug's names)
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


def install(app: Flask) -> None:
    """Every rule of this module on ``app`` (before its blueprints are registered)."""
    app.url_map.converters["int"] = BoundedInt
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(app.config.get("DATA_DIR"))
    app.before_request(_check_host)
    app.before_request(_check_csrf)
    app.before_request(_check_query)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _crash)
    app.jinja_env.globals["csrf_token"] = csrf_token


# -- hosts ----------------------------------------------------------------------
def allowed_hosts(bound: str | None = None, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Host names a request may name: the bound address (loopback names for 127.0.0.1, this machine's
    names for 0.0.0.0) plus ``extra``.

    >>> allowed_hosts("127.0.0.1", ("raad.example.nl",))
    ('localhost', '127.0.0.1', '::1', 'raad.example.nl')
    """
    names: list[str] = []
    if bound in (None, "", "127.0.0.1", "localhost", "::1"):
        names += LOOPBACK
    elif bound in ("0.0.0.0", "::"):
        names += LOOPBACK + (socket.gethostname(), socket.getfqdn())
    else:
        names.append(bound)
    names += [name.strip().lower() for name in extra if name.strip()]
    return tuple(dict.fromkeys(n.lower() for n in names))


def _host_name(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _check_host():
    hosts = _configured_hosts()
    if "*" in hosts:
        return None
    if _host_name(request.host) not in hosts:
        abort(
            400,
            "Deze server kent de gevraagde hostnaam niet. Open raadslens via het adres waarop het "
            "draait, of voeg de naam toe met raadslens serve --allowed-host NAAM.",
        )
    return None


def _configured_hosts() -> tuple[str, ...]:
    from flask import current_app

    hosts = current_app.config.get("ALLOWED_HOSTS")
    if hosts is None:
        hosts = current_app.config["ALLOWED_HOSTS"] = allowed_hosts()
    return tuple(hosts)


# -- CSRF -----------------------------------------------------------------------
def csrf_token() -> str:
    """The session's form token (made on first use); forms send it back as ``csrf_token``."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def _check_csrf():
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    expected = session.get(CSRF_FIELD, "")
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")
    if not expected or not sent or not hmac.compare_digest(str(expected), str(sent)):
        abort(
            403,
            "Dit formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en verstuur "
            "het nog eens (uw tekst staat er dan nog niet in: kopieer hem eerst).",
        )
    return None


def _secret_key(data_dir: str | None) -> str:
    """The key that signs the session cookie: kept in the data folder, so a restart keeps forms valid."""
    if data_dir:
        path = Path(data_dir) / "web-secret"
        try:
            if path.exists():
                return path.read_text().strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            key = secrets.token_hex(32)
            path.touch(mode=0o600)
            path.write_text(key)
            return key
        except OSError:
            pass
    return secrets.token_hex(32)


# -- queries --------------------------------------------------------------------
def too_long(text: str, name: str) -> str | None:
    """A Dutch reason when ``text`` (argument ``name``) is beyond its caps, else None."""
    chars, words = QUERY_LIMITS[name]
    what = "De vraag" if name == "vraag" else "De zoekopdracht"
    n_words = len(text.split())
    if len(text) > chars:
        return f"{what} is {len(text)} tekens lang; gebruik er hooguit {chars} (en hooguit {words} woorden)."
    if n_words > words:
        return f"{what} heeft {n_words} woorden; gebruik er hooguit {words} (of hooguit {chars} tekens)."
    return None


def _check_query():
    for name in QUERY_LIMITS:
        for value in request.args.getlist(name):
            reason = too_long(value, name)
            if reason:
                abort(400, reason)
    return None


# -- headers and errors -----------------------------------------------------------
def _headers(response):
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _http_error(err: HTTPException):
    if err.code is None or err.code < 400:
        return err
    title, default = ERRORS.get(err.code, (err.name, ""))
    message = err.description if err.description and err.description != type(err).description else default
    message = _PATH.sub("(map op de server)", message or default)
    response = _error_response(err.code, title, message)
    if err.code == 405 and hasattr(err, "valid_methods") and err.valid_methods:
        response[0].headers["Allow"] = ", ".join(err.valid_methods)
    return response


def _crash(err: Exception):
    if isinstance(err, HTTPException):
        return _http_error(err)
    log.exception("fout bij %s", request.path)
    title, message = ERRORS[500]
    return _error_response(InternalServerError.code, title, message)


def _error_response(code: int, title: str, message: str):
    from flask import make_response

    if wants_json():
        return jsonify({"error": message, "status": code}), code
    return make_response(render_template("fout.html", heading=title, message=message, code=code)), code
