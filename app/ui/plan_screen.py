"""Plan: the deliveries of the current work order as a table and a timeline; the actions that
fit the selected delivery's status, each through a dialog that states what it costs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import texts
from app.domain.catalog import catalog
from app.domain.dates import last_free_change_day, last_request_day
from app.domain.enums import Severity, Status
from app.domain.money import ZERO

from .columns import ColumnChooser
from .context import SaveFailed
from .failures import plain, shown
from .filters import FilterRow
from .find import install_find
from .models import Column, RowsModel
from .plan_dialogs import ACTIONS_BY_STATUS, ActionDialog, DeliveryDialog, findings_html
from .widgets import (
    SEVERITY_COLOR,
    STATUS_COLOR,
    amount,
    ask,
    day,
    inform,
    problems_text,
    severity_icon,
    table_keys,
)
from .workorder_screen import table, tool_button


class DetailsPane(QWidget):
    """The selected delivery: its heading and every value as plain text (a title or a note from
    a workbook is shown as typed, never as formatting), then its findings."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("delivery_details")
        self.title = plain(QLabel())
        self.title.setObjectName("delivery_title")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(8)
        self.grid.setColumnStretch(1, 1)
        self.findings = QLabel()
        self.findings.setObjectName("delivery_findings")
        self.findings.setTextFormat(Qt.TextFormat.RichText)  # built from escaped text only
        self.findings.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addLayout(self.grid)
        lay.addWidget(self.findings)
        lay.addStretch(1)
        self._rows: list[tuple[QLabel, QLabel]] = []

    def show_nothing(self, text: str) -> None:
        self.show_delivery(text, [], "")

    def show_delivery(self, heading: str, rows: list[tuple[str, str]], findings: str) -> None:
        self.title.setText(shown(heading))
        while len(self._rows) < len(rows):
            key, value = plain(QLabel()), plain(QLabel())
            key.setStyleSheet("color: #607d8b;")
            key.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            n = len(self._rows)
            self.grid.addWidget(key, n, 0)
            self.grid.addWidget(value, n, 1)
            self._rows.append((key, value))
        for i, (key, value) in enumerate(self._rows):
            on = i < len(rows)
            key.setVisible(on)
            value.setVisible(on)
            if on:
                key.setText(shown(rows[i][0]))
                value.setText(shown(rows[i][1]))
        self.findings.setText(findings)
        self.findings.setVisible(bool(findings))

    def text(self) -> str:
        """Everything shown, as plain text (tests, accessibility)."""
        lines = [self.title.text()]
        lines += [f"{k.text()}: {v.text()}" for k, v in self._rows if not k.isHidden()]
        if self.findings.isVisible():
            lines.append(self.findings.text())
        return "\n".join(lines)


class PlanScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.lang
        cat = catalog()
        self.title = plain(QLabel())
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.info = plain(QLabel())
        self.info.setObjectName("plan_info")

        def loc(d):
            wo = self.ctx.work_order()
            lo = wo.location(d.location_id) if wo else None
            return lo.country if lo else "—"

        def quantity(d):
            """(amount, text): how much of its line's unit it uses, for lines not in credits or
            hours (those have their columns): attendees, sessions, working days…"""
            from app.domain.balances import delivery_country, delivery_quantity
            from app.domain.enums import Unit
            from app.domain.rules import line_of

            wo = self.ctx.work_order()
            line = line_of(wo, d) if wo else None
            if line is None or line.unit in (Unit.CREDITS, Unit.HOURS):
                return ZERO, ""
            n = delivery_quantity(d, line.unit, delivery_country(wo, d))
            return n, texts.count(f"unit.{line.unit.value}", n, lang)  # "1 место", "5 мест"

        def free_day(d):
            """R-CANCEL-14's last free change day, for a delivery it still applies to."""
            if d.status not in (Status.SCHEDULED, Status.REQUESTED) or not d.first_day:
                return None
            return last_free_change_day(d.first_day)

        def free_colour(d):
            free = free_day(d)
            return SEVERITY_COLOR[Severity.WARNING] if free and free < self.ctx.today else None

        self._marks: dict[str, list] = {}  # delivery ref -> its findings, worst first

        def mark(d):
            own = self._marks.get(d.ref)
            return severity_icon(own[0].severity) if own else None

        def mark_tip(d):
            own = self._marks.get(d.ref)
            return "\n".join(f"{texts.word('severity', f.severity.value, lang)}: {texts.message(f, lang)}"
                             for f in own) if own else ""

        cols = [
            Column(self.tr("Ref"), lambda d: d.ref, icon=mark, tooltip=mark_tip,
                   sort=lambda d: (self._marks[d.ref][0].severity.rank if d.ref in self._marks else 9, d.ref)),
            Column(self.tr("Status"), lambda d: texts.word("status", d.status.value, lang),
                   sort=lambda d: list(Status).index(d.status),
                   foreground=lambda d: STATUS_COLOR[d.status].darker(150), key="status"),
            Column(self.tr("Title"), lambda d: d.title, tooltip=lambda d: d.title, key="title"),
            Column(self.tr("First day"), lambda d: day(d.first_day, lang), sort=lambda d: d.first_day, key="first"),
            Column(self.tr("Last day"), lambda d: day(d.last_day, lang), sort=lambda d: d.last_day, key="last"),
            Column(self.tr("Last free day"), lambda d: day(free_day(d), lang), sort=free_day, key="free",
                   foreground=free_colour),
            Column(self.tr("Credits"), lambda d: amount(d.credits, lang) if d.credits else "",
                   sort=lambda d: d.credits, right=True, key="credits"),
            Column(self.tr("Hours"), lambda d: amount(d.hours, lang) if d.hours else "",
                   sort=lambda d: d.hours, right=True, key="hours"),
            Column(self.tr("Fee"), lambda d: amount(d.fee, lang) if d.fee else "", sort=lambda d: d.fee, right=True,
                   key="fee"),
            Column(self.tr("Quantity"), lambda d: quantity(d)[1], sort=lambda d: quantity(d)[0], right=True,
                   key="quantity"),
            Column(self.tr("Service"), lambda d: cat.get(d.service).name(lang) if cat.get(d.service) else d.service,
                   tooltip=lambda d: cat.get(d.service).name(lang) if cat.get(d.service) else d.service,
                   key="service"),
            Column(self.tr("Location"), loc, key="location"),
            Column(self.tr("Mode"), lambda d: texts.word("mode", d.mode.value, lang), key="mode"),
            Column(self.tr("Requested on"), lambda d: day(d.requested_on, lang), sort=lambda d: d.requested_on,
                   key="requested"),
        ]
        self._width_caps = {"title": 160, "service": 150, "status": 110}
        # the view shows the model itself: it sorts in place (no proxy, nothing to filter here)
        self.model = RowsModel(cols, parent=self)
        self.view = table("deliveries_table", stretch=True,
                          hint=self.tr("No deliveries yet: add one with New…, or import a workbook."))
        self.view.setModel(self.model)
        self.view.setWordWrap(False)  # one line a row; a long title or service is elided, whole in its tooltip
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.columns = ColumnChooser(self.view, "plan", ctx.settings, default_hidden={"mode", "requested"})
        self.find = install_find(self, self.view)  # Ctrl+F
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as planned
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        # the filter row: status, service, location and dates, combined with Ctrl+F's words
        self.filters = FilterRow("plan_filters")
        self.filters.add_combo("status", "", self.tr("All statuses"),
                               [(texts.word("status", st.value, lang), st.value) for st in Status], 10)
        self.filters.add_combo("service", "", self.tr("All services"), [], 14)
        self.filters.add_combo("location", "", self.tr("All locations"), [], 8)
        self.filters.add_dates(self.tr("Dates"), "–")
        self.filters.finish(self.tr("Clear filters"))
        self.filters.changed.connect(self._apply_filters)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        table_keys(self.view, self.edit, lambda: self.buttons["remove"].isEnabled() and self.act("remove"))

        self.buttons = {}
        bar = QHBoxLayout()
        spec = [("new", self.tr("New…"), "add"), ("edit", self.tr("Edit…"), "edit"),
                ("request", self.tr("Request…"), "plan"), ("schedule", self.tr("Schedule…"), "plan"),
                ("deliver", self.tr("Deliver…"), "credits"), ("reschedule", self.tr("Reschedule…"), "plan"),
                ("cancel", self.tr("Cancel…"), "remove"), ("reverse", self.tr("Reverse…"), "undo"),
                ("remove", self.tr("Remove"), "remove")]
        for key, text, ic in spec:
            b = tool_button(text, ic, f"plan_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.act(k))
            self.buttons[key] = b
            bar.addWidget(b)
        bar.addStretch()

        from .timeline import Timeline

        self.timeline = Timeline()
        self.timeline.selected.connect(self.select)
        scroll = QScrollArea()
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        self.details = DetailsPane()
        self.details.setMinimumWidth(210)
        details_scroll = QScrollArea()
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setMinimumWidth(230)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.view)
        upper.addWidget(details_scroll)
        upper.setStretchFactor(0, 4)
        upper.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("plan_splitter")
        self.splitter.addWidget(upper)
        # the timeline zooms term / quarter / month; a month calendar beside it
        from PySide6.QtWidgets import QComboBox, QTabWidget, QToolButton

        from .month_view import MonthView
        from .widgets import fill_combo

        self.zoom = QComboBox()
        self.zoom.setObjectName("timeline_zoom")
        fill_combo(self.zoom, [(self.tr("Term"), "term"), (self.tr("Quarter"), "quarter"), (self.tr("Month"), "month")])
        self.zoom.currentIndexChanged.connect(lambda _i: self._zoom())
        self.zoom_prev, self.zoom_next = QToolButton(), QToolButton()
        for b, n, text, tip in ((self.zoom_prev, -1, "◀", self.tr("Earlier")), (self.zoom_next, 1, "▶", self.tr("Later"))):
            b.setText(text)
            b.setToolTip(tip)
            b.setObjectName("timeline_prev" if n < 0 else "timeline_next")
            b.clicked.connect(lambda _c=False, k=n: (self.timeline.step(k), self.timeline.update()))
        zoom_bar = QHBoxLayout()
        zoom_bar.addWidget(QLabel(self.tr("Show")))
        zoom_bar.addWidget(self.zoom)
        zoom_bar.addWidget(self.zoom_prev)
        zoom_bar.addWidget(self.zoom_next)
        zoom_bar.addStretch()
        timeline_box = QWidget()
        tl = QVBoxLayout(timeline_box)
        tl.setContentsMargins(0, 2, 0, 0)
        tl.addLayout(zoom_bar)
        tl.addWidget(scroll, 1)
        self.month = MonthView()
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setObjectName("plan_lower_tabs")
        self.lower_tabs.addTab(timeline_box, self.tr("Timeline"))
        self.lower_tabs.addTab(self.month, self.tr("Month"))
        self.splitter.addWidget(self.lower_tabs)
        self._zoom()
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.info)
        lay.addLayout(bar)
        lay.addWidget(self.filters)
        lay.addWidget(self.splitter, 1)
        self.refresh()

    def timeline_words(self) -> dict[str, str]:
        return {"today": self.tr("Today"), "last_request": self.tr("Last request day"),
                "term_end": self.tr("Term end"), "no_dates": self.tr("no dates yet"),
                "empty": self.tr("No work order selected")}

    def month_words(self) -> dict[str, str]:
        return {"last_request": self.tr("Last request day"), "free_change": self.tr("Last free day"),
                "aem_confirm": self.tr("Confirm the event in writing"), "uer_onboard": self.tr("Onboarding due"),
                "sab_convert": self.tr("Convert SAB days"), "flex_year_end": self.tr("Flex year ends"),
                "term_end": self.tr("Term end"), "holidays": self.tr("Public holidays"),
                "nothing": self.tr("Nothing planned this month.")}

    def _zoom(self) -> None:
        zoom = self.zoom.currentData() or "term"
        self.timeline.set_zoom(zoom, self.ctx.today)
        for b in (self.zoom_prev, self.zoom_next):
            b.setEnabled(zoom != "term")

    def refresh(self) -> None:
        wo = self.ctx.work_order()
        current = self.current_ref()
        lang = self.ctx.lang
        if wo is None:
            self.title.setText(self.tr("Plan"))
            self.info.setText(self.tr("No work order selected"))
            self.model.set_rows([])
        else:
            self.title.setText(shown(f"{self.tr('Plan')} · {wo.number} · {wo.customer}"))
            self.info.setText(self.tr("Term %1 – %2 · last request day %3 · cancellation fee %4%")
                              .replace("%1", day(wo.term_start, lang)).replace("%2", day(wo.term_end, lang))
                              .replace("%3", day(last_request_day(wo.term_end), lang))
                              .replace("%4", amount(wo.cancel_fee_pct, lang)))
            self.model.set_rows(wo.deliveries)
        self._filter_choices(wo)
        self._marks = self._findings_by_delivery(wo)
        self.view.resizeColumnsToContents()
        self._fit_columns()
        self.timeline.set_data(wo, self.ctx.today, lang, self.timeline_words())
        if hasattr(self, "month"):
            self.month.set_data(wo, self.ctx.today, lang, self.month_words())
        if current or self.model.rows:
            self.select(current or self.model.rows[0].ref)
        self._selection_changed()

    def _filter_choices(self, wo) -> None:
        cat, lang = catalog(), self.ctx.lang
        services = sorted({d.service for d in wo.deliveries} if wo else set())
        self.filters.set_items("service", [(cat.get(s).name(lang) if cat.get(s) else s, s) for s in services])
        self.filters.set_items("location", [(loc.country, loc.id) for loc in wo.locations] if wo else [])
        self._apply_filters()

    def _apply_filters(self) -> None:
        from .filters import overlaps

        f = self.filters
        status, service, location = f.value("status"), f.value("service"), f.value("location")
        lo, hi = f.dates()
        rows = self.model.rows

        def keep(r: int) -> bool:  # (the model's rows as they are now: sorting replaces the list)
            now = self.model.rows
            d = now[r] if r < len(now) else None
            if d is None:
                return True
            return ((status is None or d.status.value == status) and (service is None or d.service == service)
                    and (location is None or d.location_id == location)
                    and overlaps(d.first_day or d.requested_on, d.last_day or d.first_day or d.requested_on, lo, hi))

        self.find.set_row_filter(keep if f.active() else None)
        shown = self.find.shown if f.active() else len(rows)
        self.filters.count.setText(self.tr("%1 of %2 deliveries").replace("%1", str(shown))
                                   .replace("%2", str(len(rows))) if f.active() else "")

    def _findings_by_delivery(self, wo) -> dict[str, list]:
        if wo is None:
            return {}
        out: dict[str, list] = {}
        for f in self.ctx.findings_of(wo.number):
            if f.subject.kind == "delivery":
                out.setdefault(f.subject.key, []).append(f)
        for own in out.values():
            own.sort(key=lambda f: f.severity.rank)
        return out

    def _fit_columns(self) -> None:
        """Text columns no wider than their cap; a number or date column as wide as its values
        (its title elided when longer, whole in its tooltip)."""
        fm = self.view.fontMetrics()
        for c, col in enumerate(self.model.columns):
            cap = self._width_caps.get(col.key)
            if cap is None and (col.right or col.key in ("first", "last", "free", "requested")):
                widest = max((fm.horizontalAdvance(col.text(d)) for d in self.model.rows[:200]), default=0)
                cap = max(widest + 18, fm.horizontalAdvance(day(self.ctx.today, self.ctx.lang)) + 18
                          if not col.right else 56)
            if cap is not None:
                self.view.setColumnWidth(c, min(self.view.columnWidth(c), cap))

    def current_ref(self) -> str:
        d = self.current()
        return d.ref if d else ""

    def current(self):
        return self.model.row(self.view.currentIndex())

    def select(self, ref: str) -> None:
        for r, d in enumerate(self.model.rows):
            if d.ref == ref:
                self.view.setCurrentIndex(self.model.index(r, 0))
                self.view.scrollTo(self.view.currentIndex())
                return

    def _selection_changed(self) -> None:
        d = self.current()
        editable = not self.ctx.readonly and self.ctx.work_order() is not None
        allowed = set(ACTIONS_BY_STATUS[d.status]) if d else set()
        for key, b in self.buttons.items():
            if key == "new":
                b.setEnabled(editable)
            elif key in ("edit", "remove"):
                b.setEnabled(editable and d is not None and (key == "edit" or key in allowed))
            else:
                b.setEnabled(editable and key in allowed)
        self.timeline.set_current(d.ref if d else "")
        if d:
            self.details.show_delivery(*self._details(d))
        else:
            self.details.show_nothing(self.tr("Select a delivery to see its details."))

    def _details(self, d) -> tuple[str, list[tuple[str, str]], str]:
        """The delivery's heading, its (label, value) rows, its findings as (escaped) rich text."""
        lang = self.ctx.lang
        wo = self.ctx.work_order()
        svc = catalog().get(d.service)
        own = [f for f in self.ctx.findings_of(wo.number) if f.subject.kind == "delivery" and f.subject.key == d.ref] \
            if wo is not None else []
        rows = [
            (self.tr("Status"), texts.word("status", d.status.value, lang)),
            (self.tr("Service"), f"{svc.mark} {svc.name(lang)}" if svc else d.service),
            (self.tr("Mode"), texts.word("mode", d.mode.value, lang)),
            (self.tr("Requested on"), day(d.requested_on, lang) or "—"),
            (self.tr("First day"), day(d.first_day, lang) or "—"),
            (self.tr("Last day"), day(d.last_day, lang) or "—"),
            (self.tr("Credits"), amount(d.credits, lang)),
            (self.tr("Hours"), amount(d.hours, lang)),
        ]
        if d.moved_from:
            rows.append((self.tr("Moved from"), day(d.moved_from, lang)))
        if d.changed_on:
            rows.append((self.tr("Changed on"), day(d.changed_on, lang)))
        if d.fee:
            rows.append((self.tr("Fee"), amount(d.fee, lang)))
        if d.notes:
            rows.append((self.tr("Notes"), d.notes))
        heading = f"{d.ref} · {d.title}" if d.title else d.ref
        return heading, rows, findings_html(own, lang) if own else ""

    def act(self, key: str) -> None:
        wo = self.ctx.work_order()
        if wo is None or self.ctx.readonly:
            return
        d = self.current()
        if key == "new":
            dlg = DeliveryDialog(self.ctx, wo, None, self)
            if dlg.exec() and dlg.result_cs:
                self.refresh()
            return
        if d is None:
            return
        if key == "edit":
            DeliveryDialog(self.ctx, wo, d, self).exec()
        elif key == "remove":
            if ask(self, self.tr("Remove delivery"),
                   self.tr("Remove the planned delivery %1?").replace("%1", d.ref), self.tr("Remove"),
                   default_no=True):
                from app.services import planning

                try:
                    self.ctx.apply(lambda: planning.delete_delivery(self.ctx.db, wo.number, d.ref),
                                   self.tr("Remove delivery"))
                except SaveFailed:
                    pass  # said, and the plan read again
                except planning.ValidationError as exc:
                    inform(self, self.tr("Not saved"), problems_text(exc.problems, {}, self.ctx.lang))
        else:
            ActionDialog(self.ctx, wo, d, key, self).exec()
        self.select(d.ref)

    def edit(self) -> None:
        if self.buttons["edit"].isEnabled():
            self.act("edit")

    def show_subject(self, kind: str, key: str) -> None:
        if kind == "delivery":
            self.select(key)
