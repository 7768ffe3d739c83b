"""Corpus check: `parley run` and `parley story` over every article we can read, in several
random orders, into SQLite and PostgreSQL. It must end with no failure; it prints articles/s.

    python benchmarks/corpus_check.py                   # PolNeAR train + dev, the team's sets
    python benchmarks/corpus_check.py --orders 1 --limit 100 --no-postgres   # a quick pass

Each order is stored in two `parley run` calls (the first half, then the rest), so the second
run meets a store that already holds articles and a story. Checked after each order: every run
exits 0 with no traceback, every input is stored, `parley story` writes unique story-event ids,
the stored story is not stale, and the story is the same as the first order's (the story is a
function of the stored reports, whatever order they arrived in). PostgreSQL runs on pgserver's
bundled server (installed with the test extras).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# The team's own article sets: the bundled examples, the story set, dev and held-out reports.
TEAM_SETS = [
    ROOT / "src" / "parley" / "examples" / "articles.jsonl",
    ROOT / "benchmarks" / "story" / "articles.jsonl",
    ROOT / "benchmarks" / "dev" / "text",
    ROOT / "benchmarks" / "heldout" / "text",
]


def inputs(polnear: Path, limit: int | None) -> list[Path]:
    """Every PolNeAR train and dev text, one path each, then the team's sets (a JSON Lines
    file or a folder is one unit: its articles arrive together)."""
    texts = sorted((polnear / "train" / "text").glob("*.txt"))
    texts += sorted((polnear / "dev" / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    return texts + [p for p in TEAM_SETS if p.exists()]


def expected_articles(units: list[Path]) -> int:
    n = 0
    for unit in units:
        if unit.suffix == ".jsonl":
            n += sum(1 for line in unit.read_text("utf-8").splitlines() if line.strip())
        elif unit.is_dir():
            n += sum(1 for _ in unit.glob("*.txt"))
        else:
            n += 1
    return n


def parley(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley.cli", *args], capture_output=True, text=True, check=False
    )


def failed(proc: subprocess.CompletedProcess, what: str) -> str | None:
    if proc.returncode != 0 or "Traceback" in proc.stderr:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        return f"{what} exited {proc.returncode}:\n{tail}"
    return None


def story_shape(story: dict) -> list[tuple]:
    """What two stories must share: each story event's id, type, mode, sides, date and the
    evidence of its reports."""
    return sorted(
        (
            e["id"],
            e["type"],
            e["mode"],
            e["source"],
            e["target"],
            e["date"],
            tuple((r["article"], json.dumps(r["evidence"]["spans"])) for r in e["reports"]),
        )
        for e in story["events"]
    )


def check_order(units: list[Path], db: str, workdir: Path, label: str) -> tuple[dict, list]:
    """Run, story and check one order into ``db``; returns figures and problems."""
    problems = []
    half = len(units) // 2
    start = time.perf_counter()
    for k, part in enumerate((units[:half], units[half:]), start=1):
        proc = parley("run", *map(str, part), "--db", db)
        if problem := failed(proc, f"{label}: parley run (part {k})"):
            problems.append(problem)
    elapsed = time.perf_counter() - start
    out = workdir / f"{label}.story.json"
    proc = parley("story", "--db", db, "-o", str(out))
    if problem := failed(proc, f"{label}: parley story"):
        problems.append(problem)
        return {"seconds": elapsed}, problems
    story = json.loads(out.read_text("utf-8"))
    twice = [i for i, n in Counter(e["id"] for e in story["events"]).items() if n > 1]
    if twice:
        problems.append(f"{label}: story ids given twice: {twice[:5]}")

    from parley.store import Store

    store = Store(db)
    counts = store.counts()
    stale = store.story_stale()
    store.close()
    if stale:
        problems.append(f"{label}: the stored story is stale after the run")
    figures = {
        "seconds": elapsed,
        "articles": counts["articles"],
        "events": counts["events"],
        "story_events": len(story["events"]),
        "shape": story_shape(story),
    }
    return figures, problems


def postgres_urls(workdir: Path, n: int):
    """A pgserver PostgreSQL server and ``n`` fresh databases on it."""
    os.environ.setdefault("XDG_RUNTIME_DIR", str(workdir / "run"))
    (workdir / "run").mkdir(mode=0o700, exist_ok=True)
    import pgserver

    server = pgserver.get_server(workdir / "pg", cleanup_mode="stop")
    urls = []
    for k in range(n):
        server.psql(f"CREATE DATABASE corpus_{k};")
        urls.append(server.get_uri().replace("/postgres?", f"/corpus_{k}?"))
    return server, urls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=SHARED / "data" / "polnear")
    parser.add_argument("--orders", type=int, default=3, help="random orders (default 3)")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--limit", type=int, help="only the first N PolNeAR texts")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    args = parser.parse_args()

    units = inputs(args.polnear, args.limit)
    expected = expected_articles(units)
    print(f"{len(units)} inputs, {expected} articles; {args.orders} orders", flush=True)
    rng = random.Random(args.seed)
    orders = []
    for _ in range(args.orders):
        order = list(units)
        rng.shuffle(order)
        orders.append(order)

    problems: list[str] = []
    shapes = []
    with tempfile.TemporaryDirectory(prefix="parley-corpus-") as tmp:
        workdir = Path(tmp)
        targets = [
            (f"sqlite-{k + 1}", str(workdir / f"order{k + 1}.sqlite"), o)
            for k, o in enumerate(orders)
        ]
        server = None
        if not args.no_postgres:
            server, urls = postgres_urls(workdir, len(orders))
            targets += [
                (f"postgres-{k + 1}", url, o)
                for k, (url, o) in enumerate(zip(urls, orders, strict=True))
            ]
        try:
            for label, db, order in targets:
                figures, found = check_order(order, db, workdir, label)
                problems += found
                if figures.get("articles") is not None and figures["articles"] != expected:
                    problems.append(
                        f"{label}: {figures['articles']} articles stored, {expected} expected"
                    )
                if "shape" in figures:
                    shapes.append((label, figures.pop("shape")))
                rate = figures.get("articles", 0) / figures["seconds"]
                print(
                    f"{label}: {figures.get('articles')} articles, {figures.get('events')} "
                    f"events, {figures.get('story_events')} story events; "
                    f"{figures['seconds']:.0f} s, {rate:.2f} articles/s",
                    flush=True,
                )
                for problem in found:
                    print(f"  PROBLEM {problem}", flush=True)
        finally:
            if server is not None:
                server.cleanup()
    if shapes:
        first_label, first = shapes[0]
        for label, shape in shapes[1:]:
            if shape != first:
                problems.append(f"{label}: the story differs from {first_label}'s")
        same = all(shape == first for _, shape in shapes)
        print(f"stories identical across orders and stores: {'yes' if same else 'NO'}")
    print("corpus check: " + ("passed" if not problems else f"FAILED ({len(problems)} problems)"))
    for problem in problems:
        print(f"- {problem}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
