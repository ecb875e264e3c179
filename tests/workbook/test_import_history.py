"""An import writes its rows in bulk; the history still holds every inserted record (one insert
row each, the record as stored) and every changed field (old and new)."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from app.services import importer
from app.services.history import work_order_history
from app.store.audit import _row_json
from app.store.tables import History, metadata

from .conftest import full_sheets

TRACKED = ("customer", "work_order", "location", "service_line", "delivery", "ledger_entry")


def imported(db, path):
    plan = importer.plan_import(db, path)
    assert plan.problems == [], [p.text() for p in plan.problems]
    importer.commit(db, plan)
    return plan


def history(db) -> list[History]:
    with db.read() as s:
        return list(s.execute(select(History).order_by(History.id)).scalars())


def stored(db) -> dict[tuple[str, int], dict]:
    with db.read() as s:
        return {(name, r["id"]): dict(r) for name in TRACKED
                for r in s.execute(select(metadata.tables[name])).mappings()}


def test_an_import_leaves_one_history_insert_per_inserted_record(db, write):
    imported(db, write(full_sheets()))
    rows = stored(db)
    inserts = [h for h in history(db) if h.action == "insert"]
    # 1 customer, 1 work order, 2 locations, 2 lines, 1 delivery, 2 ledger entries
    assert len(rows) == 9
    assert sorted((h.table_name, h.record_id) for h in inserts) == sorted(rows)
    for h in inserts:
        record = rows[(h.table_name, h.record_id)]
        # the whole record as stored, written exactly as any other insert's history
        assert h.new == _row_json(record)
        assert h.work_order_id == (record["id"] if h.table_name == "work_order"
                                   else record.get("work_order_id"))
        assert h.user and h.field == "" and h.old is None
    ledger = [json.loads(h.new) for h in inserts if h.table_name == "ledger_entry"]
    assert [(e["kind"], e["credits"], e["entry_date"]) for e in ledger] == [
        ("grant", "120", "2026-01-01"), ("draw", "10", "2026-02-01")]
    assert [h.label for h in work_order_history(db, "WO-1") if h.table == "location"] == ["KZ", "KG"]


def test_a_reimport_records_changed_fields_and_new_records_only(db, write):
    imported(db, write(full_sheets()))
    before = len(history(db))
    sheets = full_sheets()
    sheets["Services"][1] = ["WO-1", 1, "PROACTIVE_CREDITS", 150, "credits", "KZ", "additional", 2000,
                             None, ""]
    sheets["Locations"][2] = ["WO-1", "KG", "downstream", "KGS", "0.012", 174000]
    sheets["Ledger"].append(["WO-1", date(2026, 3, 1), "KZ", "draw", 5, 0, "D-2", ""])
    imported(db, write(sheets))
    added = history(db)[before:]
    assert sorted((h.action, h.table_name, h.field, h.old, h.new) for h in added
                  if h.action == "update" and h.field != "version") == [  # the version: bookkeeping
        ("update", "location", "rate_to_usd", "0.0115", "0.012"),
        ("update", "service_line", "quantity", "120", "150")]
    [new] = [h for h in added if h.action == "insert"]
    assert new.table_name == "ledger_entry" and json.loads(new.new)["reference"] == "D-2"
    assert len(added) == 3 + 2  # and each updated row's version, one more
    # the same file again: nothing written, nothing recorded
    imported(db, write(sheets))
    assert len(history(db)) == before + 3 + 2
