"""Validation of a read workbook against the format and against what the database holds.

``parse`` turns each row into a record (a dict of the columns present) or into problems; ``merge``
lays the records over the existing state of their work orders, checks what needs the whole
picture (references, one host, end after start) and classifies every record as new, changed or
unchanged. Both are pure: no database, no Qt.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from app.domain.catalog import catalog, fold
from app.domain.money import ZERO, to_text
from app.messages import workbook as messages

from . import cells
from . import format as fmt
from .reader import ERROR_VALUES, RawWorkbook

KINDS = ("work_order", "location", "line", "delivery", "ledger")
SHEET_OF_KIND = {"work_order": "work_orders", "location": "locations", "line": "services",
                 "delivery": "deliveries", "ledger": "ledger"}
#: The field that identifies a record within its work order.
KEY_FIELD = {"work_order": "work_order", "location": "country", "line": "line_no", "delivery": "ref"}

FIELDS = {
    "work_order": ("customer", "term_start", "term_end", "signed_on", "currency", "rate_to_usd",
                   "base_amount", "flex_allowance", "cancel_fee_pct"),
    "location": ("role", "currency", "rate_to_usd", "credit_value"),
    "line": ("service", "quantity", "unit", "location", "funding", "unit_price", "flex_year", "notes",
             "travel_prepaid"),
    "delivery": ("service", "title", "location", "mode", "status", "requested_on", "first_day",
                 "last_day", "credits", "hours", "changed_on", "moved_from", "fee", "line_no", "notes",
                 "quantity", "travel_prepaid"),
    "ledger": ("on", "location", "kind", "credits", "hours", "reference", "counterparty", "notes"),
}
#: Values an empty cell (or a new record without the column) stands for.
DEFAULTS = {
    "work_order": {"signed_on": None, "currency": "USD", "base_amount": ZERO, "flex_allowance": ZERO,
                   "cancel_fee_pct": Decimal(100)},
    "location": {"credit_value": Decimal(1)},
    "line": {"location": None, "unit_price": ZERO, "flex_year": None, "notes": "", "travel_prepaid": False},
    "delivery": {"title": "", "location": None, "mode": "remote", "status": "planned",
                 "requested_on": None, "first_day": None, "last_day": None, "credits": ZERO,
                 "hours": ZERO, "changed_on": None, "moved_from": None, "fee": ZERO, "line_no": None,
                 "notes": "", "quantity": None, "travel_prepaid": False},
    "ledger": {"credits": ZERO, "hours": ZERO, "reference": "", "counterparty": "", "notes": ""},
}


@dataclass
class Problem:
    sheet: str
    row: int
    column: str  # the header as written in the file (or the format's, for a missing column)
    letter: str
    value: str
    reason: str
    params: dict = field(default_factory=dict)

    @property
    def proposals(self) -> list[str]:
        """Catalog codes proposed for an unknown service name."""
        return list(self.params.get("codes", ()))

    def text(self, lang: str = "en") -> str:
        place = messages.place_text(self.sheet, self.row, self.column, self.letter or "—", lang)
        value = f"«{_short(self.value)}»: " if self.value else ""
        return f"{place}: {value}{reason_text(self.reason, self.params, lang)}"


def reason_text(reason: str, params: dict, lang: str = "en") -> str:
    """Why a cell is refused: a reason of app.workbook.messages, or (with a dot) of the
    catalogue app.messages (``import.flat_conflict``)."""
    if "." in reason:
        from app.messages import t

        return t(reason, lang, **params)
    return messages.reason_text(reason, params, lang)


@dataclass
class Notice:
    key: str
    params: dict

    def text(self, lang: str = "en") -> str:
        if "." in self.key:  # a message of the catalogue (app.messages), e.g. "import.example_rows"
            from app.messages import t

            return t(self.key, lang, **self.params)
        return messages.notice_text(self.key, self.params, lang)


@dataclass
class Record:
    kind: str
    work_order: str
    values: dict  # field -> value, for the columns present (None: empty cell)
    sheet: str
    row: int
    cols: dict  # field -> (header text, letter)
    signs: dict = field(default_factory=dict)  # field -> (currency its cell's sign named, cell text)

    @property
    def key(self):
        return self.values.get(KEY_FIELD[self.kind]) if self.kind in KEY_FIELD else None


@dataclass
class Change:
    kind: str
    work_order: str
    key: object  # the record's identity within its work order (None for a ledger entry)
    status: str  # new, changed, unchanged
    fields: list[tuple[str, object, object]]  # (field, old, new) for a change; (field, None, new) for new
    sheet: str
    row: int
    values: dict  # the complete record as it will be stored


def _short(text: str, limit: int = 60) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _shown(v) -> str:
    if v is None:
        return ""
    if isinstance(v, Decimal):
        return to_text(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _cell_text(v) -> str:
    return "" if cells.is_blank(v) else _shown(v)


# ------------------------------------------------------------------------------- parsing

@dataclass
class Parsed:
    records: dict[str, list[Record]]
    problems: list[Problem]
    notices: list[Notice]
    failed: set = field(default_factory=set)  # (kind, work order, key) of rows refused


#: The amount columns that are money, and whose currency a sign in the cell must agree with:
#: the work order's, or (for the value of a credit) the location's.
MONEY = {"work_order": ("base_amount", "flex_allowance"), "line": ("unit_price",), "delivery": ("fee",),
         "location": ("credit_value",)}
NUMBER_KINDS = ("amount", "signed", "rate", "pct", "int")


def _rows_text(rows: list[int]) -> str:
    """5, 7–9, 12"""
    out, i = [], 0
    rows = sorted(rows)
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        out.append(str(rows[i]) if i == j else f"{rows[i]}–{rows[j]}")
        i = j + 1
    return ", ".join(out)


def _date_context(sheet, idx: int) -> cells.DateContext:
    """What a date column's cells say as a whole: whether it holds dates, and the order of its
    slash dates."""
    from datetime import date as _date

    has_dates, orders = False, set()
    for _r, row in sheet.rows:
        v = row[idx] if idx < len(row) else ""
        if isinstance(v, _date):
            has_dates = True
        elif isinstance(v, str) and v.strip():
            order = cells.slash_order(v)
            if order:
                orders.add(order)
                has_dates = True
            elif not has_dates and cells.is_date_text(v):
                has_dates = True
    slash = "conflict" if len(orders) > 1 else (orders.pop() if orders else None)
    return cells.DateContext(has_dates, slash)


def _sheet_notices(raw: RawWorkbook, out: Parsed, lang: str) -> None:
    """Hidden sheets are never read; one that is the only sheet of its kind stops the import."""
    visible = {s.key for s in raw.sheets}
    for title, key in raw.hidden_sheets:
        if key is not None and key not in visible:
            out.problems.append(Problem(title, 1, "—", "", "", "hidden_sheet_only",
                                        {"sheet": title, "kind": fmt.SHEET_BY_KEY[key].title(lang)}))
        else:
            out.notices.append(Notice("hidden_sheet", {"sheet": title}))
    by_key: dict[str, list[str]] = {}
    for sheet in raw.sheets:
        by_key.setdefault(sheet.key, []).append(sheet.title)
    for key, titles in by_key.items():
        if len(titles) > 1:
            out.notices.append(Notice("sheets_together", {
                "sheets": ", ".join((f"«{t}»" if lang in ("ru", "kk") else f"“{t}”") for t in titles),
                "kind": fmt.SHEET_BY_KEY[key].title(lang)}))


def parse(raw: RawWorkbook,  # noqa: C901 - one step per sheet, in the workbook's order
          choices: dict[str, str] | None = None, lang: str = "en",
          progress=None, aliases: dict[str, str] | None = None) -> Parsed:
    """Every row of every sheet of the format, converted cell by cell. ``aliases`` (service names
    chosen in earlier imports -> code) rank first among the proposals for an unknown service name;
    they are never taken without the user's choice."""
    choices = {fold(k): v for k, v in (choices or {}).items()}
    aliases = {fold(k): v for k, v in (aliases or {}).items()} or None
    out = Parsed({k: [] for k in KINDS}, [], [])
    for key, params in raw.source:
        out.notices.append(Notice(key, params))
    for title in raw.ignored_sheets:
        out.notices.append(Notice("ignored_sheet", {"sheet": title}))
    _sheet_notices(raw, out, lang)
    if not raw.sheets:
        if out.problems:
            return out
        expected = ", ".join(s.title(lang) for s in fmt.SHEETS)
        first = raw.sheet_titles[0] if raw.sheet_titles else "—"
        out.problems.append(Problem(first, 1, "—", "A", "", "no_sheets", {"expected": expected}))
        return out
    total = sum(len(s.rows) for s in raw.sheets) or 1
    done = 0
    kind_of = {v: k for k, v in SHEET_OF_KIND.items()}
    memo: dict[tuple, object] = {}  # repeated words, names and numbers are converted once
    seen_flat: dict[tuple[str, str], Record] = {}  # (sheet, work order) -> its first row, of a flat table
    for sheet in raw.sheets:
        spec = fmt.SHEET_BY_KEY[sheet.key]
        kind = kind_of[sheet.key]
        if sheet.by_headers:
            out.notices.append(Notice("by_headers", {"sheet": sheet.title, "as_sheet": spec.title(lang)}))
        if sheet.header_row == 0:
            expected = ", ".join(c.header(lang) for c in spec.columns if c.required)
            out.problems.append(Problem(sheet.title, 1, "—", "A", "", "no_header", {"expected": expected}))
            continue
        if sheet.flat:
            out.problems.append(Problem(sheet.title, sheet.header_row, "—", "", "", "flat_layout", {
                "wo_sheet": fmt.SHEET_BY_KEY["work_orders"].title(lang),
                "line_sheet": fmt.SHEET_BY_KEY["services"].title(lang)}))
            continue
        if sheet.flat_part == "work_orders":
            out.notices.append(Notice("import.flat_split", {
                "sheet": sheet.title, "wo_sheet": spec.title(lang),
                "line_sheet": fmt.SHEET_BY_KEY["services"].title(lang)}))
        if sheet.info_rows and sheet.flat_part != "services":
            out.notices.append(Notice("info_rows", {"sheet": sheet.title, "row": sheet.header_row}))
        for i, text, key in sheet.mapped:
            out.notices.append(Notice("mapped_column", {"sheet": sheet.title, "column": _short(text, 40),
                                                        "letter": fmt.column_letter(i),
                                                        "as_column": spec.column(key).header(lang)}))
        absent = {c.key for c in spec.columns} - set(sheet.columns)
        for i, text in sheet.extra:
            close = fmt.propose_columns(sheet.key, text, absent)
            params = {"sheet": sheet.title, "column": _short(text, 40), "letter": fmt.column_letter(i)}
            if close:
                params["proposals"] = ", ".join(f"“{spec.column(k).header(lang)}” ({k})" for k in close)
                params["example"] = f'--column "{_short(text, 40)}={close[0]}"'
                out.notices.append(Notice("extra_column_close", params))
            else:
                out.notices.append(Notice("extra_column", params))
        if sheet.hidden_rows:
            out.notices.append(Notice("hidden_rows", {"sheet": sheet.title,
                                                      "rows": _rows_text(sheet.hidden_rows)}))
        for what in ("total", "header"):
            skipped = [r for r, why in sheet.skipped if why == what]
            if skipped:
                out.notices.append(Notice(f"skipped_{what}_rows", {"sheet": sheet.title,
                                                                   "rows": _rows_text(skipped)}))
        examples = [r for r, why in sheet.skipped if why == "example"]
        if examples:
            out.notices.append(Notice("import.example_rows", {"sheet": sheet.title,
                                                              "rows": _rows_text(examples)}))
        for i, text, key in sheet.duplicates:
            first = fmt.column_letter(sheet.columns[key][0])
            out.problems.append(Problem(sheet.title, sheet.header_row, text, fmt.column_letter(i), "",
                                        "duplicate_column", {"first": first}))
        missing = [c for c in spec.columns if c.required and c.key not in sheet.columns]
        for c in missing:
            out.problems.append(Problem(sheet.title, sheet.header_row, c.header(lang), "", "",
                                        *_missing(sheet, spec, c, lang)))
        if missing:
            if kind == "work_order" and "work_order" in sheet.columns:
                # its rows cannot be read: do not report every reference to them as unknown too
                idx = sheet.columns["work_order"][0]
                for _row_no, row in sheet.rows:
                    if idx < len(row) and isinstance(row[idx], str) and row[idx].strip():
                        number = row[idx].strip()
                        out.failed.add(("work_order", number, number))
            continue
        cols = [(spec.column(key), idx, text, fmt.column_letter(idx))
                for key, (idx, text) in sheet.columns.items()]
        col_info = {c.key: (text, letter) for c, _i, text, letter in cols}
        contexts = {idx: _date_context(sheet, idx) for col, idx, _t, _l in cols if col.kind == "date"}
        money = MONEY.get(kind, ())
        pct_cells = sheet.pct
        for row_no, row in sheet.rows:
            values, bad, signs = {}, False, {}
            for col, idx, text, letter in cols:
                v = row[idx] if idx < len(row) else ""
                flag = sheet.flags.get((row_no, idx))
                try:
                    if flag == "formula":
                        raise cells.CellError("formula_not_computed")
                    if flag is not None and flag.startswith("error:"):
                        raise cells.CellError("error_value", error=flag[6:] or "#?")
                    if isinstance(v, str) and v.strip() in ERROR_VALUES and col.kind not in ("text", "key"):
                        raise cells.CellError("error_value", error=v.strip())
                    if pct_cells and (row_no, idx) in pct_cells and isinstance(v, (int, float)) \
                            and not isinstance(v, bool):
                        # 50 % typed in Excel is stored 0.5: the percentage it shows is meant
                        if col.kind != "pct":
                            raise cells.CellError("percent_here", shown=f"{_shown(cells.to_number(v) * 100)}%")
                        v = cells.to_number(v) * 100
                    ctx = contexts.get(idx)
                    if isinstance(v, str) and col.kind != "text":
                        mk = (col.kind, col.required, col.max_len, v, ctx.key() if ctx else None)
                        got = memo.get(mk)
                        if got is None:
                            try:
                                got = memo[mk] = _convert(col, v, raw.date1904, choices, lang, ctx, aliases)
                            except cells.CellError as exc:
                                got = memo[mk] = (exc.reason, exc.params)
                        if isinstance(got, tuple):
                            raise cells.CellError(got[0], **got[1])
                        values[col.key] = got
                        if col.kind in NUMBER_KINDS and (sign := cells.currency_sign(v)):
                            if col.key not in money:
                                raise cells.CellError("currency_not_money", currency=sign)
                            signs[col.key] = (sign, v.strip())
                    else:
                        values[col.key] = _convert(col, v, raw.date1904, choices, lang, ctx, aliases)
                except cells.CellError as exc:
                    bad = True
                    out.problems.append(Problem(sheet.title, row_no, text, letter, _cell_text(v),
                                                exc.reason, exc.params))
            if signs and kind == "work_order" and values.get("currency") is not None:
                # the row names its own currency: a foreign sign is told at once, with the row's other problems
                for f, (sign, written) in list(signs.items()):
                    if sign != values["currency"]:
                        text, letter = col_info[f]
                        out.problems.append(Problem(sheet.title, row_no, text, letter, written,
                                                    "foreign_currency", {"sign": sign, "currency": values["currency"],
                                                                         "number": values.get("work_order")}))
                        bad = True
            if bad:
                out.failed.add((kind, values.get("work_order"), values.get(KEY_FIELD.get(kind, ""))))
                continue
            rec = Record(kind, values.pop("work_order"), values, sheet.title, row_no, col_info, signs)
            if sheet.flat_part == "work_orders" and _repeated(rec, out, seen_flat, lang):
                continue
            out.records[kind].append(rec)
            done += 1
            if progress and done % 500 == 0:
                progress(70 + 15 * done // total)
    return out


def _repeated(rec: Record, out: Parsed, seen: dict, lang: str) -> bool:
    """A work order's row of a flat table after its first: True when it repeats the first row's
    values (read once); a value that differs is refused, naming both cells."""
    first = seen.setdefault((rec.sheet, rec.work_order), rec)
    if first is rec:
        return False
    for f, v in rec.values.items():
        if f in first.values and first.values[f] != v:
            text, letter = rec.cols[f]
            out.problems.append(Problem(rec.sheet, rec.row, text, letter, _shown(v), "import.flat_conflict", {
                "number": rec.work_order, "cell": f"{letter}{first.row}", "first": _shown(first.values[f])}))
    return True


def _looks_like(sheet, idx: int, col: fmt.Column) -> bool:
    """Whether the first cells of column ``idx`` hold values of ``col``'s kind."""
    from datetime import date as _date

    seen = ok = 0
    for _r, row in sheet.rows[:20]:
        v = row[idx] if idx < len(row) else ""
        if cells.is_blank(v):
            continue
        seen += 1
        if col.kind == "date":
            ok += isinstance(v, _date) or (isinstance(v, str) and cells.is_date_text(v))
        elif col.kind in NUMBER_KINDS:
            ok += isinstance(v, (int, float)) and not isinstance(v, bool)
        else:
            ok += isinstance(v, str)
    return seen > 0 and ok * 2 > seen


def _missing(sheet, spec: fmt.Sheet, col: fmt.Column, lang: str) -> tuple[str, dict]:
    """The refusal for a missing required column, naming the ignored columns that could be it."""
    candidates = []
    for i, text in sheet.extra:
        close = col.key in fmt.propose_columns(sheet.key, text, {col.key}, limit=1, cutoff=60)
        if close or _looks_like(sheet, i, col):
            candidates.append((i, text))
    if not candidates:
        return "missing_column", {"column": col.header(lang)}
    shown_cols = ", ".join(f"{fmt.column_letter(i)} «{_short(t, 40)}»" for i, t in candidates[:5])
    return "missing_column_candidates", {
        "column": col.header(lang), "candidates": shown_cols,
        "example": f'--column "{_short(candidates[0][1], 40)}={col.key}"'}


def _convert(col: fmt.Column, v, date1904: bool, choices: dict, lang: str,
             ctx: cells.DateContext | None = None, aliases: dict | None = None):
    if col.kind == "text" and isinstance(v, str) and v:
        return cells.to_text_value(v, "text", col.max_len)  # free text is kept as written, spaces too
    if col.kind == "bool":  # a yes/no column: empty is no
        yes = False if cells.is_blank(v) else fmt.yes_no(v)
        if yes is None:
            raise cells.CellError("unknown_value", allowed=" / ".join(fmt.YES_NO.get(lang, fmt.YES_NO["en"])))
        return yes
    if cells.is_blank(v):
        if col.required:
            raise cells.CellError("required")
        return None
    kind = col.kind
    if kind in ("text", "key"):
        return cells.to_text_value(v, kind, col.max_len)
    if kind == "date":
        return cells.to_date(v, date1904, ctx or cells.NO_CONTEXT)
    if kind in ("amount", "signed", "rate", "pct", "int"):
        return cells.to_kind_number(v, kind)
    if kind == "country":
        return cells.to_country(v)
    if kind == "currency":
        return cells.to_currency(v)
    if kind == "service":
        return cells.to_service(v, choices, lang, aliases)
    if kind.startswith("vocab:"):
        return cells.to_word(v, kind[6:], lang)
    raise AssertionError(kind)


# ------------------------------------------------------------------------------- merging

@dataclass
class WorkOrderState:
    """One work order as plain dicts keyed the way the workbook identifies records."""

    fields: dict
    locations: dict  # country -> fields
    lines: dict  # line_no -> fields
    deliveries: dict  # ref -> fields
    ledger: list  # fields


@dataclass
class Merged:
    target: dict[str, WorkOrderState]  # the touched work orders as they will be
    changes: list[Change]
    problems: list[Problem]


def _copy(st: WorkOrderState) -> WorkOrderState:
    """A copy whose containers can change; the record dicts are replaced, never edited."""
    return WorkOrderState(dict(st.fields), dict(st.locations), dict(st.lines), dict(st.deliveries),
                          list(st.ledger))


def _problem(rec: Record, field_name: str, reason: str, **params) -> Problem:
    """A problem at the record's cell for ``field_name`` (its work order cell when the column
    is absent)."""
    header, letter = rec.cols.get(field_name) or rec.cols["work_order"]
    v = rec.work_order if field_name == "work_order" else rec.values.get(field_name)
    return Problem(rec.sheet, rec.row, header, letter, _shown(v), reason, params)


def _complete(kind: str, values: dict, wo: dict | None) -> dict:
    out = dict(values)
    for k, v in DEFAULTS[kind].items():
        if out.get(k) is None:
            out[k] = v
    if kind == "location" and wo is not None and out.get("currency") is None:
        out["currency"] = wo.get("currency") or "USD"
    if kind == "line" and out.get("unit") is None and out.get("service") in catalog():
        out["unit"] = catalog()[out["service"]].unit.value
    return out


def _rate_default(kind: str, values: dict, wo: dict | None):
    """An empty rate is 1 for USD, the work order's rate for its own currency; otherwise None."""
    if values.get("rate_to_usd") is not None:
        return values["rate_to_usd"]
    if values.get("currency") == "USD":
        return Decimal(1)
    if kind == "location" and wo is not None and values.get("currency") == wo.get("currency"):
        return wo.get("rate_to_usd")
    return None


def _ledger_key(values: dict, present: set[str]) -> tuple:
    return tuple(values.get(f) for f in FIELDS["ledger"] if f in present)


def merge(parsed: Parsed, existing: dict[str, WorkOrderState],  # noqa: C901 - one step per kind
          today: date | None = None) -> Merged:
    """``today``: the day a row marking a delivery delivered is judged on (not before its first
    day, as an edit's delivery is); None leaves that check out."""
    problems: list[Problem] = []
    changes: list[Change] = []
    recs = parsed.records
    target: dict[str, WorkOrderState] = {}
    first_row: dict[tuple, int] = {}
    refused: set[str] = set()
    #: (work order, ref) -> (the row adding it or changing its status, whether it adds it)
    moved: dict[tuple[str, str], tuple[Record, bool]] = {}

    def dup(rec: Record) -> bool:
        ident = (rec.kind, rec.work_order, rec.key)
        if ident in first_row:
            sheet, row = first_row[ident]
            if sheet == rec.sheet:
                problems.append(_problem(rec, KEY_FIELD[rec.kind], "duplicate_key", first=row))
            else:  # a copied sheet ("Services (2)") repeating a record of its original
                problems.append(_problem(rec, KEY_FIELD[rec.kind], "duplicate_key_sheet", first=row,
                                         sheet=sheet))
            return True
        first_row[ident] = (rec.sheet, rec.row)
        return False

    def foreign(rec: Record, currency: str, fields_: tuple[str, ...]) -> bool:
        """An amount whose sign names another currency than the one it is counted in."""
        bad = False
        for f in fields_:
            sign, written = rec.signs.get(f, (None, ""))
            if sign is not None and sign != currency:
                problem = _problem(rec, f, "foreign_currency", sign=sign, currency=currency,
                                   number=rec.work_order)
                problem.value = written  # as the cell shows it, sign included
                problems.append(problem)
                bad = True
        return bad

    def state(rec: Record) -> WorkOrderState | None:
        number = rec.work_order
        if number not in target:
            if ("work_order", number, number) in parsed.failed or number in refused:
                return None  # its own row was refused already: one problem is enough
            if number in existing:
                target[number] = _copy(existing[number])
            else:
                problems.append(_problem(rec, "work_order", "unknown_work_order", number=number))
                return None
        return target[number]

    # work orders first: later sheets may refer to a new one
    wo_recs = []
    for rec in recs["work_order"]:
        if dup(rec):
            continue
        old = existing.get(rec.work_order)
        fields = dict(old.fields) if old else {}
        fields.update({k: v for k, v in rec.values.items()})
        fields = _complete("work_order", fields, None)
        fields["rate_to_usd"] = _rate_default("work_order", fields, None)
        if fields["rate_to_usd"] is None:
            problems.append(_problem(rec, "rate_to_usd", "required"))
            refused.add(rec.work_order)
            continue
        if rec.signs and foreign(rec, fields["currency"], MONEY["work_order"]):
            refused.add(rec.work_order)
            continue
        if fields["term_end"] < fields["term_start"]:
            refused.add(rec.work_order)
            problems.append(_problem(rec, "term_end" if "term_end" in rec.cols else "term_start",
                                     "end_before_start", end=fields["term_end"].isoformat(),
                                     start=fields["term_start"].isoformat()))
            continue
        if _domain_refuses(rec, _work_order_of(rec.work_order, fields), problems):
            refused.add(rec.work_order)
            continue
        st = _copy(old) if old else WorkOrderState({}, {}, {}, {}, [])
        st.fields = fields
        target[rec.work_order] = st
        wo_recs.append((rec, old))
    for rec, old in wo_recs:
        changes.append(_classify(rec, old.fields if old else None, target[rec.work_order].fields))

    loc_recs = []
    for rec in recs["location"]:
        if dup(rec) or (st := state(rec)) is None:
            continue
        country = rec.key
        old = existing[rec.work_order].locations.get(country) if rec.work_order in existing else None
        fields = dict(old or {})
        fields.update({k: v for k, v in rec.values.items() if k != "country"})
        fields = _complete("location", fields, st.fields)
        fields["rate_to_usd"] = _rate_default("location", fields, st.fields)
        if fields["rate_to_usd"] is None:
            problems.append(_problem(rec, "rate_to_usd", "required"))
            continue
        if rec.signs and foreign(rec, fields["currency"], MONEY["location"]):
            continue
        if _domain_refuses(rec, _location_of(country, fields), problems):
            continue
        st.locations[country] = fields
        loc_recs.append((rec, old))
    for rec, _old in loc_recs:
        hosts = [c for c, f in target[rec.work_order].locations.items() if f["role"] == "host"]
        if rec.key in hosts and len(hosts) > 1:
            other = next(h for h in hosts if h != rec.key)
            problems.append(_problem(rec, "role", "two_hosts", country=other, number=rec.work_order))
    for rec, old in loc_recs:
        changes.append(_classify(rec, old, target[rec.work_order].locations[rec.key]))

    def check_location(rec: Record, st: WorkOrderState, field_name: str) -> bool:
        country = rec.values.get(field_name)
        if field_name in rec.values and country is not None and country not in st.locations:
            if ("location", rec.work_order, country) in parsed.failed:
                return False
            problems.append(_problem(rec, field_name, "unknown_location", country=country,
                                     number=rec.work_order))
            return False
        return True

    line_recs = []
    for rec in recs["line"]:
        if dup(rec) or (st := state(rec)) is None or not check_location(rec, st, "location"):
            continue
        if rec.signs and foreign(rec, st.fields["currency"], MONEY["line"]):
            continue
        old = existing[rec.work_order].lines.get(rec.key) if rec.work_order in existing else None
        fields = dict(old or {})
        fields.update({k: v for k, v in rec.values.items() if k != "line_no"})
        fields = _complete("line", fields, st.fields)
        if _domain_refuses(rec, _line_of(rec.key, fields), problems):
            continue
        st.lines[rec.key] = fields
        line_recs.append((rec, old))
    for rec, old in line_recs:
        changes.append(_classify(rec, old, target[rec.work_order].lines[rec.key]))

    for rec in recs["delivery"]:
        if dup(rec) or (st := state(rec)) is None or not check_location(rec, st, "location"):
            continue
        if rec.signs and foreign(rec, st.fields["currency"], MONEY["delivery"]):
            continue
        line_no = rec.values.get("line_no")
        if line_no is not None and line_no not in st.lines:
            if ("line", rec.work_order, line_no) in parsed.failed:
                continue
            problems.append(_problem(rec, "line_no", "unknown_line", line=line_no, number=rec.work_order))
            continue
        old = existing[rec.work_order].deliveries.get(rec.key) if rec.work_order in existing else None
        fields = dict(old or {})
        fields.update({k: v for k, v in rec.values.items() if k != "ref"})
        fields = _complete("delivery", fields, st.fields)
        if fields["first_day"] and fields["last_day"] and fields["last_day"] < fields["first_day"]:
            problems.append(_problem(rec, "last_day" if "last_day" in rec.cols else "first_day",
                                     "end_before_start", end=fields["last_day"].isoformat(),
                                     start=fields["first_day"].isoformat()))
            continue
        if _domain_refuses(rec, _delivery_of(rec.key, fields), problems, _line_unit(st, fields)):
            continue
        if old is not None and _final_refuses(rec, old, fields, problems):
            continue
        if _lifecycle_refuses(rec, old, fields, today, problems):
            continue
        st.deliveries[rec.key] = fields
        if old is None or old.get("status") != fields["status"]:
            moved[(rec.work_order, rec.key)] = (rec, old is None)
        changes.append(_classify(rec, old, fields))

    counters: dict[tuple, Counter] = {}
    ledger_seen: dict[tuple, tuple[str, int]] = {}
    drawing: dict[tuple[str, str], Record] = {}  # (work order, reference) -> first new draw row
    for rec in recs["ledger"]:
        if (st := state(rec)) is None or not check_location(rec, st, "location"):
            continue
        fields = _complete("ledger", rec.values, st.fields)
        ident = (rec.work_order, tuple(fields.get(f) for f in FIELDS["ledger"]))
        seen = ledger_seen.setdefault(ident, (rec.sheet, rec.row))
        if seen[0] != rec.sheet:  # the same entry on a copied sheet: taken twice, it would count twice
            problems.append(_problem(rec, "on", "duplicate_ledger_sheet", sheet=seen[0], first=seen[1]))
            continue
        bad = False
        if fields["kind"] != "adjustment":
            for f in ("credits", "hours"):
                if fields[f] < 0:
                    problems.append(_problem(rec, f, "negative"))
                    bad = True
        if bad or _domain_refuses(rec, _entry_of(fields), problems):
            continue
        present = set(rec.cols)
        ckey = (rec.work_order, frozenset(present))
        if ckey not in counters:
            old_entries = existing[rec.work_order].ledger if rec.work_order in existing else []
            counters[ckey] = Counter(_ledger_key(e, present) for e in old_entries)
        k = _ledger_key(fields, present)
        if counters[ckey][k] > 0:
            counters[ckey][k] -= 1
            status = "unchanged"
        else:
            status = "new"
            st.ledger.append(fields)
            if fields["kind"] in ("draw", "adjustment") and fields["reference"]:
                drawing.setdefault((rec.work_order, fields["reference"]), rec)
        changes.append(Change("ledger", rec.work_order, None, status,
                              [(f, None, fields[f]) for f in FIELDS["ledger"]] if status == "new" else [],
                              rec.sheet, rec.row, fields))
    _draws_refuse(target, moved, drawing, problems)
    return Merged(target, changes, problems)


def _line_unit(st: WorkOrderState, fields: dict):
    """The unit of the line a delivery row draws on (app.domain.rules.lines_of's choice: its
    line number, else its service at its location, else its service), None when none."""
    from app.domain.enums import Unit

    line = st.lines.get(fields.get("line_no")) if fields.get("line_no") is not None else None
    if line is None:
        same = [ln for _no, ln in sorted(st.lines.items()) if ln.get("service") == fields.get("service")]
        line = next((ln for ln in same if ln.get("location") == fields.get("location")), None) or \
            next(iter(same), None)
    try:
        return Unit(line["unit"]) if line is not None and line.get("unit") else None
    except ValueError:
        return None


def _lifecycle_refuses(rec: Record, old: dict | None, new: dict, today: date | None,
                       problems: list[Problem]) -> bool:
    """The status a row gives a delivery is one the lifecycle's actions reach from the stored
    one (app.domain.lifecycle.path; a new delivery starts planned): never back to an earlier
    status; marked delivered not before its first day, judged on ``today`` as an edit's delivery
    is judged on its day."""
    from app.domain import lifecycle
    from app.domain.enums import Status

    before = Status(old["status"]) if old is not None else Status.PLANNED
    steps = lifecycle.path(before, Status(new["status"]))
    column = "status" if "status" in rec.cols else "work_order"
    if steps is None:
        problems.append(_problem(rec, column, lifecycle.Reason.NOT_ALLOWED.value))
        return True
    d = _delivery_of(rec.key, new)
    if lifecycle.Action.DELIVER in steps and today is not None and lifecycle.delivers_early(d, today):
        assert d.first_day is not None
        problems.append(_problem(rec, "first_day" if "first_day" in rec.cols else column,
                                 lifecycle.Reason.BEFORE_FIRST_DAY.value, on=today.isoformat(),
                                 first_day=d.first_day.isoformat()))
        return True
    return False


def _draws_refuse(target: dict[str, WorkOrderState], moved: dict[tuple[str, str], tuple[Record, bool]],
                  drawing: dict[tuple[str, str], Record], problems: list[Problem]) -> None:
    """What the ledger (stored and imported) draws for each delivery a row adds, changes the
    status of, or draws for agrees with its status (app.domain.lifecycle.check_draws, as an edit's
    ledger entry is checked): no draw for a cancelled delivery; for a stored delivery a row marks
    delivered, the draw that delivering it makes. A new delivered row brings its history with it
    (its draw, if any, on the Ledger sheet: an exported portfolio re-imports as it was)."""
    from dataclasses import replace

    from app.domain import lifecycle

    for number, ref in sorted({*moved, *drawing}):
        st = target.get(number)
        fields = st.deliveries.get(ref) if st is not None else None
        if fields is None:
            continue  # a reference to no delivery of the work order: a draw of its own
        d = replace(_delivery_of(ref, fields), location_id=0 if fields.get("location") else None)
        refused = lifecycle.check_draws(d, [_entry_of(e) for e in st.ledger])
        if refused is None:
            continue
        if refused.reason is lifecycle.Reason.DRAW_CANCELLED and (number, ref) in drawing:
            rec = drawing[(number, ref)]
            problems.append(_problem(rec, "reference" if "reference" in rec.cols else "on",
                                     refused.reason.value, ref=ref))
            continue
        rec, added = moved.get((number, ref)) or (drawing[(number, ref)], False)
        column = "status" if "status" in rec.cols else "work_order"
        if refused.reason is lifecycle.Reason.DRAW_MISSING:
            if added or (number, ref) not in moved:
                continue
            credits = refused.params["credits"]
            kind = "credits" if credits else "hours"
            problems.append(_problem(rec, column, f"draw_missing_{kind}", ref=ref,
                                     n=to_text(credits if credits else refused.params["hours"])))
        else:
            problems.append(_problem(rec, column, refused.reason.value, ref=ref))


def _delivery_of(ref: str, fields: dict):
    """The domain's delivery for a workbook row, so the import is checked as an edit is."""
    from app.domain.enums import Mode, Status
    from app.domain.model import Delivery

    return Delivery(id=None, ref=ref, service=fields["service"], title=fields["title"] or "",
                    location_id=None, mode=Mode(fields["mode"]), status=Status(fields["status"]),
                    requested_on=fields["requested_on"], first_day=fields["first_day"],
                    last_day=fields["last_day"], credits=fields["credits"], hours=fields["hours"],
                    changed_on=fields["changed_on"], moved_from=fields["moved_from"],
                    fee=fields["fee"], line_no=fields["line_no"], notes=fields["notes"] or "",
                    quantity=fields.get("quantity"), travel_prepaid=bool(fields.get("travel_prepaid")))


def _work_order_of(number: str, fields: dict):
    from app.domain.model import WorkOrder

    return WorkOrder(id=None, number=number, customer=fields["customer"], term_start=fields["term_start"],
                     term_end=fields["term_end"], signed_on=fields["signed_on"], currency=fields["currency"],
                     rate_to_usd=fields["rate_to_usd"], base_amount=fields["base_amount"],
                     flex_allowance=fields["flex_allowance"], cancel_fee_pct=fields["cancel_fee_pct"])


def _location_of(country: str, fields: dict):
    """The domain's location for a row; None when a value is not of the domain's vocabulary
    (its cell was refused already)."""
    from app.domain.enums import Role
    from app.domain.model import Location

    try:
        role = Role(fields["role"])
    except ValueError:
        return None
    return Location(id=None, country=country, role=role, currency=fields["currency"],
                    rate_to_usd=fields["rate_to_usd"], credit_value=fields["credit_value"])


def _line_of(line_no: int, fields: dict):
    """The domain's service line for a row; None when a value is not of the domain's vocabulary
    (its cell was refused already)."""
    from app.domain.enums import Funding, Unit
    from app.domain.model import ServiceLine

    try:
        unit, funding = Unit(fields["unit"]), Funding(fields["funding"])
    except ValueError:
        return None
    return ServiceLine(id=None, line_no=line_no, service=fields["service"], quantity=fields["quantity"],
                       unit=unit, location_id=None, funding=funding, unit_price=fields["unit_price"],
                       flex_year=fields["flex_year"], notes=fields["notes"] or "",
                       travel_prepaid=bool(fields.get("travel_prepaid")))


def _entry_of(fields: dict):
    from app.domain.enums import LedgerKind
    from app.domain.model import LedgerEntry

    return LedgerEntry(id=None, on=fields["on"], location_id=0, kind=LedgerKind(fields["kind"]),
                       credits=fields["credits"], hours=fields["hours"],
                       reference=fields["reference"] or "", counterparty=fields["counterparty"] or "",
                       notes=fields["notes"] or "")


def _domain_refuses(rec: Record, obj, problems: list[Problem], unit=None) -> bool:
    """Run the domain's own validator (the one every edit passes) on a workbook row: an import
    can never store what an edit would refuse. Adds a problem at the cell of each refusal.
    ``unit``: the unit of the line a delivery draws on, when known."""
    from app.domain import validation as v
    from app.domain.model import Delivery, LedgerEntry, Location, ServiceLine, WorkOrder

    if obj is None:
        return False
    if isinstance(obj, Delivery):
        found = v.validate_delivery(obj, unit=unit)
    elif isinstance(obj, LedgerEntry):
        found = v.validate_entry(obj)
    elif isinstance(obj, WorkOrder):
        found = v.validate_work_order(obj)
    elif isinstance(obj, Location):
        found = v.validate_location(obj)
    else:
        assert isinstance(obj, ServiceLine)
        found = v.validate_line(obj)
    for field_name, reason in found:
        column = {"date": "on", "number": "work_order"}.get(field_name, field_name)
        if column not in rec.cols:  # the column is absent: name the cell that asks for it
            column = "status" if "status" in rec.cols and reason == "needs_dates" else "work_order"
        problems.append(_problem(rec, column, reason))
    return bool(found)


def _final_refuses(rec: Record, old: dict, new: dict, problems: list[Problem]) -> bool:
    """A delivered or cancelled delivery changed by a row: refused as the same edit is refused
    (app.domain.lifecycle.check_edit): what a delivered delivery used is corrected only by a
    reversal, a cancelled one is final. A planned, requested or scheduled one takes the row."""
    from dataclasses import replace

    from app.domain.enums import Status
    from app.domain.fields import DELIVERY_FIELDS
    from app.domain.lifecycle import check_edit

    if old.get("status") not in (Status.DELIVERED.value, Status.CANCELLED.value):
        return False
    # the row names its location by country: the same country stands for the same location
    moved = int(old.get("location") != new.get("location"))
    before = replace(_delivery_of(rec.key, old), location_id=0)
    after = replace(_delivery_of(rec.key, new), location_id=moved)
    refused = check_edit(before, {f.name: getattr(after, f.name) for f in DELIVERY_FIELDS})
    if refused is None:
        return False
    column_of = {f.name: f.column for f in DELIVERY_FIELDS}
    named = [column_of.get(n) for n in refused.params.get("fields", "status").split(",")]
    column = next((c for c in named if c in rec.cols), "status" if "status" in rec.cols else "work_order")
    problems.append(_problem(rec, column, refused.reason.value))
    return True


def _classify(rec: Record, old: dict | None, new: dict) -> Change:
    kind = rec.kind
    names = FIELDS[kind]
    if old is None:
        return Change(kind, rec.work_order, rec.key, "new", [(f, None, new.get(f)) for f in names],
                      rec.sheet, rec.row, new)
    diff = [(f, old.get(f), new.get(f)) for f in names if old.get(f) != new.get(f)]
    return Change(kind, rec.work_order, rec.key, "changed" if diff else "unchanged", diff,
                  rec.sheet, rec.row, new)


def shown(v) -> str:
    """A value as the preview shows it."""
    return _shown(v)
