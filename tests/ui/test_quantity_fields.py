"""The delivery dialog's quantity (its line's unit beside it, the derived value as placeholder,
empty = derived) and travel-prepaid checkbox, saved to the database."""

from __future__ import annotations

from decimal import Decimal as D

from app.domain.dates import working_days


def test_delivery_dialog_quantity_and_travel(window, demo_db):
    from app.services import planning
    from app.ui.plan_dialogs import DeliveryDialog

    wo = window.ctx.work_order("UES-KZ-2026-027")
    d = next(x for x in wo.deliveries if x.ref == "D-104")  # a custom proactive service, in days
    dlg = DeliveryDialog(window.ctx, wo, d, window)
    try:
        assert dlg.quantity_unit.text() == "days"
        derived = working_days("KZ", d.first_day, d.last_day)
        assert dlg.quantity.placeholderText() == f"{derived} (derived)" and dlg.quantity.text() == ""
        assert not dlg.travel.isChecked()
        dlg.quantity.setText("5")
        dlg.travel.setChecked(True)
        dlg.save()
    finally:
        dlg.deleteLater()
    saved = next(x for x in planning.work_order(demo_db, "UES-KZ-2026-027").deliveries if x.ref == "D-104")
    assert (saved.quantity, saved.travel_prepaid) == (D(5), True)


def test_plan_table_shows_each_delivery_quantity_in_its_unit(window):
    from PySide6.QtCore import Qt

    window.ctx.set_current("UES-KZ-2025-014")
    window.show_screen("plan")
    model = window.screens["plan"].model
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    q, ref = heads.index("Quantity"), heads.index("Ref")
    shown = {model.index(r, ref).data(): model.index(r, q).data() for r in range(model.rowCount())}
    assert shown["D-002"] == "12 seats"  # the 12-attendee workshop
    assert shown["D-006"] == "1 seat"  # counted: one seat, not "1 seats"
    assert shown["D-001"] == ""  # credits: its own column


def test_plan_quantity_is_counted_in_russian_and_kazakh(make_window, demo_db):
    """CLDR plurals on the Plan table: «12 мест», «1 место» (not «1 места»), Kazakh «1 орын»."""
    from PySide6.QtCore import Qt

    from app import texts

    for lang in ("ru", "kk"):
        w = make_window(demo_db, lang)
        w.ctx.set_current("UES-KZ-2025-014")
        w.show_screen("plan")
        model = w.screens["plan"].model
        heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
        q, ref = heads.index(w.screens["plan"].tr("Quantity")), 0
        shown = {model.index(r, ref).data(): model.index(r, q).data() for r in range(model.rowCount())}
        assert shown["D-006"] == texts.count("unit.seats", 1, lang)
        assert shown["D-002"] == texts.count("unit.seats", 12, lang)
    assert texts.count("unit.seats", 1, "ru") == "1 место"


def test_history_names_every_changed_field_in_words(window, demo_db):
    """A field without a word of the screen's own (travel prepaid) is named by the shared
    field names, never by its column name."""
    from app.services import planning

    wo = planning.work_order(demo_db, "UES-KZ-2026-027")
    d = next(x for x in wo.deliveries if x.ref == "D-104")
    planning.update_delivery(demo_db, wo.number, d.ref, based_on=d.version, travel_prepaid=True)
    window.ctx.set_current(wo.number)
    window.refresh()
    window.show_screen("workorder")
    model = window.screens["workorder"].history_model
    fields = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert "travel prepaid" in fields
    assert not any(f and "_" in f for f in fields), fields
