"""The Qt binding must not leak references to Python's singletons: PySide6 6.12.0 takes one from
None on each call of a void method, and a long session then aborts ("none_dealloc")."""

import sys

from PySide6.QtWidgets import QLineEdit


def test_calls_into_qt_keep_none_and_bools_alive(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2000):
        edit.setText(str(i % 7))
        edit.setReadOnly(i % 2 == 0)
        edit.isReadOnly()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(abs(a - b) < 50 for a, b in zip(before, after, strict=True)), (before, after)
