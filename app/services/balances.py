"""Balances of the portfolio (or one work order) as of a day, read through the one engine
(app.domain.balances)."""

from __future__ import annotations

from datetime import date

from app.domain.balances import Balance, work_order_balances
from app.domain.money import to_text
from app.store.db import Database
from app.store.repo import load_portfolio


def portfolio_balances(db: Database, on: date, number: str | None = None) -> list[Balance]:
    """Every entitlement of every work order (or of ``number``) as of the end of ``on``."""
    with db.read() as s:
        portfolio = load_portfolio(s)
    out: list[Balance] = []
    for wo in portfolio.work_orders:
        if number is None or wo.number == number:
            out.extend(work_order_balances(wo, on))
    return out


def balance_dict(b: Balance) -> dict:
    """One entitlement as the command's JSON writes it: numbers as exact strings."""
    entitlement = ({"line": b.line_no} if b.kind == "line" else {"pool": b.kind, "country": b.country})
    return {"work_order": b.work_order, "entitlement": entitlement, "service": b.service,
            "unit": b.unit, **{name: to_text(value) for name, value in b.figures().items()}}
