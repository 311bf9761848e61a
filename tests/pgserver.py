"""A throwaway PostgreSQL server for the engine tests (a real server, not a mock).

Uses Debian's PostgreSQL binaries (installed by ``.ci/system-deps test``);
as root it runs the server as the ``postgres`` user, as PostgreSQL requires.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """``with PostgresServer() as dsn: ...`` starts a cluster in a temp dir and removes it after."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        if self.bindir is None:
            raise FileNotFoundError("PostgreSQL ontbreekt: installeer met 'apt-get install postgresql'")
        self.base = Path(tempfile.mkdtemp(prefix="raadslens-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.base, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run(self.as_user + list(args), check=True, capture_output=True, timeout=120)

    def __enter__(self) -> str:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "raadslens",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = f"-k {self.base} -p {self.port} -c listen_addresses='' -c fsync=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.base / "log"),
            "-o",
            options,
            "start",
        )
        return f"host={self.base} port={self.port} user=raadslens dbname=postgres"

    def __exit__(self, *exc) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


_databases = iter(range(1_000_000))


def fresh_database(server_dsn: str) -> str:
    """A new, empty database on the test server, as a libpq key=value string."""
    import psycopg

    name = f"raadslens_{os.getpid()}_{next(_databases)}"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server_dsn.replace("dbname=postgres", f"dbname={name}")


def rum_available(server_dsn: str) -> bool:
    """Whether the server has the RUM extension installed (Debian: ``postgresql-15-rum``)."""
    import psycopg

    with psycopg.connect(server_dsn) as conn:
        return conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'").fetchone() is not None


def plain_database(server_dsn: str) -> str:
    """A new database owned by a new role that is no superuser, as a libpq string: it may not create extensions.

    Like the account on a managed PostgreSQL server: ``CREATE EXTENSION rum``
    is refused there, so the engine takes its GIN path.
    """
    import psycopg

    number = next(_databases)
    name, role = f"raadslens_{os.getpid()}_{number}", f"plain_{os.getpid()}_{number}"
    with psycopg.connect(server_dsn, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"CREATE DATABASE {name} OWNER {role}")
    return server_dsn.replace("dbname=postgres", f"dbname={name}").replace("user=raadslens", f"user={role}")


def fresh_url(server_dsn: str) -> str:
    """A new, empty database on the test server, as the postgresql:// URL ``RAADSLENS_DB`` takes."""
    import re

    dsn = fresh_database(server_dsn)
    host, port, name = (re.search(rf"{key}=(\S+)", dsn).group(1) for key in ("host", "port", "dbname"))  # type: ignore[union-attr]
    return f"postgresql://raadslens@/{name}?host={host}&port={port}"
