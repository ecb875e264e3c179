"""Balances of the portfolio (or one work order) as of a day, read through the one engine
(app.domain.balances); and the overdraws a proposed change would cause, for the dialogs to warn
of before saving."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.domain import lifecycle
from app.domain.balances import Balance, Overdraw, overdraws, work_order_balances
from app.domain.model import Delivery, LedgerEntry, WorkOrder
from app.domain.money import to_text
from app.store.db import Database
from app.store.repo import load_portfolio

from . import planning


def portfolio_balances(db: Database, on: date, number: str | None = None) -> list[Balance]:
    """Every entitlement of every work order (or of ``number``) as of the end of ``on``."""
    from .portfolio import _no_gc_pauses, load_work_order

    with _no_gc_pauses():  # (see there: full collections over the new objects cost as much again)
        if number is not None:
            wo = load_work_order(db, number)  # only its rows are read
            return [] if wo is None else work_order_balances(wo, on)
        with db.read() as s:
            portfolio = load_portfolio(s)
        out: list[Balance] = []
        for wo in portfolio.work_orders:
            out.extend(work_order_balances(wo, on))
        del portfolio  # freed while the collector still sleeps (see _no_gc_pauses)
    return out


def balance_dict(b: Balance) -> dict:
    """One entitlement as the command's JSON writes it: numbers as exact strings."""
    entitlement = ({"line": b.line_no} if b.kind == "line" else {"pool": b.kind, "country": b.country})
    return {"work_order": b.work_order, "entitlement": entitlement, "service": b.service,
            "unit": b.unit, **{name: to_text(value) for name, value in b.figures().items()}}


def _with(wo: WorkOrder, entries: list[LedgerEntry], delivery: Delivery | None = None) -> WorkOrder:
    """A copy of ``wo`` with ``entries`` added (and ``delivery`` in place of its namesake)."""
    deliveries = wo.deliveries if delivery is None else [delivery if d.ref == delivery.ref else d
                                                         for d in wo.deliveries]
    return replace(wo, ledger=[*wo.ledger, *entries], deliveries=deliveries)


def entries_overdraws(db: Database, number: str, entries: list[LedgerEntry], on: date) -> list[Overdraw]:
    """Before saving ledger entries (a draw, a negative adjustment, a transfer out): the pools
    they would take below zero as of the end of ``on``."""
    wo = planning.work_order(db, number)
    return overdraws(wo, _with(wo, entries), on)


def transition_overdraws(db: Database, number: str, ref: str, action: str, on: date,
                         first: date | None = None, last: date | None = None,
                         charge_fee: bool = True) -> list[Overdraw]:
    """Before saving a delivery's transition (deliver, cancel or reschedule with its fee): the
    pools its ledger consequences, as the lifecycle computes them, would take below zero as of
    the end of ``on``. A refused transition overdraws nothing (its refusal is said on saving)."""
    wo = planning.work_order(db, number)
    d = next((x for x in wo.deliveries if x.ref == ref), None)
    if d is None:
        raise planning.NotFound(ref)
    if action == "deliver":
        result = lifecycle.deliver(d, on)
    elif action == "cancel":
        result = lifecycle.cancel(wo, d, on, charge_fee)
    elif action == "reschedule" and first is not None and last is not None:
        result = lifecycle.reschedule(wo, d, first, last, on, charge_fee)
    else:
        return []
    if not isinstance(result, lifecycle.Outcome):
        return []
    return overdraws(wo, _with(wo, list(result.ledger), result.delivery), on)
