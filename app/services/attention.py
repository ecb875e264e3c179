"""What needs attention: the portfolio's findings sorted into overdue, this week (the next 7 days)
and the next 30 days, grouped by customer, each with the action it needs (a message id in
app.messages.attention); and the time windows the Deadlines screen filters by.

"Overdue" is a deadline already passed that still asks for something: an error or a warning
dated before today (an information dated in the past is history, not a task)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.enums import Severity
from app.domain.findings import Finding

WEEK_DAYS = 7
MONTH_DAYS = 30
GROUPS = ("overdue", "week", "month")

#: rule -> the action it needs, by default; (rule, message key) where the variants differ.
ACTIONS: dict[str, str] = {
    "R-REQUEST-60": "request",
    "R-CANCEL-14": "decide_change",
    "R-EXPIRY": "use_or_lose",
    "R-FLEX-CAP": "fix_flex",
    "R-FLEX-YEAR": "fix_flex",
    "R-FLEX-SDM": "fix_flex",
    "R-FLEX-SIGNING": "fix_flex",
    "R-FLEX-ELIGIBLE": "fix_funding",
    "R-SAB-ELIGIBLE": "fix_funding",
    "R-CREDIT-BALANCE": "fix_balance",
    "R-XFER-LOCATIONS": "fix_transfer",
    "R-BILLING-EXCEPTION": "separate_wo",
    "R-AEM-NOTICE": "confirm_event",
    "R-AEM-LENGTH": "check_event",
    "R-UER-ONBOARD": "onboard",
    "R-EDE-HOURS": "business_hours",
    "R-SAB-30": "convert_sab",
    "R-ODA-HELP": "check_event",
    "R-SDM-REQUIRED": "add_sdm",
    "R-TRAVEL": "agree_travel",
    "R-LINE-OVERRUN": "line_overrun",
}
ACTIONS_BY_KEY: dict[tuple[str, str], str] = {
    ("R-CANCEL-14", "late_cancel"): "check_fee",
    ("R-CANCEL-14", "late_reschedule"): "check_fee",
    ("R-CANCEL-14", "free_change_ended"): "change_costs",
    ("R-EXPIRY", "expired"): "review",
    ("R-REQUEST-60", "late_request"): "check_late_request",
    ("R-REQUEST-60", "late_request_one_day"): "check_late_request",
    ("R-AEM-NOTICE", "confirmed_late"): "check_late_request",
    ("R-UER-ONBOARD", "missed"): "check_late_request",
}


def action_of(f: Finding) -> str:
    """The id of the action ``f`` asks for (``attention.action.<id>`` in the catalogue)."""
    return ACTIONS_BY_KEY.get((f.rule, f.key)) or ACTIONS.get(f.rule, "review")


def is_overdue(f: Finding, today: date) -> bool:
    return f.date < today and f.severity is not Severity.INFO


def is_past(f: Finding, today: date) -> bool:
    return f.date < today


def window_end(window: str, today: date) -> date | None:
    """The last day of a window: "week" the next 7 days (today included), "month" and
    "quarter" the calendar month and quarter; None for any time."""
    if window == "week":
        return today + timedelta(days=WEEK_DAYS - 1)
    if window == "month":
        nxt = today.replace(day=28) + timedelta(days=4)
        return nxt - timedelta(days=nxt.day)
    if window == "quarter":
        q_end_month = ((today.month - 1) // 3 + 1) * 3
        first_next = today.replace(year=today.year + (q_end_month == 12), month=q_end_month % 12 + 1, day=1)
        return first_next - timedelta(days=1)
    return None


def in_window(f: Finding, window: str, today: date) -> bool:
    """Whether ``f`` falls in ``window``; this week includes what is overdue."""
    end = window_end(window, today)
    if end is None:
        return True
    if window == "week" and is_overdue(f, today):
        return True
    return today <= f.date <= end


@dataclass(frozen=True)
class Item:
    group: str  # one of GROUPS
    customer: str
    action: str  # attention.action.<action>
    finding: Finding


def group_of(f: Finding, today: date) -> str | None:
    if is_overdue(f, today):
        return "overdue"
    if f.date < today:
        return None
    days = (f.date - today).days
    if days < WEEK_DAYS:
        return "week"
    if days < MONTH_DAYS:
        return "month"
    return None


def attention(findings: Iterable[Finding], today: date) -> list[Item]:
    """What needs action, in the order shown: overdue, this week, the next 30 days; in each,
    by customer, then soonest first (the most severe first on a day)."""
    items = []
    for f in findings:
        g = group_of(f, today)
        if g is not None:
            action = action_of(f)
            if g == "overdue" and action == "request":
                action = "request_late"
            items.append(Item(g, f.customer, action, f))
    items.sort(key=sort_key)
    return items


_GROUP_ORDER = {g: i for i, g in enumerate(GROUPS)}


def sort_key(i: Item) -> tuple:
    """The order shown: group, customer, then soonest and most severe first."""
    f = i.finding
    return (_GROUP_ORDER[i.group], i.customer.casefold(), f.customer, f.date, f.severity.rank, f.work_order,
            f.subject.key)
