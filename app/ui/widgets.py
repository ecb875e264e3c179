"""Small shared widgets: icons, severity colours, amount and date fields that refuse bad input
at the field with the reason, translated dialog buttons, and a question box."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QColor, QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import texts
from app.domain.enums import Severity, Status
from app.domain.money import AmountError, to_decimal, to_text
from app.messages.validation import reason_text

from .date_field import DateField  # noqa: F401 - the dialogs' date field, re-exported
from .icons import icon  # noqa: F401  (re-exported: the screens import it from here)

SEVERITY_COLOR = {Severity.ERROR: QColor("#c62828"), Severity.WARNING: QColor("#b26a00"),
                  Severity.INFO: QColor("#1565c0")}
SEVERITY_BG = {Severity.ERROR: QColor("#fdecea"), Severity.WARNING: QColor("#fff4d6"),
               Severity.INFO: QColor("#e8f0fb")}
STATUS_COLOR = {Status.PLANNED: QColor("#90a4ae"), Status.REQUESTED: QColor("#f9a825"),
                Status.SCHEDULED: QColor("#1e88e5"), Status.DELIVERED: QColor("#43a047"),
                Status.CANCELLED: QColor("#e57373")}

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

def severity_icon(sev: Severity) -> QIcon:
    return icon(sev.value)


# ------------------------------------------------------------------ formatting

def amount(value: Decimal | None, lang: str) -> str:
    return "" if value is None else texts.fmt_amount(value, lang)


def exact(value: Decimal | None, lang: str) -> str:
    """An amount with every decimal it has (rates like 0.000079), in the locale's format."""
    if value is None:
        return ""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.##########", locale=texts.LOCALES[lang])


def day(value: date | None, lang: str) -> str:
    return texts.fmt_date(value, lang)


def edit_text(value: Decimal | None, lang: str) -> str:
    """An amount as typed in a field: no grouping, the language's decimal mark."""
    if value is None:
        return ""
    s = to_text(value)
    return s.replace(".", ",") if lang in ("kk", "ru") else s


_SPACES = re.compile(r"[\s\u00a0\u202f']")


def parse_amount(text: str, lang: str) -> Decimal:
    """What a person typed as an amount -> Decimal; raises AmountError(reason)."""
    s = _SPACES.sub("", text or "")
    if not s:
        raise AmountError("required", text)
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in s:
        grouping = lang == "en" and re.fullmatch(r"-?\d{1,3}(,\d{3})+", s)
        s = s.replace(",", "") if grouping else s.replace(",", ".")
    return to_decimal(s)


AMOUNT_REASONS = {"not_a_number": "not_a_number", "not_finite": "too_large", "too_large": "too_large",
                  "required": "required"}


def amount_reason(reason: str, lang: str) -> str:
    if reason == "not_a_number":
        return QCoreApplication.translate("Common", "is not a number")
    return reason_text(AMOUNT_REASONS.get(reason, reason), lang)


class AmountField(QLineEdit):
    """An amount field: only digits, a sign, separators can be typed; value() parses it."""

    def __init__(self, lang: str, parent: QWidget | None = None, allow_negative: bool = False):
        super().__init__(parent)
        self.lang = lang
        sign = "[-+]?" if allow_negative else ""
        self.setValidator(QRegularExpressionValidator(
            QRegularExpression(rf"^{sign}[0-9 \x{{00a0}}\x{{202f}}]{{0,18}}([.,][0-9]{{0,10}})?$"), self))
        self.setAlignment(RIGHT)

    def value(self) -> Decimal:
        return parse_amount(self.text(), self.lang)

    def set_value(self, value: Decimal | None) -> None:
        self.setText(edit_text(value, self.lang))


class FieldErrors:
    """Reasons shown under the fields they concern (red text, red frame)."""

    def __init__(self, lang: str):
        self.lang = lang
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, name: str, widget: QWidget) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(f"error_{name}")
        label.setStyleSheet("color: #c62828;")
        label.setWordWrap(True)
        label.hide()
        self.fields[name] = (widget, label)
        return label

    def clear(self) -> None:
        for widget, label in self.fields.values():
            label.clear()
            label.hide()
            widget.setStyleSheet("")

    def show(self, problems: list[tuple[str, str]], words: dict[str, str] | None = None) -> list[str]:
        """Show each (field, reason); return lines for problems without a field on screen."""
        self.clear()
        rest = []
        for name, reason in problems:
            text = reason_text(reason, self.lang) if reason in _KNOWN else amount_reason(reason, self.lang)
            if name in self.fields:
                widget, label = self.fields[name]
                label.setText(text)
                label.show()
                widget.setStyleSheet("border: 1px solid #c62828;")
            else:
                rest.append(f"{(words or {}).get(name, name)}: {text}")
        return rest

    def error(self, name: str) -> str:
        return self.fields[name][1].text() if name in self.fields else ""


def _known():
    from app.messages.validation import reasons

    return set(reasons())


_KNOWN = _known()


def buttons(ok_text: str, cancel_text: str | None = None) -> QDialogButtonBox:
    """A button box with our own translated words (Qt's may lack the language)."""
    box = QDialogButtonBox()
    ok = QPushButton(ok_text)
    ok.setObjectName("ok")
    ok.setDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = QPushButton(cancel_text or QCoreApplication.translate("Common", "Cancel"))
    cancel.setObjectName("cancel")
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    return box


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None,
        icon_kind: QMessageBox.Icon = QMessageBox.Icon.Question, default_no: bool = False) -> bool:
    """Ask ``text``; True when ``yes`` is pressed. ``default_no``: Enter presses the other
    button (a removal: a stray Enter keeps the record)."""
    box = QMessageBox(icon_kind, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("ask")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it may quote user text: shown literally
    y = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    y.setObjectName("yes")
    n = box.addButton(no or QCoreApplication.translate("Common", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    n.setObjectName("no")
    box.setDefaultButton(n if default_no else y)
    box.exec()
    return box.clickedButton() is y


def inform(parent: QWidget | None, title: str, text: str,
           icon_kind: QMessageBox.Icon = QMessageBox.Icon.Warning) -> None:
    box = QMessageBox(icon_kind, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("inform")
    box.setTextFormat(Qt.TextFormat.PlainText)  # it may quote user text: shown literally
    box.addButton(QCoreApplication.translate("Common", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def problems_text(problems, words: dict[str, str], lang: str) -> str:
    return "\n".join(f"{words.get(f, f)}: {reason_text(r, lang)}" for f, r in problems)



#: How many rows a table's "size columns to contents" looks at (Qt's default is 1,000 rows, and
#: every row when the view is not shown yet: seconds over a portfolio's findings).
SIZING_ROWS = 50


def limit_sizing(view) -> None:
    """Let ``resizeColumnsToContents`` look at the first rows only (and the visible ones)."""
    view.verticalHeader().setResizeContentsPrecision(SIZING_ROWS)
    view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)


def fill_combo(combo, items: list[tuple[str, object]], current: object = None) -> None:
    """Replace a combo's items with (text, data) pairs and select ``current``."""
    combo.blockSignals(True)
    combo.clear()
    from .failures import shown

    for text, data in items:
        combo.addItem(shown(text), data)
    if current is not None:
        i = combo.findData(current)
        if i >= 0:
            combo.setCurrentIndex(i)
    combo.blockSignals(False)


CURRENCY_VALIDATOR = QRegularExpressionValidator(QRegularExpression("^[A-Za-z]{0,3}$"))


class _TableKeys(QObject):
    """Enter or F2 on a table opens the selected row's edit dialog, Delete removes it (after the
    removal's own question), as in a spreadsheet or a file manager."""

    def __init__(self, view: QWidget, edit, remove):
        super().__init__(view)
        self.edit, self.remove = edit, remove

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and self.edit is not None:
                self.edit()
                return True
            if key == Qt.Key.Key_Delete and self.remove is not None:
                self.remove()
                return True
        return False


def table_keys(view: QWidget, edit=None, remove=None) -> QObject:
    """Enter/F2 call ``edit()``, Delete calls ``remove()`` on ``view`` (see _TableKeys)."""
    keys = _TableKeys(view, edit, remove)
    view.installEventFilter(keys)
    return keys
