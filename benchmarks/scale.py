"""`parley run` at scale: articles per second with 1 and 2 worker processes and on a Dask
LocalCluster, and the parent's peak memory at two corpus sizes.

    python benchmarks/scale.py                       # 300 articles: a few minutes on 2 cores
    python benchmarks/scale.py --articles 2000       # the issue's corpus
    python benchmarks/scale.py --articles 500 --memory-articles 500 5000 --no-dask
    python benchmarks/scale.py --articles 2000 --memory-articles 500 10000  # 10,000 timed

The corpus is the bundled examples and the team's dev and held-out reports, repeated with new
ids to ``--articles``, in one JSON Lines file. Each figure is one `parley run` into a new
SQLite file, timed from start to exit (loading the pipeline, extracting, storing, the story):
what a user waits for. The parent's peak memory is its resident high-water mark (VmHWM in
/proc), read while it runs; the worker processes are not counted (each holds one pipeline).
It includes the story's steps (`--story-every`, default every 1,000 articles stored, and at
the end). After each run the stored counts are compared with the one-process run's.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "src" / "parley" / "examples" / "articles.jsonl",
    ROOT / "benchmarks" / "dev" / "text",
    ROOT / "benchmarks" / "heldout" / "text",
]
TABLES = ("articles", "mentions", "attributions", "events", "story_events")


def base_records() -> list[dict]:
    """The team's articles as JSON Lines records (id, text, and published when known)."""
    records = []
    for source in SOURCES:
        if source.suffix == ".jsonl":
            records += [json.loads(line) for line in source.read_text("utf-8").splitlines()]
        else:
            for path in sorted(source.glob("*.txt")):
                records.append({"id": path.stem, "text": path.read_text("utf-8")})
    return records


def write_corpus(path: Path, size: int) -> Path:
    """``size`` articles: the team's, repeated, each copy with new ids."""
    records = base_records()
    with path.open("w", encoding="utf-8") as fh:
        for k in range(size):
            record = records[k % len(records)]
            fh.write(json.dumps({**record, "id": f"{record['id']}-{k}"}) + "\n")
    return path


def peak_kb(pid: int) -> int | None:
    """The process's resident high-water mark so far, in kB (None once it has exited)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def timed_run(corpus: Path, db: Path, *options: str) -> tuple[float, int]:
    """Seconds one `parley run` of ``corpus`` took, and its parent process's peak memory in
    kB."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "parley.cli", "run", str(corpus), "--db", str(db)]
    start = time.perf_counter()
    process = subprocess.Popen(
        [*command, *options], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    peak = 0
    while process.poll() is None:
        peak = max(peak, peak_kb(process.pid) or 0)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    errors = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        sys.exit(f"parley run {' '.join(options)} failed:\n{errors}")
    return seconds, peak


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="corpus size (default 300)")
    parser.add_argument(
        "--memory-articles",
        type=int,
        nargs=2,
        metavar=("SMALL", "LARGE"),
        help="two corpus sizes for the parent's peak memory with 2 workers (default: "
        "--articles and 4 times it)",
    )
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster")
    args = parser.parse_args()
    small, large = args.memory_articles or (args.articles, 4 * args.articles)
    print(f"cores available: {len(os.sched_getaffinity(0))}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = write_corpus(folder / "corpus.jsonl", args.articles)
        rates = {}
        reference = None
        runs = [("--workers 1", ["--workers", "1"]), ("--workers 2", ["--workers", "2"])]
        if not args.no_dask:
            runs.append(("--dask local --workers 2", ["--dask", "local", "--workers", "2"]))
        for k, (label, options) in enumerate(runs):
            db = folder / f"run{k}.sqlite"
            seconds, peak = timed_run(corpus, db, *options)
            rates[label] = args.articles / seconds
            stored = counts(db)
            reference = reference or stored
            same = "same records" if stored == reference else f"DIFFERENT counts {stored}"
            print(
                f"{label:<26} {args.articles} articles in {seconds:6.1f} s: "
                f"{rates[label]:5.1f} articles/s, parent peak {peak / 1024:5.0f} MB, {same}"
            )
        one, two = rates["--workers 1"], rates["--workers 2"]
        print(f"speed-up 1 -> 2 workers: {two / one:.2f}x (goal: at least 1.7x)")
        if "--dask local --workers 2" in rates:
            dask = rates["--dask local --workers 2"]
            print(f"Dask LocalCluster / --workers 2: {dask / two:.2f} (goal: at least 0.85)")
        peaks = []
        for size in (small, large):
            sized = write_corpus(folder / f"corpus{size}.jsonl", size)
            seconds, peak = timed_run(sized, folder / f"memory{size}.sqlite", "--workers", "2")
            peaks.append(peak)
            print(
                f"--workers 2, {size:>6} articles in {seconds / 60:5.1f} min: parent peak "
                f"{peak / 1024:5.0f} MB"
            )
        print(
            f"parent peak memory {large} / {small} articles: {peaks[1] / peaks[0]:.2f} "
            "(goal: within 1.2)"
        )


if __name__ == "__main__":
    main()
