"""Row versions for concurrent edits (issue 17).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03

Reserved in the chain so that the work on issue 17 lands in a fixed order; no schema change yet.
"""


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
