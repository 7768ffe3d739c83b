"""Schema 6: full-text search over articles' titles and texts, for the web application.

SQLite: an FTS5 table that indexes ``articles`` (external content: the text is not stored
twice) and three triggers that keep it in step with every insert, update and delete, so the
index is written by the same transaction that stores an article and a server that opens the
store read-only can search it. PostgreSQL: a GIN index on the English ``tsvector`` of title and
text; a query that names the same expression (``parley.store.search``) uses it.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', "
    "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    # the articles stored before this revision
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]
POSTGRESQL = [
    "CREATE INDEX IF NOT EXISTS articles_search ON articles USING gin "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
]


# IF NOT EXISTS: a database stamped at an older revision by hand (as the tests make one) may
# hold them already.


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE if dialect == "sqlite" else POSTGRESQL:
        op.execute(statement)
    op.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
