"""The story's update after a run against its full rebuild, on a large store.

    python benchmarks/story_incremental.py [--articles 10000] [--added 100] [--store FILE]

A SQLite store of ``--articles`` synthetic article records (``story_scale.extraction``: a dozen
parties over a year, events several articles tell) with its story saved is made (or
``--store``, such a store, is copied); ``--added`` more articles are stored, then timed: the
story's update that `parley run` does after storing them (``Store.refresh_story()``), and
the full rebuild of ``parley story --rebuild`` (``refresh_story(rebuild=True)``) on the same
articles. The two stored stories (the story tables and STORY.json) are compared. Issue 22's goal:
the update under 10% of the rebuild, the stored stories equal.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parley.store import Store  # noqa: E402
from story_scale import extraction  # noqa: E402

# The story's own tables, compared row by row (row numbers aside).
STORY_TABLES = {
    "story_events": "select * from story_events order by id",
    "story_reports": "select story_event_id, article_id, idx, key, mode, date, evidence "
    "from story_reports order by story_event_id, article_id, evidence",
    "story_negotiations": "select * from story_negotiations order by rank",
    "story_articles": "select * from story_articles order by article_id",
    "story_sentences": "select side, day, article_id, start, end, negated, stems "
    "from story_sentences order by article_id, start, side",
}


def build(db: Path, n: int) -> None:
    """``n`` synthetic articles stored one transaction each, and their story saved (the
    store ``benchmarks/web.py`` measures)."""
    rng = random.Random(n)
    store = Store(db)
    for k in range(n):
        store.add(extraction(k, rng, stories=max(10, n // 4)))
    store.refresh_story(rebuild=True)
    store.close()


def stored_story(db: Path) -> tuple[dict, dict | None]:
    """The story's tables, row by row, and STORY.json as the store gives it."""
    con = sqlite3.connect(db)
    try:
        tables = {name: con.execute(query).fetchall() for name, query in STORY_TABLES.items()}
    finally:
        con.close()
    store = Store(db)
    try:
        return tables, store.stored_story()
    finally:
        store.close()


def timed(db: Path, rebuild: bool) -> float:
    store = Store(db)
    start = time.perf_counter()
    how = store.refresh_story(rebuild=rebuild)
    seconds = time.perf_counter() - start
    store.close()
    assert how == ("rebuilt" if rebuild else "updated"), how
    return seconds


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--added", type=int, default=100)
    parser.add_argument("--store", type=Path, help="a store build() made, copied (not changed)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "story.sqlite"
        if args.store:
            shutil.copy(args.store, db)
            Store(db).refresh_story()  # a store kept by an older Parley: its parts first
        else:
            build(db, args.articles)
        store = Store(db)
        n = store.counts()["articles"]
        # the added articles tell the store's own storylines (a store of n articles has n // 4)
        rng = random.Random(n + 1)
        for k in range(n, n + args.added):
            store.add(extraction(k, rng, stories=max(10, n // 4)))
        store.close()
        update = timed(db, rebuild=False)
        updated = stored_story(db)
        rebuild = timed(db, rebuild=True)
        rebuilt = stored_story(db)
    same = updated == rebuilt
    print(
        f"{n} articles + {args.added}: story update {update:.2f} s, full rebuild {rebuild:.2f} s "
        f"({update / rebuild:.0%} of it; goal under 10%); stored stories equal: {same}"
    )
    print(f"update_s={update:.2f} rebuild_s={rebuild:.2f} ratio={update / rebuild:.2f} same={same}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
