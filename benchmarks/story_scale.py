"""The store and the story at scale: synthetic article records stored and merged.

    python benchmarks/story_scale.py [--sizes 1000 3000 10000] [--backends sqlite postgresql]

Article records (what ``parley extract`` yields: actors, mentions and events with evidence)
are generated from templates, no language pipeline involved: a dozen parties negotiating and
fighting over a year, each article telling one to three events, many of them events other
articles tell too (the same meeting, a promise and its keeping). For each backend (SQLite in a
temporary file; PostgreSQL on a server pgserver starts) and each size, the records are stored one
transaction each (articles per second) and the story is built from the store (``parley story``'s
work: articles per second, and its fastest time over repeated runs). The last lines compare
the merge time's growth with n log n, and give the process's peak memory.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parley.model import Actor, Article, Event, Extraction, Place, Span  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.story import build_story  # noqa: E402

PARTIES = [
    ("ETH", "Ethiopia"),
    ("ERI", "Eritrea"),
    ("SDN", "Sudan"),
    ("EGY", "Egypt"),
    ("ARM", "Armenia"),
    ("AZE", "Azerbaijan"),
    ("YEM", "Yemen"),
    ("SAU", "Saudi Arabia"),
    ("COL", "Colombia"),
    ("VEN", "Venezuela"),
    ("IND", "India"),
    ("PAK", "Pakistan"),
]
CITIES = [
    ("Djibouti", "DJI", 11.59, 43.15),
    ("Geneva", "CHE", 46.2, 6.15),
    ("Doha", "QAT", 25.29, 51.53),
]
OUTLETS = ["Horn Trade Journal", "Red Sea Ledger", "Gulf Wire", "Andes Post"]
# (type, mode, sentence template): {a} acts, {b} is acted on, {day} the day it happened.
TEMPLATES = [
    ("CONSULT", "asserted", "{a} met {b} in {city} on {day} for talks on the border."),
    ("REQUEST", "asserted", "{a} demanded that {b} withdraw {n} troops from the border."),
    ("AGREE", "proposed", "{a} proposed a ceasefire of {n} days to {b}."),
    ("AGREE", "asserted", "{a} accepted the offer made by {b}."),
    ("REJECT", "asserted", "{a} rejected the terms set by {b}."),
    ("ACCUSE", "asserted", "{a} accused {b} of shelling {n} villages."),
    ("AGREE", "promised", "{a} promised {b} to release {n} prisoners by {day}."),
]
START = date(2026, 1, 5)
# The story is built at least this many times per size, and again until the runs add up to
# MERGE_SECONDS (small sizes run many times), and the fastest run is kept: the steady cost,
# without a garbage collection or another process on the machine deciding a small size's figure.
MERGE_REPEATS = 3
MERGE_SECONDS = 3.0
MAX_REPEATS = 20


def extraction(k: int, rng: random.Random, stories: int) -> Extraction:
    """One synthetic article: events drawn from ``stories`` recurring storylines, so that
    several articles tell each one (with dates a day apart and counts that may differ)."""
    sentences, events, mentions = [], [], {}
    offset = 0
    published = START + timedelta(days=rng.randrange(360))
    for _ in range(rng.randint(1, 3)):
        story = rng.randrange(stories)
        srng = random.Random(story)
        (a, a_name), (b, b_name) = srng.sample(PARTIES, 2)
        type_, mode, template = TEMPLATES[story % len(TEMPLATES)]
        day = START + timedelta(days=srng.randrange(360) + rng.choice((0, 0, 1)))
        city = CITIES[story % len(CITIES)]
        n = srng.choice((10, 20, 50)) + rng.choice((0, 0, 5))
        text = template.format(a=a_name, b=b_name, city=city[0], day=day.strftime("%A"), n=n)
        s = offset + (1 if sentences else 0)
        for code, name in ((a, a_name), (b, b_name)):
            at = text.index(name)
            mentions.setdefault(code, (name, []))[1].append((s + at, s + at + len(name)))
        sentences.append(text)
        offset = s + len(text)
        events.append((type_, mode, a, b, day, city, (s, s + len(text))))
    body = " ".join(sentences)
    article = Article(
        id=f"syn-{k:06d}", text=body, published=published, outlet=OUTLETS[k % len(OUTLETS)]
    )
    actors = [Actor(code, name, "country", code, spans) for code, (name, spans) in mentions.items()]
    records = [
        Event(
            type=type_,
            mode=mode,
            evidence=Span.of(body, span),
            source=a,
            target=b,
            date=day,
            place=Place(city[0], city[1], city[2], city[3]) if type_ == "CONSULT" else None,
        )
        for type_, mode, a, b, day, city, span in events
    ]
    return Extraction(article=article, actors=actors, events=records)


def build_store(db: Path | str, n: int) -> None:
    """``n`` synthetic articles stored one transaction each, and their story saved: the store
    ``benchmarks/web.py`` and ``benchmarks/story_incremental.py`` measure."""
    rng = random.Random(n)
    store = Store(db)
    for k in range(n):
        store.add(extraction(k, rng, stories=max(10, n // 4)))
    store.refresh_story(rebuild=True)
    store.close()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(url: str, n: int) -> tuple[float, float, float, int]:
    """Store ``n`` records and build the story: (store rate, merge rate, merge seconds, events)."""
    rng = random.Random(n)
    records = [extraction(k, rng, stories=max(10, n // 4)) for k in range(n)]
    store = Store(url)
    start = time.perf_counter()
    for ex in records:
        store.add(ex)
    stored = time.perf_counter() - start
    runs: list[float] = []
    while len(runs) < MERGE_REPEATS or (sum(runs) < MERGE_SECONDS and len(runs) < MAX_REPEATS):
        start = time.perf_counter()
        story = build_story(store.story_input())
        runs.append(time.perf_counter() - start)
    merged = min(runs)
    store.close()
    return n / stored, n / merged, merged, len(story["events"])


def postgres_url(folder: Path, n: int, server):
    name = f"scale_{n}_{os.getpid()}"
    server.psql(f"CREATE DATABASE {name};")
    return server.get_uri().replace("/postgres?", f"/{name}?")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args(argv)
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = None
        if "postgresql" in args.backends:
            os.environ.setdefault("XDG_RUNTIME_DIR", str(folder))
            import pgserver

            server = pgserver.get_server(folder / "pg", cleanup_mode="stop")
        for backend in args.backends:
            times = {}
            for n in args.sizes:
                url = (
                    str(folder / f"scale-{n}.sqlite")
                    if backend == "sqlite"
                    else postgres_url(folder, n, server)
                )
                store_rate, merge_rate, merged, events = run(url, n)
                times[n] = merged
                print(
                    f"{backend} n={n}: store {store_rate:.0f} articles/s, story {merge_rate:.0f} "
                    f"articles/s ({merged:.2f} s, {events} story events)"
                )
            lo, hi = min(times), max(times)
            growth = times[hi] / times[lo]
            nlogn = (hi * math.log(hi)) / (lo * math.log(lo))
            print(
                f"{backend}: merge time grew {growth:.1f}x from {lo} to {hi} articles "
                f"(n log n: {nlogn:.1f}x)"
            )
            summary.append(f"{backend}_merge_growth={growth:.2f} {backend}_nlogn={nlogn:.2f}")
            summary += [f"{backend}_merge_s_{n}={t:.2f}" for n, t in times.items()]
        if server is not None:
            server.cleanup()
    print(f"peak memory {peak_mb():.0f} MB")
    print(" ".join(summary) + f" peak_mb={peak_mb():.0f}")


if __name__ == "__main__":
    main()
