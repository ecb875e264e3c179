"""Shared by the safety tests: a child copy of the app, file digests, a small work order."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

CHILD = Path(__file__).resolve().parent / "child.py"


def spawn(*args, stdin=subprocess.PIPE) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), *map(str, args)], stdin=stdin,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its digest: to show that nothing was written."""
    return {str(p.relative_to(folder)): digest(p) for p in sorted(Path(folder).rglob("*"))
            if p.is_file()}


def small_work_order(number: str = "WO-1"):
    from app.domain.enums import Role
    from app.domain.model import Location, WorkOrder

    wo = WorkOrder(id=None, number=number, customer="Қазақ Банкі", term_start=date(2026, 1, 1), term_end=date(2026, 12, 31), signed_on=None, currency="USD",
                   rate_to_usd=Decimal("1"), base_amount=Decimal("500000"), flex_allowance=Decimal("0"), cancel_fee_pct=Decimal("100"))
    wo.locations = [Location(id=1, country="KZ", role=Role.HOST, currency="KZT", rate_to_usd=Decimal("0.0019"), credit_value=Decimal("1050000")),
                    Location(id=2, country="KG", role=Role.DOWNSTREAM, currency="KGS", rate_to_usd=Decimal("0.0115"), credit_value=Decimal("174000"))]
    return wo


def make_db(path: Path, number: str = "WO-1"):
    """A database with one work order (two locations) written through the services."""
    from app.services import planning
    from app.store.db import open_db

    db = open_db(path)
    wo = small_work_order(number)
    planning.create_work_order(db, wo)
    for loc in wo.locations:
        planning.add_location(db, number, loc)
    return db
