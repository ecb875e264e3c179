"""File › Bring offline changes back… (issue 17): the dry run lists each conflict field by field,
Apply waits until every one is decided, then the laptop's changes and the decisions are in the
database and the window shows them; a refusal is said in the service's words, nothing written."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy import func, select

from app.domain.enums import LedgerKind, Status
from app.domain.model import LedgerEntry
from app.messages import t
from app.services import offline, planning
from app.store.db import open_db
from app.store.tables import metadata
from tests.conftest import TODAY

A = "UES-KZ-2025-014"


def ledger_count(db) -> int:
    with db.engine.connect() as c:
        return c.execute(select(func.count()).select_from(metadata.tables["ledger_entry"])).scalar_one()


def entry(db, kind, credits):
    host = planning.work_order(db, A).host.id
    planning.add_entry(db, A, LedgerEntry(id=None, on=TODAY, location_id=host, kind=kind, credits=Decimal(credits)))


@pytest.fixture
def laptop(demo_db, tmp_path):
    """A laptop copy of A: the fee and the flex allowance changed on both sides (two conflicts),
    a grant and a delivery's title changed on the laptop only (no conflict)."""
    path = tmp_path / "laptop.db"
    offline.take(demo_db.path, path, [A])
    lap = open_db(path)
    try:
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50), flex_allowance=Decimal(1111))
        entry(lap, LedgerKind.GRANT, 7)
        ref = planning.work_order(lap, A).deliveries[0].ref
        planning.update_delivery(lap, A, ref, title="titled on the laptop")
    finally:
        lap.close()
    planning.update_work_order(demo_db, A, cancel_fee_pct=Decimal(75), flex_allowance=Decimal(2222))
    return path


def opened(qtbot, window, path):
    dlg = window.bring_from(path)
    qtbot.waitUntil(lambda: dlg.state not in ("comparing", "bringing"), timeout=20000)
    return dlg


def row_of(dlg, field: str) -> int:
    return next(i for i, c in enumerate(dlg.model.rows) if c.field == field)


def tick(dlg, field: str, side: str) -> None:
    """What a click on the row's checkbox does."""
    col = 4 if side == "laptop" else 5
    assert dlg.model.setData(dlg.model.index(row_of(dlg, field), col), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)


def test_conflicts_are_decided_field_by_field_then_applied(qtbot, window, demo_db, laptop, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    before = ledger_count(demo_db)
    file_menu = window.menuBar().actions()[0].menu().actions()
    action = next(a for a in file_menu if a.objectName() == "bring_offline")
    assert action.text() == "Bring offline changes back…" and action.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(laptop), "")))
    action.trigger()  # File › Bring offline changes back…, the laptop file chosen
    dlg = window.bring_dialog
    assert dlg.laptop == laptop and dlg.isVisible()
    # off the GUI thread: the dry run's result arrives through the event loop, after a busy bar
    assert dlg.state == "comparing" and dlg.progress.isVisible() and not dlg.apply_button.isEnabled()
    qtbot.waitUntil(lambda: dlg.state != "comparing", timeout=20000)
    assert dlg.state == "ready" and dlg.view.isVisible()
    m = dlg.model
    assert sorted(c.field for c in m.rows) == ["cancel_fee_pct", "flex_allowance"]
    fee = row_of(dlg, "cancel_fee_pct")
    assert [m.data(m.index(fee, c)) for c in range(6)] == [
        A, f"work order {A}", "cancellation fee %", "100", "50", "75"]
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Work order", "Record", "Field", "As taken", "Keep the laptop's", "Keep this database's"]
    assert m.data(m.index(fee, 4), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # none chosen
    assert dlg.clean.text().startswith("Comes without conflict: 1 changed field(s), 1 new record(s), of them 1 ledger")
    assert dlg.count.text() == "Decided: 0 of 2" and not dlg.apply_button.isEnabled()
    tick(dlg, "cancel_fee_pct", "laptop")
    assert dlg.count.text() == "Decided: 1 of 2" and not dlg.apply_button.isEnabled()
    dlg.apply()  # one conflict still open: Apply does nothing
    assert dlg.state == "ready"
    wo = planning.work_order(demo_db, A)
    assert (wo.cancel_fee_pct, wo.flex_allowance) == (75, 2222) and ledger_count(demo_db) == before
    tick(dlg, "flex_allowance", "server")
    assert m.data(m.index(row_of(dlg, "flex_allowance"), 5), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dlg.apply_button.isEnabled()
    qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert dlg.state == "bringing" and not dlg.apply_button.isEnabled()  # off the GUI thread
    qtbot.waitUntil(lambda: dlg.state == "done", timeout=20000)
    assert dlg.brought and dlg.status.text().startswith("Brought back: 2 field(s) taken, 1 new record(s)")
    wo = planning.work_order(demo_db, A)
    assert (wo.cancel_fee_pct, wo.flex_allowance) == (50, 2222)  # the laptop's fee, this database's flex
    assert ledger_count(demo_db) == before + 1
    assert wo.ledger[-1].kind is LedgerKind.GRANT and wo.ledger[-1].credits == 7
    assert wo.deliveries[0].title == "titled on the laptop"
    assert window.ctx.work_order(A).cancel_fee_pct == 50  # the window read it again
    assert not dlg.apply_button.isEnabled()
    dlg.close()
    again = opened(qtbot, window, laptop)  # brought: nothing more to bring
    assert again.model.rows == [] and again.clean.text() == t("offline.ui.nothing", "en")
    assert not again.apply_button.isEnabled() and not again.view.isVisible()
    again.close()


def test_keep_all_from_one_side_and_a_choice_taken_back(qtbot, window, demo_db, laptop):
    dlg = opened(qtbot, window, laptop)
    dlg.all_server.click()
    assert dlg.apply_button.isEnabled()
    m = dlg.model
    fee = row_of(dlg, "cancel_fee_pct")
    m.setData(m.index(fee, 5), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)  # untick
    assert not dlg.apply_button.isEnabled() and dlg.count.text() == "Decided: 1 of 2"
    tick(dlg, "cancel_fee_pct", "server")
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.state == "done", timeout=20000)
    wo = planning.work_order(demo_db, A)
    assert (wo.cancel_fee_pct, wo.flex_allowance) == (75, 2222)
    assert wo.deliveries[0].title == "titled on the laptop"  # what had no conflict came too
    dlg.close()


def test_an_overdraw_is_refused_in_the_services_words_and_nothing_is_written(qtbot, window, demo_db, tmp_path):
    path = tmp_path / "laptop.db"
    offline.take(demo_db.path, path, [A])
    lap = open_db(path)
    try:
        entry(lap, LedgerKind.DRAW, 50)
        planning.update_work_order(lap, A, cancel_fee_pct=Decimal(50))
    finally:
        lap.close()
    entry(demo_db, LedgerKind.DRAW, 50)  # 81 credits: each draw fits alone, not both
    before = ledger_count(demo_db)
    dlg = opened(qtbot, window, path)
    assert dlg.state == "refused" and dlg.status.isVisible()
    assert "R-CREDIT-BALANCE: The balance falls to" in dlg.status.text()
    assert "nothing was written" in dlg.status.text()
    assert "Traceback" not in dlg.status.text() and not dlg.apply_button.isEnabled()
    assert ledger_count(demo_db) == before and planning.work_order(demo_db, A).cancel_fee_pct == 100
    dlg.close()


@pytest.mark.parametrize("kind", ["planner file, not a copy", "not a database"])
def test_a_file_that_is_no_laptop_copy_is_said_so(qtbot, window, demo_db, tmp_path, kind):
    if kind == "not a database":
        path = tmp_path / "notes.db"
        path.write_text("just some words\n" * 50, encoding="utf-8")
    else:
        path = tmp_path / "other.db"
        open_db(path).close()
    dlg = opened(qtbot, window, path)
    assert dlg.state == "refused" and dlg.error
    if kind == "planner file, not a copy":
        assert dlg.error == t("offline.not_a_copy", "en", detail=str(path))
    else:
        assert "notes.db" in dlg.error and "unexpected" not in dlg.error
    assert not dlg.apply_button.isEnabled()
    dlg.close()


def test_bringing_into_another_database_than_the_source_is_refused(qtbot, make_window, laptop, tmp_path):
    from app.services.portfolio import load_demo

    other = open_db(tmp_path / "other.db")
    load_demo(other, TODAY)
    w = make_window(other)
    dlg = opened(qtbot, w, laptop)
    assert dlg.state == "refused"
    assert dlg.error == t("offline.wrong_target", "en", detail=str(other.path))
    assert planning.work_order(other, A).cancel_fee_pct != 50
    dlg.close()
    other.close()


def test_a_record_deleted_here_and_changed_on_the_laptop(qtbot, window, demo_db, tmp_path):
    wo = planning.work_order(demo_db, A)
    ref = planning.next_ref(wo)
    planning.create_delivery(demo_db, A, replace(wo.deliveries[-1], id=None, ref=ref, title="plan",
                                                 status=Status.PLANNED, requested_on=None,
                                                 first_day=None, last_day=None, changed_on=None, moved_from=None))
    path = tmp_path / "laptop.db"
    offline.take(demo_db.path, path, [A])
    lap = open_db(path)
    try:
        planning.update_delivery(lap, A, ref, title="kept on the laptop")
    finally:
        lap.close()
    planning.delete_delivery(demo_db, A, ref)
    dlg = opened(qtbot, window, path)
    m = dlg.model
    assert [m.data(m.index(0, c)) for c in range(1, 6)] == [
        f"delivery {ref}", "the whole record", "—", "changed", "deleted"]
    tick(dlg, "", "laptop")
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.state == "done", timeout=20000)
    assert {d.ref: d.title for d in planning.work_order(demo_db, A).deliveries}[ref] == "kept on the laptop"
    dlg.close()


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_dialog_renders_its_conflicts(qtbot, make_window, demo_db, laptop, tmp_path, lang):
    w = make_window(demo_db, lang)
    dlg = opened(qtbot, w, laptop)
    tick(dlg, "cancel_fee_pct", "laptop")
    assert dlg.windowTitle() == t("offline.ui.title", lang)
    assert dlg.model.headerData(1, Qt.Orientation.Horizontal) == t("offline.ui.col.record", lang)
    header = dlg.view.horizontalHeader()
    for col in range(6):  # no column squeezed to nothing, none truncated under its title
        assert header.sectionSize(col) >= min(header.sectionSizeHint(col), 260) > 0
    out = tmp_path / f"offline-bring-{lang}.png"
    assert dlg.grab().save(str(out))
    img = QImage(str(out))
    assert img.width() >= 900 and img.height() >= 400
    dlg.close()


def test_take_offline_copies_the_ticked_work_orders_into_a_new_file(qtbot, window, demo_db, tmp_path):
    file_menu = window.menuBar().actions()[0].menu().actions()
    action = next(a for a in file_menu if a.objectName() == "take_offline")
    assert action.text() == "Take offline…" and action.isEnabled()
    action.trigger()
    dlg = window.take_dialog
    current = window.ctx.current
    assert dlg.numbers() == [current]  # the current work order, ticked at first
    assert not dlg.take_button.isEnabled()  # no file yet
    other = next(dlg.list.item(i) for i in range(dlg.list.count())
                 if dlg.list.item(i).data(Qt.ItemDataRole.UserRole) != current)
    other.setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "carry.db"
    dlg.set_target(target)
    assert dlg.take_button.isEnabled() and dlg.chosen_label.text() == "Chosen: 2"
    qtbot.mouseClick(dlg.take_button, Qt.MouseButton.LeftButton)
    assert dlg.state == "taking"  # off the GUI thread
    qtbot.waitUntil(lambda: dlg.state != "taking", timeout=20000)
    assert dlg.state == "done", dlg.error
    chosen = sorted([current, other.data(Qt.ItemDataRole.UserRole)])
    assert sorted(dlg.result.work_orders) == chosen and "copied to" in dlg.status.text()
    lap = open_db(target)
    try:
        with lap.engine.connect() as c:
            wo = metadata.tables["work_order"]
            assert sorted(r.number for r in c.execute(select(wo.c.number))) == chosen
    finally:
        lap.close()
    dlg.close()
    again = window.take_offline()  # into the same file again: refused, said, the file kept
    again.set_target(target)
    again.take()
    qtbot.waitUntil(lambda: again.state != "taking", timeout=20000)
    assert again.state == "refused"
    assert again.error == t("offline.target_not_empty", "en", detail=str(target))
    again.close()


def test_a_conflict_that_appears_after_the_dry_run_is_asked_before_anything_is_written(
        qtbot, window, demo_db, laptop):
    dlg = opened(qtbot, window, laptop)
    dlg.all_laptop.click()
    ref = planning.work_order(demo_db, A).deliveries[0].ref
    planning.update_delivery(demo_db, A, ref, title="titled here meanwhile")  # the laptop changed it too
    before = ledger_count(demo_db)
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.state != "bringing", timeout=20000)
    assert dlg.state == "ready" and not dlg.brought
    assert dlg.status.text() == t("offline.ui.changed_since", "en")
    assert sorted(c.field for c in dlg.model.rows) == ["cancel_fee_pct", "flex_allowance", "title"]
    assert dlg.count.text() == "Decided: 2 of 3" and not dlg.apply_button.isEnabled()  # earlier choices kept
    wo = planning.work_order(demo_db, A)
    assert (wo.cancel_fee_pct, wo.deliveries[0].title, ledger_count(demo_db)) == (75, "titled here meanwhile", before)
    tick(dlg, "title", "server")
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.state == "done", timeout=20000)
    wo = planning.work_order(demo_db, A)
    assert (wo.cancel_fee_pct, wo.flex_allowance, wo.deliveries[0].title) == (50, 1111, "titled here meanwhile")
    dlg.close()
