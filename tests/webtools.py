"""Helpers for tests that post to the web app: every POST needs the session's CSRF token."""
from __future__ import annotations


def token(client) -> dict:
    """The form field with the client's CSRF token (the client keeps the session cookie).

    Example: client.post("/controleer", data={**token(client), "tekst": "115 slachtoffers"})
    """
    return {"csrf_token": client.get("/api/controleer").get_json()["csrf_token"]}
