"""Records are keyword-only: a positional constructor cannot silently shift a field (issue 12)."""
from datetime import date
from decimal import Decimal

import pytest

from app.domain.model import Delivery, LedgerEntry, Location, Portfolio, ServiceLine, WorkOrder


@pytest.mark.parametrize("cls, args", [
    (Location, (None, "KZ", "primary", "KZT", Decimal(1), Decimal(1))),
    (ServiceLine, (None, 1, "PROACTIVE_CREDITS", Decimal(1), "credits", None, "base")),
    (Delivery, (None, "D-001", "WS", "t", None, "remote", "planned")),
    (LedgerEntry, (None, date(2026, 1, 1), 1, "grant")),
    (WorkOrder, (None, "N", "C", date(2026, 1, 1), date(2026, 12, 31))),
    (Portfolio, ([],)),
])
def test_positional_construction_is_refused(cls, args):
    with pytest.raises(TypeError):
        cls(*args)
