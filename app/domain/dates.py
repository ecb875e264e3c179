"""Contract calendar arithmetic: deadlines, anniversaries, quarters, working days."""

from __future__ import annotations

import re
from datetime import MAXYEAR, date, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta

REQUEST_LEAD_DAYS = 60  # R-REQUEST-60 (seed 2.6)
FREE_CHANGE_DAYS = 14  # R-CANCEL-14 (seed 2.5)
AEM_NOTICE_DAYS = 56  # R-AEM-NOTICE: 8 calendar weeks (seed 2.3)
AEM_MAX_DAYS = 5  # R-AEM-LENGTH (seed 2.3)
UER_ONBOARD_DAYS = 90  # R-UER-ONBOARD (seed 2.3)
SAB_DAYS = 30  # R-SAB-30 (seed 2.5)

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)


def last_request_day(term_end: date) -> date:
    """R-REQUEST-60: requests go in at least 60 days before the work order expires."""
    return term_end - timedelta(days=REQUEST_LEAD_DAYS)


def last_free_change_day(first_day: date) -> date:
    """R-CANCEL-14: the last day a scheduled delivery can be cancelled or moved free of charge."""
    return first_day - timedelta(days=FREE_CHANGE_DAYS)


def aem_confirm_by(event_start: date) -> date:
    """R-AEM-NOTICE: an event must be confirmed in writing 8 calendar weeks before it starts."""
    return event_start - timedelta(days=AEM_NOTICE_DAYS)


def uer_onboarding_last_day(term_start: date) -> date:
    """R-UER-ONBOARD: day 1 is the term start, so the 90th day is start + 89."""
    return term_start + timedelta(days=UER_ONBOARD_DAYS - 1)


@lru_cache(maxsize=8192)
def anniversary(start: date, years: int) -> date:
    """The start date moved by whole years; 29 February falls back to 28 February. (Cached: the
    checks ask for the same few term starts' anniversaries thousands of times; a date is
    immutable, so the cache is safe on any thread.)"""
    moved: date = start + relativedelta(years=years)
    return moved


def year_start(term_start: date, years: int) -> date:
    """The first day of year ``years + 1`` of a term, as the civil codes count periods of years:
    a year ends on the same day of the next year, or on the last day of that month when there is
    no such day, so a term starting 29 February has its next year start on 1 March."""
    moved = anniversary(term_start, years)
    if moved.day != term_start.day:  # 29 February in a common year: the year ran to 28 Feb
        moved += timedelta(days=1)
    return moved


#: A remainder of the term shorter than this after its last whole year is not a flex year of its
#: own: it belongs to the last year, which ends with the term (never a one-day year).
SHORT_TAIL_DAYS = 31


def flex_years(term_start: date, term_end: date) -> list[tuple[date, date]]:
    """R-FLEX-YEAR: the term's flex years, first to last day; the last one ends with the term."""
    return list(_flex_years(term_start, term_end))


@lru_cache(maxsize=4096)
def _flex_years(term_start: date, term_end: date) -> tuple[tuple[date, date], ...]:
    out: list[tuple[date, date]] = []
    n = 0
    while True:
        start = year_start(term_start, n)
        if start > term_end:
            break
        end = min(year_start(term_start, n + 1) - timedelta(days=1), term_end)
        if out and (end - start).days + 1 < SHORT_TAIL_DAYS:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        n += 1
    return tuple(out) or ((term_start, term_end),)


def flex_year_bounds(term_start: date, year: int, term_end: date | None = None) -> tuple[date, date]:
    """R-FLEX-YEAR: year 1 runs from the term start to the day before the first anniversary
    (civil reckoning, see ``year_start``); given the term end, the last year ends with the term."""
    if year < 1:
        raise ValueError("flex year starts at 1")
    if term_end is not None:
        years = flex_years(term_start, term_end)
        if year <= len(years):
            return years[year - 1]
    return year_start(term_start, year - 1), year_start(term_start, year) - timedelta(days=1)


def flex_year_of(term_start: date, on: date, term_end: date | None = None) -> int:
    if term_end is not None:
        for i, (start, end) in enumerate(flex_years(term_start, term_end), 1):
            if start <= on <= end:
                return i
    year = 1
    while year_start(term_start, year) <= on:
        year += 1
    return year


def sab_conversion_days(term_start: date, term_end: date) -> list[date]:
    """R-SAB-30: 30 days after the support start date and after each multi-year anniversary."""
    return [start + timedelta(days=SAB_DAYS) for start, _ in flex_years(term_start, term_end)]


QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


def parse_quarter(text: str) -> tuple[date, date]:
    """``2026Q4`` -> (2026-10-01, 2026-12-31)."""
    m = QUARTER_RE.match(text or "")
    if not m:
        raise ValueError(f"not a quarter (expected like 2026Q4): {text!r}")
    year, q = int(m.group(1)), int(m.group(2))
    start = date(year, 3 * q - 2, 1)
    end = start + relativedelta(months=3) - timedelta(days=1)
    return start, end


def quarter_of(d: date) -> str:
    return f"{d.year}Q{(d.month - 1) // 3 + 1}"


def term_progress(start: date, end: date, today: date) -> float:
    """Share of the term passed, 0..1 (a display ratio, not an amount)."""
    total = (end - start).days + 1
    if total <= 0:
        return 1.0
    return min(1.0, max(0.0, ((today - start).days + 1) / total))


@lru_cache(maxsize=64)
def _country_holidays(country: str, year: int) -> Any:
    import holidays

    try:
        return holidays.country_holidays(country, years=year)
    except NotImplementedError:
        return None


def is_working_day(country: str, day: date) -> bool:
    """Business days exclude weekends and the country's public holidays (seed 2.2, note 4),
    using the maintained ``holidays`` calendars, which know transferred working days."""
    return _working_year(country.upper(), day.year)[day.timetuple().tm_yday] == 1


@lru_cache(maxsize=256)
def _working_year(country: str, year: int) -> bytes:
    """1 for each working day of ``year`` in ``country`` (index = day of the year; index 0 is
    unused), asked of the calendar once per country and year: the checks count the working
    days of every delivery, thousands of times over the same few years. Bytes are immutable,
    so the cache is safe on any thread."""
    cal = _country_holidays(country, year)
    first = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - first).days if year < MAXYEAR else 365
    flags = bytearray(days + 1)
    for n in range(days):
        d = first + timedelta(days=n)
        flags[n + 1] = 1 if (d.weekday() < 5 if cal is None else cal.is_working_day(d)) else 0
    return bytes(flags)


@lru_cache(maxsize=256)
def _working_before(country: str, year: int) -> tuple[int, ...]:
    """Working days of ``year`` in ``country`` before each day of the year (index = day of the
    year), so that a span's count is a subtraction."""
    out = [0]
    n = 0
    for flag in _working_year(country, year)[1:]:
        out.append(n)
        n += flag
    out.append(n)
    return tuple(out)


def working_days(country: str, first: date, last: date) -> int:
    """The working days of ``country`` from ``first`` to ``last``, both included (0 when ``last``
    is before ``first``): :func:`is_working_day` counted, a year at a time."""
    if last < first:
        return 0
    country = country.upper()
    n = 0
    for year in range(first.year, last.year + 1):
        before = _working_before(country, year)
        start = first.timetuple().tm_yday if year == first.year else 1
        end = last.timetuple().tm_yday if year == last.year else len(before) - 2
        n += before[end + 1] - before[start]
    return n
