"""Deadlines (findings) and deliveries as an iCalendar file for the account manager's calendar.

Every event has a stable UID (the same finding or delivery gets the same UID on every export),
so importing a newer file updates the events instead of doubling them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app import texts
from app.domain.catalog import catalog
from app.domain.enums import Status
from app.domain.findings import Finding
from app.domain.model import Portfolio

from .labels import label

UID_DOMAIN = "unified-planner"


def _uid(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def finding_uid(f: Finding) -> str:
    """Same finding, same UID: its rule, variant and subject, and the unit or flex year that
    tell apart two findings on one subject (credits and hours expiring at one location)."""
    return _uid("finding", f.work_order, f.rule, f.key, f.subject.kind, f.subject.key,
                str(f.params.get("unit", "")), str(f.params.get("year", "")))


def delivery_uid(work_order: str, ref: str) -> str:
    return _uid("delivery", work_order, ref)


def build_calendar(portfolio: Portfolio, findings: Iterable[Finding], lang: str = "en",
                   stamp: datetime | None = None):
    """An ``icalendar.Calendar``; returns (calendar, deadlines, deliveries)."""
    from icalendar import Calendar, Event

    stamp = stamp or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//Unified Planner//Deadlines and deliveries//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Unified Planner — {label('due', lang)}")
    deadlines = deliveries = 0
    for f in findings:
        ev = Event()
        ev.add("uid", finding_uid(f))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", f.date)
        ev.add("dtend", f.date + timedelta(days=1))
        ev.add("summary", f"{texts.word('severity', f.severity.value, lang).upper()}: "
                          f"{texts.rule_name(f.rule, lang)} — {f.work_order} {f.subject.label}")
        ev.add("description", f"{f.customer}\n{texts.message(f, lang)}")
        ev.add("categories", [f.rule])
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
        deadlines += 1
    cat = catalog()
    for wo in portfolio.work_orders:
        for d in wo.deliveries:
            if not d.first_day:
                continue
            svc = cat.get(d.service)
            loc = wo.location(d.location_id)
            ev = Event()
            ev.add("uid", delivery_uid(wo.number, d.ref))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", d.first_day)
            ev.add("dtend", (d.last_day or d.first_day) + timedelta(days=1))
            ev.add("summary", f"{d.ref} {d.title or (svc.name(lang) if svc else d.service)} — {wo.customer}")
            lines = [f"{label('work_order', lang)}: {wo.number}",
                     f"{label('service', lang)}: {svc.name(lang) if svc else d.service}",
                     f"{label('status', lang)}: {texts.word('status', d.status.value, lang)}",
                     f"{label('mode', lang)}: {texts.word('mode', d.mode.value, lang)}"]
            if d.notes:
                lines.append(d.notes)
            ev.add("description", "\n".join(lines))
            if loc:
                ev.add("location", loc.country)
            ev.add("status", "CANCELLED" if d.status is Status.CANCELLED else
                   "CONFIRMED" if d.status in (Status.SCHEDULED, Status.DELIVERED) else "TENTATIVE")
            cal.add_component(ev)
            deliveries += 1
    return cal, deadlines, deliveries


def render_ics(portfolio: Portfolio, findings: Iterable[Finding], path: Path | str,
               lang: str = "en") -> tuple[int, int]:
    """Write the calendar to ``path`` atomically; returns (deadlines, deliveries) written."""
    from app.files import write_bytes_atomic

    cal, deadlines, deliveries = build_calendar(portfolio, findings, lang)
    write_bytes_atomic(path, cal.to_ical())
    return deadlines, deliveries
