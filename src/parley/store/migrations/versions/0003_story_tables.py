"""Schema 3: the story's events and their reports, kept by `parley run`.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False, index=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("source_actor", sa.String(256), index=True),
        sa.Column("target_actor", sa.String(256), index=True),
        sa.Column("date", sa.Date(), index=True),
        sa.Column("place_name", sa.String(256)),
        sa.Column("place_country", sa.String(3)),
        sa.Column("disagreements", sa.JSON(), nullable=False),
    )
    op.create_table(
        "story_reports",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("story_event_id", sa.String(64), sa.ForeignKey("story_events.id"), index=True),
        sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), index=True),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("date", sa.Date()),
        sa.Column("evidence", sa.JSON(), nullable=False),
    )
    op.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
