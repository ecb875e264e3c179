"""Every edit a person makes is a ChangeSet: row-level inserts, updates and deletes applied in
one transaction. Its inverse undoes it exactly, so Undo/Redo work across screens and leave the
database as it was. The history of every change is written by the store (app.store.audit), in
the same transaction.

Lost updates are refused, not made: ``update(..., expect={...})`` checks that the fields still
hold what the caller saw, and Undo/Redo check that the rows they replay still hold what the
change set left (or found); otherwise :class:`Conflict` is raised and nothing is written.

Row versions (issue 17): the tables a person edits (:data:`VERSIONED`) have a ``version``, one
more on every update made here, the same on SQLite and PostgreSQL; Undo and Redo put back the
version with the values (the row is then as it was, version included). An edit
``based_on=`` the version it read is refused with :class:`StaleEdit` when the row has moved on;
the error says who changed which fields and when, read from the history."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, SQLModel, select

from app.domain.model import WorkOrder
from app.store.audit import allow_ledger_undo
from app.store.db import Database, DatabaseError
from app.store.tables import (
    Customer,
    DeliveryEventRow,
    DeliveryRow,
    History,
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
    "delivery_event": DeliveryEventRow,
    "ledger_entry": LedgerRow,
}

#: The tables whose rows carry a ``version`` (migration 0007).
VERSIONED = frozenset({"work_order", "location", "service_line", "delivery"})


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
    #: ``work_order`` as this change left it, when the service that made it knows that exactly
    #: without reading it again (see ``planning.add_entry``); else None. The window takes it once,
    #: for its refresh after the edit; Undo and Redo (``inverse``) never carry it.
    after: WorkOrder | None = field(default=None, compare=False, repr=False)

    def inverse(self) -> ChangeSet:
        return ChangeSet(self.label, self.work_order, [c.inverse() for c in reversed(self.changes)])

    def __bool__(self) -> bool:
        return bool(self.changes)

    def touched_work_orders(self) -> list[str] | None:
        """The work orders (numbers) whose rows this change writes, for the window to read and
        check again only those; None when it changes which work orders there are or how they
        are named and ordered (a new, removed or renamed work order, a customer): then the
        whole portfolio is read again."""
        for c in self.changes:
            if c.table == "customer":
                return None
            if c.table == "work_order" and (c.op != "update" or {"number", "customer_id"} & set(c.after or {})):
                return None
        return [self.work_order] if self.work_order else None


class Conflict(Exception):
    """The row changed since it was read (another window or copy of the app wrote it)."""

    reason = "conflict"

    def __init__(self, table: str, row_id: int | None, field: str = "", expected: Any = None,
                 found: Any = None):
        self.table, self.row_id, self.field = table, row_id, field
        self.expected, self.found = expected, found
        what = f"{table} {row_id}" + (f" {field}" if field else "")
        # the values stay on the exception, out of its message (which may reach a crash log)
        super().__init__(f"{what} was changed meanwhile by another window or copy of the app")


class StaleEdit(Conflict):
    """The edit was based on version ``based_on`` of the row, which has since been changed
    (now ``found``) by someone else: nothing of the edit is written. ``changes`` says who
    changed what and when (from the history): (user, at (UTC), [fields]) oldest first;
    ``label`` names the record to a person (a delivery's ref, a work order's number)."""

    reason = "stale_edit"

    def __init__(self, table: str, row_id: int | None, based_on: int, found: int,
                 changes: list[tuple[str, datetime, list[str]]] | None = None, label: str = ""):
        super().__init__(table, row_id, "version", based_on, found)
        self.based_on, self.changes, self.label = based_on, changes or [], label

    @property
    def users(self) -> list[str]:
        return list(dict.fromkeys(u for u, _at, _f in self.changes))

    @property
    def fields(self) -> list[str]:
        return list(dict.fromkeys(f for _u, _at, names in self.changes for f in names))

    @property
    def at(self) -> datetime | None:
        return self.changes[-1][1] if self.changes else None


#: The field that names a row of each versioned table to a person.
_LABEL = {"work_order": "number", "delivery": "ref", "service_line": "line_no", "location": "country"}


def stale_error(session: Session, table: str, row: SQLModel, based_on: int) -> StaleEdit:
    """The StaleEdit for ``row`` read at ``based_on``: the updates recorded after the row last
    reached that version (all of them if it never did), grouped by who and when (each flush's
    rows share one time)."""
    reached = session.exec(select(History.id).where(
        History.table_name == table, History.record_id == row.id, History.action == "update",
        History.field == "version", History.new == str(based_on)).order_by(History.id.desc())).first()
    rows = session.exec(select(History).where(
        History.table_name == table, History.record_id == row.id, History.action == "update",
        History.id > (reached or 0), History.field != "version").order_by(History.id)).all()
    found: list[tuple[str, datetime, list[str]]] = []
    for h in rows:
        if found and found[-1][0] == h.user and found[-1][1] == h.at:
            found[-1][2].append(h.field)
        else:
            found.append((h.user, h.at, [h.field]))
    label = str(getattr(row, _LABEL.get(table, "id"), row.id))
    return StaleEdit(table, row.id, based_on, row.version, found, label)


def row_values(row: SQLModel) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


def insert(session: Session, table: str, values: dict[str, Any]) -> RowChange:
    """Insert a row now and describe it as a change."""
    row = TABLES[table](**values)
    session.add(row)
    session.flush()
    return RowChange(table, "insert", row.id, None, row_values(row))


def update(session: Session, table: str, row_id: int, expect: dict[str, Any] | None = None,
           based_on: int | None = None, **new: Any) -> RowChange | None:
    """Set fields of a row now; only fields that really change are recorded, and the row's
    version goes up by one.

    ``expect``: field values the caller based the change on (what it read earlier, outside this
    transaction); if the row no longer holds them, :class:`Conflict` is raised.
    ``based_on``: the row's version the caller read; if the row has another now,
    :class:`StaleEdit` is raised (the whole edit is refused, whichever fields it touches).
    """
    row = session.get(TABLES[table], row_id)
    if row is None:
        raise LookupError(f"{table} {row_id} not found")
    if based_on is not None and table in VERSIONED and row.version != based_on:
        raise stale_error(session, table, row, based_on)
    _check(table, row, expect or {})
    before, after = {}, {}
    for name, value in new.items():
        old = getattr(row, name)
        if _same(old, value):
            continue
        before[name], after[name] = old, value
        setattr(row, name, value)
    if not after:
        return None
    if table in VERSIONED:  # one more version; Undo and Redo put back the version they replay
        before["version"], after["version"] = row.version, (row.version or 0) + 1
        row.version = after["version"]
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


def _check(table: str, row: SQLModel, expected: dict[str, Any]) -> None:
    for name, value in expected.items():
        found = getattr(row, name)
        if not _same(found, value):
            raise Conflict(table, row.id, name, value, found)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime) and (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)  # SQLite may drop the zone
    if hasattr(a, "value") and not isinstance(a, (Decimal, date)):
        a = a.value  # enums compare with their stored values
    if hasattr(b, "value") and not isinstance(b, (Decimal, date)):
        b = b.value
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return Decimal(a) == Decimal(b)
        except (ArithmeticError, TypeError, ValueError):
            return False
    return a == b


def replay(session: Session, cs: ChangeSet) -> None:
    """Apply the row changes of ``cs`` (used for undo and redo). Each row must still be as the
    change set expects (``before``), or :class:`Conflict` is raised: an old Undo never
    overwrites what was written since."""
    for c in cs.changes:
        model = TABLES[c.table]
        row = session.get(model, c.row_id) if c.row_id is not None else None
        if c.op == "insert":
            if row is not None:
                raise Conflict(c.table, c.row_id, "", None, "a row with this id")
            session.add(model(**c.after))
        elif c.op == "delete":
            if row is None:
                continue  # already gone: the wanted state holds
            _check(c.table, row, c.before or {})
            session.delete(row)
        else:
            if row is None:
                raise Conflict(c.table, c.row_id, "", "the row", None)
            _check(c.table, row, c.before or {})
            for name, value in c.after.items():
                setattr(row, name, value)
            session.add(row)
        session.flush()


#: How many times a unit of work is run again after PostgreSQL refused it for a concurrent one.
RETRIES = 8


def run(db: Database, label: str, work_order: str, action: Callable[[Session, ChangeSet], None]) -> ChangeSet:
    """Run ``action`` in one transaction; it appends its row changes to the change set.

    On PostgreSQL a transaction that a concurrent one made unserialisable
    (``DatabaseError("conflict")``: nothing of it was written) is run again, up to
    :data:`RETRIES` times: every check an action makes (``based_on``, ``expect``, a draw's
    balance) is made again inside the new transaction, so the second of two edits based on the
    same version gets :class:`StaleEdit`, the second of two draws that together overdraw is
    refused by the rule, instead of a bare conflict."""
    for attempt in range(RETRIES + 1):
        cs = ChangeSet(label, work_order)
        try:
            with db.session() as s:
                action(s, cs)
                cs.changes = [c for c in cs.changes if c is not None]
            return cs
        except DatabaseError as exc:
            if exc.reason != "conflict" or not db.is_pg or attempt == RETRIES:
                raise
            time.sleep(random.uniform(0.005, 0.03) * (attempt + 1))
    raise AssertionError("unreachable")


def undo(db: Database, cs: ChangeSet) -> ChangeSet:
    inv = cs.inverse()
    with db.session() as s:
        # the ledger is append-only; the one delete allowed is the Undo of an entry just added
        allow_ledger_undo(s, [c.row_id for c in cs.changes
                              if c.table == "ledger_entry" and c.op == "insert"])
        replay(s, inv)
    return inv


def redo(db: Database, cs: ChangeSet) -> None:
    with db.session() as s:
        replay(s, cs)

