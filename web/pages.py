"""Pages as data: one function returns a dict; ``page`` serves it as HTML and as JSON.

A page function takes the URL's arguments and returns the data of the page.
``page`` registers it twice on a blueprint: ``rule`` renders ``template``
with the dict, ``/api`` + ``rule`` answers the same dict as JSON.  Keys that
start with ``_`` are for the template only (helpers, objects that have no
JSON form); everything else is turned into JSON by :func:`jsonable`
(objects with ``to_json()``, database rows, dataclasses, lists, dicts).

>>> from flask import Blueprint
>>> bp = Blueprint("demo", __name__)
>>> @page(bp, "/demo/<int:n>", "demo.html")
... def demo(n):
...     return {"n": n, "_double": n * 2}
>>> len(bp.deferred_functions), demo(2)
(2, {'n': 2, '_double': 4})

The HTML endpoint is the function's name (``url_for("demo.demo", n=2)``),
the JSON one the name plus ``_api``.  A page function may set ``"_status"``
to answer with another status than 200 (both faces).
"""
from __future__ import annotations

import dataclasses
import sqlite3
from typing import Any, Callable

from flask import Blueprint, jsonify, render_template

PageFunction = Callable[..., dict]


def page(bp: Blueprint, rule: str | list[str], template: str, *, api: str | None = None,
         shape: Callable[[dict], Any] | None = None, endpoint: str | None = None) -> Callable[[PageFunction], PageFunction]:
    """Register ``rule`` (one or more paths) as HTML and ``api`` (default ``/api`` + the last rule) as JSON.

    ``shape`` turns the page data into the JSON body when it should not be the dict itself;
    ``endpoint`` names the HTML endpoint when the function's name cannot (the JSON one is it + ``_api``).
    """
    rules = [rule] if isinstance(rule, str) else list(rule)
    api_rule = api or "/api" + rules[-1]

    def register(function: PageFunction) -> PageFunction:
        name = endpoint or function.__name__

        def html(**arguments):
            data = function(**arguments)
            return render_template(template, **data), data.get("_status", 200)

        def as_json(**arguments):
            data = function(**arguments)
            body = shape(data) if shape else public(data)
            return jsonify(jsonable(body)), data.get("_status", 200)

        html.__doc__ = as_json.__doc__ = function.__doc__
        for path in rules:
            bp.add_url_rule(path, name, html, methods=["GET"])
        bp.add_url_rule(api_rule, name + "_api", as_json, methods=["GET"])
        return function

    return register


def public(data: dict) -> dict:
    """The keys of page data that belong in its JSON (not the ``_`` ones)."""
    return {key: value for key, value in data.items() if not key.startswith("_")}


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types.

    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True)
    ... class P:
    ...     x: int
    >>> jsonable({"a": (P(1), {2, }), "b": None})
    {'a': [{'x': 1}, [2]], 'b': None}
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value if not hasattr(value, "__html__") else str(value)
    if hasattr(value, "to_json"):
        return jsonable(value.to_json())
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, sqlite3.Row):
        return {k: jsonable(value[k]) for k in value.keys()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    return str(value)
