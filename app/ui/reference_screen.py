"""Contract reference: the seed's tables the planner shows and does not check (issue 13) for the
current work order: initial response targets, business hours and the locations' holidays, the
flex allowance per year, the rules with their sections. Read-only; the rows come from
app.services.reference, the words from app/messages/reference.py."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from app.messages import t
from app.services.reference import reference_of

CSS = """
body { font-size: 10pt; color: #263238; }
h1 { font-size: 14pt; margin: 0 0 2px 0; }
h2 { font-size: 11pt; margin: 14px 0 4px 0; color: #1565c0; }
p.sub, p.note { color: #607d8b; margin: 2px 0; }
table { border-collapse: collapse; }
th { background: #eceff1; text-align: left; padding: 3px 6px; }
td { padding: 3px 6px; vertical-align: top; }
"""


def _table_html(table) -> str:
    out = [f"<h2>{escape(table.title)}</h2>"]
    if table.rows:
        out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">')
        out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in table.head) + "</tr>")
        for row in table.rows:
            out.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>")
        out.append("</table>")
    if table.note:
        out.append(f'<p class="note">{escape(table.note)}</p>')
    return "".join(out)


def reference_html(ref) -> str:
    """The whole reference as one HTML page (what the screen shows)."""
    parts = [f"<h1>{escape(ref.title)}</h1>", f'<p class="sub">{escape(ref.subtitle)}</p>',
             f'<p class="note">{escape(ref.shown)}</p>', _table_html(ref.targets),
             f"<h2>{escape(t('ref.hours.title', ref.lang))}</h2><p>{escape(ref.hours)}</p>"]
    parts += [_table_html(h) for h in ref.holidays]
    if ref.flex is not None:
        parts.append(_table_html(ref.flex))
    else:
        parts.append(f"<h2>{escape(t('ref.flex.title', ref.lang))}</h2><p>{escape(ref.flex_none)}</p>")
    if ref.rules is not None:
        parts.append(_table_html(ref.rules))
    return "".join(parts)


class ReferenceScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view = QTextBrowser()
        self.view.setObjectName("reference_view")
        self.view.setOpenLinks(False)
        self.view.document().setDefaultStyleSheet(CSS)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        wo = self.ctx.work_order()
        lang = self.ctx.lang
        if wo is None:
            self.view.setHtml(f"<p>{escape(t('ref.none', lang))}</p>")
            return
        self.view.setHtml(reference_html(reference_of(wo, lang)))
