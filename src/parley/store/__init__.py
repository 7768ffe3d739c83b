"""The store: articles and what Parley extracted from them, in SQLite or PostgreSQL.

Each article is written in one transaction, so a failure leaves the database as it was
before that article; an article whose id is already stored is not stored again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.exc import DatabaseError, SQLAlchemyError
from sqlalchemy.orm import Session

from parley.model import Extraction, Span
from parley.store.schema import (
    SCHEMA_VERSION,
    ActorRow,
    ArticleRow,
    AttributionRow,
    Base,
    EventRow,
    MentionRow,
    Meta,
)

# Forward migrations: the statements that bring a database of schema N-1 to schema N, run in
# one transaction when an older database is opened (plain SQL that SQLite and PostgreSQL share).
MIGRATIONS: dict[int, list[str]] = {
    2: [
        "ALTER TABLE events ADD COLUMN subtype VARCHAR(32)",
        "ALTER TABLE events ADD COLUMN contexts JSON",
        "ALTER TABLE events ADD COLUMN date_text VARCHAR(64)",
    ],
}

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "database_url"]


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message names it and says what to do."""


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL for ``db``: a URL as given, or a file path for SQLite."""
    text = str(db)
    if "://" in text:
        # psycopg 3 is the PostgreSQL driver Parley installs; SQLAlchemy's default for a bare
        # postgresql:// URL is psycopg2, which it does not
        for bare in ("postgresql://", "postgres://"):
            if text.startswith(bare):
                return "postgresql+psycopg://" + text[len(bare) :]
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _span_json(span: Span | None) -> dict | None:
    return span.to_json() if span is not None else None


class Store:
    """A Parley database. ``Store("parley.sqlite")`` or ``Store("postgresql://...")``."""

    def __init__(self, db: str | Path) -> None:
        self.url = database_url(db)
        self.name = str(db)
        if self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if path.parent and not path.parent.exists():
                raise StoreError(f"{db}: the folder {path.parent} does not exist; create it first")
        try:
            self.engine: Engine = create_engine(self.url)
            Base.metadata.create_all(self.engine)
            self._check_version()
        except DatabaseError as err:
            raise StoreError(
                f"{db} cannot be opened as a Parley database ({err.orig}); "
                "give a new file name or a database Parley wrote"
            ) from None
        except SQLAlchemyError as err:
            raise StoreError(f"{db} cannot be opened ({err}); check the path or URL") from None

    def _check_version(self) -> None:
        with Session(self.engine) as session, session.begin():
            row = session.get(Meta, "schema_version")
            if row is None:
                session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
            elif int(row.value) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.name} was written by a newer Parley (schema {row.value}); "
                    "upgrade Parley"
                )
            elif int(row.value) < SCHEMA_VERSION:
                for version in range(int(row.value) + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[version]:
                        session.execute(text(statement))
                row.value = str(SCHEMA_VERSION)

    def stored_ids(self, ids: Iterable[str] | None = None) -> set[str]:
        """Ids of stored articles (among ``ids`` when given)."""
        with Session(self.engine) as session:
            query = select(ArticleRow.id)
            if ids is not None:
                wanted = list(ids)
                if not wanted:
                    return set()
                query = query.where(ArticleRow.id.in_(wanted))
            return set(session.scalars(query))

    def add(self, ex: Extraction) -> bool:
        """Store one article and its extraction in one transaction.

        Returns False (and changes nothing) when an article with that id is already stored.
        """
        art = ex.article
        with Session(self.engine) as session, session.begin():
            if session.get(ArticleRow, art.id) is not None:
                return False
            session.add(
                ArticleRow(
                    id=art.id,
                    title=art.title,
                    published=art.published,
                    outlet=art.outlet,
                    url=art.url,
                    origin=art.origin,
                    text=art.text,
                    text_sha1=hashlib.sha1(art.text.encode("utf-8")).hexdigest(),
                    stored_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )
            )
            for actor in ex.actors:
                if session.get(ActorRow, actor.id) is None:
                    session.add(
                        ActorRow(
                            id=actor.id, name=actor.name, type=actor.type, country=actor.country
                        )
                    )
                session.flush()
                for s, e in actor.mentions:
                    session.add(
                        MentionRow(
                            article_id=art.id,
                            actor_id=actor.id,
                            start=s,
                            end=e,
                            text=art.text[s:e],
                        )
                    )
            for i, a in enumerate(ex.attributions):
                session.add(
                    AttributionRow(
                        article_id=art.id,
                        idx=i,
                        kind=a.kind,
                        source=_span_json(a.source),
                        source_actor=a.source_actor,
                        cue=_span_json(a.cue),
                        content=a.content.to_json(),
                        content_text=a.content.text,
                        channel=_span_json(a.channel),
                        channel_actor=a.channel_actor,
                    )
                )
            for i, e in enumerate(ex.events):
                session.add(
                    EventRow(
                        article_id=art.id,
                        idx=i,
                        type=e.type,
                        mode=e.mode,
                        source_actor=e.source,
                        target_actor=e.target,
                        event_date=e.date,
                        place_name=e.place.name if e.place else None,
                        place_country=e.place.country if e.place else None,
                        lat=e.place.lat if e.place else None,
                        lon=e.place.lon if e.place else None,
                        evidence=e.evidence.to_json(),
                        attribution_idx=e.attribution,
                        subtype=e.subtype,
                        contexts=list(e.contexts),
                        date_text=e.date_text,
                    )
                )
        return True

    def counts(self) -> dict[str, int]:
        """Number of rows of each kind: articles, actors, mentions, attributions, events."""
        tables = {
            "articles": ArticleRow,
            "actors": ActorRow,
            "mentions": MentionRow,
            "attributions": AttributionRow,
            "events": EventRow,
        }
        with Session(self.engine) as session:
            return {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in tables.items()
            }

    def close(self) -> None:
        self.engine.dispose()
