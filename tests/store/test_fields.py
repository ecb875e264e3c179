"""One description per record: the field tables (app.domain.fields) name exactly the domain
attributes, the table columns and the workbook columns of service lines and deliveries."""

from __future__ import annotations

from dataclasses import fields as dc_fields

from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS
from app.domain.model import Delivery, ServiceLine
from app.store.tables import DeliveryRow, ServiceLineRow
from app.workbook import format as fmt
from app.workbook.validate import FIELDS, KEY_FIELD


def _check(specs, model, row, sheet_key, kind):
    names = [f.name for f in specs]
    # the row's version (issue 17) is bookkeeping of the store, not a field of the record
    assert set(names) == {f.name for f in dc_fields(model)} - {"id", "events", "version"}
    assert set(names) == set(row.__table__.c.keys()) - {"id", "work_order_id", "version"}
    sheet = fmt.SHEET_BY_KEY[sheet_key]
    columns = {f.column for f in specs if f.column}
    assert columns == {c.key for c in sheet.columns} - {"work_order"}
    assert columns == {KEY_FIELD[kind], *FIELDS[kind]}  # the importer merges every one
    for f in specs:
        if f.column:
            assert (sheet.column(f.column).kind == "bool") == (f.kind == "bool"), f.name


def test_line_fields_are_described_once():
    _check(LINE_FIELDS, ServiceLine, ServiceLineRow, "services", "line")


def test_delivery_fields_are_described_once():
    _check(DELIVERY_FIELDS, Delivery, DeliveryRow, "deliveries", "delivery")
