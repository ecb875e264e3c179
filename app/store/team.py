"""Who sees what on a team database (issue 17): PostgreSQL roles, grants and row-level security.

People are LOGIN roles, each a member of one group role: ``planner_manager``,
``planner_lead`` or ``planner_reviewer`` (NOLOGIN). ``team_member`` maps a person to the
team(s) they work in and how (manager, lead, reviewer). Row-level security on ``work_order``
and on every child table (through the child's work order) lets
- a manager read and write the work orders they own (``owner = current_user``) and read, only,
  those of their team(s);
- a lead read and write every work order of their team(s);
- a reviewer read, only, those of their team(s) (the grants give SELECT and nothing else);
- nobody see another team's, nor an unowned work order of no team.
The server enforces it for every query; the planner does not filter anything itself.

The ledger and the history keep their append-only rule: no UPDATE is granted on them (and the
triggers of migration 0002 refuse one); a ledger entry may be deleted by whoever may write its
work order (the Undo of its insertion), a history row is only inserted, and only as one's own
role (``db_role = current_user``).

RLS is ENABLEd, not FORCEd: the database owner (the administrator who runs migrations and
``team init``) is not one of the planner's people and sees everything, as a superuser does.
Everything here is idempotent: ``init`` run twice leaves the same roles, grants and policies.
"""

from __future__ import annotations

import re

from sqlalchemy.engine import Connection

KINDS = ("manager", "lead", "reviewer")
GROUPS = {kind: f"planner_{kind}" for kind in KINDS}
WRITERS = (GROUPS["manager"], GROUPS["lead"])
CHILDREN = ("location", "service_line", "delivery", "delivery_event", "ledger_entry")
SHARED = ("customer", "import_profile")  # no work order of their own: readable by every person

_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$")


class TeamRefused(Exception):
    """A team command cannot be done: ``reason`` names why (a key of app.messages.team)."""

    def __init__(self, reason: str, **detail: object) -> None:
        super().__init__(reason)
        self.reason, self.detail = reason, detail


def ident(name: str) -> str:
    """``name`` as an SQL identifier, always quoted."""
    return '"' + name.replace('"', '""') + '"'


def check_name(name: str, what: str = "role") -> str:
    if not _NAME.match(name or ""):
        raise TeamRefused("bad_name", name=name, what=what)
    return name


_READ_WO = "(owner = current_user OR team IN (SELECT team FROM team_member WHERE role_name = current_user))"
_WRITE_WO = ("(owner = current_user OR team IN (SELECT team FROM team_member "
             "WHERE role_name = current_user AND kind = 'lead'))")

FUNCTIONS = """
CREATE OR REPLACE FUNCTION planner_may_read(wo integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM work_order w WHERE w.id = wo AND
    (w.owner = current_user OR w.team IN (SELECT team FROM team_member WHERE role_name = current_user)))
$$;
CREATE OR REPLACE FUNCTION planner_may_write(wo integer) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM work_order w WHERE w.id = wo AND
    (w.owner = current_user OR w.team IN (SELECT team FROM team_member
                                           WHERE role_name = current_user AND kind = 'lead')))
$$;
"""


def _policies(table: str, read: str, write: str | None, insert: str | None = None,
              delete: bool = True) -> list[str]:
    out = [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"]
    for name in ("planner_read", "planner_insert", "planner_update", "planner_delete"):
        out.append(f"DROP POLICY IF EXISTS {name} ON {table}")
    out.append(f"CREATE POLICY planner_read ON {table} FOR SELECT USING {read}")
    if insert or write:
        out.append(f"CREATE POLICY planner_insert ON {table} FOR INSERT WITH CHECK {insert or write}")
    if write:
        if table not in ("ledger_entry", "history"):
            out.append(f"CREATE POLICY planner_update ON {table} FOR UPDATE USING {write} WITH CHECK {write}")
        if delete:
            out.append(f"CREATE POLICY planner_delete ON {table} FOR DELETE USING {write}")
    return out


def init_statements() -> list[str]:
    """Every statement of ``team init``, in order; each is idempotent."""
    everyone = ", ".join(GROUPS.values())
    writers = ", ".join(WRITERS)
    reviewer = GROUPS["reviewer"]
    stmts = [
        "DO $$ BEGIN "
        + " ".join(f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{g}') THEN "
                   f"CREATE ROLE {g} NOLOGIN; END IF;" for g in GROUPS.values())
        + " END $$",
        f"GRANT USAGE ON SCHEMA {ident('public')} TO {everyone}",
        f"GRANT SELECT ON alembic_version, team_member, {', '.join(SHARED)} TO {everyone}",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(SHARED)} TO {writers}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON work_order, location, service_line, delivery, "
        f"delivery_event TO {writers}",
        f"GRANT SELECT, INSERT, DELETE ON ledger_entry TO {writers}",
        f"GRANT SELECT, INSERT ON history TO {writers}",
        f"REVOKE UPDATE ON ledger_entry, history FROM {writers}",
        f"REVOKE DELETE ON history FROM {writers}",
        f"REVOKE INSERT, UPDATE, DELETE ON work_order, location, service_line, delivery, "
        f"delivery_event, ledger_entry, history, {', '.join(SHARED)} FROM {reviewer}",
        f"GRANT SELECT ON work_order, location, service_line, delivery, delivery_event, "
        f"ledger_entry, history TO {reviewer}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {ident('public')} TO {writers}",
        FUNCTIONS,
    ]
    stmts += _policies("work_order", _READ_WO, _WRITE_WO)
    for table in CHILDREN:
        stmts += _policies(table, "(planner_may_read(work_order_id))", "(planner_may_write(work_order_id))")
    # history: a change is recorded even of a work order it deleted, but only as one's own role
    stmts += _policies("history", "(work_order_id IS NULL OR planner_may_read(work_order_id))", None,
                       insert="(db_role = current_user)")
    return stmts


def init(conn: Connection, team: str | None = None) -> int:
    """Create the roles, grants and policies (idempotently); with ``team``, every work order of
    no team joins it. Returns how many work orders joined."""
    for stmt in init_statements():
        conn.exec_driver_sql(stmt)
    if team is None:
        return 0
    check_name(team, "team")
    return conn.exec_driver_sql("UPDATE work_order SET team = %(t)s WHERE team IS NULL",
                                {"t": team}).rowcount


def initialised(conn: Connection) -> bool:
    """``team init`` ran on this database: the group roles exist (they belong to the cluster) and
    this database's work orders are under row-level security (that belongs to the database, so a
    second database in the same cluster is not taken for initialised)."""
    roles = conn.exec_driver_sql(
        "SELECT count(*) FROM pg_roles WHERE rolname IN ('planner_manager', 'planner_lead', "
        "'planner_reviewer')").scalar()
    secured = conn.exec_driver_sql(
        "SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('work_order')").scalar()
    return roles == 3 and bool(secured)


def role_exists(conn: Connection, role: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(r)s", {"r": role}).first() is not None


def add(conn: Connection, role: str, team: str, kind: str) -> bool:
    """``role`` works in ``team`` as ``kind``: the LOGIN role is created when missing (no
    password), made a member of its group role, and recorded in team_member. Returns whether the
    role was created."""
    check_name(role)
    check_name(team, "team")
    if kind not in KINDS:
        raise TeamRefused("bad_kind", kind=kind)
    if not initialised(conn):
        raise TeamRefused("not_initialised")
    created = not role_exists(conn, role)
    if created:
        conn.exec_driver_sql(f"CREATE ROLE {ident(role)} LOGIN")
    conn.exec_driver_sql(f"GRANT {GROUPS[kind]} TO {ident(role)}")
    conn.exec_driver_sql(
        "INSERT INTO team_member (role_name, team, kind) VALUES (%(r)s, %(t)s, %(k)s) "
        "ON CONFLICT (role_name, team) DO UPDATE SET kind = EXCLUDED.kind",
        {"r": role, "t": team, "k": kind})
    # a person's group roles are those of their kinds in all their teams
    kinds = {k for (k,) in conn.exec_driver_sql(
        "SELECT kind FROM team_member WHERE role_name = %(r)s", {"r": role})}
    for other in KINDS:
        if other not in kinds:
            conn.exec_driver_sql(f"REVOKE {GROUPS[other]} FROM {ident(role)}")
    return created


def teams_of(conn: Connection, role: str) -> list[tuple[str, str]]:
    return [(t, k) for t, k in conn.exec_driver_sql(
        "SELECT team, kind FROM team_member WHERE role_name = %(r)s ORDER BY kind = 'lead' DESC, team",
        {"r": role})]


def overview(conn: Connection) -> dict:
    """Teams, their members (role, kind) and the work orders per owner, as this role sees them."""
    members = [tuple(r) for r in conn.exec_driver_sql(
        "SELECT team, role_name, kind FROM team_member ORDER BY team, kind, role_name")]
    owned = [tuple(r) for r in conn.exec_driver_sql(
        "SELECT team, owner, count(*) FROM work_order GROUP BY team, owner ORDER BY team, owner")]
    return {"members": members, "work_orders": owned}
