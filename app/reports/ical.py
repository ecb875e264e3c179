"""Every contract date and every dated delivery of the active work orders as an iCalendar file
for the account manager's calendar (issue 15: a calendar that rings).

- Contract dates (app.reports.dates: term end, last request day, last free change day of each
  scheduled delivery, AEM confirm-by, UER onboarding end, SAB conversion days, flex year ends),
  past the reminder window too, each an all-day, free (TRANSP:TRANSPARENT) event with a VALARM
  at each reminder day (30/14/7 by default, the Settings' reminder days).
- Summaries and categories in words, the location as the country's name.
- Stable UIDs (the date's kind and subject, never its day or words), so importing a newer file
  updates the events instead of doubling them.

Decision (SEQUENCE and LAST-MODIFIED): the state is the previous export itself. Each event
carries ``X-UNIFIED-PLANNER-HASH`` (a digest of its content) and ``X-UNIFIED-PLANNER-UNTIL``
(the end of its work order's term). Writing over an earlier file reads it first: an event whose
content is unchanged keeps its SEQUENCE and LAST-MODIFIED; a changed one gets SEQUENCE + 1 and
LAST-MODIFIED = now; an event of the earlier file that no longer applies (a delivery cancelled,
a date gone) is written again as STATUS:CANCELLED, without alarms, for as long as it would have
been in the file (until its work order's term ends). No extra file, nothing in the database;
a first export to a new file starts every SEQUENCE at 0.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app import texts
from app.domain.catalog import catalog
from app.domain.enums import Status
from app.domain.model import Portfolio, WorkOrder
from app.messages import t

from .dates import action_text, amounts_text, contract_dates, left_to_request, what_text
from .labels import country_name, label

UID_DOMAIN = "unified-planner"
HASH = "X-UNIFIED-PLANNER-HASH"
UNTIL = "X-UNIFIED-PLANNER-UNTIL"
DEFAULT_REMINDERS = (30, 14, 7)
#: a delivery longer than this many days does not show the user as busy
BUSY_DAYS = 5


def _uid(*parts: str) -> str:
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{UID_DOMAIN}"


def date_uid(key: str) -> str:
    return _uid("date", key)


def delivery_uid(work_order: str, ref: str) -> str:
    return _uid("delivery", work_order, ref)


def _alarms(ev, summary: str, lang: str, reminders: tuple[int, ...]) -> None:
    from icalendar import Alarm

    for days in sorted(set(reminders), reverse=True):
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("trigger", timedelta(days=-days))
        alarm.add("description", t("calendar.reminder", lang, days=days, summary=summary)
                  if days else summary)
        ev.add_component(alarm)


def _date_events(wo: WorkOrder, lang: str, today: date, reminders: tuple[int, ...]):
    from icalendar import Event

    left = amounts_text(left_to_request(wo, today), lang)
    for c in contract_dates(wo):
        kind = t(f"statement.kind.{c.kind}", lang)
        what = what_text(c, lang) or (t("calendar.flex_year", lang, year=c.year)
                                      if c.kind == "flex_year_end" else "")
        summary = (t("calendar.summary_what", lang, kind=kind, what=what, customer=wo.customer) if what
                   else t("calendar.summary", lang, kind=kind, customer=wo.customer))
        ev = Event()
        ev.add("uid", date_uid(c.key))
        ev.add("dtstart", c.on)
        ev.add("dtend", c.on + timedelta(days=1))
        ev.add("summary", summary)
        ev.add("description", f"{action_text(c, lang, left)}\n{label('work_order', lang)}: {wo.number}")
        if c.country:
            ev.add("location", country_name(c.country, lang))
        ev.add("categories", [t("calendar.category", lang), kind])
        ev.add("transp", "TRANSPARENT")
        ev.add("status", "CONFIRMED")
        _alarms(ev, summary, lang, reminders)
        yield ev


def _delivery_events(wo: WorkOrder, lang: str):
    from icalendar import Event

    cat = catalog()
    for d in wo.deliveries:
        if not d.first_day:
            continue
        svc = cat.get(d.service)
        service = svc.name(lang) if svc else d.service
        loc = wo.location(d.location_id)
        ev = Event()
        ev.add("uid", delivery_uid(wo.number, d.ref))
        ev.add("dtstart", d.first_day)
        ev.add("dtend", (d.last_day or d.first_day) + timedelta(days=1))
        ev.add("summary", f"{d.ref} {d.title or service} — {wo.customer}")
        lines = [f"{label('work_order', lang)}: {wo.number}",
                 f"{label('service', lang)}: {service}",
                 f"{label('status', lang)}: {texts.word('status', d.status.value, lang)}",
                 f"{label('mode', lang)}: {texts.word('mode', d.mode.value, lang)}"]
        if d.notes:
            lines.append(d.notes)
        ev.add("description", "\n".join(lines))
        if loc:
            ev.add("location", country_name(loc.country, lang))
        ev.add("categories", [t("statement.kind.delivery", lang), service])
        days = d.days or 1
        busy = d.status in (Status.SCHEDULED, Status.DELIVERED) and days <= BUSY_DAYS
        ev.add("transp", "OPAQUE" if busy else "TRANSPARENT")
        ev.add("status", "CANCELLED" if d.status is Status.CANCELLED else
               "CONFIRMED" if d.status in (Status.SCHEDULED, Status.DELIVERED) else "TENTATIVE")
        yield ev


def _digest(ev) -> str:
    return hashlib.sha256(ev.to_ical()).hexdigest()[:32]


def _previous(data: bytes | None) -> dict:
    """uid -> the event of the earlier export (nothing when there is none or it is unreadable)."""
    if not data:
        return {}
    from icalendar import Calendar

    try:
        return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT") if "UID" in e}
    except Exception:  # noqa: BLE001 - not our file, or damaged: start afresh
        return {}


def _until(ev) -> date | None:
    try:
        return date.fromisoformat(str(ev.get(UNTIL, "")))
    except ValueError:
        return None


def build_calendar(portfolio: Portfolio, lang: str = "en", today: date | None = None,
                   reminders: tuple[int, ...] = DEFAULT_REMINDERS, previous: bytes | None = None,
                   stamp: datetime | None = None):
    """An ``icalendar.Calendar`` of the work orders whose term has not ended on ``today``;
    returns (calendar, dates, deliveries, cancelled). ``previous``: the earlier export being
    replaced (its SEQUENCE, LAST-MODIFIED and events that no longer apply)."""
    from icalendar import Calendar

    stamp = stamp or datetime.now(UTC)
    today = today or stamp.date()
    before = _previous(previous)
    cal = Calendar()
    cal.add("prodid", "-//Unified Planner//Contract dates and deliveries//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", t("calendar.name", lang))
    counts = {"dates": 0, "deliveries": 0, "cancelled": 0}
    seen: set[str] = set()

    def stamp_and_add(ev, until: date, kind: str) -> None:
        uid = str(ev["UID"])
        if uid in seen:
            return
        seen.add(uid)
        digest = _digest(ev)
        old = before.get(uid)
        if old is not None and str(old.get(HASH, "")) == digest:
            sequence = int(old.get("SEQUENCE", 0))
            modified = old.decoded("LAST-MODIFIED") if "LAST-MODIFIED" in old else stamp
        else:
            sequence = int(old.get("SEQUENCE", 0)) + 1 if old is not None else 0
            modified = stamp
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        ev.add("last-modified", modified)
        ev.add(HASH, digest)
        ev.add(UNTIL, until.isoformat())
        cal.add_component(ev)
        counts[kind] += 1

    for wo in portfolio.work_orders:
        if wo.term_end < today:
            continue
        for ev in _date_events(wo, lang, today, reminders):
            stamp_and_add(ev, wo.term_end, "dates")
        for ev in _delivery_events(wo, lang):
            stamp_and_add(ev, wo.term_end, "deliveries")
    for uid, old in before.items():  # no longer applies: cancelled while it would have been here
        until = _until(old)
        if uid in seen or until is None or until < today:
            continue
        ev = _cancelled(old, lang)
        stamp_and_add(ev, until, "cancelled")
    return cal, counts["dates"], counts["deliveries"], counts["cancelled"]


def _cancelled(old, lang: str):
    """The earlier event as STATUS:CANCELLED, without its alarms."""
    from icalendar import Event

    ev = Event()
    for name in ("UID", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "CATEGORIES"):
        if name in old:
            ev.add(name.lower(), old.decoded(name) if name in ("DTSTART", "DTEND") else old[name])
    description = str(old.get("DESCRIPTION", ""))
    note = t("calendar.no_longer", lang)
    ev.add("description", description if description.startswith(note) else f"{note}\n{description}")
    ev.add("transp", "TRANSPARENT")
    ev.add("status", "CANCELLED")
    return ev


def render_ics(portfolio: Portfolio, path: Path | str, lang: str = "en", today: date | None = None,
               reminders: tuple[int, ...] = DEFAULT_REMINDERS,
               stamp: datetime | None = None) -> tuple[int, int, int]:
    """Write the calendar to ``path`` atomically, carrying on the SEQUENCE of the file it
    replaces; returns (dates, deliveries, cancelled) written."""
    from app.files import write_bytes_atomic

    path = Path(path)
    try:
        previous = path.read_bytes() if path.is_file() else None
    except OSError:
        previous = None
    cal, dates, deliveries, cancelled = build_calendar(portfolio, lang, today, reminders, previous, stamp)
    write_bytes_atomic(path, cal.to_ical())
    return dates, deliveries, cancelled
