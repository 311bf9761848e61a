"""`raadslens serve` on a busy port: one Dutch line saying what to do, exit 1."""
import socket

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
