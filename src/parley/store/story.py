"""Keeping the story in the store: its full rebuild, its update after new articles, and
STORY.json assembled from its parts.

The story is kept in parts (schema 8): each story event's STORY.json object, negotiation item
and state (``story_events.body``, ``item``, ``state``), each report's merge key
(``story_reports.key``), the negotiations' plan (``story_negotiations``), the sentence index that
tells whether promises were kept (``story_sentences``) and the articles covered
(``story_articles``). Adding articles re-merges only the reports of the merge components
(``parley.story.merge.key_components``) the new reports fall in, a chunk of components at a
time (``MERGE_CHUNK``; a new store's story, of no article, is updated too), links denials and
plans the
negotiations again from the events' compact states (no report is read for them), tries only
the new articles' sentences against the stored promises, and writes only what changed. The
result is the rebuild's, whatever the order articles came in (``tests/store/
test_story_updates.py``); when it cannot be sure (a store kept by an older Parley, an article
replaced, or actors whose side changed named by more than ``RESIDED_SHARE`` of the stored
articles), ``update`` says so and the caller rebuilds.

What every part depends on beyond its reports is kept beside it (schema 9) and compared: a new
actor's side reaches only new reports; an actor the story knew whose side changed moves the
reports of its acts to their new keys (their components merged again whole) and has the
sentences and proposals of the articles naming it made again; a report that names no target
moves when its inferred target does; a name stem that comes or goes (names link no reports)
merges again the components whose reports' evidence holds it (``story_stems``); the people of
unknown side only shape the negotiations, planned again whole.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from types import SimpleNamespace

from sqlalchemy import Connection, bindparam, delete, insert, select
from sqlalchemy import func as sql_func
from sqlalchemy import text as sql
from sqlalchemy import update as sql_update
from sqlalchemy.dialects import postgresql, sqlite

from parley.model import Actor
from parley.store.schema import (
    ActorRow,
    ArticleRow,
    EventRow,
    MentionRow,
    Meta,
    StoryActRow,
    StoryArticleRow,
    StoryEventRow,
    StoryNameRow,
    StoryNegotiationRow,
    StoryReportRow,
    StorySentenceRow,
    StorySideRow,
    StoryStemRow,
)
from parley.story import (
    StoryGlobals,
    StoryInput,
    actors_json,
    build_parts,
    one_actor_per_person,
    story_globals,
)
from parley.story.merge import (
    CONTESTED,
    DATE_SLACK_DAYS,
    STEM_CHARS,
    DenialView,
    Report,
    StoryEvent,
    content_stems,
    denial_links,
    denies,
    disputed_mode,
    first_told,
    inferred_targets,
    key_components,
    merge_groups,
    report_key,
    story_event_id,
    story_events,
    told_apart,
    told_day,
)
from parley.story.negotiation import (
    KEPT_SHARE,
    Article,
    Item,
    NegotiationView,
    item_of,
    kept_event,
    negotiation_plan,
    promise_state,
    sentence_rows,
    status_of,
    telling_test,
    told_by_report,
)

# ``meta`` keys: whether the story no longer covers every stored article (set with each
# article stored); that an article was replaced, so only a rebuild is sure; the format the
# story was kept in (``StoryGlobals.fingerprint``); when it was saved.
STORY_STALE = "story_stale"
STORY_REBUILD = "story_rebuild"
STORY_INPUTS = "story_inputs"
STORY_SAVED_AT = "story_saved_at"
PROMISED = ("promised", "conditional")
# The types a denial links (a rejection that denies; what it may deny: ``denial_links``):
# only their events' states are read by an update.
DENIAL_TYPES = sorted({"REJECT", "ACCUSE"} | CONTESTED)
# A promise's keeping is a story event of its own, named after it.
KEPT_SUFFIX = "-kept"
# When more than this share of the stored articles name actors whose side changed, the update
# gives up for a rebuild: it would read their texts again, most of the rebuild's work.
RESIDED_SHARE = 0.25
# Every table the story is kept in (reports before the events they point at): a rebuild
# empties them all; a story of nothing, a new store's, has a row in none.
STORY_TABLES = [
    row.__table__
    for row in (
        StoryReportRow,
        StoryEventRow,
        StoryNegotiationRow,
        StoryArticleRow,
        StorySentenceRow,
        StoryActRow,
        StorySideRow,
        StoryNameRow,
        StoryStemRow,
    )
]
# Rows named in one IN (...) clause: SQLite's bound-parameter limit is 32,766 and PostgreSQL's
# 65,535; a smaller batch keeps each statement's plan cheap.
IN_BATCH = 500

__all__ = ["StoryIdError", "assemble", "rebuild", "update"]


class StoryIdError(ValueError):
    """Two story events would share an id (a 64-bit hash collision); ``ids`` names them."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(", ".join(ids))
        self.ids = ids


def _batches(values: Iterable, size: int = IN_BATCH) -> Iterable[list]:
    values = list(values)
    for k in range(0, len(values), size):
        yield values[k : k + size]


def _key_text(key: tuple) -> str:
    type_, kind, pair = key
    return json.dumps([type_, kind, list(pair)])


def _key_of(text: str) -> tuple:
    type_, kind, pair = json.loads(text)
    return (type_, kind, tuple(pair))


def _told(t: tuple) -> list:
    """A ``first_told`` tuple as JSON (ISO dates sort as the dates do)."""
    return [t[0].isoformat(), *t[1:]]


def _telling(t: tuple | None) -> list | None:
    return None if t is None else [t[0].isoformat() if isinstance(t[0], date) else t[0], *t[1:]]


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


# An update reads only the head of every stored item, which names its kind first
# (``Item.to_json``: {"kind": "commitment", ...}), not the whole object.
ITEM_HEAD_CHARS = 32
ITEM_KIND = re.compile(r'^\{"kind": "(\w+)"')
# The head of a stored commitment's item: an update reads the state of such events (what
# became of the commitment is looked for in new sentences).
COMMITMENT_HEAD = '{"kind": "commitment"'


def _item_kind(head: str | None) -> str | None:
    """The kind of a stored negotiation item from the head of its JSON (``ITEM_HEAD_CHARS``)."""
    m = ITEM_KIND.match(head or "")
    return m.group(1) if m else None


def set_meta(conn: Connection, values: dict[str, str]) -> None:
    conn.execute(delete(Meta.__table__).where(Meta.__table__.c.key.in_(list(values))))
    conn.execute(insert(Meta.__table__), [{"key": k, "value": v} for k, v in values.items()])


def _meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute(select(Meta.key, Meta.value)).all())


# -- one story event's rows --------------------------------------------------------------------


def _event_row(e: StoryEvent, state: dict, item: Item | None, named: tuple[str, ...] = ()) -> dict:
    place = e.place or {}
    return {
        "id": e.id,
        "type": e.type,
        "mode": e.mode,
        "source_actor": e.source,
        "target_actor": e.target,
        "date": e.date,
        "place_name": place.get("name"),
        "place_country": place.get("country"),
        "disagreements": e.disagreements,
        "body": _dumps(e.to_json()),
        "item": _dumps(item.to_json()) if item is not None else None,
        "state": _dumps(state),
        "reports": len(e.reports),
        "named": _dumps(list(named)) if named else None,
    }


def _report_rows(
    e: StoryEvent, keys: dict[tuple, str] | None, reports: list[Report] | None = None
) -> list[dict]:
    """The ``story_reports`` rows of ``e``'s reports (or of those of them given).
    ``keys``: each report's merge key, by ``Report.key`` (none for a promise's keeping)."""
    return [
        {
            "story_event_id": e.id,
            "article_id": r.article,
            "mode": r.mode,
            "date": r.date,
            "evidence": r.evidence,
            "idx": r.idx if keys is not None else None,
            "key": keys[r.key] if keys is not None else None,
            "told": told_day(r) if keys is not None else None,
        }
        for r in (e.reports if reports is None else reports)
    ]


def _looked_after(base_mode: str, kind: str | None) -> bool:
    """Whether what became of an event is looked for in later sentences: a promise (whose
    keeping is a story event of its own) or any other commitment (its item's ``kind``, as
    ``tracks_promise`` reads it: its status)."""
    return base_mode in PROMISED or kind == "commitment"


def _state(
    e: StoryEvent, base_mode: str, side: dict[str, str], telling: tuple | None, kind: str | None
) -> dict:
    """What updating the story needs of a merged story event (its item of ``kind``), without
    its reports."""
    promise = promise_state(e, side) if _looked_after(base_mode, kind) else None
    return {
        "base": base_mode,
        "first": _told(first_told(e)),
        "denies": denies(e),
        "disputes": e.disputes,
        "disputed_by": e.disputed_by,
        "promise": promise,
        "telling": _telling(telling) if promise is not None else None,
    }


def _stems_text(stems: Iterable[str]) -> str:
    """A sentence's stems as stored: in order, each with a space on either side."""
    return f" {' '.join(sorted(stems))} "


def _sentence_rows(art: Article, side: dict[str, str]) -> list[dict]:
    day = (art.published or date.max).toordinal()
    return [
        {
            "side": who,
            "day": day,
            "article_id": art.id,
            "start": s,
            "end": t,
            "negated": negated,
            "stems": _stems_text(stems),
        }
        for s, t, sides, stems, negated in sentence_rows(art, side)
        for who in sorted(sides)
    ]


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table.__table__), rows)


# -- the full rebuild --------------------------------------------------------------------------


def rebuild(conn: Connection, source: StoryInput) -> None:
    """Replace every part of the stored story by the story of ``source`` (all stored records)
    on ``conn``, in its transaction. Raises ``StoryIdError`` before writing anything when two
    story events would share an id."""
    parts = build_parts(source)
    g = parts.globals
    side = g.side
    ids = Counter(e.id for e in parts.events + parts.kept)
    twice = sorted(i for i, n in ids.items() if n > 1)
    if twice:
        raise StoryIdError(twice)
    acts = ((r.type, r.mode, r.source, r.target) for r in source.reports)
    targets = inferred_targets(acts, side)
    keys = {r.key: _key_text(report_key(r, side, targets)) for r in source.reports}
    events, reports = [], []
    tellings = parts.sentences.tellings
    for e in parts.events:
        base = parts.base_modes[e.id]
        state = _state(e, base, side, tellings.get(e.id), parts.views[e.id].kind)
        events.append(_event_row(e, state, parts.items.get(e.id), parts.views[e.id].named))
        reports += _report_rows(e, keys)
    for e in parts.kept:
        events.append(_event_row(e, {"kept_of": e.id.removesuffix(KEPT_SUFFIX)}, None))
        reports += _report_rows(e, None)
    sentences = parts.sentences
    sentence_rows_ = [
        {
            "side": who,
            "day": sentences.day[k],
            "article_id": article,
            "start": s,
            "end": t,
            "negated": negated,
            "stems": _stems_text(stems),
        }
        for k, (article, s, t, stems, negated) in enumerate(sentences.rows)
        for who in sorted(sentences.sides[k])
    ]
    for table in STORY_TABLES:
        conn.execute(delete(table))
    _insert(conn, StoryEventRow, events)
    _insert(conn, StoryReportRow, reports)
    _write_plan(conn, parts.plan)
    _insert(conn, StoryArticleRow, [{"article_id": a} for a in source.articles])
    _insert(conn, StorySentenceRow, sentence_rows_)
    _insert(conn, StorySideRow, [{"actor_id": a, "side": who} for a, who in side.items()])
    _insert(conn, StoryNameRow, [{"stem": stem} for stem in sorted(g.names)])
    _insert(conn, StoryStemRow, _stem_rows((keys[r.key], r) for r in source.reports))
    _insert(
        conn,
        StoryActRow,
        _act_rows(Counter((r.type, r.mode, r.source, r.target) for r in source.reports)),
    )
    _saved(conn, g)


def _stem_rows(keyed: Iterable[tuple[str, Report]]) -> list[dict]:
    """``story_stems``' rows for reports (each with its merge key's text): every content stem
    of its evidence, names included, once per key."""
    pairs = {(stem, key) for key, r in keyed for stem in content_stems(r.evidence.get("text", ""))}
    return [{"stem": stem, "key": key} for stem, key in sorted(pairs)]


def _update_by_id(conn: Connection, table, columns: dict[str, str], rows: list[dict]) -> None:
    """Update the rows of ``table`` whose id is each of ``rows``' "row_id": each column of
    ``columns`` set to the row's value under the name it maps to (none when ``rows`` is empty)."""
    if rows:
        t = table.__table__
        values = {column: bindparam(name) for column, name in columns.items()}
        conn.execute(sql_update(t).where(t.c.id == bindparam("row_id")).values(values), rows)


# story_events' indexed columns, by their row's key and the stored event's attribute: SQLite
# rewrites a row's entry in every index whose column an UPDATE sets, changed or not (164 rows
# with these four set: 25-35 ms; without them: about 1 ms), so they are set only where they change
INDEXED_EVENT_COLUMNS = {
    "type": "type",
    "source_actor": "source",
    "target_actor": "target",
    "date": "date",
}


def _rewrite_events(conn: Connection, rows: list[dict], stored: dict) -> None:
    """Write again the ``story_events`` rows of stored events merged again (``rows``, as
    ``_event_row`` makes them; ``stored``: each stored event's compact state by id), setting
    the indexed columns only on the rows where one of them changed."""
    same, moved = [], []
    for row in rows:
        before = stored[row["id"]]
        unchanged = all(
            row[column] == getattr(before, name) for column, name in INDEXED_EVENT_COLUMNS.items()
        )
        (same if unchanged else moved).append(row)
    for group, skip in ((same, INDEXED_EVENT_COLUMNS), (moved, {})):
        if group:
            columns = [c for c in group[0] if c != "id" and c not in skip]
            _update_by_id(
                conn,
                StoryEventRow,
                {c: c for c in columns},
                [{**{c: row[c] for c in columns}, "row_id": row["id"]} for row in group],
            )


def _insert_new(conn: Connection, table, rows: list[dict]) -> None:
    """Insert ``rows``, those already there (by primary key) left as they are."""
    if not rows:
        return
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is None:
        raise ValueError(f"no insert-or-ignore for {conn.dialect.name}")
    for batch in _batches(rows, 5000):
        conn.execute(dialect.insert(table.__table__).on_conflict_do_nothing(), batch)


def _write_plan(conn: Connection, plan: list[tuple[list[str], list[str], list[str]]]) -> None:
    conn.execute(delete(StoryNegotiationRow.__table__))
    rows = [
        {"rank": k, "parties": parties, "mediators": mediators, "events": ids}
        for k, (parties, mediators, ids) in enumerate(plan)
    ]
    _insert(conn, StoryNegotiationRow, rows)


def _saved(conn: Connection, g: StoryGlobals) -> None:
    set_meta(
        conn,
        {
            STORY_STALE: "0",
            STORY_REBUILD: "0",
            STORY_INPUTS: g.fingerprint(),
            STORY_SAVED_AT: dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(),
        },
    )


# -- STORY.json from the parts -----------------------------------------------------------------


def assemble(conn: Connection) -> dict:
    """The stored story as the contract's STORY.json object (what ``build_story`` gives)."""
    events = [json.loads(body) for (body,) in conn.execute(select(StoryEventRow.body))]
    events.sort(key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))
    items = {
        i: json.loads(item)
        for i, item in conn.execute(
            select(StoryEventRow.id, StoryEventRow.item).where(StoryEventRow.item.is_not(None))
        )
    }
    negotiations = [
        {"parties": parties, "mediators": mediators, "items": [items[i] for i in ids]}
        for parties, mediators, ids in conn.execute(
            select(
                StoryNegotiationRow.parties,
                StoryNegotiationRow.mediators,
                StoryNegotiationRow.events,
            ).order_by(StoryNegotiationRow.rank)
        )
    ]
    actors, mentions = actors_and_mentions(conn)
    story = {
        "actors": actors_json(actors, mentions),
        "events": events,
        "negotiations": negotiations,
    }
    return one_actor_per_person(story, actors)


def actors_and_mentions(conn) -> tuple[list[Actor], dict[str, dict[str, list[tuple[int, int]]]]]:
    """The stored actors (by id, without mentions) and their mention spans by article and
    actor, read through ``conn`` (a connection or a session): what the story's actors need,
    whether it is assembled from its parts or built again."""
    actors = [
        Actor(*row)
        for row in conn.execute(
            select(ActorRow.id, ActorRow.name, ActorRow.type, ActorRow.country).order_by(
                ActorRow.id
            )
        )
    ]
    return actors, _mentions(conn)


def _mentions(conn, article_ids: list[str] | None = None) -> dict[str, dict[str, list]]:
    """Each article's mentions by actor, in text order: of ``article_ids``, or of every
    stored article."""
    query = select(
        MentionRow.article_id, MentionRow.actor_id, MentionRow.start, MentionRow.end
    ).order_by(MentionRow.article_id, MentionRow.start)
    if article_ids is not None:
        query = query.where(MentionRow.article_id.in_(article_ids))
    mentions: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(dict)
    for article_id, actor_id, start, end in conn.execute(query):
        mentions[article_id].setdefault(actor_id, []).append((start, end))
    return mentions


# -- the update --------------------------------------------------------------------------------


def report_of(row, published, outlet) -> Report:
    """The story's ``Report`` of one row of ``EVENT_COLUMNS`` (a stored event), with its article's
    publication day and outlet."""
    place = (
        {"name": row.place_name, "country": row.place_country, "lat": row.lat, "lon": row.lon}
        if row.place_name
        else None
    )
    return Report(
        article=row.article_id,
        published=published,
        outlet=outlet,
        type=row.type,
        mode=row.mode,
        source=row.source_actor,
        target=row.target_actor,
        date=row.event_date,
        place=place,
        evidence=row.evidence,
        attribution=row.attribution_idx,
        idx=row.idx,
        date_basis=row.date_basis,
        subtype=row.subtype,
    )


EVENT_COLUMNS = (
    EventRow.article_id,
    EventRow.idx,
    EventRow.type,
    EventRow.mode,
    EventRow.source_actor,
    EventRow.target_actor,
    EventRow.event_date.label("event_date"),
    EventRow.place_name,
    EventRow.place_country,
    EventRow.lat,
    EventRow.lon,
    EventRow.evidence,
    EventRow.attribution_idx,
    EventRow.date_basis,
    EventRow.subtype,
)


def _single(targets: set | None):
    return next(iter(targets)) if targets and len(targets) == 1 else None


def update(conn: Connection) -> bool:
    """Bring the stored story up to date with the articles stored since it was saved, on
    ``conn`` in its transaction; returns False, having written nothing, when only a rebuild
    is sure to give the same story (see the module's docstring)."""
    meta = _meta(conn)
    # a story of no article (a new store's) is updated from nothing: its first step is an
    # update too, whose memory is that of the articles it adds, not of the whole store
    first = not any(conn.execute(select(1).select_from(t).limit(1)).first() for t in STORY_TABLES)
    if not first and (meta.get(STORY_REBUILD) != "0" or STORY_INPUTS not in meta):
        return False
    covered = select(StoryArticleRow.article_id)
    new_articles = {
        row.id: row
        for row in conn.execute(
            select(ArticleRow.id, ArticleRow.published, ArticleRow.outlet, ArticleRow.text).where(
                ArticleRow.id.not_in(covered)
            )
        )
    }
    # the globals: every actor, and the reports' (type, mode, source, target) counts
    actors = [
        Actor(*row)
        for row in conn.execute(
            select(ActorRow.id, ActorRow.name, ActorRow.type, ActorRow.country).order_by(
                ActorRow.id
            )
        )
    ]
    acts = StoryActRow.__table__.c
    act_rows = {
        (row.type, row.mode, row.source_actor, row.target_actor): (row.id, row.n)
        for row in conn.execute(select(StoryActRow.__table__))
    }
    before: Counter = Counter({act: n for act, (_, n) in act_rows.items()})
    new_reports: list[Report] = []
    for batch in _batches(new_articles):
        query = (
            select(*EVENT_COLUMNS)
            .where(EventRow.article_id.in_(batch))
            .order_by(EventRow.article_id, EventRow.idx)
        )
        for row in conn.execute(query):
            art = new_articles[row.article_id]
            new_reports.append(report_of(row, art.published, art.outlet))
    new_acts = Counter((r.type, r.mode, r.source, r.target) for r in new_reports)
    after = before + new_acts
    pairs: Counter = Counter()
    for (_, _, source, target), n in after.items():
        pairs[(source, target)] += n
    g = story_globals(actors, pairs)
    if not first and g.fingerprint() != meta[STORY_INPUTS]:
        return False
    side = g.side
    # the sides the story was saved with: a new actor's reaches only new reports and
    # sentences; an actor the story knew whose side changed (a new article gives it or a
    # person of its surname a country; the story's main pair of states changes) moves the
    # reports of its acts, and the sentences and proposals of the articles naming it
    known = dict(conn.execute(select(StorySideRow.actor_id, StorySideRow.side)).all())
    if not known and actors and not first:
        return False
    old_side = {**side, **known}
    resided = sorted(a for a, who in known.items() if side.get(a, a) != who)
    new_sides = [{"actor_id": a, "side": who} for a, who in side.items() if a not in known]
    naming: set[str] = set()  # stored articles that name an actor whose side changed
    for batch in _batches(resided):
        query = select(MentionRow.article_id).where(MentionRow.actor_id.in_(batch)).distinct()
        naming.update(a for a in conn.execute(query).scalars() if a not in new_articles)
    if naming:
        covered_n = conn.execute(select(sql_func.count()).select_from(StoryArticleRow)).scalar_one()
        if len(naming) > RESIDED_SHARE * covered_n:
            return False
    # the name stems that came or went (new actors' names): they change the content stems only
    # of the reports whose evidence holds one, whose merge keys ``story_stems`` gives
    names_before = frozenset(conn.execute(select(StoryNameRow.stem)).scalars())
    renamed = sorted(names_before ^ g.names)
    named_keys: set[str] = set()
    for batch in _batches(renamed):
        query = select(StoryStemRow.key).where(StoryStemRow.stem.in_(batch)).distinct()
        named_keys.update(conn.execute(query).scalars())

    # the stored acts whose merge key changes: a side changed, or (a report that names no
    # target takes the one target of its act by its side) the new reports change that target
    targets = inferred_targets(after, side)
    targets_before = inferred_targets(before, old_side)
    rekeyed: dict[tuple, tuple] = {}  # act -> its key now
    was: dict[tuple, tuple] = {}  # act -> its key in the stored story
    for act in before:
        type_, mode, source, target = act
        if (
            target is None
            or (source in known and known[source] != side.get(source, source))
            or (target in known and known[target] != side.get(target, target))
        ):
            told = SimpleNamespace(type=type_, mode=mode, source=source, target=target)
            old, now = report_key(told, old_side, targets_before), report_key(told, side, targets)
            if old != now:
                rekeyed[act], was[act] = now, old

    # merge again the reports of every merge component a new report falls in
    new_keys = {r.key: report_key(r, side, targets) for r in new_reports}
    stored_keys = {
        _key_of(k): k
        for (k,) in conn.execute(
            select(StoryReportRow.key).where(StoryReportRow.key.is_not(None)).distinct()
        )
    }
    component = key_components([*stored_keys, *new_keys.values(), *rekeyed.values(), *was.values()])
    # names weigh only where evidence is compared: answers told apart by what they answer, and
    # groups joined across keys (a side left unnamed, an act told both ways round), which
    # are in one component (components only grow: a lone key now was alone when saved)
    size = Counter(component.values())
    whole = {
        component[k] for k in map(_key_of, named_keys) if told_apart(k) or size[component[k]] > 1
    }
    whole |= {component[k] for k in [*rekeyed.values(), *was.values()]}
    # the stored proposals whose articles name an actor whose side changed: the
    # sides they name change (their events are written again)
    forced: set[str] = set()
    query = sql(
        "SELECT sr.story_event_id, sr.key FROM story_reports sr JOIN story_events se "
        "ON se.id = sr.story_event_id WHERE se.named IS NOT NULL AND sr.article_id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    for batch in _batches(naming):
        for event_id, key in conn.execute(query, {"ids": batch}):
            forced.add(event_id)
            whole.add(component[_key_of(key)])
    touched = {component[k] for k in new_keys.values()} | whole
    reached = _reports_reached(conn, stored_keys, component, touched, whole, new_reports, new_keys)

    # the new articles' sentences (and those of stored articles that name an actor whose side
    # changed), before any promise is looked for in them
    articles = {
        i: Article(i, row.published, row.text, {}, row.outlet) for i, row in new_articles.items()
    }
    mentioned: dict[str, dict[str, list]] = {}
    for batch in _batches(articles):
        mentioned.update(_mentions(conn, batch))
    new_sentences = []
    for i, art in articles.items():
        articles[i] = Article(art.id, art.published, art.text, mentioned.get(i, {}), art.outlet)
        new_sentences += _sentence_rows(articles[i], side)
    _insert(conn, StorySentenceRow, new_sentences)
    # a sentence that comes is tried as a new one, a promise whose telling went is looked
    # for again
    gone_tellings = _resided_sentences(conn, naming, side, new_sentences)

    # merge again, a chunk of components at a time; what a chunk gives is kept as rows
    merged = _Merged()
    new_in: dict[tuple, list[Report]] = defaultdict(list)
    for r in new_reports:
        new_in[component[new_keys[r.key]]].append(r)
    context = _MergeContext(
        side, g.names, targets, set(rekeyed), forced, articles, new_keys, stored_keys
    )
    for chunk in _chunks(reached, touched):
        read = [row_id for comp in chunk for row_id in reached.get(comp, ())]
        new_chunk = [r for comp in chunk for r in new_in.get(comp, ())]
        _merge_chunk(conn, context, read, new_chunk, merged)
    replaced = merged.gone | (merged.changed & merged.members)

    # every stored event, and the state of those denials and promises may change:
    # denials and negotiations are found again from these
    stored = {}
    denial_types = ", ".join(f"'{t}'" for t in DENIAL_TYPES)
    promised = ", ".join(f"'{m}'" for m in PROMISED)
    query = sql(
        "SELECT id, type, mode, source_actor, target_actor, date, reports, named, "
        f"CASE WHEN type IN ({denial_types}) OR mode IN ({promised}) "
        f"OR item LIKE '{COMMITMENT_HEAD}%' THEN state END, "
        f"substr(item, 1, {ITEM_HEAD_CHARS}) FROM story_events"
    )
    for row in conn.execute(query).fetchall():  # at once: cheaper than row by row
        event_id, type_, mode, source, target, day, reports, named_, state, item_ = row
        stored[event_id] = SimpleNamespace(
            id=event_id,
            type=type_,
            mode=mode,
            source=source,
            target=target,
            date=_date(day),
            reports=reports,
            named=tuple(json.loads(named_)) if named_ else (),
            state=json.loads(state) if state else {},
            kind=_item_kind(item_),
        )
    kept_before = {i for i in stored if i.endswith(KEPT_SUFFIX)}
    unchanged = {i: s for i, s in stored.items() if i not in replaced and i not in kept_before}

    # denials
    views = [
        DenialView(s.id, s.type, s.source, s.target, tuple(s.state["first"]), s.state["denies"])
        for s in unchanged.values()
        if s.type in DENIAL_TYPES
    ] + merged.denial_views
    disputes: dict[str, str] = {}
    disputed_by: dict[str, list[str]] = defaultdict(list)
    for denial, earlier in denial_links(views, side):
        disputes[denial] = earlier
        disputed_by[earlier].append(denial)
    for i in merged.changed & (set(disputes) | set(disputed_by)):
        merged.disputed(i, disputes.get(i), disputed_by.get(i, []))
    patched: dict[str, dict] = {}  # stored event id -> the fields that change
    for s in unchanged.values():
        if s.type not in DENIAL_TYPES:
            continue
        d, by = disputes.get(s.id), disputed_by.get(s.id, [])
        if d != s.state.get("disputes") or by != s.state.get("disputed_by"):
            s.state = {**s.state, "disputes": d, "disputed_by": by}
            s.mode = disputed_mode(s.type, s.state["base"], bool(by))
            patched[s.id] = {"denials": (d, by)}

    # what became of each stored promise, with the new sentences
    # only the sides that made a stored promise: a new sentence's stems as a set are its
    # largest part (1,000 articles' sentences: 6 MB of rows, 22 MB more as sets)
    promising = {s.state["promise"]["who"] for s in unchanged.values() if s.state.get("promise")}
    by_side = defaultdict(list)
    for row in new_sentences:
        if row["side"] in promising:
            by_side[row["side"]].append((row["day"], row, frozenset(row["stems"].split())))
    for s in unchanged.values():
        state = s.state.get("promise")
        old = s.state.get("telling") if state else None
        if old and (state["who"], old[1], old[2], old[3]) in gone_tellings:
            telling = _earliest(conn, state, g.names)
            s.state = {**s.state, "telling": telling}
            patched.setdefault(s.id, {})["telling"] = (old, telling)
            continue
        if not state or state["who"] not in by_side:
            continue
        test = telling_test(state)
        found = [
            _sentence_telling(row)
            for day, row, stems in by_side[state["who"]]
            if test(day, row["article_id"], stems)
        ]
        old = s.state["telling"]
        best = min([tuple(t) for t in [*found, *([old] if old else [])]], default=None)
        if best is not None and (old is None or best != tuple(old)):
            s.state = {**s.state, "telling": list(best)}
            patched.setdefault(s.id, {})["telling"] = (old, list(best))

    # the keepings of stored promises whose telling changed
    keeping_ids = set(merged.keeping)
    for i, fields in patched.items():
        if "telling" in fields and stored[i].state["base"] in PROMISED:
            now = fields["telling"][1]
            keeping_ids.add(i)
            _keep(conn, stored[i], tuple(now) if now else None, articles, merged)
    kept_ids = {i + KEPT_SUFFIX for i in keeping_ids} | {i + KEPT_SUFFIX for i in replaced}
    dropped = kept_ids & kept_before  # keepings, written again
    gone_ids = merged.gone  # events whose reports all moved to others
    event_rows = [*merged.rows, *merged.kept_events]
    event_rows_kept = merged.rows_kept
    report_rows, moved, keyed = merged.report_rows, merged.moved, merged.keyed
    views_of = merged.views

    # the stored events whose denials or promise changed: their object and item patched
    bodies = {}
    for batch in _batches(patched):
        query = select(StoryEventRow.id, StoryEventRow.body, StoryEventRow.item).where(
            StoryEventRow.id.in_(batch)
        )
        bodies.update({row.id: (row.body, row.item) for row in conn.execute(query)})
    patches = []
    for i, fields in patched.items():
        s = stored[i]
        body, item = json.loads(bodies[i][0]), bodies[i][1]
        if "denials" in fields:
            body["disputes"], body["disputed_by"] = fields["denials"]
            body["mode"] = s.mode
        if "telling" in fields and item is not None:
            item = json.loads(item)
            old, new = fields["telling"]
            base_evidence = item["evidence"][:-1] if old else item["evidence"]
            item["status"], extra = status_of(tuple(new) if new else None)
            item["evidence"] = base_evidence + extra
            item = _dumps(item)
        patches.append(
            {
                "row_id": i,
                "mode": s.mode,
                "body": _dumps(body),
                "item": item,
                "state": _dumps(s.state),
            }
        )

    # negotiations, from every event's compact state
    all_views = [
        NegotiationView(
            s.id,
            s.type,
            s.mode,
            s.source,
            s.target,
            s.date,
            s.reports,
            s.named,
            s.kind,
        )
        for s in unchanged.values()
    ] + list(views_of.values())
    all_views.sort(key=lambda v: (v.date is None, v.date or date.max, v.id))
    plan = negotiation_plan(all_views, side, g.people)

    # write
    taken = Counter(set(stored) - dropped - gone_ids) + Counter(row["id"] for row in event_rows)
    clash = sorted(i for i, n in taken.items() if n > 1)
    if clash:
        raise StoryIdError(clash)
    for batch in _batches(dropped):
        conn.execute(
            delete(StoryReportRow.__table__).where(StoryReportRow.story_event_id.in_(batch))
        )
        conn.execute(delete(StoryEventRow.__table__).where(StoryEventRow.id.in_(batch)))
    _insert(conn, StoryEventRow, event_rows)
    _rewrite_events(conn, event_rows_kept, stored)
    _insert(conn, StoryReportRow, report_rows)
    _update_by_id(conn, StoryReportRow, {"story_event_id": "event"}, moved)
    _update_by_id(conn, StoryReportRow, {"key": "new_key"}, keyed)
    for batch in _batches(gone_ids):
        conn.execute(delete(StoryEventRow.__table__).where(StoryEventRow.id.in_(batch)))
    _update_by_id(conn, StoryEventRow, {c: c for c in ("mode", "body", "item", "state")}, patches)
    _write_plan(conn, plan)
    _insert(conn, StoryArticleRow, [{"article_id": a} for a in new_articles])
    _insert(conn, StorySideRow, new_sides)
    if resided:
        table = StorySideRow.__table__
        conn.execute(
            sql_update(table)
            .where(table.c.actor_id == bindparam("actor"))
            .values(side=bindparam("now")),
            [{"actor": a, "now": side.get(a, a)} for a in resided],
        )
    conn.execute(delete(StoryNameRow.__table__).where(StoryNameRow.stem.in_(renamed)))
    _insert(conn, StoryNameRow, [{"stem": stem} for stem in sorted(g.names - names_before)])
    _insert_new(
        conn, StoryStemRow, _stem_rows((_key_text(new_keys[r.key]), r) for r in new_reports)
    )
    counted = [
        {"act_id": act_rows[a][0], "n": act_rows[a][1] + n}
        for a, n in new_acts.items()
        if a in act_rows
    ]
    if counted:
        conn.execute(
            sql_update(StoryActRow.__table__)
            .where(acts.id == bindparam("act_id"))
            .values(n=bindparam("n")),
            counted,
        )
    _insert(
        conn,
        StoryActRow,
        _act_rows(Counter({a: n for a, n in new_acts.items() if a not in act_rows})),
    )
    _saved(conn, g)
    return True


# -- merging again, a chunk of components at a time ---------------------------------------------

# Stored reports an update merges again at once: the merge components it reaches are read and
# merged in chunks of about this many reports (a component is never split), so that its memory
# is that of a chunk, not of every report a batch reaches (benchmarks/scale.py: a corpus of
# copies of twenty articles reaches every stored report at each step; 2,000 reports are a few
# MB of Python objects).
MERGE_CHUNK = 2000


@dataclass(frozen=True)
class _MergeContext:
    """What merging a chunk again reads beyond its reports (the same for every chunk)."""

    side: dict[str, str]
    names: frozenset[str]
    targets: dict[tuple, set[str]]
    moving: set[tuple]  # acts whose merge key changed
    forced: set[str]  # proposals whose articles name an actor whose side changed
    articles: dict[str, Article]  # the new articles
    new_keys: dict[tuple, tuple]  # each new report's merge key
    key_texts: dict[tuple, str]  # stored merge keys as stored (``_key_text``: JSON)

    def key_text(self, key: tuple) -> str:
        text = self.key_texts.get(key)
        return text if text is not None else _key_text(key)


@dataclass
class _Merged:
    """What merging again gave, as the rows to write and the compact views the denials and
    negotiations are found from (no report kept)."""

    rows: list[dict] = field(default_factory=list)  # new story events
    rows_kept: list[dict] = field(default_factory=list)  # stored events written again
    row_of: dict[str, dict] = field(default_factory=dict)  # either, by event id
    kept_events: list[dict] = field(default_factory=list)  # promises' keepings
    report_rows: list[dict] = field(default_factory=list)
    moved: list[dict] = field(default_factory=list)  # report rows pointed at another event
    keyed: list[dict] = field(default_factory=list)  # report rows given another key
    denial_views: list[DenialView] = field(default_factory=list)
    views: dict[str, NegotiationView] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    members: set[str] = field(default_factory=set)  # stored events whose reports were read
    gone: set[str] = field(default_factory=set)  # stored events merged into others
    keeping: list[str] = field(default_factory=list)  # promises whose keeping is written

    def disputed(self, event_id: str, disputes: str | None, by: list[str]) -> None:
        """Give a changed event the denial it is and the denials of it (``denial_links``):
        its rows and negotiation view were made before the links were known."""
        row = self.row_of[event_id]
        body, state = json.loads(row["body"]), json.loads(row["state"])
        mode = disputed_mode(body["type"], body["mode"], bool(by))
        body["disputes"], body["disputed_by"], body["mode"] = disputes, by, mode
        state["disputes"], state["disputed_by"] = disputes, by
        row.update(mode=mode, body=_dumps(body), state=_dumps(state))
        self.views[event_id] = replace(self.views[event_id], mode=mode)


def _chunks(reached: dict[tuple, list[int]], touched: set[tuple]) -> list[list[tuple]]:
    """The touched components, in chunks of at most ``MERGE_CHUNK`` stored reports (or one
    component of more)."""
    out: list[list[tuple]] = []
    chunk: list[tuple] = []
    size = 0
    for comp in sorted(touched, key=repr):
        n = len(reached.get(comp, ()))
        if chunk and size + n > MERGE_CHUNK:
            out.append(chunk)
            chunk, size = [], 0
        chunk.append(comp)
        size += n
    if chunk:
        out.append(chunk)
    return out


def _stored_reports(
    conn: Connection, read: list[int]
) -> tuple[list[Report], dict[str, set[tuple]], dict[tuple, tuple[int, str, str]]]:
    """The stored reports of the ``story_reports`` rows ``read``; each story event's reports
    among them (by ``Report.key``); each report's row id, event and stored merge key."""
    old_reports: list[Report] = []
    members: dict[str, set[tuple]] = defaultdict(set)
    row_of: dict[tuple, tuple[int, str, str]] = {}
    # the one statement of an update that reads many rows: plain SQL, its values read here
    # (SQLAlchemy's typed rows cost twice the query's own time)
    query = sql(
        "SELECT sr.id, sr.story_event_id, e.article_id, e.idx, e.type, e.mode, "
        "e.source_actor, e.target_actor, e.date, e.place_name, e.place_country, e.lat, e.lon, "
        "e.evidence, e.attribution_idx, a.published, a.outlet, sr.key, e.date_basis, e.subtype "
        "FROM story_reports sr "
        "JOIN events e ON e.article_id = sr.article_id AND e.idx = sr.idx "
        "JOIN articles a ON a.id = e.article_id WHERE sr.id IN :ids"
    ).bindparams(bindparam("ids", expanding=True))
    for batch in _batches(read):
        # all of a batch's rows at once: row by row, the result's own fetching costs more
        # than the rows' reading
        for row in conn.execute(query, {"ids": batch}).fetchall():
            (row_id, event_id, article, idx, type_, mode, source, target, day, place_name,
             place_country, lat, lon, evidence, attribution, published, outlet,
             key, basis, subtype) = row  # fmt: skip
            place = (
                {"name": place_name, "country": place_country, "lat": lat, "lon": lon}
                if place_name
                else None
            )
            r = Report(
                article=article,
                published=_date(published),
                outlet=outlet,
                type=type_,
                mode=mode,
                source=source,
                target=target,
                date=_date(day),
                place=place,
                evidence=_json(evidence),
                attribution=attribution,
                idx=idx,
                date_basis=basis,
                subtype=subtype,
            )
            old_reports.append(r)
            members[event_id].add(r.key)
            row_of[r.key] = (row_id, event_id, key)
    return old_reports, members, row_of


def _merge_chunk(
    conn: Connection,
    context: _MergeContext,
    read: list[int],
    new_reports: list[Report],
    merged: _Merged,
) -> None:
    """Merge again the stored reports ``read`` (of whole components, or of their runs of
    days) with the ``new_reports`` that fall in them, adding to ``merged`` the rows of the
    story events that change (their denials left to ``_Merged.disputed``)."""
    side = context.side
    old_reports, members, row_of = _stored_reports(conn, read)
    groups = merge_groups(old_reports + new_reports, side, context.names, context.targets)
    # a group's story event is named by its first report (``story_event_id``)
    ids = [story_event_id(group[0]) for group in groups]
    # an event is built again when its reports changed, or one of them moved to another key
    # (its disagreements on sides may change with it), or it is a proposal ``forced`` names
    changed = story_events(
        [
            gr
            for i, gr in zip(ids, groups, strict=True)
            if {r.key for r in gr} != members.get(i)
            or i in context.forced
            or any((r.type, r.mode, r.source, r.target) in context.moving for r in gr)
        ],
        side,
    )
    merged.changed.update(e.id for e in changed)
    merged.members.update(members)
    merged.gone.update(set(members) - set(ids))

    # the named sides of new proposals: the sides their articles mention
    named: dict[str, set[str]] = defaultdict(set)
    wanted = {r.article for e in changed if e.mode == "proposed" for r in e.reports}
    for batch in _batches(wanted):
        query = select(MentionRow.article_id, MentionRow.actor_id).where(
            MentionRow.article_id.in_(batch)
        )
        for article_id, actor_id in conn.execute(query):
            named[article_id].add(side.get(actor_id, actor_id))

    # the rows of the events that keep their id are updated, and reports that move are
    # pointed at their new event: none is deleted and written again
    key_text = context.key_text
    report_keys = {r.key: key_text(report_key(r, side, context.targets)) for r in old_reports}
    report_keys.update({r.key: key_text(context.new_keys[r.key]) for r in new_reports})
    for e in changed:
        merged.denial_views.append(
            DenialView(e.id, e.type, e.source, e.target, tuple(_told(first_told(e))), denies(e))
        )
        sides_named = set()
        if e.mode == "proposed":
            for r in e.reports:
                sides_named |= named.get(r.article, set())
        view = NegotiationView.naming(e, sides_named)
        merged.views[e.id] = view
        telling = None
        looked_after = _looked_after(e.mode, view.kind)
        if looked_after and (state := promise_state(e, side)) is not None:
            telling = _earliest(conn, state, context.names)
        t = tuple(telling) if telling else None
        item = item_of(e, status_of(t) if view.kind == "commitment" else None)
        row = _event_row(e, _state(e, e.mode, side, t, view.kind), item, view.named)
        (merged.rows_kept if e.id in members else merged.rows).append(row)
        merged.row_of[e.id] = row
        for r in e.reports:
            stored_row = row_of.get(r.key)
            if stored_row is not None and stored_row[1] != e.id:
                merged.moved.append({"row_id": stored_row[0], "event": e.id})
            if stored_row is not None and stored_row[2] != report_keys[r.key]:
                merged.keyed.append({"row_id": stored_row[0], "new_key": report_keys[r.key]})
        fresh = [r for r in e.reports if r.key not in row_of]
        merged.report_rows += _report_rows(
            StoryEvent(e.id, e.type, e.mode, None, None, None, None, fresh), report_keys
        )
        if e.mode in PROMISED:
            merged.keeping.append(e.id)
            _keep(conn, e, t, context.articles, merged)


def _keep(
    conn: Connection, e, telling: tuple | None, articles: dict[str, Article], merged: _Merged
) -> None:
    """The keeping of the promise ``e`` (a story event, or a stored event's compact state),
    a story event of its own, when its ``telling`` says it was kept."""
    status, evidence = status_of(telling)
    if status != "kept" or told_by_report(evidence[0], _report_spans(conn, telling[1])):
        return
    art = articles.get(telling[1]) or _article(conn, telling[1])
    kept = kept_event(e, evidence[0], art)
    merged.kept_events.append(_event_row(kept, {"kept_of": e.id}, None))
    merged.report_rows += _report_rows(kept, None)


def _resided_sentences(
    conn: Connection, naming: set[str], side: dict[str, str], new_sentences: list[dict]
) -> set[tuple]:
    """The sentence index of the stored articles ``naming`` (that name an actor whose side
    changed) made again with ``side``: rows that come are added to ``new_sentences`` (to be
    tried against the stored promises), and (side, article, start, end) of each row that
    goes is returned (a promise told there is looked for again)."""
    gone: set[tuple] = set()
    if not naming:
        return gone
    t = StorySentenceRow
    for batch in _batches(naming):
        arts = {
            row.id: row
            for row in conn.execute(
                select(
                    ArticleRow.id, ArticleRow.published, ArticleRow.outlet, ArticleRow.text
                ).where(ArticleRow.id.in_(batch))
            )
        }
        mentioned = _mentions(conn, batch)
        now = {}
        for i, row in arts.items():
            art = Article(i, row.published, row.text, mentioned.get(i, {}), row.outlet)
            for r in _sentence_rows(art, side):
                now[(r["side"], r["article_id"], r["start"], r["end"])] = r
        stored = {
            (row.side, row.article_id, row.start, row.end): row.id
            for row in conn.execute(
                select(t.id, t.side, t.article_id, t.start, t.end).where(t.article_id.in_(batch))
            )
        }
        dropped = [row_id for k, row_id in stored.items() if k not in now]
        gone.update(k for k in stored if k not in now)
        for ids in _batches(dropped):
            conn.execute(delete(t.__table__).where(t.__table__.c.id.in_(ids)))
        added = [r for k, r in now.items() if k not in stored]
        _insert(conn, t, added)
        new_sentences += added
    return gone


def _act_rows(acts: Counter) -> list[dict]:
    return [
        {"type": t, "mode": m, "source_actor": source, "target_actor": target, "n": n}
        for (t, m, source, target), n in acts.items()
    ]


def _reports_reached(
    conn: Connection,
    stored_keys: dict[tuple, str],
    component: dict[tuple, tuple],
    touched: set[tuple],
    whole: set[tuple],
    new_reports: list[Report],
    new_keys: dict[tuple, tuple],
) -> dict[tuple, list[int]]:
    """The ``story_reports`` rows whose story events the new reports may change, by merge
    component: in each merge component they fall in (``touched``), every stored report
    (always in those of ``whole``: their evidence holds a name stem that came or went); or,
    when all its reports are dated, only those of its runs of days the new reports fall in (a
    run: days each within ``DATE_SLACK_DAYS`` of the next, over all its keys). Reports more
    than the slack apart after a run's last day start a new group, and groups joined across
    keys (a side left unnamed or named otherwise, an act told both ways round) begin within
    the slack of each other: runs are merged alone as within the whole."""
    keys_of: dict[tuple, list[str]] = defaultdict(list)
    for key, text in stored_keys.items():
        if component[key] in touched:
            keys_of[component[key]].append(text)
    rows: dict[tuple, list[tuple[int, date | None]]] = defaultdict(list)
    texts = {text: key for key, text in stored_keys.items()}
    query = sql("SELECT id, key, told FROM story_reports WHERE key IN :keys").bindparams(
        bindparam("keys", expanding=True)
    )
    day_of = {}  # reports of a component share few days: each is parsed once
    for batch in _batches([t for ts in keys_of.values() for t in ts]):
        for row_id, key, told in conn.execute(query, {"keys": batch}).fetchall():
            if told not in day_of:
                day_of[told] = _date(told)
            rows[component[texts[key]]].append((row_id, day_of[told]))
    new_days: dict[tuple, list[date | None]] = defaultdict(list)
    for r in new_reports:
        new_days[component[new_keys[r.key]]].append(told_day(r))
    out: dict[tuple, list[int]] = {}
    for comp, stored in rows.items():
        days = new_days[comp]
        if comp in whole or None in days or any(told is None for _, told in stored):
            out[comp] = [row_id for row_id, _ in stored]
            continue
        ordinals = sorted({d.toordinal() for d in days} | {t.toordinal() for _, t in stored})
        run, runs = 0, {}
        for k, day in enumerate(ordinals):
            if k and day - ordinals[k - 1] > DATE_SLACK_DAYS:
                run += 1
            runs[day] = run
        reached = {runs[d.toordinal()] for d in days}
        out[comp] = [row_id for row_id, told in stored if runs[told.toordinal()] in reached]
    return out


def _date(value) -> date | None:
    """A date column's value as plain SQL gives it (SQLite: text; PostgreSQL: a date)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _json(value):
    """A JSON column's value as plain SQL gives it (SQLite: text; PostgreSQL: parsed)."""
    return json.loads(value) if isinstance(value, str) else value


def _sentence_telling(row: dict) -> list:
    published = date.fromordinal(row["day"]).isoformat()
    return [published, row["article_id"], row["start"], row["end"], row["negated"]]


def _earliest(conn: Connection, state: dict, names: frozenset[str]) -> list | None:
    """``earliest_telling`` of a promise, over the stored sentence index: the sentences of its
    side and days that hold one of ``len(keys) - need + 1`` of some report's keys (a sentence
    holding ``need`` of them holds one of any so many: the prefix filter of
    ``Sentences.telling``; names, which most sentences of the side hold, are taken last), each
    then tested whole (``tells``)."""
    first = date.fromisoformat(state["first"]).toordinal()
    until = date.fromisoformat(state["until"]).toordinal()
    chosen: set[str] = set()
    for keys in {tuple(k) for k in state["keys"]}:
        need = math.ceil(KEPT_SHARE * len(keys))
        chosen |= set(
            sorted(keys, key=lambda k: (k[:STEM_CHARS] in names, k))[: len(keys) - need + 1]
        )
    if not chosen:
        return None
    # plain SQL: a Core statement of a varying number of LIKEs is compiled anew at each call
    # (a few tenths of a millisecond each, for each promise an update looks at)
    keys = sorted(chosen)
    likes = " OR ".join(f"stems LIKE :k{n} ESCAPE '\\'" for n in range(len(keys)))
    query = sql(
        'SELECT day, article_id, start, "end", negated, stems FROM story_sentences '
        f"WHERE side = :side AND day > :first AND day <= :until AND ({likes}) "
        # in the order of ``earliest_telling``'s tuples: the first sentence that tells it is it
        "ORDER BY day, article_id, start"
    )
    params = {"side": state["who"], "first": first, "until": until}
    params.update({f"k{n}": f"% {like_literal(k)} %" for n, k in enumerate(keys)})
    test = telling_test(state)
    for day, article, s, t, negated, held in conn.execute(query, params):
        if test(day, article, frozenset(held.split())):
            return [date.fromordinal(day).isoformat(), article, s, t, bool(negated)]
    return None


def like_literal(text: str) -> str:
    """``text`` matched literally by a LIKE pattern whose escape character is a backslash
    (the story's promise search and the web app's search both)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _report_spans(conn: Connection, article_id: str) -> list[tuple[int, int]]:
    """The evidence spans of the stored article's reports (its events' rows)."""
    rows = conn.execute(select(EventRow.evidence).where(EventRow.article_id == article_id))
    return [(s, t) for (evidence,) in rows for s, t in _json(evidence)["spans"]]


def _article(conn: Connection, article_id: str) -> Article:
    row = conn.execute(
        select(ArticleRow.id, ArticleRow.published, ArticleRow.text, ArticleRow.outlet).where(
            ArticleRow.id == article_id
        )
    ).one()
    return Article(row.id, row.published, row.text, {}, row.outlet)
