"""Schema 4: the whole story as `parley story` writes it, kept beside its tables, so that the
API and the command line read the stored story instead of rebuilding it.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_document",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
    )
    op.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
