"""`raadslens serve` on a busy port: one Dutch line saying what to do, exit 1."""
import socket

import pytest
from click.testing import CliRunner

from web.cli import main


def test_serve_on_a_busy_port_says_so_in_dutch(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["--data", str(tmp_path), "serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"poort {port} is al in gebruik" in result.output and f"--port {port + 1}" in result.output


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str):
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers, response.read()


@pytest.mark.parametrize("kind", ["productieserver", "ontwikkelserver"])
def test_server_drops_idle_connections_and_sees_new_documents(tmp_path, kind):
    import json
    import subprocess
    import sys
    import time

    from search import Archive, ingest_paths

    source = tmp_path / "in"
    source.mkdir()
    (source / "eerste.txt").write_text("In 2024 waren er 12 meldingen bij het meldpunt.", encoding="utf-8")
    data = tmp_path / "data"
    archive = Archive.open(data)
    assert ingest_paths(archive, [str(source / "eerste.txt")]).ok
    archive.close()
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", "from web.cli import main; main()", "--data", str(data),
                               "serve", "--port", str(port), "--timeout", "2"]
                              + (["--production", "--threads", "4"] if kind == "productieserver" else []),
                              stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                status, headers, body = _get(base + "/api/documenten")
                break
            except OSError:
                time.sleep(0.2)
        assert status == 200 and (headers["Server"] == "raadslens" or kind == "ontwikkelserver")
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert json.loads(body)["total"] == 1
        # a client that sends half a request and waits is dropped after the idle timeout
        with socket.create_connection(("127.0.0.1", port), timeout=10) as idle:
            idle.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            assert idle.recv(1024) == b"" and time.monotonic() - started < 9
        # a document ingested by another process while the server runs shows up (the store generation moved)
        (source / "tweede.txt").write_text("In 2025 waren er 15 meldingen.", encoding="utf-8")
        archive = Archive.open(data)
        assert ingest_paths(archive, [str(source / "tweede.txt")]).ok
        archive.close()
        assert json.loads(_get(base + "/api/documenten")[2])["total"] == 2
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert kind in err
