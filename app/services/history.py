"""What changed in a work order, when and by whom: read from the history the store writes for
every change (app.store.audit)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import or_, select

from app.store.db import Database
from app.store.tables import DeliveryRow, History, WorkOrderRow

#: The field of each table that names a record to a person (a delivery's ref, a line's number).
LABEL_FIELDS = {"work_order": "number", "location": "country", "service_line": "line_no",
                "delivery": "ref", "ledger_entry": "kind", "customer": "name"}


@dataclass(frozen=True)
class HistoryItem:
    """One change. ``when`` is aware (UTC; show it with ``.astimezone()``). For an insert or a
    delete ``field`` is empty and ``new`` / ``old`` hold the whole record as JSON text; for an
    update ``old`` and ``new`` are the field's values as text (decimals exact, ISO dates)."""

    when: datetime
    user: str
    table: str
    record: int | None
    field: str
    old: str | None
    new: str | None
    action: str = "update"  # insert | update | delete
    label: str = ""  # the record as a person knows it: "D-004", "KZ", line "3"

    def values(self) -> dict:
        """The whole record of an insert or delete (empty for an update)."""
        text = self.new if self.action == "insert" else self.old if self.action == "delete" else None
        return json.loads(text) if text else {}


def _work_order_ids(s, number: str) -> set[int]:
    """Every id the work order ``number`` has had (it may have been removed and made again)."""
    ids = set(s.exec(select(WorkOrderRow.id).where(WorkOrderRow.number == number)).all())
    for h in s.exec(select(History).where(History.table_name == "work_order",
                                          History.action.in_(("insert", "delete")))).all():
        values = json.loads((h.new if h.action == "insert" else h.old) or "{}")
        if values.get("number") == number:
            ids.add(h.record_id)
    renamed = s.exec(select(History.record_id).where(
        History.table_name == "work_order", History.field == "number",
        or_(History.old == number, History.new == number))).all()
    return ids | set(renamed)


def work_order_history(db: Database, number: str) -> list[HistoryItem]:
    """Every recorded change of the work order ``number`` and of its locations, lines,
    deliveries and ledger entries, oldest first."""
    with db.read() as s:
        ids = _work_order_ids(s, number)
        if not ids:
            return []
        rows = s.exec(select(History).where(History.work_order_id.in_(ids))
                      .order_by(History.id)).all()
        refs = {i: ref for i, ref in s.exec(select(DeliveryRow.id, DeliveryRow.ref)
                                            .where(DeliveryRow.work_order_id.in_(ids))).all()}
    labels: dict[tuple[str, int | None], str] = {}
    for h in rows:
        if h.action in ("insert", "delete"):
            values = json.loads((h.new if h.action == "insert" else h.old) or "{}")
            key = LABEL_FIELDS.get(h.table_name)
            if key and values.get(key) is not None:
                labels[(h.table_name, h.record_id)] = str(values[key])
        elif LABEL_FIELDS.get(h.table_name) == h.field and h.new is not None:
            labels[(h.table_name, h.record_id)] = h.new
    for h in rows:  # a delivery's change event is known by its delivery's ref
        if h.table_name == "delivery_event" and h.action in ("insert", "delete"):
            did = json.loads((h.new if h.action == "insert" else h.old) or "{}").get("delivery_id")
            labels[(h.table_name, h.record_id)] = labels.get(("delivery", did)) or refs.get(did, "")
    # a row's version (issue 17) goes up with every update: bookkeeping, not a change to show
    return [HistoryItem(_utc(h.at), h.user, h.table_name, h.record_id, h.field, h.old, h.new,
                        h.action, labels.get((h.table_name, h.record_id), ""))
            for h in rows if h.field != "version"]


def _utc(when: datetime) -> datetime:
    return when if when.tzinfo else when.replace(tzinfo=UTC)
