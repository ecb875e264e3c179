"""Translations the user sees outside the screens' own words: Qt's standard buttons use the
glossary's words, and the import dialog and the Reports screen are translated in full."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

#: The Linguist sources (the package ships only the compiled .qm files).
I18N = Path(__file__).resolve().parents[2] / "i18n"


def test_a_generic_cancel_is_not_the_glossary_word_for_cancelling_a_delivery(qtbot):
    from app.ui import i18n

    i18n.install("kk")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    words = [b.text() for b in box.buttons()] + [b.text() for b in dialog.findChildren(QPushButton)]
    assert "Болдырмау" in words
    assert not any("Бас тарту" in w for w in words)  # the glossary keeps it for a delivery
    dialog.deleteLater()


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("context", ["ImportDialog", "ReportsScreen"])
def test_every_string_of_the_import_dialog_and_reports_screen_is_translated(lang, context):
    root = ET.parse(I18N / f"app_{lang}.ts").getroot()
    messages = [m for c in root.iter("context") if c.findtext("name") == context for m in c.iter("message")]
    assert len(messages) > 10
    untranslated = [m.findtext("source") for m in messages
                    if not (m.findtext("translation") or "").strip()
                    or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
    assert untranslated == []
