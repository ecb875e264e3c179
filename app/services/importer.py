"""Import a work order workbook: validate everything first into an ImportPlan (problems and a
preview of what is new, changed and unchanged), then commit the plan in one transaction.

Records are matched by work order number, service line number, delivery id and location country.
Nothing is ever deleted by an import. The ledger is append-only: an entry identical to one already
stored (on the columns the sheet has) is unchanged, never duplicated, so importing the same file
twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import select

from app.store.db import Database
from app.workbook.reader import Progress, RawWorkbook, WorkbookError, read_workbook
from app.workbook.validate import (Change, Notice, Parsed, Problem, WorkOrderState, merge, parse)

__all__ = ["ImportPlan", "ImportRejected", "WorkbookError", "plan_import", "replan", "commit",
           "read_workbook"]


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

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("new", "changed", "unchanged")}

    def unmatched_services(self) -> dict[str, list[str]]:
        """Service names that matched no catalog entry -> proposed codes (possibly none)."""
        out: dict[str, list[str]] = {}
        for p in self.problems:
            if p.reason in ("unknown_service", "unknown_service_close"):
                out.setdefault(p.value, p.proposals)
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
            lines={ln.line_no: {"service": ln.service, "quantity": ln.quantity, "unit": ln.unit.value,
                                "location": country.get(ln.location_id), "funding": ln.funding.value,
                                "unit_price": ln.unit_price, "flex_year": ln.flex_year, "notes": ln.notes}
                   for ln in wo.lines},
            deliveries={d.ref: {"service": d.service, "title": d.title,
                                "location": country.get(d.location_id), "mode": d.mode.value,
                                "status": d.status.value, "requested_on": d.requested_on,
                                "first_day": d.first_day, "last_day": d.last_day, "credits": d.credits,
                                "hours": d.hours, "changed_on": d.changed_on, "moved_from": d.moved_from,
                                "fee": d.fee, "line_no": d.line_no, "notes": d.notes}
                        for d in wo.deliveries},
            ledger=[{"on": e.on, "location": country.get(e.location_id), "kind": e.kind.value,
                     "credits": e.credits, "hours": e.hours, "reference": e.reference,
                     "counterparty": e.counterparty, "notes": e.notes} for e in wo.ledger],
        )
    return out


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _plan(db: Database, path: Path, raw: RawWorkbook, lang: str, progress: Progress,
          choices: dict[str, str]) -> ImportPlan:
    report = progress or (lambda _p: None)
    parsed: Parsed = parse(raw, choices, lang, progress)
    report(85)
    numbers = {r.work_order for recs in parsed.records.values() for r in recs}
    with db.read() as s:
        existing = existing_state(s, numbers) if numbers else {}
    report(92)
    merged = merge(parsed, existing)
    problems = parsed.problems + merged.problems
    problems.sort(key=lambda p: (_sheet_order(raw, p.sheet), p.row, p.letter.rjust(3)))
    report(100)
    return ImportPlan(path, raw, problems, parsed.notices, merged.changes, merged.target, dict(choices))


def _sheet_order(raw: RawWorkbook, title: str) -> int:
    return raw.sheet_titles.index(title) if title in raw.sheet_titles else -1


def plan_import(db: Database, path: Path | str, lang: str = "en", progress: Progress = None,
                choices: dict[str, str] | None = None) -> ImportPlan:
    """Read and validate a workbook against the database; writes nothing.

    ``choices`` maps a service name as written in the workbook to the catalog code the user picked
    for it. Raises WorkbookError when the file cannot be read as a workbook at all.
    """
    report = progress or (lambda _p: None)
    raw = read_workbook(path, lambda p: report(p * 70 // 100))
    return _plan(db, Path(path), raw, lang, progress, choices or {})


def replan(db: Database, plan: ImportPlan, lang: str = "en", choices: dict[str, str] | None = None,
           progress: Progress = None) -> ImportPlan:
    """The same workbook validated again (without re-reading it), e.g. after service choices."""
    return _plan(db, plan.path, plan.raw, lang, progress, {**plan.choices, **(choices or {})})


# ------------------------------------------------------------------------------ committing

WO_COLUMNS = ("term_start", "term_end", "signed_on", "currency", "rate_to_usd", "base_amount",
              "flex_allowance", "cancel_fee_pct")


def commit(db: Database, plan: ImportPlan) -> dict[str, int]:
    """Write the plan's new and changed records in one transaction; returns the counts.
    Raises ImportRejected when the plan has problems."""
    if plan.problems:
        raise ImportRejected(plan.problems)
    todo = [c for c in plan.changes if c.status != "unchanged"]
    if todo:
        from sqlalchemy.exc import SQLAlchemyError

        try:
            with db.session() as s:
                _write(s, plan, todo)
        except SQLAlchemyError as exc:
            first = plan.changes[0]
            detail = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0][:200]
            raise ImportRejected([Problem(first.sheet, first.row, "—", "", "", "rejected_by_database",
                                          {"detail": detail})]) from None
    return plan.counts


def _write(s, plan: ImportPlan, todo: list[Change]) -> None:
    from app.store.repo import customer_id
    from app.store.tables import DeliveryRow, LedgerRow, LocationRow, ServiceLineRow, WorkOrderRow

    by_kind: dict[str, list[Change]] = {}
    for c in todo:
        by_kind.setdefault(c.kind, []).append(c)
    numbers = {c.work_order for c in todo}

    def wo_rows() -> dict[str, WorkOrderRow]:
        rows = {}
        for chunk in _chunks(sorted(numbers), 500):
            for r in s.exec(select(WorkOrderRow).where(WorkOrderRow.number.in_(chunk))).all():
                rows[r.number] = r
        return rows

    rows = wo_rows()
    customers: dict[str, int] = {}
    for c in by_kind.get("work_order", []):
        v = c.values
        if v["customer"] not in customers:
            customers[v["customer"]] = customer_id(s, v["customer"])
        row = rows.get(c.work_order)
        if row is None:
            row = WorkOrderRow(number=c.work_order, customer_id=customers[v["customer"]],
                               **{k: v[k] for k in WO_COLUMNS})
            s.add(row)
            rows[c.work_order] = row
        else:
            row.customer_id = customers[v["customer"]]
            for k in WO_COLUMNS:
                setattr(row, k, v[k])
    s.flush()
    wo_id = {n: r.id for n, r in rows.items()}

    def children(table, key_attr: str) -> dict[tuple, object]:
        found = {}
        ids = list(wo_id.values())
        for chunk in _chunks(ids, 500):
            for r in s.exec(select(table).where(table.work_order_id.in_(chunk))).all():
                found[(r.work_order_id, getattr(r, key_attr))] = r
        return found

    locs = children(LocationRow, "country")
    for c in by_kind.get("location", []):
        wid = wo_id[c.work_order]
        row = locs.get((wid, c.key))
        fields = {k: c.values[k] for k in ("role", "currency", "rate_to_usd", "credit_value")}
        if row is None:
            row = LocationRow(work_order_id=wid, country=c.key, **fields)
            s.add(row)
            locs[(wid, c.key)] = row
        else:
            for k, v in fields.items():
                setattr(row, k, v)
    s.flush()
    loc_id = {key: r.id for key, r in locs.items()}

    def location_id(number: str, country: str | None) -> int | None:
        return None if country is None else loc_id[(wo_id[number], country)]

    for kind, table, key_attr in (("line", ServiceLineRow, "line_no"), ("delivery", DeliveryRow, "ref")):
        items = by_kind.get(kind, [])
        if not items:
            continue
        existing = children(table, key_attr)
        new_rows = []
        for c in items:
            wid = wo_id[c.work_order]
            fields = {k: v for k, v in c.values.items() if k != "location"}
            fields["location_id"] = location_id(c.work_order, c.values["location"])
            row = existing.get((wid, c.key))
            if row is None:
                new_rows.append({"work_order_id": wid, key_attr: c.key, **fields})
            else:
                for k, v in fields.items():
                    setattr(row, k, v)
        s.flush()
        for chunk in _chunks(new_rows, 2000):
            s.execute(insert(table), chunk)

    entries = []
    now = datetime.now(timezone.utc)
    for c in by_kind.get("ledger", []):
        v = c.values
        entries.append({"work_order_id": wo_id[c.work_order],
                        "location_id": location_id(c.work_order, v["location"]),
                        "entry_date": v["on"], "kind": v["kind"], "credits": v["credits"],
                        "hours": v["hours"], "reference": v["reference"],
                        "counterparty": v["counterparty"], "notes": v["notes"], "created_at": now})
    for chunk in _chunks(entries, 2000):
        s.execute(insert(LedgerRow), chunk)
