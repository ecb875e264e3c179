"""What an edit would bring about, said before it is saved: the findings a changed work order
has that it did not have before (a late request, an AEM event confirmed too late, an overdraw,
a fee for a late change)."""

from __future__ import annotations

from datetime import date

from .catalog import Catalog
from .enums import Severity
from .findings import CheckSettings, Finding
from .model import WorkOrder
from .rules import check_work_order


def _key(f: Finding) -> tuple[str, str, str, str]:
    return (f.rule, f.key, f.subject.kind, f.subject.key)


def new_findings(before: WorkOrder | None, after: WorkOrder, today: date,
                 settings: CheckSettings | None = None, cat: Catalog | None = None,
                 min_severity: Severity = Severity.WARNING) -> list[Finding]:
    """Findings of ``after`` that ``before`` did not have, at least ``min_severity``."""
    old = {_key(f) for f in check_work_order(before, today, settings, cat)} if before else set()
    return [f for f in check_work_order(after, today, settings, cat)
            if _key(f) not in old and f.severity.rank <= min_severity.rank]
