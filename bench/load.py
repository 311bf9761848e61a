"""Load on the web UI: the development server and the production server (waitress) side by side.

Bounded and loopback only: both servers are started here on 127.0.0.1 over
the same data folder, every client makes a fixed number of requests (each
with a timeout), and the run stops there.  For 1, 10 and 50 concurrent
clients it prints p50/p95 latency, errors and throughput per server.

    .venv/bin/python bench/load.py                      # corpus/ ingested into a temporary folder
    .venv/bin/python bench/load.py --data var --requests 20

The URL mix is what a clerk clicks through: search (HTML and JSON), the
document list, a document, the figures list, the letters and one figure.
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: this script never loads another machine
CLIENTS = (1, 10, 50)
TIMEOUT = 30.0
MAX_REQUESTS = 5000  # per server and level, whatever --requests says


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def start(data: Path, production: bool, threads: int = 8) -> tuple[subprocess.Popen, str]:
    port = free_port()
    args = [sys.executable, "-c", "from web.cli import main; main()", "--data", str(data), "serve",
            "--host", HOST, "--port", str(port)] + (["--production", "--threads", str(threads)] if production else [])
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    for _ in range(300):
        try:
            fetch(base + "/api/documenten")
            return process, base
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"server on {base} did not start")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
        if response.status != 200:
            raise OSError(f"status {response.status}")
        return response.read()


def urls(base: str) -> list[str]:
    docs = json.loads(fetch(base + "/api/documenten"))["documents"]
    figures = json.loads(fetch(base + "/api/cijfers?per=1"))["figures"]
    mix = ["/zoeken?q=seksuele+uitbuiting", "/api/zoeken?q=meldingen", "/documenten", "/cijfers",
           "/raadsvragen", "/zoeken?q=%22Koffer+Verkeerd%22", "/api/documenten"]
    if docs:
        mix.append(f"/document/{docs[0]['id']}")
    if figures:
        mix.append(f"/cijfer/{figures[0]['id']}")
    return [base + path for path in mix]


def run_level(targets: list[str], clients: int, per_client: int) -> dict:
    per_client = max(1, min(per_client, MAX_REQUESTS // clients))
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()

    def client(offset: int) -> None:
        for i in range(per_client):
            url = targets[(offset + i) % len(targets)]
            started = time.perf_counter()
            try:
                fetch(url)
                ok = True
            except Exception:  # noqa: BLE001  (any failure is an error of the server under load)
                ok = False
            took = time.perf_counter() - started
            with lock:
                latencies.append(took)
                errors[0] += not ok

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {"requests": len(ordered), "errors": errors[0], "p50": statistics.median(ordered),
            "p95": ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], "rps": len(ordered) / wall}


def prepared_data(explicit: str | None) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    if explicit:
        return Path(explicit), None
    folder = tempfile.TemporaryDirectory(prefix="raadslens-load-")
    data = Path(folder.name) / "data"
    subprocess.run([sys.executable, "-c", "from web.cli import main; main()", "--data", str(data), "ingest",
                    str(ROOT / "corpus")], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return data, folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", help="data folder to serve (default: corpus/ ingested into a temporary folder)")
    parser.add_argument("--requests", type=int, default=10, help="requests per client and level (default 10)")
    parser.add_argument("--threads", type=int, default=8, help="threads of the production server (default 8)")
    options = parser.parse_args()
    data, keep = prepared_data(options.data)
    results: dict[tuple[str, int], dict] = {}
    try:
        for name, production in (("ontwikkel", False), ("productie", True)):
            process, base = start(data, production, options.threads)
            try:
                targets = urls(base)
                for url in targets * 4:  # warm up every process: first figure page, memoised findings
                    fetch(url)
                for clients in CLIENTS:
                    results[(name, clients)] = run_level(targets, clients, options.requests)
            finally:
                process.terminate()
                process.wait(timeout=10)
    finally:
        if keep is not None:
            keep.cleanup()
    print(f"{'clients':>7} | {'server':<10} | {'requests':>8} | {'errors':>6} | {'p50 ms':>7} | {'p95 ms':>7} | "
          f"{'req/s':>6}")
    print("-" * 70)
    for clients in CLIENTS:
        for name in ("ontwikkel", "productie"):
            r = results[(name, clients)]
            print(f"{clients:>7} | {name:<10} | {r['requests']:>8} | {r['errors']:>6} | {r['p50'] * 1000:>7.0f} | "
                  f"{r['p95'] * 1000:>7.0f} | {r['rps']:>6.1f}")


if __name__ == "__main__":
    main()
