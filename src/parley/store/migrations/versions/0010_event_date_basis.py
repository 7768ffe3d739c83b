"""Schema 10: events gain where a day their words do not tell came from (``date_basis``:
"lead", the day the article's lead gives its news; "paragraph", a day the act's paragraph
names), which the story reads as soft.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_basis", sa.String(16)))
    op.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
