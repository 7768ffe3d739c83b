"""The story's update after a run against its full rebuild, on a large store.

    python benchmarks/story_incremental.py [--articles 10000] [--added 100] [--store FILE]
    python benchmarks/story_incremental.py --records RECORDS.jsonl --texts DIR [DIR ...]

A SQLite store of ``--articles`` synthetic article records (``story_scale.extraction``: a dozen
parties over a year, events several articles tell) with its story saved is made (or
``--store``, such a store, is copied); ``--added`` more articles are stored, then timed: the
story's update that `parley run` does after storing them (``Store.refresh_story()``), and
the full rebuild of ``parley story --rebuild`` (``refresh_story(rebuild=True)``) on the same
articles, in ``ROUNDS`` rounds, each adding the articles to a fresh copy of the stored store
(the median of the rounds' ratios is the figure). The two stored stories (the story tables and
STORY.json) are compared. Issue 22's goal: the update under 10% of the rebuild, the stored
stories equal.

With ``--records``, real news instead: the records ``parley extract`` wrote (the evaluation
contract's, e.g. ``parley extract ../shared/data/polnear/train/text/*.txt -o RECORDS.jsonl``)
with their articles' texts (``--texts``: ``ID.txt`` in one of the folders), in order of
publication (a record without a date takes the one its id holds, as PolNeAR's do:
``breitbart_2016-09-12_...``); all but the last ``--added`` are stored and their story saved,
then the last are stored and timed as above: each batch of real news brings actors the story
did not know, and changes the side of some it knew.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parley.model import (  # noqa: E402
    Actor,
    Article,
    Attribution,
    Event,
    Extraction,
    Place,
    Span,
)
from parley.store import Store  # noqa: E402
from story_scale import build_store, extraction  # noqa: E402

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


def _span(part: dict | None) -> Span | None:
    return Span(tuple(tuple(p) for p in part["spans"]), part["text"]) if part else None


def record_extraction(record: dict, text: str) -> Extraction:
    """An ``Extraction`` from a record ``parley extract`` wrote, and its article's text."""
    published = record.get("published")
    if published is None and (found := re.search(r"\d{4}-\d\d-\d\d", record["id"])):
        published = found.group(0)
    article = Article(
        id=record["id"],
        text=text,
        title=record.get("title"),
        published=dt.date.fromisoformat(published) if published else None,
        outlet=record.get("outlet"),
        url=record.get("url"),
    )
    actors = [
        Actor(a["id"], a["name"], a["type"], a.get("country"), [tuple(m) for m in a["mentions"]])
        for a in record["actors"]
    ]
    attributions = [
        Attribution(
            kind=a["kind"],
            source=_span(a["source"]),
            cue=_span(a["cue"]),
            content=_span(a["content"]),
            source_actor=(a["source"] or {}).get("actor"),
            channel=_span(a["channel"]),
            channel_actor=(a["channel"] or {}).get("actor"),
        )
        for a in record["attributions"]
    ]
    events = [
        Event(
            type=e["type"],
            mode=e["mode"],
            evidence=_span(e["evidence"]),
            source=e["source"],
            target=e["target"],
            date=dt.date.fromisoformat(e["date"]) if e["date"] else None,
            place=Place(**e["place"]) if e["place"] else None,
            attribution=e["attribution"],
            subtype=e.get("subtype"),
            contexts=e.get("contexts") or [],
            date_text=e.get("date_text"),
        )
        for e in record["events"]
    ]
    return Extraction(article, actors, attributions, events)


def real_news(records: Path, texts: list[Path]) -> list[Extraction]:
    """``records``' extractions in order of publication (undated last), then of id."""
    out = []
    for line in records.read_text("utf-8").splitlines():
        record = json.loads(line)
        [path] = [p for folder in texts if (p := folder / f"{record['id']}.txt").exists()]
        text = path.read_text("utf-8")
        out.append(record_extraction(record, text))
    out.sort(key=lambda ex: (ex.article.published or dt.date.max, ex.article.id))
    return out


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


# Rounds of the synthetic figure (an update and a rebuild each, on copies of one store).
ROUNDS = 3


def _count(db: Path) -> int:
    store = Store(db)
    try:
        return store.counts()["articles"]
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
    parser.add_argument(
        "--store", type=Path, help="a store build_store() made, copied (not changed)"
    )
    parser.add_argument("--records", type=Path, help="records parley extract wrote: real news")
    parser.add_argument(
        "--texts", type=Path, nargs="+", help="with --records: the folders of ID.txt texts"
    )
    args = parser.parse_args(argv)
    if args.records:
        return real(args.records, args.texts, args.added)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "story.sqlite"
        if args.store:
            shutil.copy(args.store, db)
            Store(db).refresh_story()  # a store kept by an older Parley: its parts first
        else:
            build_store(db, args.articles)
        n = _count(db)
        # each round adds the same articles to a fresh copy of the stored store, as a run
        # stores them, then times the update and the rebuild: one round's pair is seconds
        # apart, so a busy moment moves both
        ratios, updates, rebuilds, same = [], [], [], True
        for k in range(ROUNDS):
            copy = Path(tmp) / f"round{k}.sqlite"
            shutil.copy(db, copy)
            store = Store(copy)
            # the added articles tell the store's own storylines (n articles have n // 4)
            rng = random.Random(n + 1)
            for i in range(n, n + args.added):
                store.add(extraction(i, rng, stories=max(10, n // 4)))
            store.close()
            updates.append(timed(copy, rebuild=False))
            updated = stored_story(copy)
            rebuilds.append(timed(copy, rebuild=True))
            same = same and updated == stored_story(copy)
            ratios.append(updates[-1] / rebuilds[-1])
    update, rebuild, ratio = (sorted(v)[len(v) // 2] for v in (updates, rebuilds, ratios))
    print(
        f"{n} articles + {args.added}: story update {update:.2f} s, full rebuild {rebuild:.2f} s "
        f"({ratio:.1%} of it, the median of {ROUNDS} rounds' ratios "
        f"{', '.join(f'{r:.3f}' for r in ratios)}; goal under 10%); stored stories equal: {same}"
    )
    print(f"update_s={update:.3f} rebuild_s={rebuild:.3f} ratio={ratio:.3f} same={same}")
    if not same:
        sys.exit(1)


def _sides(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("select actor_id, side from story_sides").fetchall())
    finally:
        con.close()


def real(records: Path, texts: list[Path], added: int) -> None:
    """The update after the last ``added`` of ``records`` (real news) against the rebuild."""
    extractions = real_news(records, texts)
    old, new = extractions[:-added], extractions[-added:]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "story.sqlite"
        store = Store(db)
        for ex in old:
            store.add(ex)
        store.refresh_story(rebuild=True)
        known = {a for ex in old for a in (x.id for x in ex.actors)}
        for ex in new:
            store.add(ex)
        store.close()
        brought = {x.id for ex in new for x in ex.actors} - known
        saved = _sides(db)
        store = Store(db)
        start = time.perf_counter()
        how = store.refresh_story()
        update = time.perf_counter() - start
        store.close()
        now = _sides(db)
        resided = sum(now.get(a) != who for a, who in saved.items())
        updated = stored_story(db)
        rebuild = timed(db, rebuild=True)
        rebuilt = stored_story(db)
    same = updated == rebuilt
    print(
        f"{len(old)} articles of real news + {len(new)} (bringing {len(brought)} new actors, "
        f"changing the side of {resided} known): "
        f"story {how} in {update:.2f} s, full rebuild {rebuild:.2f} s "
        f"({update / rebuild:.0%} of it); stored stories equal: {same}"
    )
    print(
        f"how={how} update_s={update:.2f} rebuild_s={rebuild:.2f} "
        f"ratio={update / rebuild:.3f} same={same} new_actors={len(brought)} resided={resided}"
    )
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
