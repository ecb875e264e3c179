"""The date field as a person uses it: typing in the locale's order or ISO, over a filled date,
emptying it, a wrong date, the calendar's first page, and a reschedule keeping the span."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from app.ui.date_field import DateField, display_format, field_order, keep_span, parse_date


@pytest.fixture(params=["ru", "kk", "en"])
def locale(request):
    old = QLocale().name()
    QLocale.setDefault(QLocale({"ru": "ru_RU", "kk": "kk_KZ", "en": "en_GB"}[request.param]))
    yield request.param
    QLocale.setDefault(QLocale(old))


def typed(qtbot, field: DateField, text: str) -> None:
    field.line.setFocus()
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


def test_typing_in_the_locale_order_and_iso(qtbot, locale):
    f = DateField(optional=True)
    qtbot.addWidget(f)
    assert f.value() is None and f.line.text() == ""  # empty is empty, not 31 Dec 1899
    sep = "/" if locale == "en" else "."
    typed(qtbot, f, f"30{sep}11{sep}2027")
    assert f.value() == date(2027, 11, 30)
    typed(qtbot, f, "2027-12-01")
    assert f.value() == date(2027, 12, 1)
    qtbot.keyClick(f.line, Qt.Key.Key_Return)  # editing finished (Enter, or leaving the field)
    assert f.line.text() == f"01{sep}12{sep}2027"  # shown in the locale's own form


def test_typing_over_a_filled_date_gives_exactly_that_date(qtbot, locale):
    f = DateField()
    qtbot.addWidget(f)
    f.set_value(date(2027, 1, 11))
    sep = "/" if locale == "en" else "."
    typed(qtbot, f, f"30{sep}11{sep}2027")  # QDateEdit kept 01/11/2027 here
    assert f.value() == date(2027, 11, 30)
    assert f.problem() is None


def test_text_that_is_not_a_date_yields_no_date(qtbot, locale):
    f = DateField()
    qtbot.addWidget(f)
    f.set_value(date(2027, 1, 11))
    seen = []
    f.dateChanged.connect(lambda: seen.append(f.value()))
    typed(qtbot, f, "31.02.2027")
    assert f.value() is None and f.problem() == "bad_date"
    assert seen == [None]
    fresh = DateField(optional=False)
    qtbot.addWidget(fresh)
    assert fresh.problem() is None and fresh.value() == date.today()  # a required field starts on today


def test_an_optional_field_can_be_emptied(qtbot, locale):
    f = DateField(optional=True)
    qtbot.addWidget(f)
    f.set_value(date(2027, 5, 5))
    typed(qtbot, f, "")
    qtbot.keyClick(f.line, Qt.Key.Key_Backspace)
    assert f.value() is None and f.problem() is None


def test_the_calendar_opens_at_the_value_else_the_hint_else_today(qtbot, locale):
    f = DateField(optional=True)
    qtbot.addWidget(f)
    f.show()
    f.open_calendar()
    cal = f.popup.calendar
    assert (cal.yearShown(), cal.monthShown()) == (date.today().year, date.today().month)
    f.popup.hide()
    f.set_hint(date(2026, 3, 1))
    f.open_calendar()
    assert (cal.yearShown(), cal.monthShown()) == (2026, 3)
    f.popup.hide()
    f.set_value(date(2028, 8, 9))
    f.open_calendar()
    assert (cal.yearShown(), cal.monthShown()) == (2028, 8)
    cal.setSelectedDate(cal.selectedDate().addDays(3))
    cal.activated.emit(cal.selectedDate())
    assert f.value() == date(2028, 8, 12) and not f.popup.isVisible()


def test_arrow_keys_step_a_day(qtbot, locale):
    f = DateField()
    qtbot.addWidget(f)
    f.set_value(date(2027, 2, 28))
    qtbot.keyClick(f.line, Qt.Key.Key_Up)
    assert f.value() == date(2027, 3, 1)
    qtbot.keyClick(f.line, Qt.Key.Key_Down)
    assert f.value() == date(2027, 2, 28)


def test_a_changed_first_day_moves_the_last_day_by_the_same_span(qtbot, locale):
    first, last = DateField(), DateField()
    qtbot.addWidget(first)
    qtbot.addWidget(last)
    first.set_value(date(2026, 12, 10))
    last.set_value(date(2026, 12, 11))
    keep_span(first, last)
    sep = "/" if locale == "en" else "."
    typed(qtbot, first, f"17{sep}12{sep}2026")
    assert (first.value(), last.value()) == (date(2026, 12, 17), date(2026, 12, 18))
    typed(qtbot, last, f"20{sep}12{sep}2026")  # the last day typed itself stays
    assert last.value() == date(2026, 12, 20)


@pytest.mark.parametrize("text, order, expected", [
    ("30.11.2027", "dmy", date(2027, 11, 30)), ("1/2/27", "dmy", date(2027, 2, 1)),
    ("11/30/2027", "mdy", date(2027, 11, 30)), ("2027-11-30", "mdy", date(2027, 11, 30)),
    ("30 11 2027", "dmy", date(2027, 11, 30)), ("", "dmy", None),
])
def test_parse_date(text, order, expected):
    assert parse_date(text, order) == expected


@pytest.mark.parametrize("text", ["31.02.2027", "12", "30.11.27.1", "30.11.1800", "ab.cd.efgh", "30.11.027"])
def test_parse_date_refuses(text):
    with pytest.raises(ValueError):
        parse_date(text, "dmy")


def test_formats_have_four_digit_years():
    for loc in (QLocale(QLocale.Language.Russian), QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
                QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)):
        fmt = display_format(loc)
        assert "yyyy" in fmt and field_order(fmt) == "dmy", fmt



def test_an_empty_field_shows_its_order_in_letters_not_a_sample_date(qtbot, locale):
    """A grey 30.11.2027 in an empty filter reads as a date that is set; letters do not."""
    f = DateField(optional=True)
    qtbot.addWidget(f)
    hint = f.line.placeholderText()
    assert not any(ch.isdigit() for ch in hint) and len(hint.split(hint[2])) == 3
