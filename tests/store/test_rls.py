"""Who sees what on a team database (issue 17): row-level security proved with raw SQL, each
person connecting as their own role, and through the planner's own commands."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.conftest import TODAY

TABLES = ("work_order", "location", "service_line", "delivery", "delivery_event", "ledger_entry",
          "history")
CHILDREN = TABLES[1:-1]
NORTH, SOUTH = "rls_north", "rls_south"
A, B, LEAD, REVIEWER, C = "rls_mgr_a", "rls_mgr_b", "rls_lead", "rls_reviewer", "rls_mgr_c"


def _as(url: str, role: str):
    import psycopg
    from psycopg.conninfo import make_conninfo

    return psycopg.connect(make_conninfo(url, user=role))


def _cli(*argv: str) -> int:
    return main([*argv])


@pytest.fixture
def team(pg_planner_url, capsys):
    """The demo portfolio on a team database; north: A (1st work order), B (2nd), the lead, the
    reviewer and every other work order; south: C (3rd work order)."""
    from app.services.portfolio import load_demo
    from app.store.db import open_db

    db = open_db(pg_planner_url)
    load_demo(db, TODAY)
    db.close()
    url = pg_planner_url
    assert _cli("team", "init", "--db", url, "--team", NORTH) == 0
    for role, team_name, kind in ((A, NORTH, "manager"), (B, NORTH, "manager"), (LEAD, NORTH, "lead"),
                                  (REVIEWER, NORTH, "reviewer"), (C, SOUTH, "manager")):
        assert _cli("team", "add", role, "--db", url, "--team", team_name, "--as", kind) == 0
    with _as(url, _admin(url)) as con:
        numbers = [r[0] for r in con.execute("SELECT number FROM work_order ORDER BY id")]
        # the demo has no delivery events: one per delivery, so that table is proved too
        con.execute("INSERT INTO delivery_event (work_order_id, delivery_id, kind, event_date, fee, "
                    "fee_unit) SELECT work_order_id, id, 'request', '2026-11-01', '0', '' FROM delivery")
    assert len(numbers) >= 4
    for number, owner in zip(numbers[:3], (A, B, C), strict=True):
        assert _cli("team", "assign", number, "--db", url, "--owner", owner) == 0
    capsys.readouterr()
    return url, numbers


def _admin(url: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    return conninfo_to_dict(url)["user"]


def _per_wo(url: str, table: str, where: str = "") -> dict[int, int]:
    with _as(url, _admin(url)) as con:
        if table == "work_order":
            return {i: 1 for (i,) in con.execute("SELECT id FROM work_order")}
        return dict(con.execute(f"SELECT work_order_id, count(*) FROM {table} WHERE "
                                f"work_order_id IS NOT NULL {where} GROUP BY work_order_id").fetchall())


#: a location the ledger names cannot be deleted (ON DELETE RESTRICT): those are left out
_DELETABLE = {"location": "AND id NOT IN (SELECT location_id FROM ledger_entry)"}


def _ids(url: str, numbers: list[str]) -> dict[str, int]:
    with _as(url, _admin(url)) as con:
        return dict(con.execute("SELECT number, id FROM work_order").fetchall())


def _expected(url, numbers):
    """The work orders each person may read and may write, by the rules of the brief."""
    ids = _ids(url, numbers)
    wo1, wo2, wo3 = ids[numbers[0]], ids[numbers[1]], ids[numbers[2]]
    north = set(ids.values()) - {wo3}
    return {A: (north, {wo1}), B: (north, {wo2}), LEAD: (north, north), REVIEWER: (north, set()),
            C: ({wo3}, {wo3})}


def test_each_person_reads_exactly_their_teams_rows(team):
    url, numbers = team
    expected = _expected(url, numbers)
    counts = {t: _per_wo(url, t) for t in TABLES}
    assert all(sum(counts[t].values()) > 0 for t in CHILDREN)
    for role, (readable, _w) in expected.items():
        with _as(url, role) as con:
            for table in TABLES:
                seen = con.execute(
                    f"SELECT count(*) FROM {table}" + (" WHERE work_order_id IS NOT NULL"
                                                       if table == "history" else "")).fetchone()[0]
                want = sum(n for wo, n in counts[table].items() if wo in readable)
                assert seen == want, (role, table, seen, want)


def test_each_person_updates_and_deletes_only_what_they_may_write(team):
    import psycopg

    url, numbers = team
    expected = _expected(url, numbers)
    counts = {t: _per_wo(url, t) for t in TABLES}
    for role, (_r, writable) in expected.items():
        for table in ("work_order", *CHILDREN):
            where = _DELETABLE.get(table, "")
            deletable = _per_wo(url, table, where)
            for statement, per_wo in ((f"UPDATE {table} SET id = id", counts[table]),
                                      (f"DELETE FROM {table} WHERE true {where}", deletable)):
                want = sum(n for wo, n in per_wo.items() if wo in writable)
                if table == "ledger_entry" and statement.startswith("UPDATE"):
                    continue  # below: never
                with _as(url, role) as con:
                    if role == REVIEWER:
                        with pytest.raises(psycopg.errors.InsufficientPrivilege):
                            con.execute(statement)
                    else:
                        assert con.execute(statement).rowcount == want, (role, statement, want)
                    con.rollback()
        for statement in ("UPDATE ledger_entry SET notes = 'x'", "UPDATE history SET field = 'x'",
                          "DELETE FROM history"):
            with _as(url, role) as con, pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(statement)
    # nothing was changed by any of it
    assert {t: _per_wo(url, t) for t in TABLES} == counts


def test_inserts_follow_the_owner_and_the_team(team):
    import psycopg

    url, numbers = team
    ids = _ids(url, numbers)
    wo1, wo3 = ids[numbers[0]], ids[numbers[2]]
    with _as(url, _admin(url)) as con:
        customer = con.execute("SELECT customer_id FROM work_order WHERE id = %s", (wo1,)).fetchone()[0]
        delivery = con.execute("SELECT id FROM delivery WHERE work_order_id = %s LIMIT 1",
                               (wo1,)).fetchone()[0]
    event = ("INSERT INTO delivery_event (work_order_id, delivery_id, kind, event_date, fee, fee_unit) "
             "VALUES (%s, %s, 'request', '2026-11-01', '0', '')")
    for role, may in ((A, True), (LEAD, True), (B, False), (C, False), (REVIEWER, False)):
        with _as(url, role) as con:
            if may:
                assert con.execute(event, (wo1, delivery)).rowcount == 1
            else:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):  # RLS or the grant: 42501
                    con.execute(event, (wo1, delivery))
            con.rollback()
    new_wo = ("INSERT INTO work_order (number, customer_id, term_start, term_end, currency, rate_to_usd, "
              "base_amount, flex_allowance, cancel_fee_pct, notes) VALUES (%s, %s, '2026-01-01', "
              "'2026-12-31', 'USD', '1', '0', '0', '100', '') RETURNING owner, team")
    with _as(url, A) as con:
        assert con.execute(new_wo, ("RLS-A", customer)).fetchone() == (A, NORTH)
        con.commit()
    with _as(url, C) as con:
        assert con.execute(new_wo, ("RLS-C", customer)).fetchone() == (C, SOUTH)
        assert con.execute("SELECT count(*) FROM work_order").fetchone()[0] == 2  # wo3 and its own
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            con.execute("INSERT INTO work_order (number, customer_id, term_start, term_end, owner, team) "
                        "VALUES ('RLS-X', %s, '2026-01-01', '2026-12-31', %s, %s)", (customer, A, NORTH))
    with _as(url, B) as con:  # B reads A's new work order, cannot change it
        assert con.execute("SELECT count(*) FROM work_order WHERE number = 'RLS-A'").fetchone()[0] == 1
        assert con.execute("UPDATE work_order SET notes = 'b' WHERE number = 'RLS-A'").rowcount == 0
        assert con.execute("SELECT count(*) FROM work_order WHERE id = %s", (wo3,)).fetchone()[0] == 0


def test_history_rows_carry_the_database_role(team):
    import psycopg
    from psycopg.conninfo import make_conninfo
    from sqlmodel import select

    from app.store.db import open_db
    from app.store.tables import History, WorkOrderRow

    url, numbers = team
    db = open_db(make_conninfo(url, user=A))
    try:
        with db.session() as s:
            row = s.exec(select(WorkOrderRow).where(WorkOrderRow.number == numbers[0])).one()
            row.notes = "changed by A"
            s.add(row)
        with db.read() as s:
            mine = s.exec(select(History).where(History.field == "notes")).all()
    finally:
        db.close()
    assert [(h.db_role, h.new) for h in mine] == [(A, "changed by A")]
    assert mine[0].user  # the OS user, beside the role
    with _as(url, _admin(url)) as con:  # the assignments were recorded as the administrator
        roles = {r[0] for r in con.execute("SELECT db_role FROM history WHERE field = 'owner'")}
        assert roles == {_admin(url)}
        # a history row cannot claim another role
        with _as(url, B) as other, pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("INSERT INTO history (at, \"user\", db_role, table_name, action, field) "
                          "VALUES (now(), 'x', %s, 'work_order', 'update', 'notes')", (A,))


def test_the_planner_shows_only_the_visible_work_orders(team, capsys):
    from psycopg.conninfo import make_conninfo

    url, numbers = team
    expected = {A: set(numbers) - {numbers[2]}, REVIEWER: set(numbers) - {numbers[2]}, C: {numbers[2]}}
    for role, visible in expected.items():
        as_role = make_conninfo(url, user=role)
        capsys.readouterr()
        assert main(["balances", "--db", as_role, "--json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert {r["work_order"] for r in rows} == visible, role
        main(["check", "--db", as_role, "--json", "--today", TODAY.isoformat()])
        findings = json.loads(capsys.readouterr().out)
        assert {f["work_order"] for f in findings if f.get("work_order")} <= visible, role


def test_team_init_twice_is_the_same(team):
    url, _numbers = team

    def state():
        with _as(url, _admin(url)) as con:
            return (con.execute("SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies "
                                "ORDER BY 1, 2").fetchall(),
                    con.execute("SELECT table_name, grantee, privilege_type FROM "
                                "information_schema.role_table_grants WHERE grantee LIKE 'planner_%' "
                                "ORDER BY 1, 2, 3").fetchall(),
                    con.execute("SELECT relname, relrowsecurity FROM pg_class WHERE relrowsecurity "
                                "ORDER BY 1").fetchall())

    before = state()
    assert len(before[0]) >= 20 and len(before[2]) == len(TABLES)
    assert main(["team", "init", "--db", url]) == 0
    assert state() == before
