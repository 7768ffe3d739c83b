"""Schema 9: what lets a story update go on when a batch brings new actors. Each actor's side
as the story was saved with it (``story_sides``): an update compares only the sides of the
actors the story knew, a new actor's side reaching only new reports. The stems of actor names
the story was merged without (``story_names``), and each content stem of the stored reports'
evidence with the merge keys of the reports holding it (``story_stems``): a name stem that
comes or goes regroups only the reports whose evidence holds it, found there.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_sides",
        sa.Column("actor_id", sa.String(256), primary_key=True),
        sa.Column("side", sa.String(256), nullable=False),
    )
    op.create_table("story_names", sa.Column("stem", sa.String(64), primary_key=True))
    op.create_table(
        "story_stems",
        sa.Column("stem", sa.String(64), primary_key=True),
        sa.Column("key", sa.Text(), primary_key=True),
    )
    # the story kept before this revision has none of these: the next run rebuilds it
    op.execute("DELETE FROM meta WHERE key = 'story_stale'")
    op.execute("INSERT INTO meta (key, value) VALUES ('story_stale', '1')")
    op.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
