"""``balances``: the JSON per work order and entitlement, the worded table, the as-of day; the
credits pool of UES-KZ-2025-014 agrees with its statement's ledger closing balance (81)."""

from __future__ import annotations

import json

import pytest

from .test_cli import run


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_file(request, tmp_path_factory):
    """The demo portfolio on each engine (issue 17): an SQLite file, a team database."""
    if request.param == "sqlite":
        target = tmp_path_factory.mktemp("cli") / "demo.db"
    else:
        target = request.getfixturevalue("pg_server").new()
    r = run("demo", "--db", target, "--today", "2026-11-25")
    assert r.returncode == 0, r.stderr
    return target

A = "UES-KZ-2025-014"
KEYS = ["work_order", "entitlement", "service", "unit", "purchased", "granted", "transferred_in",
        "transferred_out", "scheduled", "delivered", "fees", "expired", "remaining", "available"]


def rows(demo_file, *args):
    r = run("balances", "--db", demo_file, "--json", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_json_per_entitlement(demo_file):
    got = rows(demo_file, "--work-order", A, "--on", "2026-11-25")
    assert all(list(b) == KEYS for b in got) and {b["work_order"] for b in got} == {A}
    kz = next(b for b in got if b["entitlement"] == {"pool": "credits", "country": "KZ"})
    assert {k: kz[k] for k in ("purchased", "granted", "transferred_out", "delivered", "fees", "remaining")} == {
        "purchased": "120", "granted": "0", "transferred_out": "15", "delivered": "12", "fees": "12",
        "remaining": "81"}
    hours = next(b for b in got if b["entitlement"] == {"pool": "hours", "country": "KZ"})
    assert (hours["purchased"], hours["delivered"], hours["remaining"], hours["scheduled"], hours["available"]) == (
        "200", "80", "120", "16", "104")
    assert all(isinstance(b[k], str) for b in got for k in KEYS[4:])


def test_after_the_term_everything_left_is_expired(demo_file):
    got = rows(demo_file, "--work-order", A, "--on", "2030-03-31")
    assert all(b["remaining"] == "0" for b in got)
    kz = next(b for b in got if b["entitlement"] == {"pool": "credits", "country": "KZ"})
    assert kz["expired"] == "81"


def test_text_in_three_languages(demo_file):
    for lang, word in (("en", "credits KZ"), ("ru", "кредиты KZ"), ("kk", "кредиттер KZ")):
        r = run("balances", "--db", demo_file, "--work-order", A, "--on", "2026-11-25", "--lang", lang)
        assert r.returncode == 0 and word in r.stdout, r.stderr


def test_unknown_work_order_is_refused(demo_file):
    r = run("balances", "--db", demo_file, "--work-order", "NOPE")
    assert r.returncode == 1 and "NOPE" in r.stderr
