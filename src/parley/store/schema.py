"""The store's schema: plain tables any SQL tool can read, in SQLite or PostgreSQL.

Only portable types (strings, integers, floats, dates, text and SQLAlchemy's JSON, which is
TEXT in SQLite and JSON in PostgreSQL) are used, so the same schema holds in both.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Bumped whenever a table changes; recorded in the ``meta`` table of every database.
SCHEMA_VERSION = 10


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the database itself (``schema_version``)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class ArticleRow(Base):
    """One article, its text exactly as ingested (every offset in the store points into it)."""

    __tablename__ = "articles"
    id: Mapped[str] = mapped_column(String(512), primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(256), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    text_sha1: Mapped[str] = mapped_column(String(40))
    stored_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ActorRow(Base):
    """One actor identity across the whole store."""

    __tablename__ = "actors"
    id: Mapped[str] = mapped_column(String(256), primary_key=True)
    name: Mapped[str] = mapped_column(String(512))
    type: Mapped[str] = mapped_column(String(32), index=True)
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    role: Mapped[str | None] = mapped_column(String(256), nullable=True)


class MentionRow(Base):
    """A span of one article that refers to an actor."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class AttributionRow(Base):
    """A quotation or reported statement; span columns hold ``{"spans": [[s, e]], "text"}``."""

    __tablename__ = "attributions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    idx: Mapped[int] = mapped_column(Integer)  # position in the article's attribution list
    kind: Mapped[str] = mapped_column(String(16))
    source: Mapped[dict | None] = mapped_column(JSON)
    source_actor: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    cue: Mapped[dict | None] = mapped_column(JSON)
    content: Mapped[dict] = mapped_column(JSON)
    content_text: Mapped[str] = mapped_column(Text)
    channel: Mapped[dict | None] = mapped_column(JSON)
    channel_actor: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))


class EventRow(Base):
    """An event as one article reports it."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    source_actor: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    target_actor: Mapped[str | None] = mapped_column(ForeignKey("actors.id"), index=True)
    event_date: Mapped[dt.date | None] = mapped_column("date", Date, index=True)
    place_name: Mapped[str | None] = mapped_column(String(256))
    place_country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[dict] = mapped_column(JSON)
    attribution_idx: Mapped[int | None] = mapped_column(Integer)
    # schema 2: PLOVER's sub-type and contexts, and the time expression as written
    subtype: Mapped[str | None] = mapped_column(String(32))
    contexts: Mapped[list | None] = mapped_column(JSON)
    date_text: Mapped[str | None] = mapped_column(String(64))
    # schema 10: where a day the act's words do not tell came from ("lead", "paragraph",
    # "sentence"; ``parley.model.Event.date_basis``)
    date_basis: Mapped[str | None] = mapped_column(String(16))


class StoryEventRow(Base):
    """A real-world event as the story tells it, merged from its reports (schema 3); schema 8:
    its STORY.json object, its negotiation item, and what updating the story needs of it
    (``parley.store.story``), each as JSON text."""

    __tablename__ = "story_events"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    source_actor: Mapped[str | None] = mapped_column(String(256), index=True)
    target_actor: Mapped[str | None] = mapped_column(String(256), index=True)
    event_date: Mapped[dt.date | None] = mapped_column("date", Date, index=True)
    place_name: Mapped[str | None] = mapped_column(String(256))
    place_country: Mapped[str | None] = mapped_column(String(3))
    disagreements: Mapped[list] = mapped_column(JSON)
    body: Mapped[str | None] = mapped_column(Text)
    item: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(Text)
    reports: Mapped[int | None] = mapped_column(Integer)  # how many reports tell it
    # a proposal to no one named: the sides its articles name (JSON), what negotiations need
    named: Mapped[str | None] = mapped_column(Text)


class StoryReportRow(Base):
    """One article's report of a story event: where it tells of it (schema 3); schema 8: the
    event's index in its article (``events.idx``; none for a promise's keeping), the key it
    was merged by and the day it tells."""

    __tablename__ = "story_reports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_event_id: Mapped[str] = mapped_column(ForeignKey("story_events.id"), index=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), index=True)
    mode: Mapped[str] = mapped_column(String(16))
    report_date: Mapped[dt.date | None] = mapped_column("date", Date)
    evidence: Mapped[dict] = mapped_column(JSON)
    idx: Mapped[int | None] = mapped_column(Integer)
    key: Mapped[str | None] = mapped_column(Text, index=True)
    told: Mapped[dt.date | None] = mapped_column(Date)  # ``parley.story.merge.told_day``


class StoryNegotiationRow(Base):
    """A negotiation of the story, in the story's order (schema 8): its parties, mediators
    and the story events that are its items (each event's ``item``)."""

    __tablename__ = "story_negotiations"
    rank: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    parties: Mapped[list] = mapped_column(JSON)
    mediators: Mapped[list] = mapped_column(JSON)
    events: Mapped[list] = mapped_column(JSON)


class StoryArticleRow(Base):
    """An article the stored story covers (schema 8): the others are new to it."""

    __tablename__ = "story_articles"
    article_id: Mapped[str] = mapped_column(String(512), primary_key=True)


class StorySideRow(Base):
    """Each actor's side as the stored story was saved with it (schema 9): an update goes on
    while the actors it knew keep theirs."""

    __tablename__ = "story_sides"
    actor_id: Mapped[str] = mapped_column(String(256), primary_key=True)
    side: Mapped[str] = mapped_column(String(256))


class StoryNameRow(Base):
    """The stems of actor names the stored story was merged without (schema 9:
    ``parley.story.name_stems``)."""

    __tablename__ = "story_names"
    stem: Mapped[str] = mapped_column(String(64), primary_key=True)


class StoryStemRow(Base):
    """Each content stem the stored reports' evidence holds, names included, with the merge
    key of a report holding it (schema 9): the reports a name stem that comes or goes may
    regroup are found by it."""

    __tablename__ = "story_stems"
    stem: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(Text, primary_key=True)


class StorySentenceRow(Base):
    """A sentence of a stored article that mentions a side, once per side (schema 8): the
    index that tells whether a promise was kept (``parley.story.negotiation.Sentences``).
    ``day`` is its article's publication day (an ordinal), ``stems`` its content stems."""

    __tablename__ = "story_sentences"
    __table_args__ = (Index("ix_story_sentences_side_day", "side", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    side: Mapped[str] = mapped_column(String(256))
    day: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(String(512), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    negated: Mapped[bool] = mapped_column(Boolean)
    stems: Mapped[str] = mapped_column(Text)


class StoryActRow(Base):
    """How many stored reports tell each act (type, mode, source, target) (schema 8): what the
    sides of unnamed officials and the targets of reports naming none are inferred from, kept
    so that an update does not count every report again."""

    __tablename__ = "story_acts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(16))
    source_actor: Mapped[str | None] = mapped_column(String(256))
    target_actor: Mapped[str | None] = mapped_column(String(256))
    n: Mapped[int] = mapped_column(Integer)
