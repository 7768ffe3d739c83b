"""The store: articles and what Parley extracted from them, in SQLite or PostgreSQL.

Each article is written in one transaction, so a failure leaves the database as it was
before that article; an article whose id is already stored is not stored again.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from types import SimpleNamespace

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    make_url,
    select,
    text,
    update,
)
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from parley.model import Actor, Extraction, Span, text_sha1
from parley.store import story as story_parts
from parley.store.schema import (
    SCHEMA_VERSION,
    ActorRow,
    ArticleRow,
    AttributionRow,
    EventRow,
    MentionRow,
    Meta,
    StoryEventRow,
    StoryReportRow,
)
from parley.store.story import STORY_REBUILD, STORY_STALE, StoryIdError
from parley.story import StoryInput, build_story, gc_paused
from parley.story.negotiation import Article as StoryArticle

# The Alembic revision that made each schema version (meta.schema_version), for databases
# written before Parley used Alembic.
REVISION_OF_SCHEMA = {1: "0001", 2: "0002", 3: "0003", 4: "0004", 5: "0005", 6: "0006", 7: "0007"}
# ``meta.story_stale`` (``STORY_STALE``) says the stored story no longer holds every stored
# article's events: set with each article stored, cleared when the story covers it.
MIGRATIONS = Path(__file__).parent / "migrations"
# How long a write to a SQLite file waits for another process's transaction on it before it
# gives up with a message: another `parley run` holds it for one article at a time, and while
# it rebuilds the story (seconds on a large store).
LOCK_WAIT_SECONDS = 120
# How a SQLite store journals its writes (https://www.sqlite.org/wal.html): write-ahead logging,
# whose commit appends to the log and, with synchronous NORMAL, syncs it to disk at checkpoints
# rather than at every commit (the rollback journal's default syncs twice a commit: 20-30 ms
# each here, one per stored article and one per story update). A killed process loses no
# committed article (the log is replayed when the store is opened next); a power cut may lose
# the last commits, never the store's integrity. Readers no longer wait for a writer.
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def _alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


__all__ = [
    "SCHEMA_VERSION",
    "Store",
    "StoreError",
    "StoryError",
    "database_url",
    "masked",
    "read_story_input",
]


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message names it and says what to do."""


class StoryError(StoreError):
    """A story could not be saved; the stored articles and the previous story are untouched."""


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


def _joined(row, actor) -> dict:
    """What the store keeps of an actor that several articles tell of, whatever order they
    came in: the longest name (ties: the first in alphabetical order), the first type in
    alphabetical order, and the first country and role so (one over none). Each is a choice
    that is the same whichever article came first, so the story built from the store is too.
    Returns the stored ``row``'s columns that change (none: an empty dict)."""
    countries = [c for c in (row.country, actor.country) if c]
    roles = [r for r in (row.role, actor.role) if r]
    kept = {
        "name": min((row.name, actor.name), key=lambda n: (-len(n), n)),
        "type": min(row.type, actor.type),
        "country": min(countries) if countries else None,
        "role": min(roles) if roles else None,
    }
    return {column: value for column, value in kept.items() if getattr(row, column) != value}


def _delete_article(conn: Connection, art_id: str) -> None:
    """Remove an article and every row that points into its text (actors stay: other
    articles may mention them). The story's reports of it go too; the story is then stale,
    and only a rebuild is sure to give it (``STORY_REBUILD``)."""
    for table in (StoryReportRow, EventRow, AttributionRow, MentionRow):
        conn.execute(delete(table.__table__).where(table.article_id == art_id))
    conn.execute(delete(ArticleRow.__table__).where(ArticleRow.id == art_id))
    story_parts.set_meta(conn, {STORY_REBUILD: "1"})


# The PostgreSQL advisory lock Parley's writers take for a transaction (any number that
# no other application on the database uses for its own advisory locks).
WRITE_LOCK_KEY = 0x7061726C  # "parl"


def _write_lock(conn) -> None:
    """Take the store's write lock for this transaction now, waiting for another process's
    write to end, so what the transaction reads (is the article stored? the actor?) stays
    true until it commits: SQLite's ``BEGIN IMMEDIATE`` (a deferred transaction would read,
    then fail to upgrade its lock), PostgreSQL's transaction-level advisory lock (two writers
    would both insert the same new actor)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """``SQLITE_PRAGMAS`` on each new connection to a SQLite store. The log is the file's own
    setting, kept once any connection set it: a connection that cannot set it leaves it to
    the next (a read-only file; or another process holding the file's write lock, as while it
    creates a new store: the change waits for no lock, and would fail the run)."""
    cursor = dbapi_connection.cursor()
    try:
        journal, synchronous = SQLITE_PRAGMAS
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            try:
                cursor.execute(journal)
            except sqlite3.OperationalError as err:
                if not any(word in str(err) for word in ("readonly", "read-only", "locked")):
                    raise
        cursor.execute(synchronous)
    finally:
        cursor.close()


def _locked(err: OperationalError) -> bool:
    return "database is locked" in str(err.orig)


def _password(db: str | Path) -> str | None:
    """The password of a database URL, if it names one and SQLAlchemy can read it."""
    text = str(db)
    if "://" not in text:
        return None
    try:
        return make_url(text).password
    except (ArgumentError, ValueError):
        return None


def masked(db: str | Path) -> str:
    """``db`` as it may be shown: a URL with its password replaced by ``***``."""
    text = str(db)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except (ArgumentError, ValueError):
        # not a URL SQLAlchemy reads: hide whatever lies between "user:" and "@"
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
    return url.render_as_string(hide_password=True) if url.password else text


def _scrub(message: str, db: str | Path) -> str:
    """``message`` without the password of ``db``, should a driver repeat it."""
    password = _password(db)
    return message.replace(str(password), "***") if password else message


def _span_json(span: Span | None) -> dict | None:
    return span.to_json() if span is not None else None


def _add_actors(conn: Connection, actors: list[Actor]) -> None:
    """Add the article's actors that are new to the store, and join the others' facts into
    the stored ones (``_joined``), with one query for all of them."""
    table = ActorRow.__table__
    ids = list(dict.fromkeys(a.id for a in actors))
    stored = {row.id: row for row in conn.execute(select(table).where(table.c.id.in_(ids)))}
    new: dict[str, dict] = {}
    for actor in actors:
        row = stored.get(actor.id)
        if row is None and actor.id not in new:
            new[actor.id] = {
                "id": actor.id,
                "name": actor.name,
                "type": actor.type,
                "country": actor.country,
                "role": actor.role,
            }
        elif row is None:  # one actor twice in the article's list: join the two
            first = SimpleNamespace(**new[actor.id])
            new[actor.id].update(_joined(first, actor))
        else:
            changed = _joined(row, actor)
            if changed:
                conn.execute(update(table).where(table.c.id == actor.id).values(**changed))
                stored[actor.id] = SimpleNamespace(**{**row._asdict(), **changed})
    if new:
        conn.execute(insert(table), list(new.values()))


def _mention_rows(ex: Extraction) -> list[dict]:
    art = ex.article
    return [
        {"article_id": art.id, "actor_id": actor.id, "start": s, "end": e, "text": art.text[s:e]}
        for actor in ex.actors
        for s, e in actor.mentions
    ]


def _attribution_rows(ex: Extraction) -> list[dict]:
    return [
        {
            "article_id": ex.article.id,
            "idx": i,
            "kind": a.kind,
            "source": _span_json(a.source),
            "source_actor": a.source_actor,
            "cue": _span_json(a.cue),
            "content": a.content.to_json(),
            "content_text": a.content.text,
            "channel": _span_json(a.channel),
            "channel_actor": a.channel_actor,
        }
        for i, a in enumerate(ex.attributions)
    ]


def _event_rows(ex: Extraction) -> list[dict]:
    """The article's ``events`` rows, keyed by column name (a Core insert ignores other keys:
    the column ``date`` is the attribute ``EventRow.event_date``)."""
    return [
        {
            "article_id": ex.article.id,
            "idx": i,
            "type": e.type,
            "mode": e.mode,
            "source_actor": e.source,
            "target_actor": e.target,
            "date": e.date,
            "place_name": e.place.name if e.place else None,
            "place_country": e.place.country if e.place else None,
            "lat": e.place.lat if e.place else None,
            "lon": e.place.lon if e.place else None,
            "evidence": e.evidence.to_json(),
            "attribution_idx": e.attribution,
            "subtype": e.subtype,
            "contexts": list(e.contexts),
            "date_text": e.date_text,
            "date_basis": e.date_basis,
        }
        for i, e in enumerate(ex.events)
    ]


def _stale(session: Session) -> bool:
    """Whether articles were stored since the story was saved (a database written before
    Parley kept this mark is stale when it holds any event)."""
    row = session.get(Meta, STORY_STALE)
    if row is None:
        return session.scalar(select(EventRow.article_id).limit(1)) is not None
    return row.value == "1"


def _at_revision(conn, revision: str | None) -> bool:
    """Whether the database's schema is at Alembic's ``revision`` (read without a lock)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return False
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == revision


def read_story_input(engine: Engine | Connection) -> StoryInput:
    """Everything the story needs, as plain records: reports, actors, articles (with
    mentions), read through ``engine`` or a connection (nothing is written: a read-only
    connection serves).
    Rows are read as plain tuples (no ORM objects): the story of a large store is mostly this
    reading."""
    with Session(engine) as session:
        arts = {
            row.id: row
            for row in session.execute(
                select(ArticleRow.id, ArticleRow.published, ArticleRow.outlet, ArticleRow.text)
            )
        }
        actors, mentions = story_parts.actors_and_mentions(session)
        query = select(*story_parts.EVENT_COLUMNS).order_by(EventRow.article_id, EventRow.idx)
        reports = [
            story_parts.report_of(e, arts[e.article_id].published, arts[e.article_id].outlet)
            for e in session.execute(query)
        ]
        articles = {
            a.id: StoryArticle(a.id, a.published, a.text, dict(mentions.get(a.id, {})), a.outlet)
            for a in arts.values()
        }
    return StoryInput(reports, actors, articles)


class Store:
    """A Parley database. ``Store("parley.sqlite")`` or ``Store("postgresql://...")``."""

    def __init__(self, db: str | Path) -> None:
        self.url = database_url(db)
        # how the database is named in messages and summaries: never with its password
        self.name = masked(db)
        if self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if path.parent and not path.parent.exists():
                raise StoreError(
                    f"{self.name}: the folder {path.parent} does not exist; create it first"
                )
        try:
            sqlite = self.url.startswith("sqlite")
            self.engine: Engine = create_engine(
                self.url, connect_args={"timeout": LOCK_WAIT_SECONDS} if sqlite else {}
            )
            if sqlite:
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._migrate()
        except OperationalError as err:
            if self.url.startswith("sqlite") and _locked(err):
                raise StoreError(self._busy_message()) from None
            if self.url.startswith("sqlite"):
                raise StoreError(
                    f"{self.name} cannot be opened as a Parley database ({err.orig}); "
                    "give a new file name or a database Parley wrote"
                ) from None
            raise StoreError(
                _scrub(
                    f"{self.name} cannot be reached ({str(err.orig).strip()}); check that the "
                    "server runs and the URL's host, port, user and password",
                    db,
                )
            ) from None
        except DatabaseError as err:
            raise StoreError(
                _scrub(
                    f"{self.name} cannot be opened as a Parley database ({err.orig}); "
                    "give a new file name or a database Parley wrote",
                    db,
                )
            ) from None
        except (SQLAlchemyError, ValueError) as err:
            raise StoreError(
                _scrub(f"{self.name} cannot be opened ({err}); check the path or URL", db)
            ) from None

    def _migrate(self) -> None:
        """Bring the database to the current schema with Alembic (``migrations/``): a new
        database is created by the migrations themselves; one written before Parley used
        Alembic is stamped with the revision of its ``meta.schema_version`` first; one written
        by a newer Parley is refused, untouched. A second process that opens the same new
        SQLite file meanwhile waits for the first to create it."""
        with self.engine.begin() as conn:
            config = _alembic_config(conn)
            script = ScriptDirectory.from_config(config)
            if not _at_revision(conn, script.get_current_head()):
                _write_lock(conn)
            tables = set(inspect(conn).get_table_names())
            known = {rev.revision for rev in script.walk_revisions()}
            if "alembic_version" in tables:
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if current not in known:
                    raise StoreError(
                        f"{self.name} was written by a newer Parley (schema revision "
                        f"{current}); upgrade Parley"
                    )
            elif "articles" in tables:
                version = conn.execute(
                    text("SELECT value FROM meta WHERE key = 'schema_version'")
                ).scalar()
                if version is None or int(version) > SCHEMA_VERSION:
                    raise StoreError(
                        f"{self.name} was written by a newer Parley (schema {version}); "
                        "upgrade Parley"
                    )
                command.stamp(config, REVISION_OF_SCHEMA[int(version)])
            elif tables - {"alembic_version"}:
                raise StoreError(
                    f"{self.name} holds tables that are not Parley's ({', '.join(sorted(tables))});"
                    " give a new database"
                )
            command.upgrade(config, "head")

    def _busy_message(self) -> str:
        return (
            f"{self.name} is being written by another process, which held it for more than "
            f"{LOCK_WAIT_SECONDS} s; nothing was changed: run again when it is done"
        )

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

    def stored_hashes(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Each stored article's id and the hash of its text (``text_sha1``), among ``ids``
        when given (a run asks for the articles it reads, a few at a time, so its memory does
        not grow with the store)."""
        query = select(ArticleRow.id, ArticleRow.text_sha1)
        if ids is not None:
            query = query.where(ArticleRow.id.in_(list(ids)))
        with Session(self.engine) as session:
            return dict(session.execute(query).all())

    def add(self, ex: Extraction, replace: bool = False) -> bool:
        """Store one article and its extraction in one transaction.

        An article whose id is stored is left as it is (returns False, changes nothing), or
        with ``replace`` its rows are replaced by these in the same transaction.
        """
        try:
            return self._add(ex, replace)
        except OperationalError as err:
            if _locked(err):
                raise StoreError(self._busy_message()) from None
            raise

    def _add(self, ex: Extraction, replace: bool) -> bool:
        # Core statements on one connection: the ORM's unit of work cost the writer about
        # three times the database's own work per article, time taken from the workers
        # extracting beside it (benchmarks/scale.py)
        art = ex.article
        with self.engine.connect() as conn:
            _write_lock(conn)
            if conn.execute(select(ArticleRow.id).where(ArticleRow.id == art.id)).first():
                if not replace:
                    conn.rollback()
                    return False
                _delete_article(conn, art.id)
            article = {
                "id": art.id,
                "title": art.title,
                "published": art.published,
                "outlet": art.outlet,
                "url": art.url,
                "origin": art.origin,
                "text": art.text,
                "text_sha1": text_sha1(art.text),
                "stored_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
            }
            conn.execute(insert(ArticleRow.__table__), [article])
            _add_actors(conn, ex.actors)
            # the article's rows in one statement per table: a row at a time (a query and a
            # flush per actor) made the writer slower than two extracting workers
            rows = {
                MentionRow: _mention_rows(ex),
                AttributionRow: _attribution_rows(ex),
                EventRow: _event_rows(ex),
            }
            for table, values in rows.items():
                if values:
                    conn.execute(insert(table.__table__), values)
            story_parts.set_meta(conn, {STORY_STALE: "1"})
            conn.commit()
        return True

    def refresh_story(self, rebuild: bool = False, update_only: bool = False) -> str:
        """Bring the stored story up to date when articles were stored since it was saved: "updated"
        when only what the new articles reach was merged again (``parley.store.story.update``),
        "rebuilt" when the whole story was (with ``rebuild``, or when an update cannot be sure to
        give the rebuild's story; with ``update_only``, "declined" instead, nothing written), ""
        (false) when it was up to date. SQLite's write lock is held from reading the reports to
        saving the story, so an article another process stores meanwhile waits and leaves the story
        stale for the next run (never marked as covered when it is not). Two story events that would
        share an id are refused with ``StoryError``, the stored story untouched."""
        with self.engine.connect() as conn:
            _write_lock(conn)
            with Session(conn) as session:
                if not rebuild and not _stale(session):
                    conn.rollback()
                    return ""
            try:
                with gc_paused():
                    done = "updated" if not rebuild and story_parts.update(conn) else ""
                    if not done and update_only:
                        conn.rollback()
                        return "declined"
                    if not done:
                        story_parts.rebuild(conn, read_story_input(conn))
                        done = "rebuilt"
            except StoryIdError as err:
                conn.rollback()
                raise StoryError(
                    f"the story holds {len(err.ids)} id(s) twice ({', '.join(err.ids[:3])}); "
                    "nothing was changed: please report this database to Parley's developers"
                ) from None
            conn.commit()
        return done

    def stored_story(self) -> dict | None:
        """The story saved last (STORY.json's object, assembled from its parts), when it
        still covers every stored article, else None."""
        with self.engine.connect() as conn, Session(conn) as session:
            if _stale(session):
                return None
            return story_parts.assemble(conn)

    def story(self) -> dict:
        """The story of everything stored: the saved one, brought up to date first when
        articles came since (a store opened read-only builds it without saving it)."""
        stored = self.stored_story()
        if stored is not None:
            return stored
        try:
            self.refresh_story()
        except SQLAlchemyError:
            return build_story(self.story_input())
        return self.stored_story() or build_story(self.story_input())

    def story_stale(self) -> bool:
        """Whether articles were stored since the stored story was last saved (a database
        written before Parley kept this mark is stale when it holds any event)."""
        with Session(self.engine) as session:
            return _stale(session)

    def story_input(self) -> StoryInput:
        """Everything the story needs, as plain records (``read_story_input``)."""
        return read_story_input(self.engine)

    def counts(self) -> dict[str, int]:
        """Number of rows of each kind: articles, actors, mentions, attributions, events."""
        tables = {
            "articles": ArticleRow,
            "actors": ActorRow,
            "mentions": MentionRow,
            "attributions": AttributionRow,
            "events": EventRow,
            "story_events": StoryEventRow,
        }
        with Session(self.engine) as session:
            return {
                name: session.scalar(select(func.count()).select_from(table)) or 0
                for name, table in tables.items()
            }

    def close(self) -> None:
        self.engine.dispose()
