"""Issue 16: the Location dialog takes the country's name in Kazakh, Russian or English (and the
code), as typed into its field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from tests.ui.conftest import rows, when_modal
from tests.ui.test_find import type_text

KG = "UES-KG-2026-003"  # the demo's work order with KG (host) and KZ: no Armenia, no Georgia


@pytest.mark.parametrize("lang, typed, code", [
    ("en", "Armenia", "AM"),
    ("ru", "Армения", "AM"),
    ("kk", "Армения", "AM"),
    ("kk", "Грузия", "GE"),  # Russian typed in the Kazakh interface: still known
    ("ru", "Georgia", "GE"),
    ("en", "am", "AM"),
])
def test_a_typed_country_name_is_saved_as_its_code(qtbot, make_window, demo_db, lang, typed, code):
    window = make_window(demo_db, lang)
    window.ctx.set_current(KG)
    window.show_screen("workorder")
    screen = window.screens["workorder"]

    def fill(d):
        combo = d.findChild(QComboBox, "country")
        combo.setFocus()
        type_text(combo.lineEdit(), typed)
        d.findChild(QLineEdit, "currency").setText("USD")
        d.findChild(QLineEdit, "rate_to_usd").setText("1")
        d.findChild(QLineEdit, "credit_value").setText("500")
        d.findChild(QPushButton, "ok").click()

    when_modal(fill)
    screen.findChild(QPushButton, "add_location").click()
    assert rows(demo_db, "SELECT l.country FROM location l JOIN work_order w ON w.id=l.work_order_id "
                "WHERE w.number=? AND l.country=?", KG, code) == [(code,)]


def test_a_name_that_is_no_country_is_refused_at_the_field(qtbot, window, demo_db):
    window.ctx.set_current(KG)
    window.show_screen("workorder")
    seen = {}

    def fill(d):
        combo = d.findChild(QComboBox, "country")
        type_text(combo.lineEdit(), "Atlantis")
        d.findChild(QLineEdit, "currency").setText("USD")
        d.findChild(QLineEdit, "rate_to_usd").setText("1")
        d.findChild(QLineEdit, "credit_value").setText("500")
        d.findChild(QPushButton, "ok").click()
        seen["visible"] = d.isVisible()
        seen["error"] = d.findChild(QLabel, "error_country").text()
        d.reject()

    before = rows(demo_db, "SELECT count(*) FROM location")
    when_modal(fill)
    window.screens["workorder"].findChild(QPushButton, "add_location").click()
    assert seen["visible"] and seen["error"]
    assert rows(demo_db, "SELECT count(*) FROM location") == before


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_import_preview_shows_values_in_words(qtbot, db, tmp_path, lang):
    from app import texts
    from app.ui import i18n
    from app.ui.import_dialog import ImportDialog
    from tests.workbook.conftest import full_sheets
    from tests.workbook.xlsx import make_xlsx

    i18n.install(lang)
    path = tmp_path / "in.xlsx"
    make_xlsx(path, full_sheets())
    dlg = ImportDialog(db, lang)
    qtbot.addWidget(dlg)
    dlg.load(path)
    qtbot.waitUntil(lambda: dlg.plan is not None and not dlg.tasks.running, timeout=30000)
    model = dlg.changes_view.model()
    values = "\n".join(model.data(model.index(r, 5)) for r in range(model.rowCount()))
    for vocab, value in (("role", "host"), ("role", "downstream"), ("status", "scheduled"),
                         ("funding", "additional"), ("unit", "seats"), ("kind", "grant")):
        assert texts.word(vocab, value, lang) in values, (vocab, value)
    for raw in (": host", ": downstream", ": scheduled", ": additional", ": seats", ": grant", "2026-04-06"):
        assert raw not in values
    dlg.tasks.wait()
