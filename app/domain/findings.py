"""What a check of the rules returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .enums import Severity

#: Seed section each rule comes from, cited in every message.
SECTIONS = {
    "R-REQUEST-60": "2.6",
    "R-CANCEL-14": "2.5",
    "R-EXPIRY": "2.5",
    "R-FLEX-CAP": "2.1",
    "R-FLEX-YEAR": "2.1",
    "R-FLEX-SDM": "2.1",
    "R-FLEX-SIGNING": "2.1",
    "R-CREDIT-ROUND": "2.2",
    "R-CREDIT-BALANCE": "2.2",
    "R-XFER-LOCATIONS": "2.4",
    "R-XFER-ROUND": "2.4",
    "R-BILLING-EXCEPTION": "2.4",
    "R-AEM-NOTICE": "2.3",
    "R-AEM-LENGTH": "2.3",
    "R-UER-ONBOARD": "2.3",
    "R-EDE-HOURS": "2.3",
    "R-SAB-30": "2.5",
    "R-FLEX-ELIGIBLE": "2.1",
    "R-SAB-ELIGIBLE": "2.5",
    "R-ODA-HELP": "2.2",
    "R-SDM-REQUIRED": "2.5",
    "R-TRAVEL": "2.5",
    "R-LINE-OVERRUN": "2.1",
}

#: The ids that are computations applied where credits move, not checks.
COMPUTATIONS = ("R-CREDIT-ROUND", "R-XFER-ROUND")
#: The ids of the rules that are checks (not computations), in the seed's order; the checks
#: themselves are app.domain.rules.CHECKS.
CHECK_RULE_IDS = tuple(r for r in SECTIONS if r not in COMPUTATIONS)


@dataclass(frozen=True)
class Subject:
    """What a finding is about, so the window can open it."""

    kind: str  # "work_order" | "line" | "delivery" | "location"
    key: str  # line number, delivery ref or country code; the work order number for "work_order"
    label: str  # short text shown to people (service code, delivery title, country)
    #: for a finding about a location's pool: "credits" or "hours" (kind stays "location")
    pool: str = ""


def subject_ref(subject: Subject) -> dict[str, str]:
    """The record a finding is about, for a program (check --json's ``ref``): a delivery
    ``{"kind": "delivery", "id": "D-003"}``, a line (its number), a location (its country), a
    work order (its number), or a location's pool ``{"kind": "pool", "pool": "credits"|"hours",
    "country": "KZ"}``."""
    if subject.pool:
        return {"kind": "pool", "pool": subject.pool, "country": subject.key}
    return {"kind": subject.kind, "id": subject.key}


@dataclass
class Finding:
    rule: str
    key: str  # the message variant, e.g. "late_request"; the catalogue words "<rule>/<key>" (app.messages.rules)
    severity: Severity
    work_order: str
    customer: str
    subject: Subject
    date: date
    days_left: int
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def section(self) -> str:
        return SECTIONS[self.rule]

    def sort_key(self) -> tuple[int, int, str, str, str]:
        return (self.days_left if self.days_left >= 0 else -10**6 + self.days_left,
                self.severity.rank, self.work_order, self.rule, self.subject.key)


@dataclass(frozen=True)
class CheckSettings:
    """Reminder days before a deadline (30, 14 and 7 by default): a deadline shows up once it is
    within the largest of them; the finding names the nearest reminder passed."""

    reminder_days: tuple[int, ...] = (30, 14, 7)
    #: Days after the term end during which expired balances are still reported.
    expired_report_days: int = 90

    @property
    def window(self) -> int:
        return max(self.reminder_days) if self.reminder_days else 0

    def reminder(self, days_left: int) -> int | None:
        passed = [d for d in self.reminder_days if days_left <= d]
        return min(passed) if passed else None
