"""A file written by any earlier schema opens in this version with every row kept (and a
backup of it as it was)."""

from __future__ import annotations

import sqlite3

import pytest

from app.store import backup as bk
from app.store.db import head_revision, known_revisions, make_engine, open_db, upgrade

OLD_REVISIONS = known_revisions()[:-1]

#: Rows as an old version wrote them: plain SQL, every table of revision 0001, awkward values.
ROWS_0001 = {
    "customer": [(1, "Астана Цифрлық Банкі"), (2, "O'Brien & Sons <Ltd>")],
    "work_order": [
        (1, "UES-KZ-2025-014", 1, "2025-12-20", "2026-12-20", "2025-12-08", "USD", "1",
         "1250000", "0", "100", ""),
        (2, "UES-KG-7", 2, "2026-01-01", "2028-12-31", None, "KZT", "0.0019",
         "123456789012.89", "1000.5", "50", "مرحبا\u202e notes"),
    ],
    "location": [(1, 1, "KZ", "host", "KZT", "0.0019", "1050000"),
                 (2, 1, "KG", "downstream", "KGS", "0.0115", "174000"),
                 (3, 2, "KZ", "host", "KZT", "0.0019", "1")],
    "service_line": [(1, 1, 1, "PROACTIVE_CREDITS", "120", "credits", 1, "additional", "2000", None, ""),
                     (2, 2, 1, "EDE", "200.25", "hours", None, "base", "0", 2, "é" * 500)],
    "delivery": [(1, 1, "D-001", "WORKSHOPS", "Azure", 1, "remote", "delivered", "2026-01-05",
                  "2026-03-02", "2026-03-03", "12.5", "0", None, None, "0", 1, ""),
                 (2, 2, "D-001", "EDE", "", None, "onsite", "planned", None, None, None, "0",
                  "16", None, None, "0", None, "x")],
    "ledger_entry": [(1, 1, 1, "2025-12-20", "grant", "120", "0", "PO-1", "", "", "2025-12-20 10:00:00.000000"),
                     (2, 1, 2, "2026-03-03", "transfer in", "7", "0", "X-1", "KZ",
                      "10 credits from KZ", "2026-03-03 10:00:00.000000")],
}


def make_old_database(path, revision: str):
    engine = make_engine(path)
    upgrade(engine, revision)
    engine.dispose()
    con = sqlite3.connect(path)
    for table, rows in ROWS_0001.items():
        marks = ",".join("?" * len(rows[0]))
        # the columns revision 0001 had (later revisions add theirs after them, with defaults)
        names = [r[1] for r in con.execute(f"PRAGMA table_info({table})")][:len(rows[0])]
        con.executemany(f"INSERT INTO {table} ({','.join(names)}) VALUES ({marks})", rows)
    con.commit()
    con.close()


def dump(path, tables=ROWS_0001):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    finally:
        con.close()


@pytest.mark.parametrize("revision", OLD_REVISIONS)
def test_old_file_is_upgraded_with_every_row_kept(tmp_path, revision):
    path = tmp_path / "planner.db"
    make_old_database(path, revision)
    raw_before = dump(path)  # the file as that revision holds it
    before = {t: [r[:len(ROWS_0001[t][0])] for r in rows] for t, rows in raw_before.items()}
    assert before == {t: [tuple(r) for r in rows] for t, rows in ROWS_0001.items()}
    db = open_db(path)
    try:
        # every old row and value kept; columns added later (0004: quantity, travel_prepaid;
        # 0007: version, 1 for every existing row) follow
        after = dump(path)
        assert {t: [r[:len(rows[0])] for r in after[t]] for t, rows in before.items()} == before
        assert [r[len(before["delivery"][0]):] for r in after["delivery"]] == [(None, 0, 1), (None, 0, 1)]
        assert [r[len(before["service_line"][0]):] for r in after["service_line"]] == [(0, 1), (0, 1)]
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        # and the app reads it as before
        from app.services import planning

        wo = planning.work_order(db, "UES-KG-7")
        assert str(wo.base_amount) == "123456789012.89"
        assert [loc.country for loc in planning.work_order(db, "UES-KZ-2025-014").locations] == ["KZ", "KG"]
        # and the new version's features work on it: history of a change
        planning.update_work_order(db, "UES-KG-7", flex_allowance=wo.flex_allowance + 1)
        from app.services.history import work_order_history

        assert [(h.field, h.old, h.new) for h in work_order_history(db, "UES-KG-7")] == [
            ("flex_allowance", "1000.5", "1001.5")]
    finally:
        db.close()
    # the file as it was is kept, at its old revision
    pre = [p for p in bk.list_backups(path) if p.name.endswith("-pre-upgrade.db")]
    assert len(pre) == 1
    assert dump(pre[0]) == raw_before
    con = sqlite3.connect(pre[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    con.close()


def test_every_revision_is_covered():
    assert OLD_REVISIONS and OLD_REVISIONS[0] == "0001"
    assert known_revisions()[-1] == head_revision()
    from alembic.script import ScriptDirectory

    from app.store.db import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()


def test_a_file_stamped_while_0007_to_0010_were_empty_steps_is_repaired(tmp_path):
    """One stop shipped 0007, 0009 and 0010 as empty placeholders: a file upgraded then says
    0010 but has no row versions and no offline tables. Upgrading it gives them, rows kept."""
    path = tmp_path / "stamped.db"
    make_old_database(path, "0008")
    con = sqlite3.connect(path)
    for table in ("work_order", "location", "service_line", "delivery"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN version")
    con.execute("UPDATE alembic_version SET version_num = '0010'")
    con.commit()
    con.close()
    before = dump(path)

    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()

    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert {r[1] for r in con.execute("PRAGMA table_info(work_order)")} >= {"version", "owner"}
    assert con.execute("SELECT number, version FROM work_order ORDER BY id").fetchall() == [
        ("UES-KZ-2025-014", 1), ("UES-KG-7", 1)]
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"offline_copy", "offline_base"} <= tables
    con.close()
    after = dump(path)
    assert {t: [r[:len(ROWS_0001[t][0])] for r in rows] for t, rows in after.items()} == {
        t: [r[:len(ROWS_0001[t][0])] for r in rows] for t, rows in before.items()}
