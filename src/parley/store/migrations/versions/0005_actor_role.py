"""Schema 5: an actor's role, the institution of an actor known by description ("security"
for "Iraqi security officials").

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actors") as batch:
        batch.add_column(sa.Column("role", sa.String(256), nullable=True))
    op.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")
