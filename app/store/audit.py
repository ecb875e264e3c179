"""The history of every change, and the append-only ledger, enforced on the sessions that units
of work use (``Database.session()``), whoever writes: services, the importer, undo.

Recorded generically from SQLAlchemy's session events: objects added, changed or deleted in a
flush, and ORM bulk ``insert``/``update``/``delete`` statements. A work order's deletion also
records the rows the database removes with it (ON DELETE CASCADE). Plain SQL through the
connection is not seen: the app never writes that way.

Ledger rule: an entry is never updated (also refused by a database trigger), and deleted only
together with its work order, or as the Undo of its own insertion (``allow_ledger_undo``).
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Table,
    event,
    func,
    inspect,
    select,
    type_coerce,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session
from sqlmodel.sql.sqltypes import AutoString

from app.domain.money import to_text

from .tables import History, WorkOrderRow
from .types import DecimalText

TRACKED = ("customer", "work_order", "location", "service_line", "delivery", "ledger_entry", "delivery_event")
CHILDREN = ("ledger_entry", "delivery_event", "delivery", "service_line", "location")
_PENDING, _LEDGER_DELETED, _LEDGER_UNDO = "history_pending", "ledger_deleted", "ledger_undo"
_WO_DELETED = "work_orders_deleted"


class LedgerLocked(Exception):
    """A ledger entry was to be changed or removed: the ledger is corrected by a new entry."""

    reason = "ledger_locked"


@lru_cache(maxsize=1)
def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (some containers, services)
        return "unknown"


def value_text(v: Any) -> str | None:
    """A value as the history stores it: exact decimals, ISO dates, enum values."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Enum):
        return str(v.value)
    if isinstance(v, Decimal):
        return to_text(v)
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    return str(v)


#: ``json.dumps(..., ensure_ascii=False)`` without building an encoder per call
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def _row_json(values: dict[str, Any]) -> str:
    return _to_json({k: v if isinstance(v, int) and not isinstance(v, bool) else value_text(v)
                       for k, v in values.items()})


def _wo_of(table: str, values: dict[str, Any]) -> int | None:
    if table == "work_order":
        return values.get("id")
    return values.get("work_order_id")


def _item(table: str, action: str, values: dict[str, Any], field: str = "", old=None, new=None):
    return {"user": current_user(), "table_name": table, "record_id": values.get("id"),
            "work_order_id": _wo_of(table, values), "action": action, "field": field,
            "old": old, "new": new}


def _table_of(obj) -> str | None:
    t = getattr(obj, "__table__", None)
    return t.name if t is not None and t.name in TRACKED else None


def _values(obj) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}


def allow_ledger_undo(session: Session, ids) -> None:
    """Within this transaction, the ledger entries ``ids`` may be deleted (Undo of their insert)."""
    session.info.setdefault(_LEDGER_UNDO, set()).update(i for i in ids if i is not None)


# ------------------------------------------------------------------ flushes of ORM objects

def _before_flush(session: Session, _ctx, _instances) -> None:
    items = session.info.setdefault(_PENDING, [])
    with session.no_autoflush:
        for obj in list(session.dirty):
            table = _table_of(obj)
            if table is None:
                continue
            state = inspect(obj)
            for attr in state.mapper.column_attrs:
                hist = state.attrs[attr.key].history
                if not hist.has_changes():
                    continue
                if table == "ledger_entry":
                    raise LedgerLocked(f"ledger entry {obj.id}: {attr.key} cannot be changed")
                old = hist.deleted[0] if hist.deleted else _stored(session, obj, attr.key)
                new = hist.added[0] if hist.added else None
                if old == new:
                    continue
                items.append(_item(table, "update", _values_light(obj), attr.key,
                                   value_text(old), value_text(new)))
        deleted = [obj for obj in session.deleted if _table_of(obj)]
        gone = {(_table_of(o), o.id) for o in deleted}
        for obj in deleted:
            table, values = _table_of(obj), _values(obj)
            items.append(_item(table, "delete", values, old=_row_json(values)))
            if table == "ledger_entry":
                session.info.setdefault(_LEDGER_DELETED, []).append((obj.id, obj.work_order_id))
            if table == "work_order":
                session.info.setdefault(_WO_DELETED, set()).add(obj.id)
                items.extend(_cascade(session, [obj.id], gone))


def _values_light(obj) -> dict[str, Any]:
    return {"id": getattr(obj, "id", None), "work_order_id": getattr(obj, "work_order_id", None)}


def _stored(session: Session, obj, key: str):
    col = obj.__table__.c[key]
    return session.connection().execute(
        select(col).where(obj.__table__.c.id == obj.id)).scalar()


def _after_flush(session: Session, _ctx) -> None:
    items = session.info.pop(_PENDING, [])
    for obj in session.new:
        table = _table_of(obj)
        if table is not None:
            values = _values(obj)
            items.append(_item(table, "insert", values, new=_row_json(values)))
    _write(session, items)


_DB_ROLE = "history_db_role"


def db_role(session: Session) -> str | None:
    """The database role this session writes as: ``current_user`` on PostgreSQL (what row-level
    security judges by), the OS user on an SQLite file (it has no roles)."""
    if _DB_ROLE not in session.info:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            session.info[_DB_ROLE] = conn.exec_driver_sql("SELECT current_user").scalar()
        else:
            session.info[_DB_ROLE] = current_user()
    return session.info[_DB_ROLE]


def _write(session: Session, items: list[dict]) -> None:
    if not items:
        return
    at = datetime.now(UTC)
    role = db_role(session)
    for it in items:
        it["at"] = at
        it["db_role"] = role
    session.connection().execute(History.__table__.insert(), items)


def _cascade(session: Session, wo_ids: list[int], skip=frozenset()) -> list[dict]:
    """History items for the child rows the database deletes with these work orders."""
    items = []
    conn = session.connection()
    metadata = WorkOrderRow.metadata
    for name in CHILDREN:
        table = metadata.tables[name]
        for row in conn.execute(select(table).where(table.c.work_order_id.in_(wo_ids))).mappings():
            if (name, row["id"]) in skip:
                continue
            values = dict(row)
            items.append(_item(name, "delete", values, old=_row_json(values)))
    return items


# ------------------------------------------------------------------ ORM bulk statements

def _on_execute(state) -> Any:
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name not in TRACKED:
        return None
    session = state.session
    conn = session.connection()
    where = getattr(state.statement, "whereclause", None)
    sel = select(table) if where is None else select(table).where(where)
    if state.is_delete:
        rows = [dict(r) for r in conn.execute(sel).mappings()]
        items = [_item(name, "delete", r, old=_row_json(r)) for r in rows]
        if name == "ledger_entry":
            session.info.setdefault(_LEDGER_DELETED, []).extend(
                (r["id"], r["work_order_id"]) for r in rows)
        if name == "work_order" and rows:
            session.info.setdefault(_WO_DELETED, set()).update(r["id"] for r in rows)
            items.extend(_cascade(session, [r["id"] for r in rows]))
        _write(session, items)
        return None
    if state.is_update:
        if name == "ledger_entry":
            raise LedgerLocked("ledger entries cannot be changed")
        before = {r["id"]: dict(r) for r in conn.execute(sel).mappings()}
        result = state.invoke_statement()
        items = []
        if before:
            for r in conn.execute(select(table).where(table.c.id.in_(list(before)))).mappings():
                for key, new in r.items():
                    old = before[r["id"]].get(key)
                    if old != new:
                        items.append(_item(name, "update", dict(r), key, value_text(old),
                                           value_text(new)))
        _write(session, items)
        return result
    top = conn.execute(select(func.max(table.c.id))).scalar() or 0
    result = state.invoke_statement()
    _write(session, _inserted(conn, table, top))
    return result


@cache
def _insert_reader(table: Table, numeric: bool = False):
    """How a bulk insert's rows are read back for the history, per column: amounts as the text
    they are stored as (already canonical, what ``value_text`` makes of them; ``numeric``: a
    PostgreSQL NUMERIC, made canonical text), integers and text as they are, anything else
    through ``value_text``."""
    cols, convert = [], []
    for c in table.columns:
        if isinstance(c.type, DecimalText) and numeric:
            cols.append(type_coerce(c, Numeric(asdecimal=True)).label(c.name))
            convert.append(value_text)
        elif isinstance(c.type, DecimalText):
            cols.append(type_coerce(c, String).label(c.name))
            convert.append(None)
        else:
            cols.append(c)
            if isinstance(c.type, (Integer, String, AutoString)) and not isinstance(c.type, SAEnum):
                convert.append(None)
            elif isinstance(c.type, (Date, DateTime)):
                convert.append(_iso)
            else:
                convert.append(value_text)
    return select(*cols), [c.name for c in table.columns], convert


def _iso(v) -> str:
    return v.isoformat()


def _inserted(conn, table: Table, top: int) -> list[dict]:
    """History items (one per row, the record as JSON, as ``_row_json`` writes it) for the rows
    of ``table`` with an id above ``top``: the rows a bulk insert just added."""
    sel, keys, convert = _insert_reader(table, conn.dialect.name == "postgresql")
    name, user = table.name, current_user()
    i_id = keys.index("id")
    i_wo = i_id if name == "work_order" else (
        keys.index("work_order_id") if "work_order_id" in keys else None)
    items = []
    for row in conn.execute(sel.where(table.c.id > top)).all():
        values = [v if f is None or v is None else f(v) for f, v in zip(convert, row, strict=True)]
        items.append({"user": user, "table_name": name, "record_id": row[i_id],
                      "work_order_id": None if i_wo is None else row[i_wo], "action": "insert",
                      "field": "", "old": None,
                      "new": _to_json(dict(zip(keys, values, strict=True)))})
    return items


# ------------------------------------------------------------------ commit: the ledger rule

def _before_commit(session: Session) -> None:
    session.flush()
    deleted = session.info.get(_LEDGER_DELETED) or []
    allowed = session.info.get(_LEDGER_UNDO) or set()
    wo_deleted = session.info.get(_WO_DELETED) or set()
    conn = session.connection()
    wo = WorkOrderRow.__table__
    for entry_id, wo_id in deleted:
        if entry_id in allowed or wo_id in wo_deleted:
            continue
        if conn.execute(select(wo.c.id).where(wo.c.id == wo_id)).first() is not None:
            raise LedgerLocked(f"ledger entry {entry_id} cannot be removed: add a correcting entry")


def _forget(session: Session, *_args) -> None:
    for key in (_PENDING, _LEDGER_DELETED, _LEDGER_UNDO, _WO_DELETED):
        session.info.pop(key, None)


def install(session_cls: type[Session]) -> None:
    event.listen(session_cls, "before_flush", _before_flush)
    event.listen(session_cls, "after_flush", _after_flush)
    event.listen(session_cls, "do_orm_execute", _on_execute)
    event.listen(session_cls, "before_commit", _before_commit)
    event.listen(session_cls, "after_commit", _forget)
    event.listen(session_cls, "after_rollback", _forget)
