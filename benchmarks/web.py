"""The web application under load: p50 and p95 latency of its pages and JSON twins on a
10,000-article store, with many clients at once on the loopback.

    python benchmarks/web.py [--articles 10000] [--clients 50] [--requests 1000] [--workers N]

The store is made of synthetic article records (``benchmarks/story_scale.py``'s generator: a
dozen parties over a year, one to three events an article, many told by several articles), no
language pipeline involved, stored and its story saved as ``parley run`` does. A real ``parley
serve`` answers; ``--clients`` clients, each on its own keep-alive connection, send
``--requests`` GET requests per endpoint between them (a fixed count, not a fixed time). Latency
is measured per request from sending to the last byte of the body. The client runs on the same
machine and takes its share of the cores. "server ms" is the CPU time the server's processes
spent per request (Linux only), a figure that moves less than the latency when something else
shares the cores. The server runs with ``parley serve``'s own number
of processes (one per core) unless ``--workers`` is given.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from story_scale import build_store  # noqa: E402

# The goals issue 21 sets (milliseconds, p95, on 2 cores).
PAGE_GOAL_MS = 200
JSON_GOAL_MS = 100


def endpoints() -> list[tuple[str, str]]:
    """(label, path) for each endpoint measured."""
    article = "/articles/syn-000042"
    return [
        ("page: article list", "/articles"),
        ("page: article list, searched", "/articles?q=ceasefire"),
        ("page: an article", article),
        ("page: timeline of a pair", "/timeline?pair=ETH,ERI"),
        ("json: article list", "/articles.json"),
        ("json: an article", article + ".json"),
        ("json: timeline of a pair", "/timeline.json?pair=ETH,ERI"),
    ]


async def _get(reader, writer, host: str, path: str) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def load(port: int, path: str, clients: int, requests: int) -> list[float]:
    """Send ``requests`` GETs of ``path`` from ``clients`` connections; their latencies (ms)."""
    latencies: list[float] = []
    left = [requests]
    host = f"127.0.0.1:{port}"

    async def client() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while left[0] > 0:
            left[0] -= 1
            start = time.perf_counter()
            status = await _get(reader, writer, host, path)
            latencies.append((time.perf_counter() - start) * 1000)
            if status != 200:
                raise RuntimeError(f"{path}: status {status}")
        writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies


def server_cpu(pid: int) -> float | None:
    """Seconds of CPU the process ``pid`` and its descendants have used (None off Linux)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / tick  # utime and stime
    below = [server_cpu(int(c)) for c in children]
    return None if None in below else own + sum(below)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, workers: int | None) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "parley.cli", "serve", "--db", str(db), "--port", str(port)]
    if workers is not None:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/index.json", timeout=30)
            return process, port
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("parley serve did not start within 60 s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="per endpoint")
    parser.add_argument(
        "--workers", type=int, help="parley serve --workers (default: parley serve's own)"
    )
    parser.add_argument(
        "--store", type=Path, help="keep the store in this file (built when missing, else reused)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.store or Path(tmp) / "web.sqlite"
        if not db.exists():
            start = time.perf_counter()
            build_store(db, args.articles)
            print(f"store: {args.articles} articles in {time.perf_counter() - start:.0f} s")
        process, port = serve(db, args.workers)
        try:
            processes = (
                f"{args.workers} server process(es)"
                if args.workers
                else "parley serve's default number of processes (one per core)"
            )
            print(
                f"{args.clients} clients, {args.requests} requests per endpoint, {processes}, "
                f"{os.cpu_count()} cores"
            )
            print(
                f"{'endpoint':32} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'server ms':>9}"
                "  goal p95"
            )
            for label, path in endpoints():
                asyncio.run(load(port, path, args.clients, args.clients))  # warm up
                began, cpu = time.perf_counter(), server_cpu(process.pid)
                ms = asyncio.run(load(port, path, args.clients, args.requests))
                rate = len(ms) / (time.perf_counter() - began)
                after = server_cpu(process.pid)
                spent = None if cpu is None or after is None else (after - cpu) / len(ms) * 1000
                p50 = statistics.median(ms)
                p95 = statistics.quantiles(ms, n=20)[-1]
                goal = JSON_GOAL_MS if label.startswith("json") else PAGE_GOAL_MS
                met = "met" if p95 < goal else "missed"
                server = f"{'':9}" if spent is None else f"{spent:9.2f}"
                print(f"{label:32} {p50:8.1f} {p95:8.1f} {rate:8.0f} {server}  < {goal} {met}")
        finally:
            process.terminate()
            process.wait(timeout=10)


if __name__ == "__main__":
    main()
