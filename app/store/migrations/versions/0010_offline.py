"""Offline copies of a team database (issue 17).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Reserved in the chain so that the work on issue 17 lands in a fixed order; no schema change yet.
"""


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
