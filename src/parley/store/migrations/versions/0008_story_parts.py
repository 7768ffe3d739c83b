"""Schema 8: the story kept in parts, so that adding articles updates only the parts they
reach instead of rebuilding it (issue 22). Each story event keeps its STORY.json object
(``body``), its negotiation item (``item``) and what updating the story needs of it
(``state``); each report its merge key, the day it tells and its index in its article; the
negotiations their plan; the sentence index that tells whether promises were kept; which
articles the story covers; how many reports tell each act (type, mode, source, target).
STORY.json is assembled from these when read, so the whole-story document goes.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("story_events") as batch:
        batch.add_column(sa.Column("body", sa.Text()))
        batch.add_column(sa.Column("item", sa.Text()))
        batch.add_column(sa.Column("state", sa.Text()))
        batch.add_column(sa.Column("reports", sa.Integer()))
        batch.add_column(sa.Column("named", sa.Text()))
    with op.batch_alter_table("story_reports") as batch:
        batch.add_column(sa.Column("idx", sa.Integer()))
        batch.add_column(sa.Column("key", sa.Text()))
        batch.add_column(sa.Column("told", sa.Date()))
    op.create_index("ix_story_reports_key", "story_reports", ["key"])
    op.create_table(
        "story_negotiations",
        sa.Column("rank", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("mediators", sa.JSON(), nullable=False),
        sa.Column("events", sa.JSON(), nullable=False),
    )
    op.create_table(
        "story_articles",
        sa.Column("article_id", sa.String(512), primary_key=True),
    )
    op.create_table(
        "story_sentences",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("side", sa.String(256), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.String(512), nullable=False, index=True),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("stems", sa.Text(), nullable=False),
    )
    op.create_index("ix_story_sentences_side_day", "story_sentences", ["side", "day"])
    op.create_table(
        "story_acts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("source_actor", sa.String(256)),
        sa.Column("target_actor", sa.String(256)),
        sa.Column("n", sa.Integer(), nullable=False),
    )
    op.drop_table("story_document")
    # the story kept before this revision has none of its parts: the next run rebuilds it
    op.execute("DELETE FROM meta WHERE key = 'story_stale'")
    op.execute("INSERT INTO meta (key, value) VALUES ('story_stale', '1')")
    op.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
