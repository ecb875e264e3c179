"""Owners, teams and row-level security (issue 17).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Reserved in the chain so that the work on issue 17 lands in a fixed order; no schema change yet.
"""


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
