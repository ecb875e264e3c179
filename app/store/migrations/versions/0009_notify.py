"""Change notifications for live refresh (issue 17).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03

Reserved in the chain so that the work on issue 17 lands in a fixed order; no schema change yet.
"""


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
