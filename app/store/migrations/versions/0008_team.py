"""Owners, teams and row-level security (issue 17).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

work_order.owner is the database role of the account manager who owns it, work_order.team the
team it belongs to (both NULL for existing rows: unowned); history.db_role is the database role
that made the change (``current_user`` on PostgreSQL), beside the OS user already recorded;
team_member maps a person's role to a team, as member (manager, reviewer) or lead. On SQLite
these columns exist (one schema on both engines) but no role or policy does.

The PostgreSQL roles, grants and row-level security policies are not created here: the
database owner runs migrations, and creating roles needs CREATEROLE; ``team init`` creates them
(idempotently) when an administrator asks (see app/store/team.py).
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


#: On PostgreSQL a new work order created by a person of a team (a role in team_member) is theirs
#: and their team's; one created by anyone else (the administrator, ``migrate``) stays unowned.
PG_NEW_WORK_ORDER = """
CREATE FUNCTION planner_new_work_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.owner IS NULL AND EXISTS (SELECT 1 FROM team_member WHERE role_name = current_user) THEN
    NEW.owner := current_user;
  END IF;
  IF NEW.team IS NULL AND NEW.owner IS NOT NULL THEN
    NEW.team := (SELECT team FROM team_member WHERE role_name = NEW.owner
                 ORDER BY kind = 'lead' DESC, team LIMIT 1);
  END IF;
  RETURN NEW;
END $$"""


def upgrade() -> None:
    # plain ADD COLUMN: a batch rebuild of work_order would cascade-delete its children
    op.add_column('work_order', sa.Column('owner', sa.String(length=200), nullable=True))
    op.add_column('work_order', sa.Column('team', sa.String(length=100), nullable=True))
    op.create_index('ix_work_order_owner', 'work_order', ['owner'])
    op.create_index('ix_work_order_team', 'work_order', ['team'])
    op.add_column('history', sa.Column('db_role', sa.String(length=200), nullable=True))
    op.create_table(
        'team_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('role_name', sa.String(length=200), nullable=False),
        sa.Column('team', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member')),
        sa.UniqueConstraint('role_name', 'team', name=op.f('uq_team_member_role_name')),
    )
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(PG_NEW_WORK_ORDER)
        op.execute('CREATE TRIGGER planner_new_work_order BEFORE INSERT ON work_order '
                   'FOR EACH ROW EXECUTE FUNCTION planner_new_work_order()')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('DROP TRIGGER IF EXISTS planner_new_work_order ON work_order')
        op.execute('DROP FUNCTION IF EXISTS planner_new_work_order()')
    op.drop_table('team_member')
    op.execute('ALTER TABLE history DROP COLUMN db_role')
    op.drop_index('ix_work_order_team', 'work_order')
    op.drop_index('ix_work_order_owner', 'work_order')
    op.execute('ALTER TABLE work_order DROP COLUMN team')
    op.execute('ALTER TABLE work_order DROP COLUMN owner')
