"""The one form-dialog base of the window: fields in rows with their problems under them, an
optional "Before you confirm" consequence, problems without a field above the buttons, and OK
that saves through the context's one save path (``ctx.apply``). A refused save keeps the dialog
open with the problems shown; a failed one is said by the context and nothing is pretended.

The dialog opens with the focus on its first field (typing straight into it never presses a
button); a dialog whose OK costs something (a fee, a removal) makes Enter mean Back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFormLayout, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.money import AmountError
from app.services import planning

from .context import SaveFailed
from .failures import plain
from .widgets import AmountField, FieldErrors, buttons


class ConsequenceLabel(QLabel):
    """What confirming will do, in words, before it is done."""

    def __init__(self):
        super().__init__()
        self.setObjectName("consequence")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(60)
        self.setStyleSheet("QLabel { background: #fffdf5; padding: 6px; }")


class FormDialog(QDialog):
    """Subclasses add rows with :meth:`row` and give :meth:`action` (or ``collect`` + ``save``)."""

    #: the field an AmountError from the save belongs to
    amount_field = ""

    def __init__(self, ctx, title: str, ok_text: str, parent=None, *, back_text: str | None = None,
                 consequence: bool = False):
        super().__init__(parent)
        self.ctx, self.lang = ctx, ctx.lang
        self.setWindowTitle(title)
        self.errors = FieldErrors(ctx.lang)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.problems = plain(QLabel())
        self.problems.setObjectName("form_problems")
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.setWordWrap(True)
        self.other = self.problems  # the name the work order dialogs used
        self.box = buttons(ok_text, back_text or self.tr("Cancel"))
        self.box.accepted.connect(self._ok)
        self.box.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        self.consequence = ConsequenceLabel() if consequence else None
        if self.consequence is not None:
            lay.addWidget(QLabel(self.tr("Before you confirm:")))
            lay.addWidget(self.consequence)
        lay.addWidget(self.problems)
        lay.addWidget(self.box)
        self.result_cs = None
        self._field_problems: list[tuple[str, str]] = []
        self._focused = False

    # -- building ----------------------------------------------------------------------------
    def row(self, label: str, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        holder = QVBoxLayout()
        holder.setSpacing(1)
        holder.addWidget(widget)
        holder.addWidget(self.errors.label_for(name, widget))
        self.form.addRow(label, holder)

    def button(self, name: str) -> QPushButton:
        return self.box.findChild(QPushButton, name)

    def enter_means_back(self) -> None:
        """For a dialog whose OK costs a fee or removes something: Enter presses Back."""
        ok, back = self.button("ok"), self.button("cancel")
        ok.setDefault(False)
        ok.setAutoDefault(False)
        back.setDefault(True)

    def first_field(self) -> QWidget | None:
        for r in range(self.form.rowCount()):
            item = self.form.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            widget = item.widget() or (item.layout().itemAt(0).widget() if item.layout() else None)
            if widget is not None and widget.focusProxy() is not None:
                widget = widget.focusProxy()  # a composite field (a date: its text)
            if widget is not None and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            first = self.first_field()
            if first is not None:
                QTimer.singleShot(0, first.setFocus)

    # -- saving ------------------------------------------------------------------------------
    def amount(self, name: str, default=None):
        field = self.findChild(AmountField, name)
        if not field.text().strip() and default is not None:
            return default
        try:
            return field.value()
        except AmountError as exc:
            self._field_problems.append((name, exc.reason))
            return None

    def saving(self):
        """The save to run (no arguments); by default ``save(collect())``."""
        values = self.collect()
        return lambda: self.save(values)

    def collect(self) -> dict:
        raise NotImplementedError

    def save(self, *values):
        raise NotImplementedError

    def _ok(self) -> None:
        self._field_problems = []
        self.problems.clear()
        try:
            action = self.saving()
            if self._field_problems:
                raise planning.ValidationError(self._field_problems)
            self.result_cs = self.ctx.apply(action, self.windowTitle())
        except SaveFailed:
            return  # said, and the data read again; the dialog stays for another try
        except planning.ValidationError as exc:
            self._show(exc.problems)
            return
        except AmountError as exc:
            self._show([(self.amount_field, exc.reason)])
            return
        self.accept()

    def _show(self, problems) -> None:
        rest = self.errors.show(problems)
        self.problems.setText("\n".join(rest))
