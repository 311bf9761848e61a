"""Findings and series are computed once per archive generation, not per request."""

from __future__ import annotations

import pytest

import web.views.verify as verify
from web.app import create_app


@pytest.fixture
def client(corpus_archive_dir):
    verify._CACHE.clear()
    return create_app({"DATA_DIR": str(corpus_archive_dir), "TESTING": True}).test_client()


def _counting(monkeypatch, name):
    calls = []
    real = getattr(verify, name)

    def counted(*args):
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(verify, name, counted)
    return calls


@pytest.mark.parametrize(("path", "name"), [("/consistentie", "check_archive"), ("/indicatoren", "series_of")])
def test_second_request_reuses_the_result_until_the_generation_changes(client, monkeypatch, path, name):
    calls = _counting(monkeypatch, name)
    first = client.get(path).get_data(as_text=True)
    second = client.get(path).get_data(as_text=True)
    assert first == second
    assert len(calls) == 1
    monkeypatch.setattr(verify, "_CACHE", {})  # as if the generation moved on: a fresh computation
    assert client.get(path).status_code == 200
    assert len(calls) == 2
