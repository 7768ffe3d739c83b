"""Schema 2: events gain PLOVER's sub-type and contexts and the time expression as written.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("subtype", sa.String(32)))
        batch.add_column(sa.Column("contexts", sa.JSON()))
        batch.add_column(sa.Column("date_text", sa.String(64)))
    op.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
