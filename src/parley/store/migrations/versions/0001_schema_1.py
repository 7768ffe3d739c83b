"""Schema 1: articles, actors, mentions, attributions, events and meta (Parley 0.1).

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date(), index=True),
        sa.Column("outlet", sa.String(256), index=True),
        sa.Column("url", sa.Text()),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_sha1", sa.String(40), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "actors",
        sa.Column("id", sa.String(256), primary_key=True),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("country", sa.String(3), index=True),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), index=True),
        sa.Column("actor_id", sa.String(256), sa.ForeignKey("actors.id"), index=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_table(
        "attributions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), index=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.JSON()),
        sa.Column("source_actor", sa.String(256), sa.ForeignKey("actors.id"), index=True),
        sa.Column("cue", sa.JSON()),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("channel", sa.JSON()),
        sa.Column("channel_actor", sa.String(256), sa.ForeignKey("actors.id")),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), index=True),
        sa.Column("idx", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("source_actor", sa.String(256), sa.ForeignKey("actors.id"), index=True),
        sa.Column("target_actor", sa.String(256), sa.ForeignKey("actors.id"), index=True),
        sa.Column("date", sa.Date(), index=True),
        sa.Column("place_name", sa.String(256)),
        sa.Column("place_country", sa.String(3)),
        sa.Column("lat", sa.Float()),
        sa.Column("lon", sa.Float()),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("attribution_idx", sa.Integer()),
    )
    op.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
