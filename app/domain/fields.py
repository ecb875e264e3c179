"""One description per record: each stored field of a service line and of a delivery, once.

The store (app/store/repo.py: domain <-> rows), the services' value dicts
(app/services/planning.py), the importer's state (app/services/importer.py) and the workbook
export (app/workbook/writer.py) all read these tables, so a new field is one more entry here
plus its column (app/store/tables.py, a migration) and its workbook column (app/workbook/format.py);
CONTRIBUTING.md, "A new field on a record", lists the steps.

Each entry: the domain attribute (which is also the table column), its kind, the workbook column
key on the record's sheet (None: not in the workbook), whether a new record needs it, and the
closed vocabulary (app.domain.enums) of a vocab field.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str  # attribute of the domain record = column of its table
    kind: str  # text, int, decimal, date, bool, vocab, location (a location id; the workbook's country)
    column: str | None  # workbook column key on the record's sheet
    required: bool = False
    vocab: str | None = None  # app.texts.VOCAB name of a vocab field


def _f(name: str, kind: str, column: str | None = "", required: bool = False,
       vocab: str | None = None) -> FieldSpec:
    return FieldSpec(name, kind, name if column == "" else column, required, vocab)


LINE_FIELDS: tuple[FieldSpec, ...] = (
    _f("line_no", "int", required=True),
    _f("service", "text", required=True),
    _f("quantity", "decimal", required=True),
    _f("unit", "vocab", vocab="unit"),
    _f("location_id", "location", "location"),
    _f("funding", "vocab", required=True, vocab="funding"),
    _f("unit_price", "decimal"),
    _f("flex_year", "int"),
    _f("notes", "text"),
    _f("travel_prepaid", "bool"),
)

DELIVERY_FIELDS: tuple[FieldSpec, ...] = (
    _f("ref", "text", required=True),
    _f("service", "text", required=True),
    _f("title", "text"),
    _f("location_id", "location", "location"),
    _f("mode", "vocab", vocab="mode"),
    _f("status", "vocab", vocab="status"),
    _f("requested_on", "date"),
    _f("first_day", "date"),
    _f("last_day", "date"),
    _f("credits", "decimal"),
    _f("hours", "decimal"),
    _f("changed_on", "date"),
    _f("moved_from", "date"),
    _f("fee", "decimal"),
    _f("line_no", "int"),
    _f("notes", "text"),
    _f("quantity", "decimal"),  # None: derived (app.domain.balances.delivery_quantity)
    _f("travel_prepaid", "bool"),
)


def stored_values(record: Any, fields: tuple[FieldSpec, ...]) -> dict[str, Any]:
    """The record's fields as its table stores them: attribute name -> value, vocabularies as
    their stored words."""
    out: dict[str, Any] = {}
    for f in fields:
        v = getattr(record, f.name)
        out[f.name] = v.value if isinstance(v, Enum) else v
    return out
