"""Import a work order workbook: validate everything first into an ImportPlan (problems and a
preview of what is new, changed and unchanged), then commit the plan in one transaction.

Records are matched by work order number, service line number, delivery id and location country.
Nothing is ever deleted by an import. The ledger is append-only: an entry identical to one already
stored (on the columns the sheet has) is unchanged, never duplicated, so importing the same file
twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from app.domain.catalog import fold
from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS, stored_values
from app.services.changes import ChangeSet
from app.store.db import Database
from app.workbook.reader import Progress, RawWorkbook, WorkbookError, read_workbook
from app.workbook.validate import Change, Notice, Parsed, Problem, WorkOrderState, merge, parse

__all__ = ["ImportPlan", "ImportRejected", "WorkbookError", "column_choices", "plan_import", "replan",
           "commit", "commit_change", "done_text", "read_workbook"]


class ImportRejected(Exception):
    """The plan has problems (or the database refused it): nothing was written."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


@dataclass
class ImportPlan:
    path: Path
    raw: RawWorkbook
    problems: list[Problem]
    notices: list[Notice]
    changes: list[Change]
    target: dict[str, WorkOrderState] = field(default_factory=dict)
    choices: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)  # header as written -> field key, as read
    profile: str | None = None  # the import profile applied, by name
    profiles: list = field(default_factory=list)  # import profiles carried by the workbook (export)
    today: date | None = None  # the day rows are judged on (a delivery marked delivered, its first day)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("new", "changed", "unchanged")}

    def kind_counts(self, status: str) -> dict[str, int]:
        """Records of each kind (work_order, location, line, delivery, ledger) with ``status``."""
        out: dict[str, int] = {}
        for c in self.changes:
            if c.status == status:
                out[c.kind] = out.get(c.kind, 0) + 1
        return out

    def unmatched_services(self) -> dict[str, list[str]]:
        """Service names that matched no catalog entry -> proposed codes (possibly none)."""
        out: dict[str, list[str]] = {}
        for p in self.problems:
            if p.reason in ("unknown_service", "unknown_service_close"):
                out.setdefault(p.value, p.proposals)
        return out


def _workbook_fields(record, fields, country: dict, key: str) -> dict:
    """A line or delivery as the merge compares it: {workbook column key: stored value} from its
    field table (app.domain.fields), its key field left out, its location as a country."""
    out = {}
    for f, v in zip(fields, stored_values(record, fields).values(), strict=True):
        if f.column is None or f.column == key:
            continue
        out[f.column] = country.get(v) if f.kind == "location" else v
    return out


def existing_state(session, numbers: set[str] | None = None) -> dict[str, WorkOrderState]:
    """The stored work orders (all, or those numbers) in the workbook's terms: locations by
    country, lines by number, deliveries by id."""
    from app.store.repo import load_portfolio
    from app.store.tables import WorkOrderRow

    ids = None
    if numbers is not None:
        ids = []
        for chunk in _chunks(sorted(numbers), 500):
            ids += session.exec(select(WorkOrderRow.id).where(WorkOrderRow.number.in_(chunk))).all()
        if not ids:
            return {}
    out = {}
    for wo in load_portfolio(session, ids).work_orders:
        country = {loc.id: loc.country for loc in wo.locations}
        out[wo.number] = WorkOrderState(
            fields={"customer": wo.customer, "term_start": wo.term_start, "term_end": wo.term_end,
                    "signed_on": wo.signed_on, "currency": wo.currency, "rate_to_usd": wo.rate_to_usd,
                    "base_amount": wo.base_amount, "flex_allowance": wo.flex_allowance,
                    "cancel_fee_pct": wo.cancel_fee_pct},
            locations={loc.country: {"role": loc.role.value, "currency": loc.currency,
                                     "rate_to_usd": loc.rate_to_usd, "credit_value": loc.credit_value}
                       for loc in wo.locations},
            lines={ln.line_no: _workbook_fields(ln, LINE_FIELDS, country, "line_no") for ln in wo.lines},
            deliveries={d.ref: _workbook_fields(d, DELIVERY_FIELDS, country, "ref") for d in wo.deliveries},
            ledger=[{"on": e.on, "location": country.get(e.location_id), "kind": e.kind.value,
                     "credits": e.credits, "hours": e.hours, "reference": e.reference,
                     "counterparty": e.counterparty, "notes": e.notes} for e in wo.ledger],
        )
    return out


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _plan(db: Database, path: Path, raw: RawWorkbook, lang: str, progress: Progress,
          choices: dict[str, str], columns: dict[str, str] | None = None,
          profile: str | None = None, today: date | None = None) -> ImportPlan:
    report = progress or (lambda _p: None)
    today = today or date.today()
    from app.services.profiles import saved_aliases

    parsed: Parsed = parse(raw, choices, lang, progress, saved_aliases(db))
    report(85)
    numbers = {r.work_order for recs in parsed.records.values() for r in recs}
    with db.read() as s:
        existing = existing_state(s, numbers) if numbers else {}
    report(92)
    merged = merge(parsed, existing, today)
    problems = parsed.problems + merged.problems
    problems.sort(key=lambda p: (_sheet_order(raw, p.sheet), p.row, p.letter.rjust(3)))
    report(100)
    return ImportPlan(path, raw, problems, parsed.notices, merged.changes, merged.target, dict(choices),
                      dict(columns or {}), profile, _carried_profiles(raw), today)


def _carried_profiles(raw: RawWorkbook) -> list:
    """The import profiles of an exported portfolio's profile sheet."""
    from app.store.profiles import ImportProfile

    out: dict[str, ImportProfile] = {}
    for name, kind, text, value in raw.profile_rows:
        p = out.setdefault(name, ImportProfile(name))
        if kind == "header":
            p.headers = p.headers | {text}
        elif kind == "column":
            p.columns[text] = value
        elif kind == "service":
            p.services[text] = value
    return list(out.values())


def _sheet_order(raw: RawWorkbook, title: str) -> int:
    return raw.sheet_titles.index(title) if title in raw.sheet_titles else -1


def column_choices(items: list[str]) -> dict[str, str]:
    """``--column "HEADER=FIELD"`` options as a mapping; FIELD is a field key (``term_end``) or a
    header of the format (``Term end``). Raises ValueError naming a bad one."""
    from app.workbook import format as fmt

    out = {}
    for item in items:
        header, sep, name = item.rpartition("=")
        name = name.strip()
        known = name in fmt.field_names() or any(fmt.match_header(s.key, name) for s in fmt.SHEETS)
        if not sep or not header.strip() or not known:
            fields = ", ".join(sorted(fmt.field_names()))
            raise ValueError(f"--column: expected HEADER=FIELD with a field of the format ({fields}): {item!r}")
        out[header.strip()] = name
    return out


def plan_import(db: Database, path: Path | str, lang: str = "en", progress: Progress = None,
                choices: dict[str, str] | None = None, columns: dict[str, str] | None = None,
                profile: str | None = None, use_profiles: bool = True, encoding: str | None = None,
                separator: str | None = None, today: date | None = None) -> ImportPlan:
    """Read and validate a workbook against the database; writes nothing.

    Each row passes the rules an edit passes (app.domain.validation, app.domain.lifecycle): a
    row marking a delivery delivered is judged on ``today`` (default: the system's day).

    ``choices`` maps a service name as written in the workbook to the catalog code the user picked
    for it; ``columns`` maps a header as written to the field it is (``{"Конец срока": "term_end"}``).
    The import profile saved for the file's header set (or the one named ``profile``) adds its
    remembered columns and service choices; the user's own ``columns`` and ``choices`` win.
    ``encoding`` and ``separator`` (``;``, ``,``, ``tab``, ``|``) override what is detected in a
    CSV file. Raises WorkbookError when the file cannot be read as a workbook at all, ProfileError when
    ``profile`` names no saved profile.
    """
    from app.services.profiles import ProfileError, find_profile, get_profile, headers_of, list_profiles

    report = progress or (lambda _p: None)
    columns = dict(columns or {})
    raw = read_workbook(path, lambda p: report(p * 70 // 100), columns or None, encoding, separator)
    used = None
    if profile is not None:
        used = get_profile(db, profile)
        if used is None:
            from app.messages import t

            names = ", ".join(f"«{p.name}»" for p in list_profiles(db)) or t("import.none", lang)
            raise ProfileError("import.profile_unknown", name=profile, names=names)
    elif use_profiles:
        used = find_profile(db, headers_of(raw))
    if used is not None:
        from app.services.profiles import fold_header

        mine = {fold_header(k) for k in columns}
        extra = {k: v for k, v in used.columns.items() if k not in mine}
        if extra:
            columns = {**extra, **columns}
            raw = read_workbook(path, lambda p: report(p * 70 // 100), columns, encoding, separator)
        mine_services = {fold(k) for k in (choices or {})}
        choices = {**{k: v for k, v in used.services.items() if fold(k) not in mine_services},
                   **(choices or {})}
    return _plan(db, Path(path), raw, lang, progress, choices or {}, columns,
                 used.name if used is not None else None, today)


def replan(db: Database, plan: ImportPlan, lang: str = "en", choices: dict[str, str] | None = None,
           progress: Progress = None) -> ImportPlan:
    """The same workbook validated again (without re-reading it), e.g. after service choices."""
    return _plan(db, plan.path, plan.raw, lang, progress, {**plan.choices, **(choices or {})},
                 plan.columns, plan.profile, plan.today)


def profile_of(plan: ImportPlan, name: str):
    """The answers of this import (its mapped columns and chosen services) as a profile ``name``
    for the files with its header set."""
    from app.services.profiles import ImportProfile, fold_header, headers_of

    return ImportProfile(name, headers_of(plan.raw), {fold_header(k): v for k, v in plan.columns.items()},
                         dict(plan.choices))


# ------------------------------------------------------------------------------ committing

WO_COLUMNS = ("term_start", "term_end", "signed_on", "currency", "rate_to_usd", "base_amount",
              "flex_allowance", "cancel_fee_pct")


def save_error_workbook(plan: ImportPlan, target: Path | str, lang: str = "en",
                        db_path: Path | None = None) -> Path:
    """The imported workbook with its bad cells marked, written to ``target`` (``.xlsx`` added
    when left off); never over the workbook itself, the database or a backup (``OutputError``)."""
    from app.services.outputs import check_output
    from app.workbook.writer import write_error_workbook

    target = check_output(target, db_path=db_path, inputs=[plan.path], suffix=".xlsx")
    write_error_workbook(plan.path, target, plan.problems, lang,
                         {s.title: s.header_row for s in plan.raw.sheets})
    return target


def commit(db: Database, plan: ImportPlan, save_profile: str | None = None) -> dict[str, int]:
    """Write the plan's new and changed records in one transaction; returns the counts.
    With ``save_profile``, the import's answers are saved as that import profile in the same
    transaction; the profiles an exported portfolio carries are stored too (replacing those of
    their names). Raises ImportRejected when the plan has problems."""
    return _commit(db, plan, save_profile, None)


def commit_change(db: Database, plan: ImportPlan,
                  save_profile: str | None = None) -> tuple[dict[str, int], ChangeSet]:
    """:func:`commit`, and the import as one change set (every row it added, every field it
    changed) for the window's Undo: undone, the database holds its records as before the
    import (the import profiles it saved stay: they are settings, not records)."""
    cs = ChangeSet("Import workbook")
    counts = _commit(db, plan, save_profile, cs)
    return counts, cs


_KIND_NOUN = {"work_order": "work_orders", "location": "locations", "line": "service_lines",
              "delivery": "deliveries", "ledger": "ledger_entries"}


def done_text(plan: ImportPlan, lang: str = "en") -> str:
    """What a committed import did, counted per kind in words ("Added: 2 work orders, 14
    deliveries. Changed: 1 location.")."""
    from app.messages import t
    from app.texts import count

    parts = []
    for status, key in (("new", "import.done_added"), ("changed", "import.done_changed")):
        kinds = plan.kind_counts(status)
        if kinds:
            what = ", ".join(count(_KIND_NOUN[k], kinds[k], lang) for k in _KIND_NOUN if k in kinds)
            parts.append(t(key, lang, what=what))
    if not parts:
        return t("import.done_nothing", lang)
    return " ".join(parts)


def _commit(db: Database, plan: ImportPlan, save_profile: str | None,
            cs: ChangeSet | None) -> dict[str, int]:
    if plan.problems:
        raise ImportRejected(plan.problems)
    todo = [c for c in plan.changes if c.status != "unchanged"]
    keep = list(plan.profiles)
    if save_profile is not None:
        from app.services.profiles import check_name

        keep.append(profile_of(plan, check_name(save_profile)))
    if todo or keep:
        from sqlalchemy.exc import SQLAlchemyError

        from app.store.profiles import put_profile

        try:
            with db.session() as s:
                if todo:
                    if cs is None:
                        _write(s, plan, todo)
                    else:
                        _write_recorded(s, plan, todo, cs)
                for p in keep:
                    put_profile(s, p)
        except SQLAlchemyError as exc:
            if cs is not None:
                cs.changes = []
            first = plan.changes[0]
            detail = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0][:200]
            raise ImportRejected([Problem(first.sheet, first.row, "—", "", "", "rejected_by_database",
                                          {"detail": detail})]) from None
    return plan.counts


def _write_recorded(s, plan: ImportPlan, todo: list[Change], cs: ChangeSet) -> None:
    """:func:`_write`, recording its rows into ``cs``: the fields it changed (old and new), then
    the rows it added (ids above each table's highest before), parents before children, so that
    the inverse removes children first."""
    from sqlalchemy import func

    from app.services.changes import TABLES, RowChange

    order = ("customer", "work_order", "location", "service_line", "delivery", "delivery_event",
             "ledger_entry")
    tops = {name: s.execute(select(func.max(TABLES[name].id))).scalar() or 0 for name in order}
    updates: list[RowChange] = []
    _write(s, plan, todo, updates)
    s.flush()
    inserts: list[RowChange] = []
    for name in order:
        table = TABLES[name].__table__
        for row in s.execute(select(table).where(table.c.id > tops[name]).order_by(table.c.id)).mappings():
            inserts.append(RowChange(name, "insert", row["id"], None, dict(row)))
    cs.changes = updates + inserts


def _write(s, plan: ImportPlan, todo: list[Change], updates: list | None = None) -> None:
    """New rows go in as Core ``insert()`` executemany statements, table by table in dependency
    order (customers, work orders, locations, then lines, deliveries and ledger), the new ids
    read back by their keys; changed rows are updated as ORM objects. Everything runs through
    the session, so :mod:`app.store.audit` records every row (bulk statements and flushes).
    ``updates``: where the fields changed are recorded as RowChanges (for Undo), when given."""
    from app.store.tables import Customer, DeliveryRow, LedgerRow, LocationRow, ServiceLineRow, WorkOrderRow

    by_kind: dict[str, list[Change]] = {}
    for c in todo:
        by_kind.setdefault(c.kind, []).append(c)

    # customers and work orders
    headers = by_kind.get("work_order", [])
    customers = _keys(s, Customer.name, Customer.id, {c.values["customer"] for c in headers})
    missing = sorted({c.values["customer"] for c in headers} - customers.keys())
    if missing:
        _insert(s, Customer, [{"name": n} for n in missing])
        customers.update(_keys(s, Customer.name, Customer.id, missing))
    wo_id = _keys(s, WorkOrderRow.number, WorkOrderRow.id, {c.work_order for c in todo})
    fresh, changed = [], {}
    for c in headers:
        fields = {"customer_id": customers[c.values["customer"]],
                  **{k: c.values[k] for k in WO_COLUMNS}}
        if c.work_order in wo_id:
            changed[wo_id[c.work_order]] = fields
        else:
            fresh.append({"number": c.work_order, **fields})
    _update(s, WorkOrderRow, changed, updates)
    if fresh:
        _insert(s, WorkOrderRow, fresh)
        wo_id.update(_keys(s, WorkOrderRow.number, WorkOrderRow.id, [r["number"] for r in fresh]))

    # locations
    loc_id = _children(s, LocationRow, "country", wo_id.values())
    fresh, changed = [], {}
    for c in by_kind.get("location", []):
        wid = wo_id[c.work_order]
        fields = {k: c.values[k] for k in ("role", "currency", "rate_to_usd", "credit_value")}
        if (wid, c.key) in loc_id:
            changed[loc_id[(wid, c.key)]] = fields
        else:
            fresh.append({"work_order_id": wid, "country": c.key, **fields})
    _update(s, LocationRow, changed, updates)
    if fresh:
        _insert(s, LocationRow, fresh)
        loc_id = _children(s, LocationRow, "country", {r["work_order_id"] for r in fresh}, loc_id)

    def location_id(number: str, country: str | None) -> int | None:
        return None if country is None else loc_id[(wo_id[number], country)]

    # service lines and deliveries
    for kind, table, key_attr in (("line", ServiceLineRow, "line_no"), ("delivery", DeliveryRow, "ref")):
        items = by_kind.get(kind, [])
        if not items:
            continue
        ids = _children(s, table, key_attr, {wo_id[c.work_order] for c in items})
        fresh, changed = [], {}
        for c in items:
            wid = wo_id[c.work_order]
            fields = {k: v for k, v in c.values.items() if k != "location"}
            fields["location_id"] = location_id(c.work_order, c.values["location"])
            if (wid, c.key) in ids:
                changed[ids[(wid, c.key)]] = fields
            else:
                fresh.append({"work_order_id": wid, key_attr: c.key, **fields})
        _update(s, table, changed, updates)
        _insert(s, table, fresh)

    # the ledger: only ever appended to
    now = datetime.now(UTC)
    _insert(s, LedgerRow, [
        {"work_order_id": wo_id[c.work_order], "location_id": location_id(c.work_order, v["location"]),
         "entry_date": v["on"], "kind": v["kind"], "credits": v["credits"], "hours": v["hours"],
         "reference": v["reference"], "counterparty": v["counterparty"], "notes": v["notes"],
         "created_at": now}
        for c in by_kind.get("ledger", []) for v in (c.values,)])


def _insert(s, model, rows: list[dict]) -> None:
    """Core executemany inserts through the session (so the audit hook records them)."""
    stmt = insert(model.__table__)
    for chunk in _chunks(rows, 5000):
        s.execute(stmt, chunk)


def _update(s, model, changed: dict[int, dict], updates: list | None = None) -> None:
    """Changed records as ORM objects: the flush records each changed field with old and new
    (and ``updates`` a RowChange per row whose fields really change, when given)."""
    if not changed:
        return
    from app.services.changes import VERSIONED, RowChange, _same

    versioned = model.__table__.name in VERSIONED
    for chunk in _chunks(sorted(changed), 500):
        for row in s.exec(select(model).where(model.id.in_(chunk))).all():
            before, after = {}, {}
            for k, v in changed[row.id].items():
                old = getattr(row, k)
                if not _same(old, v):
                    before[k], after[k] = old, v
                setattr(row, k, v)
            if after and versioned:  # an imported change is a change: a dialog opened before is stale
                before["version"], after["version"] = row.version, (row.version or 0) + 1
                row.version = after["version"]
            if after and updates is not None:
                updates.append(RowChange(model.__table__.name, "update", row.id, before, after))
    s.flush()


def _keys(s, key_col, id_col, keys) -> dict:
    """key -> id of the rows whose ``key_col`` is one of ``keys``."""
    out = {}
    for chunk in _chunks(sorted(keys), 500):
        out.update(s.execute(select(key_col, id_col).where(key_col.in_(chunk))).all())
    return out


def _children(s, model, key_attr: str, wo_ids, into: dict | None = None) -> dict[tuple, int]:
    """(work order id, key) -> id of the rows of those work orders."""
    out = {} if into is None else into
    key = getattr(model, key_attr)
    for chunk in _chunks(sorted(wo_ids), 500):
        for wid, k, rid in s.execute(select(model.work_order_id, key, model.id)
                                     .where(model.work_order_id.in_(chunk))):
            out[(wid, k)] = rid
    return out
