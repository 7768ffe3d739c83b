"""Parley from Python: a store's tables, story, timelines and negotiations as pandas DataFrames.

    import parley
    db = parley.open("parley.sqlite")        # or "postgresql://..."
    db.events()                              # one row per event as one article tells it
    db.story_events()                        # one row per real-world event
    db.timeline(actor="RUS")                 # dated story events involving Russia's side
    db.negotiations()                        # demands, proposals, ..., commitments

Every method reads the store afresh, so a notebook sees articles added by ``parley run`` since.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from parley.store import Store
from parley.store.schema import ActorRow, ArticleRow, AttributionRow, EventRow, MentionRow
from parley.story import sides

# The columns of each table, in order: what the README documents and the exports write.
COLUMNS = {
    "articles": ["id", "title", "published", "outlet", "url", "origin", "text"],
    "actors": ["id", "name", "type", "country"],
    "mentions": ["article_id", "actor_id", "start", "end", "text"],
    "attributions": [
        "article_id",
        "idx",
        "kind",
        "source_text",
        "source_actor",
        "cue_text",
        "content_text",
        "channel_text",
        "channel_actor",
    ],
    "events": [
        "article_id",
        "idx",
        "type",
        "subtype",
        "mode",
        "source_actor",
        "target_actor",
        "date",
        "date_text",
        "place_name",
        "place_country",
        "lat",
        "lon",
        "evidence_start",
        "evidence_end",
        "evidence_text",
        "attribution_idx",
    ],
    "story_events": [
        "id",
        "type",
        "mode",
        "source",
        "target",
        "date",
        "place_name",
        "place_country",
        "reports",
        "articles",
        "outlets",
        "disagreements",
        "what",
    ],
    "reports": [
        "story_event_id",
        "article_id",
        "outlet",
        "published",
        "mode",
        "date",
        "evidence_start",
        "evidence_end",
        "evidence_text",
    ],
    "negotiations": [
        "parties",
        "mediators",
        "kind",
        "by",
        "to",
        "what",
        "date",
        "deadline",
        "status",
        "articles",
    ],
}


def _text(span: dict | None) -> str | None:
    return span.get("text") if span else None


class Database:
    """A Parley store opened for reading into DataFrames."""

    def __init__(self, db: str | Path | Store) -> None:
        self.store = db if isinstance(db, Store) else Store(db)

    def close(self) -> None:
        self.store.close()

    def _rows(self, query) -> list:
        with Session(self.store.engine) as session:
            return list(session.scalars(query))

    def articles(self) -> pd.DataFrame:
        rows = self._rows(select(ArticleRow).order_by(ArticleRow.id))
        return _frame("articles", [{c: getattr(r, c) for c in COLUMNS["articles"]} for r in rows])

    def actors(self) -> pd.DataFrame:
        rows = self._rows(select(ActorRow).order_by(ActorRow.id))
        return _frame("actors", [{c: getattr(r, c) for c in COLUMNS["actors"]} for r in rows])

    def mentions(self) -> pd.DataFrame:
        rows = self._rows(select(MentionRow).order_by(MentionRow.article_id, MentionRow.start))
        return _frame("mentions", [{c: getattr(r, c) for c in COLUMNS["mentions"]} for r in rows])

    def attributions(self) -> pd.DataFrame:
        rows = self._rows(
            select(AttributionRow).order_by(AttributionRow.article_id, AttributionRow.idx)
        )
        return _frame(
            "attributions",
            [
                {
                    "article_id": r.article_id,
                    "idx": r.idx,
                    "kind": r.kind,
                    "source_text": _text(r.source),
                    "source_actor": r.source_actor,
                    "cue_text": _text(r.cue),
                    "content_text": r.content_text,
                    "channel_text": _text(r.channel),
                    "channel_actor": r.channel_actor,
                }
                for r in rows
            ],
        )

    def events(self) -> pd.DataFrame:
        rows = self._rows(select(EventRow).order_by(EventRow.article_id, EventRow.idx))
        return _frame(
            "events",
            [
                {
                    "article_id": r.article_id,
                    "idx": r.idx,
                    "type": r.type,
                    "subtype": r.subtype,
                    "mode": r.mode,
                    "source_actor": r.source_actor,
                    "target_actor": r.target_actor,
                    "date": r.event_date,
                    "date_text": r.date_text,
                    "place_name": r.place_name,
                    "place_country": r.place_country,
                    "lat": r.lat,
                    "lon": r.lon,
                    "evidence_start": min(s for s, _ in r.evidence["spans"]),
                    "evidence_end": max(e for _, e in r.evidence["spans"]),
                    "evidence_text": r.evidence.get("text"),
                    "attribution_idx": r.attribution_idx,
                }
                for r in rows
            ],
        )

    def story(self) -> dict:
        """The story as ``parley story`` writes it (the contract's STORY.json)."""
        return self.store.story()

    def story_events(self) -> pd.DataFrame:
        return _frame("story_events", [_story_row(e) for e in self.story()["events"]])

    def reports(self) -> pd.DataFrame:
        rows = []
        for e in self.story()["events"]:
            for r in e["reports"]:
                spans = r["evidence"]["spans"]
                rows.append(
                    {
                        "story_event_id": e["id"],
                        "article_id": r["article"],
                        "outlet": r.get("outlet"),
                        "published": r.get("published"),
                        "mode": r.get("mode"),
                        "date": r.get("date"),
                        "evidence_start": min(s for s, _ in spans),
                        "evidence_end": max(t for _, t in spans),
                        "evidence_text": r["evidence"].get("text"),
                    }
                )
        return _frame("reports", rows)

    def unknown_sides(self, names: list[str]) -> list[str]:
        """Those of ``names`` that are neither a stored actor's id nor a side one is on."""
        side = sides(self._rows(select(ActorRow)))
        known = set(side) | set(side.values())
        return [n for n in names if n not in known]

    def timeline(self, actor: str | None = None, pair: tuple[str, str] | None = None):
        """Dated story events in order, with their sources; only those involving ``actor``'s
        side, or both sides of ``pair``, when given (actor ids or ISO country codes)."""
        side = sides(self._rows(select(ActorRow)))
        frame = self.story_events()
        frame = frame[frame["date"].notna()]

        def side_of(a):
            return side.get(a, a) if isinstance(a, str) else None

        if actor is not None:
            want = side_of(actor)
            frame = frame[
                frame.apply(lambda r: want in {side_of(r.source), side_of(r.target)}, axis=1)
            ]
        if pair is not None:
            a, b = side_of(pair[0]), side_of(pair[1])
            frame = frame[
                frame.apply(lambda r: {side_of(r.source), side_of(r.target)} == {a, b}, axis=1)
            ]
        return frame.sort_values(["date", "id"]).reset_index(drop=True)

    def negotiations(self) -> pd.DataFrame:
        rows = []
        for n in self.story()["negotiations"]:
            for item in n["items"]:
                rows.append(
                    {
                        "parties": ",".join(n["parties"]),
                        "mediators": ",".join(n["mediators"]),
                        **{k: item[k] for k in ("kind", "by", "to", "what", "date", "deadline")},
                        "status": item["status"],
                        "articles": ",".join(dict.fromkeys(x["article"] for x in item["evidence"])),
                    }
                )
        return _frame("negotiations", rows)

    def table(self, name: str) -> pd.DataFrame:
        """One of the tables by name (the keys of ``COLUMNS``)."""
        if name not in COLUMNS:
            raise ValueError(f"no table {name!r}; the tables are {', '.join(COLUMNS)}")
        return getattr(self, name)()


def _story_row(e: dict) -> dict:
    articles = list(dict.fromkeys(r["article"] for r in e["reports"]))
    outlets = list(dict.fromkeys(r.get("outlet") or "" for r in e["reports"]))
    place = e.get("place") or {}
    return {
        "id": e["id"],
        "type": e["type"],
        "mode": e["mode"],
        "source": e["source"],
        "target": e["target"],
        "date": e["date"],
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "reports": len(e["reports"]),
        "articles": ",".join(articles),
        "outlets": ",".join(o for o in outlets if o),
        "disagreements": ",".join(d["field"] for d in e["disagreements"]),
        # what happened, in the words of the first report
        "what": e["reports"][0]["evidence"].get("text", "") if e["reports"] else "",
    }


def _frame(name: str, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS[name])


def open_database(db: str | Path) -> Database:
    """Open a Parley store (a SQLite file or a database URL) for reading into DataFrames."""
    return Database(db)
