"""Carry work orders to a laptop and bring the changes back (``offline take`` / ``offline bring``,
issue 17).

``take`` copies the chosen work orders (every row: customer, locations, lines, deliveries, events,
ledger, history) into a new SQLite file and records there, in ``offline_base``, the base state of
every copied record. The source is only read.

``bring`` compares, per record and field, the base with the laptop and with the server: a field
changed on one side only is taken; changed on both to different values it is a :class:`FieldConflict`
that needs a decision (``laptop`` or ``server``). Records new on the laptop are inserted (a
delivery ref already used on the server is renumbered), ledger entries are appended by entry, a
record deleted on one side and changed on the other is a conflict. Everything is written through
the ChangeSet functions in one transaction on the server (the history records it; a merge that
would overdraw a pool is refused, R-CREDIT-BALANCE); with a conflict left undecided, or as a dry
run, nothing is written. After a bring the laptop's base is the merged state, so bringing the same
file again writes nothing more."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete as sql_delete
from sqlalchemy import select

from app.domain.balances import overdraws
from app.domain.rules import check_work_order
from app.store.audit import current_user
from app.store.db import Database, open_db
from app.store.repo import load_work_order
from app.store.tables import OfflineBase, OfflineCopy, metadata
from app.store.transfer import TransferRefused, open_source

from . import changes

MERGED = ("customer", "work_order", "location", "service_line", "delivery", "delivery_event",
          "ledger_entry")
COPIED = (*MERGED, "history")
LAPTOP, SERVER = "laptop", "server"
__all__ = ["BringResult", "FieldConflict", "OfflineRefused", "TakeResult", "TransferRefused", "bring", "take"]


class OfflineRefused(Exception):
    """``reason``: ``unknown_work_order``, ``nothing_chosen``, ``not_a_copy``, ``wrong_target``
    (the target is not the database the copy was taken from, or is the laptop file itself),
    ``has_ledger`` (a work order deleted on the laptop that is not archived on the server and has
    ledger entries), ``overdraw``; ``detail`` names what; nothing was written."""

    def __init__(self, reason: str, detail: str = "", findings: list | None = None):
        self.reason, self.detail = reason, detail
        #: for ``overdraw``: the rule's findings on the merged work orders (their message)
        self.findings = list(findings or [])
        super().__init__(f"{reason}: {detail}")


@dataclass
class TakeResult:
    work_orders: list[str]
    rows: int
    from_history: bool = False  # --mine without an owner column: chosen by who changed them last


@dataclass(frozen=True)
class FieldConflict:
    table: str
    server_id: int
    field: str  # "" : the whole record (deleted on one side, changed on the other)
    base: str | None
    laptop: str | None
    server: str | None
    work_order: str = ""
    #: the record as people know it: a delivery's ref, a line's number, a location's country,
    #: a ledger entry's or event's kind and day, a work order's number, a customer's name
    label: str = ""

    @property
    def key(self) -> str:
        return f"{self.table}:{self.server_id}:{self.field}"


@dataclass
class BringResult:
    conflicts: list[FieldConflict] = field(default_factory=list)
    undecided: list[FieldConflict] = field(default_factory=list)
    taken: int = 0  # fields taken from the laptop
    inserted: int = 0  # records new on the laptop, inserted on the server
    appended: int = 0  # of those, ledger entries
    deleted: int = 0
    renumbered: list[tuple[str, str, str]] = field(default_factory=list)  # (work order, old, new)
    written: bool = False
    work_orders: list[str] = field(default_factory=list)


def text(v: Any) -> str | None:
    """A value as compared and kept in the base: exact decimals, ISO dates, enum values."""
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v.normalize(), "f") if v else "0"
    if isinstance(v, datetime):  # as UTC, without its zone (an SQLite file keeps none)
        return (v.astimezone(UTC) if v.tzinfo else v).replace(tzinfo=None).isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if hasattr(v, "value"):
        return str(v.value)
    return str(v)


def _texts(row: dict[str, Any]) -> dict[str, str | None]:
    return {k: text(v) for k, v in row.items() if k != "id"}


#: Not merged: the row's version counts the edits made on each side (app.services.changes
#: raises it on every update), so it differs whenever both sides edited, whatever the fields.
NOT_MERGED = frozenset({"version"})


# -- take ---------------------------------------------------------------------------------------


def _role(read) -> str:
    """Who "mine" means: the database role on PostgreSQL (what ``team assign`` records as the
    owner and row-level security judges by), the OS user on an SQLite file (as
    ``app.store.audit.db_role``)."""
    if read.dialect.name == "postgresql":
        return str(read.exec_driver_sql("SELECT current_user").scalar())
    return current_user()


def _chosen(read, numbers: list[str] | None, mine: bool) -> tuple[list[int], bool]:
    wo = metadata.tables["work_order"]
    if numbers:
        found = {r.number: r.id for r in read.execute(select(wo.c.id, wo.c.number).where(wo.c.number.in_(numbers)))}
        missing = [n for n in numbers if n not in found]
        if missing:
            raise OfflineRefused("unknown_work_order", ", ".join(missing))
        return [found[n] for n in numbers], False
    if not mine:
        raise OfflineRefused("nothing_chosen")
    if read.execute(select(wo.c.id).where(wo.c.owner.is_not(None)).limit(1)).first() is not None:
        role = _role(read)  # the planner filters by owner itself: RLS also shows the team's
        return [r.id for r in read.execute(select(wo.c.id).where(wo.c.owner == role).order_by(wo.c.id))], False
    user = current_user()  # no owners at all (an SQLite file, a team database before team assign)
    h = metadata.tables["history"]
    last: dict[int, str] = {}
    for r in read.execute(select(h.c.work_order_id, h.c.user).where(h.c.work_order_id.is_not(None))
                          .order_by(h.c.id)):
        last[r.work_order_id] = r.user
    return sorted(i for i, u in last.items() if u == user), True


def take(source: Path | str, target: Path | str, numbers: list[str] | None = None,
         mine: bool = False) -> TakeResult:
    """Copy the work orders ``numbers`` (or the current user's, ``mine``) from ``source`` into the
    new file ``target``, with their base state. Raises :class:`OfflineRefused`,
    ``TransferRefused`` or ``DatabaseError``; nothing is written then."""
    src = open_source(source, target)
    try:
        with src.engine.connect() as read:
            ids, from_history = _chosen(read, numbers, mine)
            if not ids:
                raise OfflineRefused("nothing_chosen")
            wo = metadata.tables["work_order"]
            wo_rows = [dict(r) for r in read.execute(select(wo).where(wo.c.id.in_(ids)).order_by(wo.c.id)).mappings()]
            cust_ids = sorted({r["customer_id"] for r in wo_rows})
            picked: dict[str, list[dict]] = {}
            for name in COPIED:
                t = metadata.tables[name]
                where = (t.c.id.in_(cust_ids) if name == "customer" else t.c.id.in_(ids) if name == "work_order"
                         else t.c.work_order_id.in_(ids))
                picked[name] = [dict(r) for r in read.execute(select(t).where(where).order_by(t.c.id)).mappings()]
        dst = open_db(target, create=True)
        try:
            with dst.engine.begin() as write:
                for name in COPIED:
                    if picked[name]:
                        write.execute(metadata.tables[name].insert(), picked[name])
                base = [{"table_name": name, "row_id": r["id"], "server_id": r["id"],
                         "values": json.dumps(_texts(r))} for name in MERGED for r in picked[name]]
                if base:
                    write.execute(OfflineBase.__table__.insert(), base)
                numbers_taken = [r["number"] for r in wo_rows]
                write.execute(OfflineCopy.__table__.insert(), [{
                    "source": str(source) if not isinstance(source, Path) else str(src.path),
                    "taken_at": datetime.now(UTC), "user": current_user(),
                    "work_orders": json.dumps(numbers_taken), "brought_at": None}])
        finally:
            dst.close()
        return TakeResult(numbers_taken, sum(len(v) for v in picked.values()), from_history)
    finally:
        src.close()


# -- bring --------------------------------------------------------------------------------------


class _Rollback(Exception):
    pass


def _fk_targets(name: str) -> dict[str, str]:
    """Column -> the table its ids refer to."""
    out = {}
    for col in metadata.tables[name].columns:
        for fk in col.foreign_keys:
            out[col.name] = fk.column.table.name
    return out


def _fk_set_null(name: str) -> set[str]:
    """The columns whose record may go without this one (ON DELETE SET NULL)."""
    return {col.name for col in metadata.tables[name].columns
            for fk in col.foreign_keys if (fk.ondelete or "").upper() == "SET NULL"}


_LABEL = {"work_order": ("number",), "customer": ("name",), "location": ("country",),
          "service_line": ("line_no",), "delivery": ("ref",), "delivery_event": ("kind", "event_date"),
          "ledger_entry": ("kind", "entry_date")}


def _label(name: str, values: dict[str, Any]) -> str:
    return " ".join(w for k in _LABEL.get(name, ()) if (w := text(values.get(k))))


def _free(taken: set[str], value: str) -> str:
    n = 2
    while f"{value}-{n}" in taken:
        n += 1
    return f"{value}-{n}"


@dataclass
class Laptop:
    """What ``bring`` reads of a laptop file: its rows per merged table, its base ((table, laptop
    id) -> (server id, values)), the work orders it was taken for, and the history rows it was
    given that say how each of them was created on the server (its fingerprint there)."""

    path: Path
    rows: dict[str, list[dict]]
    base: dict[tuple[str, int], tuple[int, dict]]
    numbers: list[str]
    created: list[dict]
    taken_at: str | None = None


_FINGERPRINT = ("table_name", "record_id", "action", "field", "new", "at")


def read_laptop(laptop: Path | str) -> Laptop:
    lap = open_db(laptop, create=False, readonly=True)
    try:
        with lap.engine.connect() as conn:
            copies = list(conn.execute(select(OfflineCopy.__table__)).mappings())
            if not copies:
                raise OfflineRefused("not_a_copy", str(lap.path))
            rows = {name: [dict(r) for r in conn.execute(select(metadata.tables[name])
                                                         .order_by(metadata.tables[name].c.id)).mappings()]
                    for name in MERGED}
            base = {(r.table_name, r.row_id): (r.server_id, json.loads(r.values))
                    for r in conn.execute(select(OfflineBase.__table__))}
            numbers = json.loads(copies[-1]["work_orders"])
            taken = {sid for (name, _i), (sid, _v) in base.items() if name == "work_order"}
            h = metadata.tables["history"]
            created: dict[int, dict] = {}
            for r in conn.execute(select(h).where(h.c.table_name == "work_order", h.c.action == "insert")
                                  .order_by(h.c.id)).mappings():
                if r["record_id"] in taken and r["record_id"] not in created:
                    created[r["record_id"]] = dict(r)
    finally:
        lap.close()
    return Laptop(Path(lap.path), rows, base, numbers, list(created.values()), text(copies[-1]["taken_at"]))


def _same_file(a: Path, b: Path | str) -> bool:
    try:
        return isinstance(b, Path) and a.resolve() == b.resolve()
    except OSError:
        return False


def _check_target(s, lap: Laptop, server: Database) -> None:
    """Refuse a target that is not where the copy was taken from: ids there would name other
    records. The laptop holds the server's history rows that created its work orders (same ids,
    same moment, same values); the target must hold them too. The laptop file itself (or a copy
    of it) is refused as well: its own new records would be brought into it twice."""
    copies = {text(v) for v in s.execute(select(OfflineCopy.taken_at)).scalars().all()}
    if _same_file(lap.path, server.path) or lap.taken_at in copies:  # itself, or a copy of the file
        raise OfflineRefused("wrong_target", str(server.path))
    h = metadata.tables["history"]
    for mine in lap.created:
        there = s.execute(select(h).where(h.c.id == mine["id"])).mappings().first()
        if there is None or any(text(there[k]) != text(mine[k]) for k in _FINGERPRINT):
            raise OfflineRefused("wrong_target", str(server.path))


def bring(laptop: Path | str, server: Database, decisions: dict[str, str] | None = None,
          prefer: str | None = None, dry_run: bool = False) -> BringResult:
    """Merge the laptop file into ``server``. ``decisions``: conflict key -> ``laptop`` or
    ``server``; ``prefer``: the side taken for every conflict without a decision. Writes only
    when every conflict is decided and not ``dry_run``; raises :class:`OfflineRefused`
    (``not_a_copy``, ``wrong_target``, or ``overdraw`` when the merged work orders would
    overdraw a pool); nothing is written then."""
    lap = read_laptop(laptop)
    rows, base, numbers = lap.rows, lap.base, lap.numbers
    with server.read() as s:
        _check_target(s, lap, server)
        before = {n: wo for n in numbers if (wo := load_work_order(s, n)) is not None}
    m = _Merge(base, dict(decisions or {}), prefer, BringResult(work_orders=list(numbers)))
    try:
        with server.session() as s:
            m.s = s
            for name in MERGED:
                seen = {r["id"] for r in rows[name]}
                for r in rows[name]:
                    m.row(name, r)
                if name != "ledger_entry":  # the ledger is append-only
                    for (bname, row_id), (sid, bv) in base.items():
                        if bname == name and row_id not in seen:
                            m.gone(name, sid, bv)
            for name, sid in m.deletions:  # a whole work order first: with its ledger, as in the window
                if name == "work_order":
                    m.result.deleted += _delete_work_order(s, sid)
            for name, sid in reversed(m.deletions):  # children before parents
                if s.get(changes.TABLES[name], sid) is not None:
                    changes.delete(s, name, sid)
                    m.result.deleted += 1
            s.flush()
            _refuse_overdraws(s, before)
            if dry_run or m.result.undecided:
                raise _Rollback
    except _Rollback:
        return m.result
    m.result.written = True
    _rebase(laptop, m.new_base)
    return m.result


#: a work order's records, children before parents (as ``planning.delete_work_order`` removes them)
_WO_CHILDREN = ("delivery_event", "ledger_entry", "delivery", "service_line", "location")


def _delete_work_order(s, sid: int) -> int:
    """Delete work order ``sid`` on the server with every record of it; the number deleted.
    As in the window, one with ledger entries goes only when archived (the ledger is the
    account of what was granted and drawn): otherwise :class:`OfflineRefused` (``has_ledger``)."""
    row = s.get(changes.TABLES["work_order"], sid)
    if row is None:
        return 0
    ledger = metadata.tables["ledger_entry"]
    if row.archived_on is None and s.execute(select(ledger.c.id).where(ledger.c.work_order_id == sid)
                                             .limit(1)).first() is not None:
        raise OfflineRefused("has_ledger", row.number)
    n = 0
    for name in _WO_CHILDREN:
        t = metadata.tables[name]
        for rid in s.execute(select(t.c.id).where(t.c.work_order_id == sid).order_by(t.c.id)).scalars().all():
            changes.delete(s, name, rid)
            n += 1
    changes.delete(s, "work_order", sid)
    return n + 1


def _refuse_overdraws(s, before: dict) -> None:
    """The merged work orders may not take a pool lower below zero than it was: refused with the
    pools and the rule's own findings (R-CREDIT-BALANCE, R-EDE-HOURS) for the words."""
    day = date.today()
    bad, found = [], []
    for n, wo in before.items():
        after = load_work_order(s, n)
        over = overdraws(wo, after, day) if after is not None else []
        if over:
            bad += [f"{n} {o.country or o.kind}" for o in over]
            rules = {o.rule for o in over}
            found += [f for f in check_work_order(after, day) if f.rule in rules and f.key == "overdrawn"]
    if bad:
        raise OfflineRefused("overdraw", ", ".join(bad), found)


class _Merge:
    """The three-way merge of one bring, inside the server's transaction ``s``."""

    def __init__(self, base, decisions: dict[str, str], prefer: str | None, result: BringResult):
        self.base, self.decisions, self.prefer, self.result = base, decisions, prefer, result
        self.idmap: dict[str, dict[int, int]] = {name: {} for name in MERGED}
        for (name, row_id), (server_id, _v) in base.items():
            self.idmap[name][row_id] = server_id
        self.new_base: dict[tuple[str, int], tuple[int, dict]] = {}
        self.deletions: list[tuple[str, int]] = []
        #: (table, laptop id) of records the server had deleted, brought back by a decision:
        #: their children on the laptop come back with them, without asking again
        self.revived: set[tuple[str, int]] = set()
        #: (table, server id) of records deleted on the laptop but kept on the server by a
        #: decision: their children are kept with them
        self.kept: set[tuple[str, int]] = set()
        #: (table, laptop id) of records deleted on the server that stay deleted: their
        #: children on the laptop, old or new, do not come (a SET NULL reference is cleared)
        self.dropped: set[tuple[str, int]] = set()
        self._numbers: dict[int, str] = {}
        self.s: Any = None

    def number_of(self, wo_id: Any) -> str:
        if not wo_id:
            return ""
        wo_id = int(wo_id)
        if wo_id not in self._numbers:
            row = self.s.get(changes.TABLES["work_order"], wo_id)
            self._numbers[wo_id] = row.number if row is not None else ""
        return self._numbers[wo_id]

    def decide(self, c: FieldConflict) -> str | None:
        self.result.conflicts.append(c)
        choice = self.decisions.get(c.key, self.prefer)
        if choice not in (LAPTOP, SERVER):
            self.result.undecided.append(c)
            return None
        return choice

    def _wo(self, name: str, sid: int, values: dict) -> str:
        return self.number_of(sid if name == "work_order" else values.get("work_order_id"))

    def row(self, name: str, r: dict) -> None:
        """One record of the laptop: new, changed on one side or both, or gone from the server."""
        fks = _fk_targets(name)
        values = {k: (self.idmap[fks[k]].get(v, v) if k in fks and v is not None else v)
                  for k, v in r.items() if k != "id"}
        gone_parent = [k for k in fks if r.get(k) is not None and (fks[k], r[k]) in self.dropped]
        for k in [k for k in gone_parent if k in _fk_set_null(name)]:  # the reference goes, the record stays
            values[k] = None
            gone_parent.remove(k)
        lt = _texts(values)
        known = self.base.get((name, r["id"]))
        if gone_parent:  # its parent stays deleted on the server (as decided): so does it
            self.dropped.add((name, r["id"]))
            if known is not None:
                self.new_base[(name, r["id"])] = (known[0], known[1])
            return
        if known is None:
            _insert_new(self.s, name, r["id"], values, self.idmap, self.new_base, self.result, self.number_of)
            return
        sid, bv = known
        srow = self.s.get(changes.TABLES[name], sid)
        changed = [f for f in lt if f not in NOT_MERGED and lt[f] != bv.get(f)]
        if srow is None:
            parent_back = any((fks[k], r[k]) in self.revived for k in fks if r.get(k) is not None)
            if parent_back or (changed and self.decide(FieldConflict(
                    name, sid, "", None, "changed", "deleted", self._wo(name, sid, values),
                    _label(name, values))) == LAPTOP):
                values.pop("version", None)  # a new row on the server: its first version
                _insert_new(self.s, name, r["id"], values, self.idmap, self.new_base, self.result,
                            self.number_of)
                self.revived.add((name, r["id"]))
                return
            self.new_base[(name, r["id"])] = (sid, lt)  # kept deleted: not new next time
            self.dropped.add((name, r["id"]))
            return
        sv = _texts(changes.row_values(srow))
        updates = {}
        for f in changed:
            if sv.get(f) == bv.get(f):
                updates[f] = values[f]
            elif sv.get(f) != lt[f]:
                c = FieldConflict(name, sid, f, bv.get(f), lt[f], sv.get(f), self._wo(name, sid, values),
                                  _label(name, sv))
                if self.decide(c) == LAPTOP:
                    updates[f] = values[f]
        if updates and name != "ledger_entry" and changes.update(self.s, name, sid, **updates) is not None:
            self.result.taken += len(updates)
        self.new_base[(name, r["id"])] = (sid, lt)

    def _grown(self, wo_id: int) -> bool:
        """The server holds records of work order ``wo_id`` that were not there when it was
        taken (its own row unchanged): deleting it would lose them, so it is asked."""
        known: dict[str, set[int]] = {}
        for (name, _i), (sid, _v) in self.base.items():
            known.setdefault(name, set()).add(sid)
        for name in _WO_CHILDREN:
            t = metadata.tables[name]
            ids = set(self.s.execute(select(t.c.id).where(t.c.work_order_id == wo_id)).scalars().all())
            if ids - known.get(name, set()):
                return True
        return False

    def gone(self, name: str, sid: int, bv: dict) -> None:
        """A record deleted on the laptop: deleted on the server too, unless changed there (a
        conflict) or its parent is kept there by a decision."""
        srow = self.s.get(changes.TABLES[name], sid)
        if srow is None:
            return
        fks = _fk_targets(name)
        if any((fks[k], int(v)) in self.kept for k, v in bv.items() if k in fks and v is not None):
            self.kept.add((name, sid))
            return
        sv = _texts(changes.row_values(srow))
        differs = any(sv.get(f) != bv.get(f) for f in sv if f not in NOT_MERGED)
        if name == "work_order" and not differs:
            differs = self._grown(sid)
        if differs and self.decide(FieldConflict(name, sid, "", None, "deleted", "changed",
                                                 self._wo(name, sid, sv), _label(name, sv))) != LAPTOP:
            self.kept.add((name, sid))
            return
        self.deletions.append((name, sid))


def _insert_new(s, name, laptop_id, values, idmap, new_base, result, number_of) -> None:
    model = changes.TABLES[name]
    as_on_laptop = _texts(values)  # the base: a renumbered ref is a change of the server's
    values = dict(values)
    if name == "customer":
        found = s.execute(select(model).where(model.name == values["name"])).scalars().first()
        if found is not None:
            idmap[name][laptop_id] = found.id
            new_base[(name, laptop_id)] = (found.id, _texts(values))
            return
    if name == "delivery":
        used = set(s.execute(select(model.ref).where(model.work_order_id == values["work_order_id"]))
                   .scalars().all())
        if values["ref"] in used:
            new_ref = _free(used, values["ref"])
            result.renumbered.append((number_of(values["work_order_id"]), values["ref"], new_ref))
            values["ref"] = new_ref
    if name == "work_order":
        used = set(s.execute(select(model.number)).scalars().all())
        if values["number"] in used:
            new = _free(used, values["number"])
            result.renumbered.append((values["number"], values["number"], new))
            values["number"] = new
    change = changes.insert(s, name, values)
    idmap[name][laptop_id] = change.row_id
    new_base[(name, laptop_id)] = (change.row_id, as_on_laptop)
    result.inserted += 1
    if name == "ledger_entry":
        result.appended += 1


def _rebase(laptop: Path | str, new_base: dict[tuple[str, int], tuple[int, dict]]) -> None:
    """The merged state becomes the laptop's base: a second bring of the same file writes nothing."""
    lap = open_db(laptop, create=False)
    try:
        with lap.engine.begin() as conn:
            conn.execute(sql_delete(OfflineBase.__table__))
            rows = [{"table_name": n, "row_id": i, "server_id": sid, "values": json.dumps(v)}
                    for (n, i), (sid, v) in new_base.items()]
            if rows:
                conn.execute(OfflineBase.__table__.insert(), rows)
            conn.execute(OfflineCopy.__table__.update().values(
                brought_at=datetime.now(UTC)))
    finally:
        lap.close()
