"""``offline take`` / ``bring`` (issue 17): the chosen work orders go to a laptop file with their
base state; changes made on each side meet again field by field, ledger entries by entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.enums import LedgerKind, Status
from app.domain.model import LedgerEntry
from app.services import demo, offline, planning
from app.services.balances import balance_dict, portfolio_balances
from app.store.db import open_db
from app.store.tables import OfflineBase, metadata

TODAY = date(2026, 11, 25)
A = "UES-KZ-2025-014"


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path):
    target = tmp_path / "team.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    db = open_db(target)
    demo.load(db, TODAY)
    yield target, db
    db.close()


def count(db, table, wo_number=None) -> int:
    t = metadata.tables[table]
    with db.engine.connect() as c:
        q = select(func.count()).select_from(t)
        if wo_number is not None:
            wo = metadata.tables["work_order"]
            wid = c.execute(select(wo.c.id).where(wo.c.number == wo_number)).scalar_one()
            q = q.where(t.c.work_order_id == wid)
        return c.execute(q).scalar_one()


def balances(db, number=A):
    return [balance_dict(b) for b in portfolio_balances(db, TODAY, number)]


def test_take_copies_only_the_chosen_work_order_with_its_base(server, tmp_path):
    target, db = server
    others = [n for n in (w.number for w in demo.demo_work_orders(TODAY)) if n != A]
    assert others
    before_ledger = count(db, "ledger_entry")
    laptop = tmp_path / "laptop.db"
    taken = offline.take(target, laptop, [A])
    assert taken.work_orders == [A]
    lap = open_db(laptop)
    try:
        assert count(lap, "work_order") == 1
        for table in ("delivery", "ledger_entry", "history", "location"):
            assert count(lap, table) == count(db, table, A) > 0
        with lap.engine.connect() as c:
            bases = c.execute(select(func.count()).select_from(OfflineBase.__table__)).scalar_one()
        assert bases == sum(count(lap, t) for t in offline.MERGED)
        assert balances(lap) == balances(db)
    finally:
        lap.close()
    assert count(db, "ledger_entry") == before_ledger  # the source is unchanged
    with pytest.raises(offline.OfflineRefused) as exc:
        offline.take(target, tmp_path / "x.db", ["NO-SUCH"])
    assert exc.value.reason == "unknown_work_order" and not (tmp_path / "x.db").exists()


def _grant(db, credits):
    host = planning.work_order(db, A).host.id
    planning.add_entry(db, A, LedgerEntry(id=None, on=TODAY, location_id=host, kind=LedgerKind.GRANT, credits=Decimal(credits)))


def test_changes_on_each_side_are_merged_ledger_appended_once(server, tmp_path):
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    # the expected result: the same changes made on one database
    ref_db = open_db(tmp_path / "expected.db")
    demo.load(ref_db, TODAY)
    lap = open_db(laptop)
    try:
        for d in (lap, ref_db):
            planning.update_work_order(d, A, cancel_fee_pct=Decimal(50))
            _grant(d, 7)
        for d in (db, ref_db):
            _grant(d, 3)
            wo = planning.work_order(d, A)
            planning.update_work_order(d, A, flex_allowance=wo.flex_allowance + 1)
        # a new delivery on both sides with the same next ref: the laptop's is renumbered
        for d in (db, lap):
            wo = planning.work_order(d, A)
            planning.create_delivery(d, A, replace(wo.deliveries[0], id=None, ref=planning.next_ref(wo),
                                                   title=f"new on {d is lap}"))
        new_ref = planning.next_ref(planning.work_order(db, A))
    finally:
        lap.close()
    ledger_before = count(db, "ledger_entry", A)
    dry = offline.bring(laptop, db, dry_run=True)
    assert not dry.written and not dry.conflicts and count(db, "ledger_entry", A) == ledger_before
    result = offline.bring(laptop, db)
    assert result.written and not result.conflicts
    assert result.appended == 1 and result.renumbered and result.renumbered[0][2] != new_ref
    wo = planning.work_order(db, A)
    assert wo.cancel_fee_pct == 50
    assert count(db, "ledger_entry", A) == ledger_before + 1
    titles = sorted(d.title for d in wo.deliveries if d.title.startswith("new on"))
    assert titles == ["new on False", "new on True"]
    # the grant from the laptop is on the server: the balances are those of the merge
    got = [b for b in balances(db)]
    want = [b for b in balances(ref_db)]
    assert [x for x in got if x["entitlement"].get("pool")] == [x for x in want if x["entitlement"].get("pool")]
    ref_db.close()
    # brought twice: nothing more
    again = offline.bring(laptop, db)
    assert again.appended == 0 and again.inserted == 0 and again.taken == 0
    assert count(db, "ledger_entry", A) == ledger_before + 1


def test_a_field_changed_on_both_sides_waits_for_a_decision(server, tmp_path):
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
    finally:
        lap.close()
    planning.update_work_order(db, A, cancel_fee_pct=Decimal(75))
    digest = count(db, "history")
    result = offline.bring(laptop, db)
    assert not result.written and len(result.undecided) == 1
    c = result.undecided[0]
    assert (c.table, c.field, c.laptop, c.server, c.work_order) == ("work_order", "cancel_fee_pct", "50", "75", A)
    assert planning.work_order(db, A).cancel_fee_pct == 75 and count(db, "history") == digest
    result = offline.bring(laptop, db, decisions={c.key: "laptop"})
    assert result.written and planning.work_order(db, A).cancel_fee_pct == 50
    assert count(db, "history") > digest  # the history records the merge


def test_take_theirs_keeps_the_server_value(server, tmp_path):
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
    finally:
        lap.close()
    planning.update_work_order(db, A, cancel_fee_pct=Decimal(75))
    result = offline.bring(laptop, db, prefer="server")
    assert result.written and planning.work_order(db, A).cancel_fee_pct == 75
    assert not offline.bring(laptop, db).conflicts  # decided once, not asked again


def _draw(db, credits, number=A):
    host = planning.work_order(db, number).host.id
    planning.add_entry(db, number, LedgerEntry(id=None, on=TODAY, location_id=host, kind=LedgerKind.DRAW,
                                               credits=Decimal(credits)))


def _pool(db, country="KZ") -> Decimal:
    return next(Decimal(b["remaining"]) for b in balances(db)
                if b["entitlement"] == {"pool": "credits", "country": country})


def test_a_laptop_draw_that_overdraws_with_the_servers_own_is_refused_whole(server, tmp_path):
    target, db = server
    left = _pool(db)
    assert left == 81  # the demo's KZ credits: each draw below fits alone, both do not
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        _draw(lap, 50)
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))  # no conflict: refused with the rest
    finally:
        lap.close()
    _draw(db, 50)
    ledger, history = count(db, "ledger_entry"), count(db, "history")
    for _ in range(2):  # refused again: the laptop's base did not move
        with pytest.raises(offline.OfflineRefused) as exc:
            offline.bring(laptop, db)
        assert exc.value.reason == "overdraw" and "KZ" in exc.value.detail
        assert count(db, "ledger_entry") == ledger and count(db, "history") == history
        assert planning.work_order(db, A).cancel_fee_pct == 100
        assert _pool(db) == left - 50
    assert [(f.rule, f.key) for f in exc.value.findings] == [("R-CREDIT-BALANCE", "overdrawn")]
    from app.texts import offline_refusal

    words = offline_refusal(exc.value, "en")
    assert words.startswith(f"error: the merge would overdraw {A} KZ (R-CREDIT-BALANCE: The balance falls to")
    assert words.endswith("; nothing was written")


def _planned(db, title="to be changed"):
    wo = planning.work_order(db, A)
    ref = planning.next_ref(wo)
    planning.create_delivery(db, A, replace(wo.deliveries[-1], id=None, ref=ref, title=title,
                                           status=Status.PLANNED, requested_on=None, first_day=None,
                                           last_day=None, changed_on=None, moved_from=None))
    return ref


def _titles(db) -> dict[str, str]:
    return {d.ref: d.title for d in planning.work_order(db, A).deliveries}


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_deleted_on_the_laptop_changed_on_the_server_is_asked(server, tmp_path, choice):
    target, db = server
    ref = _planned(db)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.delete_delivery(lap, A, ref)
    finally:
        lap.close()
    planning.update_delivery(db, A, ref, title="changed on the server")
    result = offline.bring(laptop, db)
    assert not result.written and len(result.undecided) == 1
    c = result.undecided[0]
    assert (c.table, c.field, c.laptop, c.server, c.work_order) == ("delivery", "", "deleted", "changed", A)
    assert _titles(db)[ref] == "changed on the server"  # nothing written yet
    result = offline.bring(laptop, db, decisions={c.key: choice})
    assert result.written
    if choice == "laptop":  # the deletion wins
        assert ref not in _titles(db) and result.deleted == 1
    else:  # the change wins: kept as the server has it
        assert _titles(db)[ref] == "changed on the server" and result.deleted == 0
    assert not offline.bring(laptop, db).conflicts  # decided once


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_deleted_on_the_server_changed_on_the_laptop_is_asked(server, tmp_path, choice):
    target, db = server
    ref = _planned(db)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_delivery(lap, A, ref, title="changed on the laptop")
    finally:
        lap.close()
    planning.delete_delivery(db, A, ref)
    result = offline.bring(laptop, db)
    assert not result.written and len(result.undecided) == 1
    c = result.undecided[0]
    assert (c.table, c.field, c.laptop, c.server) == ("delivery", "", "changed", "deleted")
    assert ref not in _titles(db)
    result = offline.bring(laptop, db, decisions={c.key: choice})
    assert result.written
    if choice == "laptop":  # the change wins: the delivery is back with the laptop's words
        assert _titles(db)[ref] == "changed on the laptop" and result.inserted == 1
    else:  # the deletion wins
        assert ref not in _titles(db) and result.inserted == 0
    again = offline.bring(laptop, db)
    assert not again.conflicts and again.inserted == 0
    assert (ref in _titles(db)) == (choice == "laptop")


def test_bringing_twice_appends_each_ledger_entry_once(server, tmp_path):
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        _grant(lap, 7)
        _draw(lap, 2)
    finally:
        lap.close()
    ledger = count(db, "ledger_entry", A)
    assert offline.bring(laptop, db).appended == 2
    assert count(db, "ledger_entry", A) == ledger + 2
    left = _pool(db)
    again = offline.bring(laptop, db)
    assert (again.appended, again.inserted) == (0, 0) and again.written
    assert count(db, "ledger_entry", A) == ledger + 2 and _pool(db) == left
    lap = open_db(laptop)  # more work on the same laptop file: only the new entry comes next time
    try:
        _grant(lap, 1)
    finally:
        lap.close()
    assert offline.bring(laptop, db).appended == 1
    assert count(db, "ledger_entry", A) == ledger + 3 and _pool(db) == left + 1


def test_the_laptop_changes_only_reach_the_database_they_were_taken_from(server, tmp_path):
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
    finally:
        lap.close()
    other = open_db(tmp_path / "other.db")  # the same demo, made at another moment: same ids and numbers
    try:
        demo.load(other, TODAY)
        history = count(other, "history")
        with pytest.raises(offline.OfflineRefused) as exc:
            offline.bring(laptop, other)
        assert exc.value.reason == "wrong_target"
        assert planning.work_order(other, A).cancel_fee_pct == 100 and count(other, "history") == history
    finally:
        other.close()
    lap = open_db(laptop)
    try:
        with pytest.raises(offline.OfflineRefused) as exc:
            offline.bring(laptop, lap)  # into itself
        assert exc.value.reason == "wrong_target"
    finally:
        lap.close()
    import shutil

    shutil.copyfile(laptop, tmp_path / "laptop-copy.db")  # a copy of the file: itself under another name
    twin = open_db(tmp_path / "laptop-copy.db")
    try:
        with pytest.raises(offline.OfflineRefused) as exc:
            offline.bring(laptop, twin)
        assert exc.value.reason == "wrong_target"
    finally:
        twin.close()
    assert offline.bring(laptop, db).written and planning.work_order(db, A).cancel_fee_pct == 50


def _set_owner(db, number, owner):
    wo = metadata.tables["work_order"]
    with db.engine.begin() as c:
        c.execute(wo.update().where(wo.c.number == number).values(owner=owner))


def test_take_mine_takes_the_work_orders_the_current_user_owns(tmp_path):
    from app.store.audit import current_user

    db = open_db(tmp_path / "team.db")
    demo.load(db, TODAY)
    db.close()
    # no owner at all yet: those the user changed last, by the history (here: all, the demo's)
    by_history = offline.take(tmp_path / "team.db", tmp_path / "first.db", mine=True)
    assert by_history.from_history
    assert sorted(by_history.work_orders) == sorted(w.number for w in demo.demo_work_orders(TODAY))
    db = open_db(tmp_path / "team.db")
    mine, theirs = [w.number for w in demo.demo_work_orders(TODAY)][:2]
    _set_owner(db, mine, current_user())  # on a file "me" is the OS user, as the history says
    _set_owner(db, theirs, "someone_else")
    db.close()
    laptop = tmp_path / "laptop.db"
    taken = offline.take(tmp_path / "team.db", laptop, mine=True)
    assert taken.work_orders == [mine] and not taken.from_history
    lap = open_db(laptop)
    try:
        wo = metadata.tables["work_order"]
        with lap.engine.connect() as c:
            assert [r.number for r in c.execute(select(wo.c.number))] == [mine]
    finally:
        lap.close()


def _rows_of(db, number=A) -> dict[str, int]:
    return {t: count(db, t, number) for t in ("location", "service_line", "delivery", "delivery_event",
                                             "ledger_entry")}


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_a_work_order_deleted_on_the_laptop_and_changed_on_the_server(server, tmp_path, choice):
    target, db = server
    planning.archive_work_order(db, A, TODAY)  # (an archived work order may be deleted with its ledger)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.delete_work_order(lap, A)
    finally:
        lap.close()
    planning.update_work_order(db, A, cancel_fee_pct=Decimal(75))
    kept = _rows_of(db)
    assert all(v for k, v in kept.items() if k != "delivery_event")  # (the demo has no events)
    result = offline.bring(laptop, db)
    assert not result.written and [(c.table, c.field, c.laptop, c.server) for c in result.undecided] == [
        ("work_order", "", "deleted", "changed")]
    result = offline.bring(laptop, db, decisions={result.undecided[0].key: choice})
    assert result.written
    wo = metadata.tables["work_order"]
    with db.engine.connect() as c:
        there = c.execute(select(wo.c.number).where(wo.c.number == A)).first() is not None
    if choice == "laptop":  # deleted, with every record of it, as delete_work_order does
        assert not there
    else:  # kept as the server has it, every record of it too
        assert there and _rows_of(db) == kept and planning.work_order(db, A).cancel_fee_pct == 75
    assert not offline.bring(laptop, db).conflicts


def test_a_work_order_deleted_on_the_laptop_with_new_records_on_the_server_is_asked(server, tmp_path):
    target, db = server
    planning.archive_work_order(db, A, TODAY)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.delete_work_order(lap, A)
    finally:
        lap.close()
    _grant(db, 3)  # a new ledger entry on the server: the work order row itself is unchanged
    result = offline.bring(laptop, db)
    assert not result.written and [(c.table, c.laptop, c.server) for c in result.undecided] == [
        ("work_order", "deleted", "changed")]
    assert offline.bring(laptop, db, prefer="server").written
    assert count(db, "ledger_entry", A) > 0


def test_a_work_order_deleted_on_the_laptop_but_in_use_again_here_keeps_its_ledger(server, tmp_path):
    target, db = server
    planning.archive_work_order(db, A, TODAY)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.delete_work_order(lap, A)
    finally:
        lap.close()
    planning.unarchive_work_order(db, A)  # in use again here: its ledger is its account
    kept, history = _rows_of(db), count(db, "history")
    with pytest.raises(offline.OfflineRefused) as exc:
        offline.bring(laptop, db, prefer="laptop")
    assert (exc.value.reason, exc.value.detail) == ("has_ledger", A)
    assert _rows_of(db) == kept and count(db, "history") == history


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_a_work_order_deleted_here_and_changed_on_the_laptop(server, tmp_path, choice):
    target, db = server
    planning.archive_work_order(db, A, TODAY)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
        on_laptop, laptop_pools = _rows_of(lap), balances(lap)
    finally:
        lap.close()
    planning.delete_work_order(db, A)
    result = offline.bring(laptop, db)
    assert [(c.table, c.field, c.laptop, c.server) for c in result.undecided] == [
        ("work_order", "", "changed", "deleted")]  # its records come back with it, not asked one by one
    result = offline.bring(laptop, db, decisions={result.undecided[0].key: choice})
    assert result.written
    if choice == "laptop":  # back, whole, with the laptop's change and the same balances
        assert planning.work_order(db, A).cancel_fee_pct == 50
        assert _rows_of(db) == on_laptop and balances(db) == laptop_pools
    else:
        with pytest.raises(planning.NotFound):
            planning.work_order(db, A)
    assert not offline.bring(laptop, db).conflicts


def test_different_fields_edited_a_different_number_of_times_are_no_conflict(server, tmp_path):
    """The row's version counts edits: two on the laptop, one on the server is no conflict of its own."""
    target, db = server
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(60))
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
    finally:
        lap.close()
    planning.update_work_order(db, A, flex_allowance=Decimal(2222))
    result = offline.bring(laptop, db)
    assert result.written and result.conflicts == []
    wo = planning.work_order(db, A)
    assert (wo.cancel_fee_pct, wo.flex_allowance) == (50, 2222)


@pytest.mark.parametrize("choice", ["laptop", "server"])
def test_new_records_on_the_laptop_under_a_work_order_deleted_here(server, tmp_path, choice):
    target, db = server
    planning.archive_work_order(db, A, TODAY)
    laptop = tmp_path / "laptop.db"
    offline.take(target, laptop, [A])
    lap = open_db(laptop)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
        _grant(lap, 7)
        on_laptop, laptop_pools = _rows_of(lap), balances(lap)
    finally:
        lap.close()
    planning.delete_work_order(db, A)
    ledger = count(db, "ledger_entry")
    first = offline.bring(laptop, db)
    [c] = first.undecided
    result = offline.bring(laptop, db, decisions={c.key: choice})
    assert result.written
    if choice == "laptop":  # back, with the grant made on the laptop
        assert _rows_of(db) == on_laptop and balances(db) == laptop_pools
    else:  # the deletion stands: what was added under it on the laptop does not come
        assert result.appended == 0 and count(db, "ledger_entry") == ledger
    again = offline.bring(laptop, db)
    assert again.written and not again.conflicts and again.inserted == 0
