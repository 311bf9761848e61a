"""The production WSGI server: waitress, the one module that imports it.

``workers`` processes (default: one per core) each run waitress with
``threads`` threads on the same port (``SO_REUSEPORT``: the kernel spreads
the connections), so the Python work of requests is not limited to one core
by the GIL.  Each process has its own Archive (``web/context.py``), reopened
when the store changes.  A slow or idle client is dropped after ``timeout``
seconds and at most ``connections`` are open at once per process, so
half-open connections cannot tie the server up.

>>> ServerSettings().threads
4
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import socket
from dataclasses import dataclass, field


def _cores() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(frozen=True)
class ServerSettings:
    threads: int = 4  # per worker process
    workers: int = field(default_factory=_cores)
    connections: int = 100  # open connections at once per process; more wait in the listen backlog
    timeout: int = 30  # seconds a connection may stay idle (or send its request slowly)
    backlog: int = 256
    max_request_body: int = 25 * 1024 * 1024  # a little above the app's MAX_CONTENT_LENGTH


def serve(config: dict, host: str, port: int, settings: ServerSettings = ServerSettings()) -> None:
    """Serve ``create_app(config)`` on ``host:port`` until interrupted (or terminated)."""
    if settings.workers <= 1:
        _worker(config, host, port, settings)
        return
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_worker, args=(config, host, port, settings), daemon=True)
               for _ in range(settings.workers)]
    signal.signal(signal.SIGTERM, _stop)
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    except KeyboardInterrupt:
        pass
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
        for worker in workers:
            worker.join(timeout=10)


def _stop(_signum, _frame):
    raise KeyboardInterrupt


def _listening(host: str, port: int, backlog: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if hasattr(socket, "SO_REUSEPORT"):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    return sock


def _worker(config: dict, host: str, port: int, settings: ServerSettings) -> None:
    import waitress

    from web.app import create_app
    from web.context import holder

    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    app = create_app(config)
    holder(app.config["DATA_DIR"]).get()  # open the archive before the first request, not during it
    waitress.serve(app, sockets=[_listening(host, port, settings.backlog)], threads=settings.threads,
                   connection_limit=settings.connections, channel_timeout=settings.timeout,
                   cleanup_interval=max(1, settings.timeout // 2), backlog=settings.backlog,
                   max_request_body_size=settings.max_request_body, ident="raadslens", asyncore_use_poll=True,
                   clear_untrusted_proxy_headers=True, _quiet=True)
