"""Every edit a person makes is a ChangeSet: row-level inserts, updates and deletes applied in
one transaction. Its inverse undoes it exactly, so Undo/Redo work across screens and leave the
database as it was. The history of changes is written from the same ChangeSet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel

from app.store.db import Database
from app.store.tables import (
    Customer,
    DeliveryRow,
    LedgerRow,
    LocationRow,
    ServiceLineRow,
    WorkOrderRow,
)

TABLES: dict[str, type[SQLModel]] = {
    "customer": Customer,
    "work_order": WorkOrderRow,
    "location": LocationRow,
    "service_line": ServiceLineRow,
    "delivery": DeliveryRow,
    "ledger_entry": LedgerRow,
}


@dataclass(frozen=True)
class RowChange:
    table: str
    op: str  # "insert" | "update" | "delete"
    row_id: int | None
    before: dict[str, Any] | None = None  # full row for delete; changed fields for update
    after: dict[str, Any] | None = None  # full row for insert; changed fields for update

    def inverse(self) -> RowChange:
        op = {"insert": "delete", "delete": "insert", "update": "update"}[self.op]
        return RowChange(self.table, op, self.row_id, self.after, self.before)


@dataclass
class ChangeSet:
    """One user action. ``label`` is a short English key-phrase the UI translates for its
    Undo menu; ``work_order`` the number it concerns."""

    label: str
    work_order: str = ""
    changes: list[RowChange] = field(default_factory=list)

    def inverse(self) -> ChangeSet:
        return ChangeSet(self.label, self.work_order, [c.inverse() for c in reversed(self.changes)])

    def __bool__(self) -> bool:
        return bool(self.changes)


#: Called inside the transaction after a change set is applied: (session, changeset, kind)
#: where kind is "do", "undo" or "redo". The history writer registers here.
APPLIED_HOOKS: list[Callable[[Session, ChangeSet, str], None]] = []


def row_values(row: SQLModel) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def insert(session: Session, table: str, values: dict[str, Any]) -> RowChange:
    """Insert a row now and describe it as a change."""
    row = TABLES[table](**values)
    session.add(row)
    session.flush()
    return RowChange(table, "insert", row.id, None, row_values(row))


def update(session: Session, table: str, row_id: int, **new: Any) -> RowChange | None:
    """Set fields of a row now; only fields that really change are recorded."""
    row = session.get(TABLES[table], row_id)
    if row is None:
        raise LookupError(f"{table} {row_id} not found")
    before, after = {}, {}
    for name, value in new.items():
        old = getattr(row, name)
        if _same(old, value):
            continue
        before[name], after[name] = old, value
        setattr(row, name, value)
    if not after:
        return None
    session.add(row)
    session.flush()
    return RowChange(table, "update", row_id, before, after)


def delete(session: Session, table: str, row_id: int) -> RowChange:
    row = session.get(TABLES[table], row_id)
    if row is None:
        raise LookupError(f"{table} {row_id} not found")
    values = row_values(row)
    session.delete(row)
    session.flush()
    return RowChange(table, "delete", row_id, values, None)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return Decimal(a) == Decimal(b)
        except Exception:
            return False
    return a == b


def replay(session: Session, cs: ChangeSet) -> None:
    """Apply the row changes of ``cs`` (used for undo and redo)."""
    for c in cs.changes:
        model = TABLES[c.table]
        if c.op == "insert":
            session.add(model(**c.after))
        elif c.op == "delete":
            row = session.get(model, c.row_id)
            if row is not None:
                session.delete(row)
        else:
            row = session.get(model, c.row_id)
            if row is None:
                raise LookupError(f"{c.table} {c.row_id} no longer exists")
            for name, value in c.after.items():
                setattr(row, name, value)
            session.add(row)
        session.flush()


def run(db: Database, label: str, work_order: str, action: Callable[[Session, ChangeSet], None]) -> ChangeSet:
    """Run ``action`` in one transaction; it appends its row changes to the change set."""
    cs = ChangeSet(label, work_order)
    with db.session() as s:
        action(s, cs)
        cs.changes = [c for c in cs.changes if c is not None]
        for hook in APPLIED_HOOKS:
            hook(s, cs, "do")
    return cs


def undo(db: Database, cs: ChangeSet) -> ChangeSet:
    inv = cs.inverse()
    with db.session() as s:
        replay(s, inv)
        for hook in APPLIED_HOOKS:
            hook(s, inv, "undo")
    return inv


def redo(db: Database, cs: ChangeSet) -> None:
    with db.session() as s:
        replay(s, cs)
        for hook in APPLIED_HOOKS:
            hook(s, cs, "redo")


def jsonable(value: Any) -> Any:
    """A value as text for the history (dates ISO, Decimals exact)."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        from app.domain.money import to_text

        return to_text(value)
    return value
