"""Repair databases stamped while 0007, 0009 and 0010 were reserved, empty steps.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

Main carried 0007, 0009 and 0010 as empty placeholders for one stop (they were filled later).
A database upgraded then is stamped 0010 without the row versions, the NOTIFY trigger or the
offline tables. Each of those steps is idempotent; this one runs them again, so such a
database gets what it lacks and a database that has them is left as it is.
"""
from alembic import context

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_STEPS = ('0007', '0009', '0010')


def upgrade() -> None:
    # the same modules alembic loaded for those revisions, from its script directory
    for rev in _STEPS:
        context.script.get_revision(rev).module.upgrade()


def downgrade() -> None:
    pass  # nothing of its own to take back: 0010..0007 downgrade what they made
