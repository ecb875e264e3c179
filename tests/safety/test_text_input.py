"""Text and amounts typed in fields: refused with the field and the reason, or kept literally;
a refusal writes nothing."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from sqlmodel import func, select

from app.domain.enums import Mode, Status
from app.domain.model import Delivery
from app.domain.money import MAX_AMOUNT, AmountError, to_decimal
from app.domain.validation import MAX_TEXT, check_text
from app.messages.validation import reason_text
from app.services import planning
from app.store.tables import History

from .helpers import make_db

RTL = "شركة الاتصالات — עברית \u202eabc\u202c"  # Arabic, Hebrew and an override mark
COMBINING = "Қазақстан e\u0301 a\u0308\u0304 Z\u0351\u0352\u0353 \U0001f469\u200d\U0001f4bb"


def problems(text, required=False):
    p = []
    check_text(p, "title", text, required)
    return p


def test_text_of_100000_characters_is_refused():
    assert problems("x" * 100_000) == [("title", "too_long")]
    assert problems("ж" * MAX_TEXT) == []
    assert problems("ж" * (MAX_TEXT + 1)) == [("title", "too_long")]
    assert reason_text("too_long", "kk") == "мәтін тым ұзын"


@pytest.mark.parametrize("text", ["a\x00b", "bell\x07", "esc\x1b[31m", "del\x08", "x\x0b"])
def test_control_characters_are_refused(text):
    assert problems(text) == [("title", "control_chars")]


@pytest.mark.parametrize("text", ["\x0b\x1f", "bad \ud800 surrogate"])
def test_control_only_text_and_lone_surrogates_are_refused(text):
    assert problems(text) != []


@pytest.mark.parametrize("text", [RTL, COMBINING, "line one\nline two\ttab", "=SUM(A1)", "  "])
def test_rtl_combining_and_formula_like_text_is_accepted(text):
    assert problems(text) == []


@pytest.mark.parametrize("value,reason", [
    ("NaN", "not_finite"), ("nan", "not_finite"), ("sNaN", "not_finite"),
    ("Infinity", "not_finite"), ("-inf", "not_finite"),
    ("1e400", "too_large"), (str(MAX_AMOUNT + 1), "too_large"), ("-1" + "0" * 30, "too_large"),
    (float("nan"), "not_a_number"), (float("inf"), "not_a_number"), (1.5, "not_a_number"),
    (True, "not_a_number"), ("12,5", "not_a_number"), ("", "not_a_number"), ("1" * 100_000, "too_large"),
])
def test_bad_amounts_are_refused(value, reason):
    with pytest.raises(AmountError) as exc:
        to_decimal(value)
    assert exc.value.reason == reason


def test_good_amounts_are_exact():
    assert to_decimal(" 12.50 ") == Decimal("12.50")
    assert to_decimal(str(MAX_AMOUNT)) == MAX_AMOUNT
    assert to_decimal("0.000000000001") == Decimal("1E-12")


@pytest.fixture
def planner(tmp_path):
    db = make_db(tmp_path / "planner.db")
    yield db
    db.close()


def _history_rows(db) -> int:
    with db.read() as s:
        return s.exec(select(func.count()).select_from(History)).one()


def delivery(db, title, ref="D-001", credits=Decimal("4")):
    loc = planning.work_order(db, "WO-1").locations[0].id
    return Delivery(id=None, ref=ref, service="WORKSHOPS", title=title, location_id=loc, mode=Mode.REMOTE, status=Status.PLANNED, requested_on=None, first_day=None,
                    last_day=None, credits=credits, hours=Decimal("0"), changed_on=None, moved_from=None, fee=Decimal("0"), line_no=None, notes="")


def test_rtl_and_combining_text_is_stored_literally(planner):
    title = RTL + " " + COMBINING
    planning.create_delivery(planner, "WO-1", delivery(planner, title))
    got = planning.work_order(planner, "WO-1").deliveries[0].title
    assert got == title  # not normalised, not reordered, not stripped
    assert unicodedata.normalize("NFC", got) != got


@pytest.mark.parametrize("field,value,reason", [
    ("title", "x" * 100_000, "too_long"),
    ("title", "tab ok but NUL\x00", "control_chars"),
    ("credits", Decimal("NaN"), "too_large"),
    ("credits", Decimal("Infinity"), "too_large"),
    ("credits", Decimal("1e40"), "too_large"),
    ("credits", Decimal("-3"), "negative"),
])
def test_a_refused_field_writes_nothing(planner, field, value, reason):
    before = _history_rows(planner)
    kwargs = {"title": "ok", "credits": Decimal("4")}
    kwargs[field] = value
    with pytest.raises(planning.ValidationError) as exc:
        planning.create_delivery(planner, "WO-1", delivery(planner, **kwargs))
    assert (field, reason) in exc.value.problems
    assert planning.work_order(planner, "WO-1").deliveries == []
    assert _history_rows(planner) == before


def test_nan_amount_in_an_edit_writes_nothing(planner):
    before = _history_rows(planner)
    with pytest.raises(planning.ValidationError):
        planning.update_work_order(planner, "WO-1", base_amount=Decimal("NaN"))
    assert planning.work_order(planner, "WO-1").base_amount == Decimal("500000")
    assert _history_rows(planner) == before
