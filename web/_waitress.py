"""The production WSGI server: waitress, the one module that imports it.

Threads share the process's one Archive (``web/context.py``); a slow or
idle client is dropped after ``timeout`` seconds and at most
``connections`` are open at once, so half-open connections cannot tie the
server up.

>>> ServerSettings().threads
8
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServerSettings:
    threads: int = 8
    connections: int = 100  # open connections at once; more wait in the listen backlog
    timeout: int = 30  # seconds a connection may stay idle (or send its request slowly)
    backlog: int = 256
    max_request_body: int = 25 * 1024 * 1024  # a little above the app's MAX_CONTENT_LENGTH


def serve(app, host: str, port: int, settings: ServerSettings = ServerSettings()) -> None:
    """Serve ``app`` on ``host:port`` until interrupted."""
    import waitress

    waitress.serve(app, host=host, port=port, threads=settings.threads, connection_limit=settings.connections,
                   channel_timeout=settings.timeout,
                   cleanup_interval=max(1, settings.timeout // 2), backlog=settings.backlog,
                   max_request_body_size=settings.max_request_body, ident="raadslens", asyncore_use_poll=True,
                   clear_untrusted_proxy_headers=True, _quiet=True)
