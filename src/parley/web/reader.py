"""What each page shows, read from the store as plain JSON-ready dicts (the JSON twins return
them as they are; the templates render them).

Bad input raises ``BadRequest`` and a missing record ``NotFound``, each with a message a
reader can act on; the application turns them into 400 and 404.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, and_, bindparam, exists, func, or_, select, text
from sqlalchemy.orm import Session

from parley.model import Actor
from parley.store import read_story_input
from parley.store.schema import (
    ActorRow,
    ArticleRow,
    AttributionRow,
    EventRow,
    MentionRow,
    Meta,
    StoryReportRow,
)
from parley.store.story import STORY_SAVED_AT, assemble, like_literal
from parley.story import build_story, sides
from parley.web.store import has_sqlite_search

MAX_LIMIT = 500
# How long a page may show the story as it was before `parley run` stored more (seconds).
RECHECK_SECONDS = 1.0
# How many timelines and negotiation views are kept computed.
MEMO_SIZE = 256
# How many of an actor's statements and acts its page lists (the JSON says how many there are).
ACTOR_ROWS = 200
# Characters of context either side of a search hit in the article list.
SNIPPET_CHARS = 90
# How many actors the article list offers as filter suggestions (the most mentioned).
ACTOR_CHOICES = 300
# The same English configuration the PostgreSQL index (store migration 0006) is built with.
PG_SEARCH = "to_tsvector('english', coalesce(articles.title, '') || ' ' || articles.text)"
# From this many matches on, a SQLite search reads the articles in list order (the index of
# store migration 0007) and keeps the matches, instead of looking each match up and sorting
# them all: 2,605 matches of 10,000 articles 1.4 -> 0.4 ms, while a word in no article costs
# a scan of the index (0.7 ms), which is why few matches are still looked up one by one.
ORDERED_SCAN_MATCHES = 500
# The columns of an article's events and attributions, named as the ORM rows name them (so
# that ``_event`` and ``_attribution`` read either).
EVENT_COLUMNS = (
    EventRow.article_id,
    EventRow.idx,
    EventRow.type,
    EventRow.subtype,
    EventRow.mode,
    EventRow.source_actor,
    EventRow.target_actor,
    EventRow.event_date.label("event_date"),
    EventRow.date_text,
    EventRow.place_name,
    EventRow.place_country,
    EventRow.lat,
    EventRow.lon,
    EventRow.evidence,
    EventRow.attribution_idx,
)
ATTRIBUTION_COLUMNS = (
    AttributionRow.article_id,
    AttributionRow.idx,
    AttributionRow.kind,
    AttributionRow.source,
    AttributionRow.source_actor,
    AttributionRow.cue,
    AttributionRow.content,
    AttributionRow.content_text,
    AttributionRow.channel,
    AttributionRow.channel_actor,
)


class ArticleQueries:
    """The queries of an article page, built once: SQLAlchemy reuses a statement's compiled
    form either way, but matches a new statement object's columns to it on every call
    (41 column comparisons an article page, half of its time in SQLAlchemy)."""

    article = select(
        ArticleRow.id,
        ArticleRow.title,
        ArticleRow.published,
        ArticleRow.outlet,
        ArticleRow.url,
        ArticleRow.text,
    ).where(ArticleRow.id == bindparam("article_id"))
    mentions = (
        select(MentionRow.start, MentionRow.end, MentionRow.actor_id, MentionRow.text)
        .where(MentionRow.article_id == bindparam("article_id"))
        .order_by(MentionRow.start)
    )
    attributions = (
        select(*ATTRIBUTION_COLUMNS)
        .where(AttributionRow.article_id == bindparam("article_id"))
        .order_by(AttributionRow.idx)
    )
    events = (
        select(*EVENT_COLUMNS)
        .where(EventRow.article_id == bindparam("article_id"))
        .order_by(EventRow.idx)
    )
    reports = select(StoryReportRow.story_event_id, StoryReportRow.evidence).where(
        StoryReportRow.article_id == bindparam("article_id")
    )


class BadRequest(ValueError):
    """The request names something that cannot be shown; the message says what to give."""


class NotFound(LookupError):
    """The record asked for is not in the store."""


@dataclass(frozen=True)
class ArticleFilters:
    q: str | None = None
    outlet: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    type: str | None = None
    pair: str | None = None
    limit: int = 50
    offset: int = 0


@dataclass
class _Derived:
    """What is computed once per state of the store: the story, sides, names, choices."""

    version: tuple
    story: dict
    side: dict[str, str]
    actors: dict[str, dict]
    events_by_id: dict[str, dict]
    choices: dict
    # answers computed from the story alone (timelines, negotiations), by question
    memo: dict = field(default_factory=dict)

    def remember(self, key: tuple, compute):
        """``compute()``, kept for this state of the store (at most MEMO_SIZE answers)."""
        if key not in self.memo:
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = compute()
        return self.memo[key]


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def search_terms(q: str) -> list[str]:
    """The words and quoted phrases of a search, in order."""
    return [a or b for a, b in re.findall(r'"([^"]+)"|([^\s"]+)', q) if (a or b).strip()]


def fts_query(terms: list[str]) -> str:
    """An FTS5 query that matches every term as a phrase: user input never reaches FTS5's own
    syntax (AND, NEAR, column filters, stray quotes)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def snippet(body: str, terms: list[str]) -> dict | None:
    """The text around the first term found in ``body``: before, match and after."""
    lower = body.lower()
    hits = [(lower.find(t.lower()), t) for t in terms]
    hits = [(i, t) for i, t in hits if i >= 0]
    if not hits:
        return None
    start, term = min(hits)
    end = start + len(term)
    before = body[max(0, start - SNIPPET_CHARS) : start]
    return {
        "before": ("…" if start > SNIPPET_CHARS else "") + before,
        "match": body[start:end],
        "after": body[end : end + SNIPPET_CHARS] + ("…" if end + SNIPPET_CHARS < len(body) else ""),
    }


def parse_pair(pair: str) -> tuple[str, str]:
    parts = [p.strip() for p in pair.split(",") if p.strip()]
    if len(parts) != 2:
        raise BadRequest(f"pair {pair!r} is not two sides; write A,B (actor ids or ISO codes)")
    return parts[0], parts[1]


class Reader:
    """Every page's data, from one read-only engine (``parley.web.store.open_read_only``)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.sqlite_search = self.dialect == "sqlite" and has_sqlite_search(engine)
        self._derived: _Derived | None = None
        self._checked = 0.0
        self._lock = threading.Lock()

    # -- what is derived once per state of the store ------------------------------------------

    def _version(self, session: Session) -> tuple:
        """Changes whenever articles are stored or the story is saved again."""
        count, last = session.execute(
            select(func.count(), func.max(ArticleRow.stored_at)).select_from(ArticleRow)
        ).one()
        saved = session.scalar(select(Meta.value).where(Meta.key == STORY_SAVED_AT))
        stale = session.scalar(select(Meta.value).where(Meta.key == "story_stale"))
        return (count, str(last), str(saved), stale)

    def derived(self) -> _Derived:
        """The derived records, checked against the store at most every ``RECHECK_SECONDS``
        (every page asks for names and sides many times)."""
        current = self._derived
        now = time.monotonic()
        if current is not None and now - self._checked < RECHECK_SECONDS:
            return current
        with Session(self.engine) as session:
            version = self._version(session)
        self._checked = now
        if current is not None and current.version == version:
            return current
        with self._lock:
            if self._derived is None or self._derived.version != version:
                self._derived = self._derive(version)
                # the story of a large store is hundreds of thousands of long-lived objects:
                # kept out of the collector's passes, they no longer stall requests
                gc.collect()
                gc.freeze()
            return self._derived

    def _derive(self, version: tuple) -> _Derived:
        with Session(self.engine) as session:
            actor_rows = session.execute(
                select(ActorRow.id, ActorRow.name, ActorRow.type, ActorRow.country, ActorRow.role)
            ).all()
            story = self._stored_story(session, stale=version[3])
            outlets = sorted(
                o for o in session.scalars(select(ArticleRow.outlet).distinct()) if o is not None
            )
            types = sorted(session.scalars(select(EventRow.type).distinct()))
            top = session.execute(
                select(MentionRow.actor_id, func.count())
                .group_by(MentionRow.actor_id)
                .order_by(func.count().desc(), MentionRow.actor_id)
                .limit(ACTOR_CHOICES)
            ).all()
        actors = {
            r.id: {"id": r.id, "name": r.name, "type": r.type, "country": r.country, "role": r.role}
            for r in actor_rows
        }
        side = sides([Actor(r.id, r.name, r.type, r.country) for r in actor_rows])
        if story is None:
            story = build_story(read_story_input(self.engine))
        choices = {
            "outlets": outlets,
            "types": types,
            "actors": [{"id": a, "name": actors[a]["name"]} for a, _ in top if a in actors],
        }
        events = {e["id"]: e for e in story["events"]}
        return _Derived(version, story, side, actors, events, choices)

    @staticmethod
    def _stored_story(session: Session, stale: str | None) -> dict | None:
        """The story ``parley run`` saved, while it covers every stored article."""
        if stale != "0":
            return None
        return assemble(session.connection())

    def side_of(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        return self.derived().side.get(actor, actor)

    def _known_side(self, name: str) -> str:
        d = self.derived()
        if name in d.side:
            return d.side[name]
        if name in set(d.side.values()):
            return name
        raise BadRequest(
            f"no actor {name!r} in the store; give an actor id or an ISO country code as "
            "stored (see /actors)"
        )

    def pair_sides(self, pair: str) -> tuple[str, str]:
        a, b = parse_pair(pair)
        return self._known_side(a), self._known_side(b)

    def name(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        found = self.derived().actors.get(actor)
        return found["name"] if found else actor

    # -- overview -----------------------------------------------------------------------------

    def overview(self) -> dict:
        d = self.derived()
        with Session(self.engine) as session:
            counts = {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in (
                    ("articles", ArticleRow),
                    ("actors", ActorRow),
                    ("attributions", AttributionRow),
                    ("events", EventRow),
                )
            }
        counts["story_events"] = len(d.story["events"])
        counts["negotiations"] = len(d.story["negotiations"])
        return {
            "counts": counts,
            "negotiations": [self._negotiation_head(n) for n in d.story["negotiations"]],
            "actors": d.choices["actors"][:20],
            "latest": self.articles(ArticleFilters(limit=10))["articles"],
        }

    # -- articles -----------------------------------------------------------------------------

    def articles(self, f: ArticleFilters) -> dict:
        """One page of the articles ``f`` selects, newest first, with their total and the
        choices the filter form offers."""
        if not 1 <= f.limit <= MAX_LIMIT:
            raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")
        if f.since and f.until and f.since > f.until:
            raise BadRequest(f"since ({f.since}) is after until ({f.until})")
        conditions = self._article_conditions(f)
        terms = search_terms(f.q) if f.q else []
        if f.q and not terms:
            raise BadRequest("the search holds no words; give one or more words to look for")
        # the request's queries on one connection, without the ORM's session (0.13 against
        # 0.04 ms a query of an article's mentions: more than SQLite takes to answer it)
        with self.engine.connect() as conn:
            if terms:
                total = self._search_count(conn, conditions, terms)
                conditions.append(self._search_condition(terms, f.q or "", total))
                total = self._count(conn, conditions) if total is None else total
            else:
                total = self._count(conn, conditions)
            rows = self._page(conn, conditions, terms, f)
        items = [
            {
                "id": r[0],
                "title": r[1],
                "published": _iso(r[2]),
                "outlet": r[3],
                "url": r[4],
                "snippet": snippet(r[5], terms) if terms else None,
            }
            for r in rows
        ]
        filters = {k: v for k, v in vars(f).items() if k not in ("limit", "offset")}
        return {
            "total": total or 0,
            "limit": f.limit,
            "offset": f.offset,
            "filters": {k: (_iso(v) if isinstance(v, dt.date) else v) for k, v in filters.items()},
            "articles": items,
            "choices": self.derived().choices,
            "search": "full-text" if self.dialect != "sqlite" or self.sqlite_search else "scan",
        }

    def _search_count(self, conn: Connection, conditions: list, terms: list[str]) -> int | None:
        """The number of matches of a search alone in SQLite's index, without visiting the
        articles (10x); None when it must be counted with the other filters."""
        if not self.sqlite_search or conditions:
            return None
        return conn.scalar(
            text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :q"),
            {"q": fts_query(terms)},
        )

    @staticmethod
    def _count(conn: Connection, conditions: list) -> int:
        return conn.scalar(select(func.count()).select_from(ArticleRow).where(*conditions))

    @staticmethod
    def _page(conn: Connection, conditions: list, terms: list[str], f: ArticleFilters) -> list:
        """The rows of one page, newest first: id, title, published, outlet, url and, for a
        search, the text (for its snippet)."""
        columns = [
            ArticleRow.id,
            ArticleRow.title,
            ArticleRow.published,
            ArticleRow.outlet,
            ArticleRow.url,
        ]
        order = (ArticleRow.published.desc().nulls_last(), ArticleRow.id)
        if not terms:
            query = select(*columns, text("NULL")).where(*conditions)
            return conn.execute(query.order_by(*order).limit(f.limit).offset(f.offset)).all()
        # a search sorts only the matches' ids and dates, then reads the texts of one page
        # for their snippets (sorting whole texts made a common word's search 4x slower)
        ids = conn.scalars(
            select(ArticleRow.id)
            .where(*conditions)
            .order_by(*order)
            .limit(f.limit)
            .offset(f.offset)
        ).all()
        page = select(*columns, ArticleRow.text).where(ArticleRow.id.in_(ids))
        rows = {r[0]: r for r in conn.execute(page)}
        return [rows[i] for i in ids if i in rows]

    def _article_conditions(self, f: ArticleFilters) -> list:
        conditions: list = []
        if f.outlet:
            conditions.append(ArticleRow.outlet == f.outlet)
        if f.since:
            conditions.append(ArticleRow.published >= f.since)
        if f.until:
            conditions.append(ArticleRow.published <= f.until)
        if f.actor:
            if f.actor not in self.derived().actors:
                raise BadRequest(f"no actor {f.actor!r} in the store; see /actors for the ids")
            conditions.append(
                exists().where(
                    MentionRow.article_id == ArticleRow.id, MentionRow.actor_id == f.actor
                )
            )
        if f.type:
            conditions.append(
                exists().where(EventRow.article_id == ArticleRow.id, EventRow.type == f.type)
            )
        if f.pair:
            a, b = self.pair_sides(f.pair)
            on_a, on_b = self._members(a), self._members(b)
            conditions.append(
                exists().where(
                    EventRow.article_id == ArticleRow.id,
                    or_(
                        and_(EventRow.source_actor.in_(on_a), EventRow.target_actor.in_(on_b)),
                        and_(EventRow.source_actor.in_(on_b), EventRow.target_actor.in_(on_a)),
                    ),
                )
            )
        return conditions

    def _members(self, side: str) -> list[str]:
        """Every actor id on ``side`` (a state's officials and forces, or a group itself)."""
        return sorted({a for a, s in self.derived().side.items() if s == side} | {side})

    def _search_condition(self, terms: list[str], q: str, matches: int | None = None):
        """The condition that an article holds every term; ``matches``, when known, is how
        many do (in SQLite, many are read in list order rather than looked up)."""
        if self.dialect == "postgresql":
            return text(f"{PG_SEARCH} @@ websearch_to_tsquery('english', :q)").bindparams(q=q)
        if self.sqlite_search:
            # the unary + keeps SQLite from looking up each match by rowid
            ordered = "+" if matches is not None and matches >= ORDERED_SCAN_MATCHES else ""
            return text(
                f"{ordered}articles.rowid IN "
                "(SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q)"
            ).bindparams(q=fts_query(terms))
        # a store written before schema 6 and opened read-only has no index: scan the texts
        return and_(
            *[
                or_(
                    ArticleRow.text.ilike(f"%{like_literal(t)}%", escape="\\"),
                    ArticleRow.title.ilike(f"%{like_literal(t)}%", escape="\\"),
                )
                for t in terms
            ]
        )

    # -- one article --------------------------------------------------------------------------

    def article(self, article_id: str) -> dict:
        q = ArticleQueries
        with self.engine.connect() as conn:
            art = conn.execute(q.article, {"article_id": article_id}).first()
            if art is None:
                raise NotFound(f"no article {article_id!r} in the store")
            mentions = conn.execute(q.mentions, {"article_id": article_id}).all()
            attributions = conn.execute(q.attributions, {"article_id": article_id}).all()
            events = conn.execute(q.events, {"article_id": article_id}).all()
            reports = conn.execute(q.reports, {"article_id": article_id}).all()
        record = {
            "id": art.id,
            "title": art.title,
            "published": _iso(art.published),
            "outlet": art.outlet,
            "url": art.url,
            "text": art.text,
        }
        story_of = {_span_key(ev): sid for sid, ev in reports}
        used = {m.actor_id for m in mentions}
        used |= {a.source_actor for a in attributions} | {a.channel_actor for a in attributions}
        used |= {e.source_actor for e in events} | {e.target_actor for e in events}
        actors = self.derived().actors
        return {
            "article": record,
            "mentions": [
                {"start": m.start, "end": m.end, "actor": m.actor_id, "text": m.text}
                for m in mentions
            ],
            "attributions": [_attribution(a) for a in attributions],
            "events": [_event(e, story_of.get(_span_key(e.evidence))) for e in events],
            "actors": {a: actors[a] for a in sorted(x for x in used if x and x in actors)},
        }

    # -- actors -------------------------------------------------------------------------------

    def actors(self, q: str | None, type_: str | None, limit: int, offset: int) -> dict:
        if not 1 <= limit <= MAX_LIMIT:
            raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")
        conditions = []
        if q:
            like = f"%{like_literal(q)}%"
            conditions.append(
                or_(ActorRow.name.ilike(like, escape="\\"), ActorRow.id.ilike(like, escape="\\"))
            )
        if type_:
            conditions.append(ActorRow.type == type_)
        mentions = (
            select(MentionRow.actor_id, func.count().label("n"))
            .group_by(MentionRow.actor_id)
            .subquery()
        )
        with Session(self.engine) as session:
            total = session.scalar(select(func.count()).select_from(ActorRow).where(*conditions))
            rows = session.execute(
                select(ActorRow, func.coalesce(mentions.c.n, 0))
                .outerjoin(mentions, mentions.c.actor_id == ActorRow.id)
                .where(*conditions)
                .order_by(func.coalesce(mentions.c.n, 0).desc(), ActorRow.id)
                .limit(limit)
                .offset(offset)
            ).all()
            types = sorted(session.scalars(select(ActorRow.type).distinct()))
        return {
            "total": total or 0,
            "limit": limit,
            "offset": offset,
            "filters": {"q": q, "type": type_},
            "types": types,
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "type": a.type,
                    "country": a.country,
                    "role": a.role,
                    "mentions": n,
                }
                for a, n in rows
            ],
        }

    def actor(self, actor_id: str) -> dict:
        d = self.derived()
        if actor_id not in d.actors:
            raise NotFound(f"no actor {actor_id!r} in the store")
        with Session(self.engine) as session:
            aliases = session.execute(
                select(MentionRow.text, func.count())
                .where(MentionRow.actor_id == actor_id)
                .group_by(MentionRow.text)
                .order_by(func.count().desc(), MentionRow.text)
            ).all()
            n_articles = session.scalar(
                select(func.count(MentionRow.article_id.distinct())).where(
                    MentionRow.actor_id == actor_id
                )
            )
            said, said_total = self._rows_of(
                session, AttributionRow, AttributionRow.source_actor == actor_id
            )
            did, did_total = self._rows_of(session, EventRow, EventRow.source_actor == actor_id)
            done_to, done_total = self._rows_of(
                session, EventRow, EventRow.target_actor == actor_id
            )
            titles = self._titles(session, {r.article_id for r in [*said, *did, *done_to]})
        side = d.side.get(actor_id, actor_id)
        return {
            "actor": {**d.actors[actor_id], "side": side},
            "aliases": [{"text": t, "count": n} for t, n in aliases],
            "articles": n_articles or 0,
            "said": [_attribution(a) | {"title": titles.get(a.article_id)} for a in said],
            "said_total": said_total,
            "did": [_event(e) | {"title": titles.get(e.article_id)} for e in did],
            "did_total": did_total,
            "done_to": [_event(e) | {"title": titles.get(e.article_id)} for e in done_to],
            "done_to_total": done_total,
            "negotiates_with": self._counterparts(side),
        }

    @staticmethod
    def _rows_of(session: Session, table, condition) -> tuple[list, int]:
        total = session.scalar(select(func.count()).select_from(table).where(condition)) or 0
        rows = list(
            session.scalars(
                select(table)
                .where(condition)
                .order_by(table.article_id, table.idx)
                .limit(ACTOR_ROWS)
            )
        )
        return rows, total

    @staticmethod
    def _titles(session: Session, ids: set[str]) -> dict[str, str | None]:
        if not ids:
            return {}
        rows = session.execute(
            select(ArticleRow.id, ArticleRow.title).where(ArticleRow.id.in_(ids))
        )
        return {row.id: row.title for row in rows}

    def _counterparts(self, side: str) -> list[dict]:
        out = []
        for n in self.derived().story["negotiations"]:
            if side in n["parties"]:
                other = [p for p in n["parties"] if p != side] or [side]
                out.append(
                    {
                        "actor": other[0],
                        "name": self.name(other[0]),
                        "pair": ",".join(n["parties"]),
                        "items": len(n["items"]),
                    }
                )
        return out

    # -- the story ----------------------------------------------------------------------------

    def story_event(self, event_id: str) -> dict:
        d = self.derived()
        event = d.events_by_id.get(event_id)
        if event is None:
            raise NotFound(f"no story event {event_id!r} in the store")
        with Session(self.engine) as session:
            titles = self._titles(session, {r["article"] for r in event["reports"]})
        reports = [
            {**r, "title": titles.get(r["article"]), "mark": _mark(r["evidence"]["spans"])}
            for r in event["reports"]
        ]
        return {
            "event": {k: v for k, v in event.items() if k != "reports"},
            "reports": reports,
            "names": {a: self.name(a) for a in (event["source"], event["target"]) if a},
        }

    def _story_events(self, actor: str | None, pair: str | None) -> list[dict]:
        d = self.derived()
        events = [e for e in d.story["events"] if e["date"]]
        if actor:
            want = self._known_side(actor)
            events = [
                e for e in events if want in {self.side_of(e["source"]), self.side_of(e["target"])}
            ]
        if pair:
            a, b = self.pair_sides(pair)
            events = [
                e
                for e in events
                if {self.side_of(e["source"]), self.side_of(e["target"])} == {a, b}
            ]
        return sorted(events, key=lambda e: (e["date"], e["id"]))

    def timeline(self, actor: str | None = None, pair: str | None = None) -> dict:
        return self.derived().remember(
            ("timeline", actor, pair), lambda: self._timeline(actor, pair)
        )

    def _timeline(self, actor: str | None, pair: str | None) -> dict:
        events = self._story_events(actor, pair)
        rows = [
            {
                "id": e["id"],
                "date": e["date"],
                "type": e["type"],
                "mode": e["mode"],
                "source": e["source"],
                "target": e["target"],
                "source_name": self.name(e["source"]),
                "target_name": self.name(e["target"]),
                "place": (e.get("place") or {}).get("name"),
                "outlets": sorted({r.get("outlet") or "" for r in e["reports"]} - {""}),
                "reports": len(e["reports"]),
                "disagreements": [x["field"] for x in e["disagreements"]],
                "what": e["reports"][0]["evidence"].get("text", "") if e["reports"] else "",
            }
            for e in events
        ]
        return {"actor": actor, "pair": pair, "events": rows}

    def negotiations(self, pair: str | None = None) -> dict:
        return self.derived().remember(("negotiations", pair), lambda: self._negotiations(pair))

    def _negotiations(self, pair: str | None) -> dict:
        found = self.derived().story["negotiations"]
        if pair:
            want = set(self.pair_sides(pair))
            found = [n for n in found if set(n["parties"]) == want]
        return {
            "pair": pair,
            "negotiations": [
                {
                    **self._negotiation_head(n),
                    "items": [
                        {
                            **item,
                            "by_name": self.name(item["by"]),
                            "to_name": self.name(item["to"]),
                            "evidence": [
                                {**ev, "mark": _mark(ev["spans"])} for ev in item["evidence"]
                            ],
                        }
                        for item in n["items"]
                    ],
                }
                for n in found
            ],
        }

    def _negotiation_head(self, n: dict) -> dict:
        kinds = Counter(i["kind"] for i in n["items"])
        return {
            "parties": n["parties"],
            "names": [self.name(p) for p in n["parties"]],
            "mediators": n["mediators"],
            "pair": ",".join(n["parties"]),
            "kinds": dict(sorted(kinds.items())),
        }

    def places(self) -> dict:
        return self.derived().remember(("places",), self._places)

    def _places(self) -> dict:
        grouped: dict[tuple, list[dict]] = defaultdict(list)
        for e in self.derived().story["events"]:
            place = e.get("place") or {}
            if place.get("lat") is None or place.get("lon") is None:
                continue
            key = (place.get("name"), place.get("country"), place["lat"], place["lon"])
            grouped[key].append(
                {"id": e["id"], "type": e["type"], "mode": e["mode"], "date": e["date"]}
            )
        places = [
            {"name": k[0], "country": k[1], "lat": k[2], "lon": k[3], "events": v}
            for k, v in sorted(grouped.items(), key=lambda kv: (-len(kv[1]), str(kv[0][0])))
        ]
        return {"places": places}


def _span_key(evidence: dict | None) -> tuple:
    return tuple(tuple(s) for s in (evidence or {}).get("spans", []))


def _mark(spans: list) -> str | None:
    """The article page's ``mark`` parameter for the passage ``spans`` cover."""
    if not spans:
        return None
    return f"{min(s for s, _ in spans)}-{max(e for _, e in spans)}"


def _attribution(a) -> dict:
    """An attribution as JSON, from its ORM row or a row of ``ATTRIBUTION_COLUMNS``."""
    return {
        "article_id": a.article_id,
        "idx": a.idx,
        "kind": a.kind,
        "source": a.source,
        "source_actor": a.source_actor,
        "cue": a.cue,
        "content": a.content,
        "content_text": a.content_text,
        "channel": a.channel,
        "channel_actor": a.channel_actor,
    }


def _event(e, story_event: str | None = None) -> dict:
    """An event as JSON, from its ORM row or a row of ``EVENT_COLUMNS``."""
    place = (
        {"name": e.place_name, "country": e.place_country, "lat": e.lat, "lon": e.lon}
        if e.place_name
        else None
    )
    return {
        "article_id": e.article_id,
        "idx": e.idx,
        "type": e.type,
        "subtype": e.subtype,
        "mode": e.mode,
        "source_actor": e.source_actor,
        "target_actor": e.target_actor,
        "date": _iso(e.event_date),
        "date_text": e.date_text,
        "place": place,
        "evidence": e.evidence,
        "attribution_idx": e.attribution_idx,
        "story_event": story_event,
    }
