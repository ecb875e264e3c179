"""Issue 15: the calendar rings. Every contract date of every active work order, with alarms,
in words; SEQUENCE and LAST-MODIFIED carried over from the file it replaces; dates that no
longer apply cancelled. Read back with two parsers (icalendar and vobject)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.domain.dates import last_free_change_day, last_request_day
from app.domain.enums import Status
from app.domain.model import Portfolio
from app.reports.dates import contract_dates
from app.reports.ical import date_uid, delivery_uid, render_ics

from .conftest import DEMO_A

TODAY = date(2026, 11, 25)
STAMP = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _portfolio() -> Portfolio:
    from app.services.demo import demo_work_orders

    return Portfolio(work_orders=demo_work_orders(TODAY))


def _events(path) -> dict:
    from icalendar import Calendar

    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


@pytest.fixture
def exported(tmp_path):
    portfolio = _portfolio()
    path = tmp_path / "dates.ics"
    render_ics(portfolio, path, "en", TODAY, stamp=STAMP)
    return portfolio, path


def test_every_contract_date_of_every_active_work_order_rings(exported):
    portfolio, path = exported
    events = _events(path)
    active = [wo for wo in portfolio.work_orders if wo.term_end >= TODAY]
    assert any(wo.term_end.year >= 2028 for wo in active)  # the two-year work order is there too
    for wo in active:
        dates = contract_dates(wo)
        assert {c.kind for c in dates} >= {"term_end", "last_request"}
        for c in dates:
            ev = events[date_uid(c.key)]
            assert ev.decoded("DTSTART") == c.on
            triggers = sorted(a.decoded("TRIGGER") for a in ev.walk("VALARM"))
            assert triggers == [timedelta(days=-30), timedelta(days=-14), timedelta(days=-7)]
            assert str(ev["TRANSP"]) == "TRANSPARENT"
        far = events[date_uid(next(c.key for c in dates if c.kind == "last_request"))]
        assert far.decoded("DTSTART") == last_request_day(wo.term_end)
        assert str(far["SUMMARY"]) == f"Last day to request services — {wo.customer}"
        assert wo.number not in str(far["SUMMARY"]) and wo.number in str(far["DESCRIPTION"])
    kinds = {c.kind for wo in active for c in contract_dates(wo)}
    assert kinds == {"term_end", "last_request", "free_change", "aem_confirm", "uer_onboard",
                     "sab_convert", "flex_year_end"}


def test_words_location_categories_and_free_time(exported):
    from app.domain.catalog import catalog

    portfolio, path = exported
    events = _events(path)
    codes = set(catalog().by_code)  # catalogue codes ("RAPAAS") are never the words
    for ev in events.values():
        cats = [str(c) for c in ev["CATEGORIES"].cats]
        assert not [c for c in cats if c.startswith("R-")]
        assert "location" not in ev or len(str(ev["LOCATION"])) > 2  # a country's name, not "KZ"
        assert not [c for c in codes if f" {c} " in f" {ev['SUMMARY']} "]
    wo = next(w for w in portfolio.work_orders if w.number == DEMO_A)
    assert str(events[date_uid(contract_dates(wo)[-1].key)]["LOCATION"]) == "Kazakhstan"
    long = [(w, d) for w in portfolio.work_orders for d in w.deliveries if d.days > 30]
    assert long
    for w, d in long:
        assert str(events[delivery_uid(w.number, d.ref)]["TRANSP"]) == "TRANSPARENT"


def test_vobject_reads_the_file_with_its_alarms(exported):
    import vobject

    _, path = exported
    cal = vobject.readOne(path.read_text(encoding="utf-8"))
    events = list(cal.vevent_list)
    assert len(events) == len(_events(path))
    with_alarms = [e for e in events if hasattr(e, "valarm")]
    assert with_alarms and all(e.valarm.action.value == "DISPLAY" for e in with_alarms)
    assert all(int(e.sequence.value) == 0 for e in events)


def test_a_day_later_one_change_updates_one_event_and_adds_none(exported):
    portfolio, path = exported
    first = _events(path)
    wo = next(w for w in portfolio.work_orders if w.number == DEMO_A)
    d = next(x for x in wo.deliveries if x.first_day and x.status is Status.SCHEDULED)
    d.notes = "Room 4.12, bring the admin accounts"
    render_ics(portfolio, path, "en", TODAY + timedelta(days=1), stamp=STAMP + timedelta(days=1))
    second = _events(path)
    assert second.keys() == first.keys()
    changed = [uid for uid in second if int(second[uid]["SEQUENCE"]) != int(first[uid]["SEQUENCE"])]
    assert changed == [delivery_uid(wo.number, d.ref)]
    ev = second[changed[0]]
    assert int(ev["SEQUENCE"]) == 1 and ev.decoded("LAST-MODIFIED") == STAMP + timedelta(days=1)
    same = second[date_uid(next(c.key for c in contract_dates(wo) if c.kind == "term_end"))]
    assert same.decoded("LAST-MODIFIED") == STAMP and same.decoded("DTSTAMP") == STAMP + timedelta(days=1)


def test_a_date_that_no_longer_applies_is_cancelled_not_dropped(exported):
    portfolio, path = exported
    wo = next(w for w in portfolio.work_orders if w.number == DEMO_A)
    d = next(x for x in wo.deliveries if x.first_day and x.status is Status.SCHEDULED)
    uid = date_uid(f"{wo.number}\x1ffree_change\x1f{d.ref}")
    assert _events(path)[uid].decoded("DTSTART") == last_free_change_day(d.first_day)
    d.status = Status.CANCELLED
    render_ics(portfolio, path, "en", TODAY + timedelta(days=1), stamp=STAMP + timedelta(days=1))
    events = _events(path)
    ev = events[uid]
    assert str(ev["STATUS"]) == "CANCELLED" and int(ev["SEQUENCE"]) == 1
    assert not ev.walk("VALARM") and "no longer applies" in str(ev["DESCRIPTION"])
    assert str(events[delivery_uid(wo.number, d.ref)]["STATUS"]) == "CANCELLED"
    # exported again: still cancelled, nothing changed, the same SEQUENCE
    render_ics(portfolio, path, "en", TODAY + timedelta(days=2), stamp=STAMP + timedelta(days=2))
    again = _events(path)[uid]
    assert str(again["STATUS"]) == "CANCELLED" and int(again["SEQUENCE"]) == 1
    # after the work order's term it is gone with the rest of the work order
    render_ics(portfolio, path, "en", wo.term_end + timedelta(days=1), stamp=STAMP + timedelta(days=40))
    assert uid not in _events(path)


def test_reminder_days_from_the_settings_on_the_command_line(demo_db, tmp_path, capsys):
    from app.cli import main

    out = tmp_path / "c.ics"
    code = main(["calendar", "--db", str(demo_db.path), str(out), "--today", "2026-11-25",
                 "--reminder-days", "10,3", "--lang", "kk"])
    assert code == 0
    events = _events(out)
    alarms = [a for e in events.values() for a in e.walk("VALARM")]
    assert alarms and {a.decoded("TRIGGER") for a in alarms} == {timedelta(days=-10), timedelta(days=-3)}
    assert any(str(e["SUMMARY"]).startswith("Өтінім берудің соңғы күні — ") for e in events.values())
    code = main(["calendar", "--db", str(demo_db.path), str(out), "--reminder-days", "soon"])
    assert code == 2 and "--reminder-days" in capsys.readouterr().err
