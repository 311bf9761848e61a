"""Helpers for tests that post to the web app: every POST needs the session's CSRF token."""
from __future__ import annotations


def token(client) -> dict:
    """The form field with the client's CSRF token (the client keeps the session cookie).

    Example: client.post("/controleer", data={**token(client), "tekst": "115 slachtoffers"})
    """
    return {"csrf_token": client.get("/api/controleer").get_json()["csrf_token"]}


def post(client, url: str, data: dict, **kwargs):
    """``client.post`` that closes the request body afterwards (werkzeug spools a big one to a temp file).

    Example: post(client, "/api/controleer", {**token(client), "bestand": (io.BytesIO(pdf), "a.pdf")})
    """
    from werkzeug.test import EnvironBuilder

    builder = EnvironBuilder(path=url, method="POST", data=data, **kwargs)
    environ = builder.get_environ()  # an environ: the client does not encode the body again
    try:
        return client.open(environ)
    finally:
        environ["wsgi.input"].close()
        builder.close()
