"""Tolerant, guarded reading of a work order workbook.

The file is checked before any parser sees it (an xlsx at all, not encrypted, not an archive bomb,
no sheet so sparse that a dense reader would allocate gigabytes); then python-calamine reads the
values (about ten times faster than openpyxl) and a quick scan of each sheet's XML finds the cells
calamine cannot tell apart: formulas never computed and error values (``#REF!``). Sheets whose
cells carry no ``r`` references (some generators omit them) are read with openpyxl in read-only mode
instead. Header rows are found below title rows, columns in any order and in any of the three
languages.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import FileError

from . import format as fmt

Progress = Callable[[int], None] | None

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 5_000
MAX_ENTRY_BYTES = 300 * 1024 * 1024
MAX_TOTAL_BYTES = 600 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for entries above 1 MB
MAX_DEPTH = 16  # folder levels inside the archive
MAX_CELLS = 5_000_000  # rows x columns of one sheet, as a dense reader would allocate them
MAX_ROWS, MAX_COLS = 1_048_576, 16_384  # Excel's own limits
HEADER_SCAN_ROWS = 30

ERROR_VALUES = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
                          "#BUSY!", "#UNKNOWN!"})


class WorkbookError(FileError):
    """The file cannot be read as a workbook at all; ``reason`` is a stable key (messages.py)."""


@dataclass
class RawSheet:
    title: str
    key: str  # the format's sheet key
    header_row: int  # 1-based; 0 when no header row was found
    columns: dict[str, tuple[int, str]] = field(default_factory=dict)  # key -> (index, header text)
    duplicates: list[tuple[int, str, str]] = field(default_factory=list)  # (index, text, key)
    extra: list[tuple[int, str]] = field(default_factory=list)  # unknown headers (index, text)
    rows: list[tuple[int, list]] = field(default_factory=list)  # (1-based row, values), non-empty
    flags: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col index) -> marker
    by_headers: bool = False  # recognised by its headers, not its title
    pct: set = field(default_factory=set)  # (row, col index) of cells formatted as a percentage
    hidden_rows: list[int] = field(default_factory=list)  # 1-based rows hidden in Excel, not read
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, "total" | "header")
    mapped: list[tuple[int, str, str]] = field(default_factory=list)  # (index, text, key) by --column
    info_rows: int = 0  # rows above the header that looked like one but matched fewer columns
    flat: bool = False  # work orders and their service lines in one table
    flat_part: str = ""  # "work_orders" | "services": this sheet is one part of a flat table split in two


@dataclass
class RawWorkbook:
    path: Path
    sheets: list[RawSheet]
    ignored_sheets: list[str]
    date1904: bool = False
    sheet_titles: list[str] = field(default_factory=list)
    hidden_sheets: list[tuple[str, str | None]] = field(default_factory=list)  # (title, kind key)
    source: list[tuple[str, dict]] = field(default_factory=list)  # how it was read (notice key, params)
    profile_rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # (name, kind, text, value)

    def sheet(self, key: str) -> RawSheet | None:
        return next((s for s in self.sheets if s.key == key), None)


# ---------------------------------------------------------------------------------------------
# The file and the archive

CSV_SUFFIXES = (".csv", ".tsv", ".txt")


def _check_file(path: Path) -> str:
    """The kind of file: "zip" (xlsx, xlsm, ods), "xls" (Excel 97–2003) or "csv"; raises
    WorkbookError for anything else."""
    if not path.exists():
        raise WorkbookError("not_found", path)
    if path.is_dir():
        raise WorkbookError("is_directory", path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(b"\xd0\xcf\x11\xe0"):
                # an OLE compound file: an encrypted xlsx, or an old binary .xls
                blob = head + fh.read(4 * 1024 * 1024)
                if "EncryptedPackage".encode("utf-16-le") in blob:
                    raise WorkbookError("password_protected", path)
                kind = "xls"
            else:
                kind = "zip" if head.startswith(b"PK") else ""
    except PermissionError:
        raise WorkbookError("not_readable", path) from None
    except OSError as exc:
        raise WorkbookError("not_readable", path, exc.strerror or "") from None
    if size > MAX_FILE_BYTES:
        raise WorkbookError("too_large", path, f"{size} bytes")
    if not kind:
        if path.suffix.lower() in CSV_SUFFIXES:
            return "csv"
        raise WorkbookError("not_xlsx", path)
    return kind


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise WorkbookError("corrupt", path, str(exc)[:200]) from None
    if len(infos) > MAX_ENTRIES:
        zf.close()
        raise WorkbookError("archive_bomb", path, f"{len(infos)} entries")
    total = 0
    for info in infos:
        total += info.file_size
        ratio_bad = info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if (info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES or ratio_bad
                or info.filename.count("/") > MAX_DEPTH):
            zf.close()
            raise WorkbookError("archive_bomb", path, info.filename[:100])
        if info.flag_bits & 0x1:
            zf.close()
            raise WorkbookError("password_protected", path)
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names and not _is_ods(zf, names):
        zf.close()
        raise WorkbookError("not_xlsx", path)
    return zf


def _is_ods(zf: zipfile.ZipFile, names: set[str]) -> bool:
    """An OpenDocument spreadsheet (LibreOffice's .ods): its ``mimetype`` entry says so."""
    if "content.xml" not in names or "mimetype" not in names:
        return False
    try:
        return zf.read("mimetype")[:100].strip() == b"application/vnd.oasis.opendocument.spreadsheet"
    except Exception:  # noqa: BLE001 - a zip member that cannot be read: not an .ods, the caller tries the others
        return False


def _read_part(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        return b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        # a CRC error, a lying size, an unsupported compression
        raise WorkbookError("corrupt", path, f"{name}: {str(exc)[:150]}") from None


def _sheet_parts(zf: zipfile.ZipFile, path: Path) -> tuple[dict[str, str], bool, set[str], str]:
    """Sheet title -> part name inside the archive, whether the 1904 date system is used, the
    hidden sheets' titles, and the styles part."""
    import xml.etree.ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        book = ET.fromstring(_read_part(zf, "xl/workbook.xml", path))
        rels_xml = _read_part(zf, "xl/_rels/workbook.xml.rels", path)
        rels = ET.fromstring(rels_xml) if rels_xml else None
    except ET.ParseError as exc:
        raise WorkbookError("corrupt", path, f"xl/workbook.xml: {exc}") from None
    targets = {}
    styles = "xl/styles.xml"
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id")] = target
            if rel.get("Type", "").endswith("/styles"):
                styles = target
    parts, hidden = {}, set()
    for sheet in book.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
            if sheet.get("state", "visible") in ("hidden", "veryHidden"):
                hidden.add(sheet.get("name", ""))
    pr = book.find(f"{ns_main}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    return parts, date1904, hidden, styles


_PCT_BUILTIN = frozenset({9, 10})
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _percent_styles(data: bytes) -> frozenset[int]:
    """Indexes of the cell formats (``s="N"``) whose number format shows a percentage."""
    import xml.etree.ElementTree as ET

    if not data:
        return frozenset()
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return frozenset()
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    pct_ids = set(_PCT_BUILTIN)
    for nf in root.iter(f"{ns}numFmt"):
        code = _QUOTED.sub("", nf.get("formatCode", ""))
        if "%" in code:
            try:
                pct_ids.add(int(nf.get("numFmtId", "-1")))
            except ValueError:
                pass
    xfs = root.find(f"{ns}cellXfs")
    out = set()
    if xfs is not None:
        for i, xf in enumerate(xfs.findall(f"{ns}xf")):
            try:
                if int(xf.get("numFmtId", "0")) in pct_ids:
                    out.add(i)
            except ValueError:
                pass
    return frozenset(out)


# ---------------------------------------------------------------------------------------------
# A quick scan of a sheet's XML

_CELL_ODD = re.compile(rb"<c[\t\r\n]")
_CELL_REF = re.compile(rb'<c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(/?)>')
_REF_ATTR = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


@dataclass
class _Scan:
    fast: bool  # every cell has a reference: calamine can be used safely
    rows: int = 0
    cols: int = 0
    flags: dict[tuple[int, int], str] = field(default_factory=dict)


_CELL_TAG = re.compile(rb"<c\s([^>]*)>")
_ATTR_S = re.compile(rb'\bs="(\d+)"')
_ROW_TAG = re.compile(rb"<row\b([^>]*)>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ROW_R = re.compile(rb'\br="(\d{1,7})"')
_MERGE = re.compile(rb'<mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')


@dataclass
class _Extras:
    pct: set = field(default_factory=set)
    hidden_rows: list[int] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (0-based)


def _extras(data: bytes, pct_styles: frozenset[int]) -> _Extras:
    """Percent-formatted cells, hidden rows and merged ranges of a sheet's XML."""
    out = _Extras()
    if pct_styles and b' s="' in data:
        for m in _CELL_TAG.finditer(data):
            attrs = m.group(1)
            st = _ATTR_S.search(attrs)
            if st and int(st.group(1)) in pct_styles:
                ref = _REF_ATTR.search(attrs)
                if ref:
                    out.pct.add((int(ref.group(2)), _col_index(ref.group(1))))
    if b"hidden=" in data:
        n = 0
        for m in _ROW_TAG.finditer(data):
            r = _ROW_R.search(m.group(1))
            n = int(r.group(1)) if r else n + 1
            if _HIDDEN.search(m.group(1)):
                out.hidden_rows.append(n)
    if b"<mergeCell" in data:
        for a, r1, b, r2 in _MERGE.findall(data):
            out.merges.append((int(r1) - 1, _col_index(a), int(r2) - 1, _col_index(b)))
    return out


def _fill_merges(rows: list[list], merges, sheet: RawSheet | None = None) -> None:
    """Every cell of a merged range takes the range's top-left value (clipped to the data read:
    a merge never makes the sheet larger)."""
    width = max((len(r) for r in rows), default=0)
    for r1, c1, r2, c2 in merges:
        if r1 >= len(rows) or c1 >= len(rows[r1]):
            continue
        value = rows[r1][c1]
        if _is_blank(value):
            continue
        for r in range(r1, min(r2, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c1, min(c2, width - 1) + 1):
                if (r, c) == (r1, c1):
                    continue
                if c >= len(row):
                    row.extend([""] * (c + 1 - len(row)))
                row[c] = value


def _scan(data: bytes) -> _Scan:
    """Size of the sheet as calamine would allocate it, and the formula/error cells."""
    refs = _CELL_REF.findall(data)
    cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/")
    if cells != len(refs) or b"<sheetData" not in data or _CELL_ODD.search(data):
        return _Scan(fast=False)
    scan = _Scan(fast=True)
    if refs:
        letters, digits, closed = zip(*refs, strict=True)
        if b"/" in closed:  # styled empty cells hold no value: calamine skips them
            kept = [(a, b) for a, b, c in refs if not c]
            letters, digits = zip(*kept, strict=True) if kept else ((), ())
        scan.rows = max(map(int, set(digits)), default=0)
        scan.cols = max((_col_index(x) + 1 for x in set(letters)), default=0)
    for marker, finder in ((b"<f", "formula"), (b't="e"', "error")):
        pos = data.find(marker)
        while pos != -1:
            start = data.rfind(b"<c ", 0, pos)
            end = data.find(b"</c>", pos)
            tag_end = data.find(b">", start)
            ref = _REF_ATTR.search(data, start, tag_end + 1) if start != -1 else None
            if ref and end != -1:
                key = (int(ref.group(2)), _col_index(ref.group(1)))
                chunk = data[tag_end + 1:end]
                value = _VALUE.search(chunk)
                if finder == "error":
                    scan.flags[key] = "error:" + (value.group(1).decode("utf-8", "replace") if value else "")
                elif not (value and value.group(1)) and b't="str"' not in data[start:tag_end]:
                    scan.flags.setdefault(key, "formula")
            pos = data.find(marker, max(pos + 2, end if end != -1 else pos + 2))
    return scan


# ---------------------------------------------------------------------------------------------
# Values

def _read_calamine(path: Path, titles: list[str]) -> dict[str, list[list]]:
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise WorkbookError("password_protected", path) from None
    except Exception as exc:  # noqa: BLE001 - CalamineError, XmlError, ZipError...
        raise WorkbookError("corrupt", path, str(exc).splitlines()[0][:200] if str(exc) else "") from None
    out = {}
    try:
        for title in titles:
            try:
                out[title] = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
            except Exception as exc:  # noqa: BLE001 - calamine's errors become WorkbookError('corrupt'), said to the user
                raise WorkbookError("corrupt", path, f"{title}: {str(exc)[:150]}") from None
    finally:
        book.close()
    return out


def _read_openpyxl(path: Path, titles: list[str]) -> tuple[dict[str, list[list]], dict[str, dict],
                                                          dict[str, set]]:
    """The slow, streaming path: values (cached formula results) and formula/error markers."""
    import warnings

    import openpyxl

    values: dict[str, list[list]] = {}
    flags: dict[str, dict] = {}
    pct: dict[str, set] = {}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for data_only in (True, False):
                book = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
                try:
                    for title in titles:
                        ws = book[title]
                        ws.reset_dimensions()
                        rows, marks, cells = [], {}, 0
                        for r, row in enumerate(ws.iter_rows(), start=1):
                            cells += len(row)
                            if cells > MAX_CELLS or r > MAX_ROWS:
                                raise WorkbookError("sheet_too_large", path, title)
                            if data_only:
                                rows.append(["" if c.value is None else c.value for c in row])
                                for c in row:
                                    if isinstance(c.value, (int, float)) and "%" in (
                                            getattr(c, "number_format", "") or ""):
                                        marks[(r, c.column - 1)] = "pct"
                            else:
                                for c in row:
                                    if c.data_type == "e":
                                        marks[(r, c.column - 1)] = f"error:{c.value}"
                                    elif c.data_type == "f":
                                        marks[(r, c.column - 1)] = "formula"
                        if data_only:
                            values[title] = rows
                            pct[title] = set(marks)
                        else:
                            # a formula is fine when Excel stored its result
                            got = values.get(title, [])
                            for (r, c), m in list(marks.items()):
                                if m == "formula" and r <= len(got) and c < len(got[r - 1]) \
                                        and got[r - 1][c] not in ("", None):
                                    del marks[(r, c)]
                            flags[title] = marks
                finally:
                    book.close()
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl's errors become WorkbookError('corrupt'), said to the user
        raise WorkbookError("corrupt", path, str(exc).splitlines()[0][:200] if str(exc) else "") from None
    return values, flags, pct


# ---------------------------------------------------------------------------------------------
# Header rows

def _is_blank(v) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


_TOTAL = re.compile(r"^(?:итого|всего|total|grand total|subtotal|sub-total|барлығы|жиыны|жиынтығы|"
                    r"барлыгы|жиыны|сумма итого)\b", re.IGNORECASE)

#: The template's example rows begin with one of these (app.workbook.template); never imported.
EXAMPLE_MARK = {"en": "Example:", "ru": "Пример:", "kk": "Мысал:"}
EXAMPLE_MARKS = tuple(m.casefold() for m in EXAMPLE_MARK.values())

Mapping = dict[str, str] | None  # header as written (folded) -> field key, from --column


def _match(sheet_key: str, v, mapping: Mapping) -> str | None:
    if not isinstance(v, str):
        return None
    if mapping:
        field_key = mapping.get(fmt.header_forms(v)[0]) if v.strip() else None
        if field_key == "":
            return None  # the user chose to ignore this column
        if field_key is not None:
            found = fmt.resolve_field(sheet_key, field_key)
            if found is not None:
                return found
    return fmt.match_header(sheet_key, v)


def _header_matches(sheet_key: str, row: list, mapping: Mapping = None) -> int:
    return len({k for v in row if (k := _match(sheet_key, v, mapping))})


def _find_header(sheet_key: str, rows: list[list], mapping: Mapping = None) -> tuple[int, int]:
    """0-based index of the header row (the one of the first 30 with the most known headers, at
    least two; the first of equals), -1 when there is none; and how many rows above it looked
    like a header but matched fewer columns (an info block such as «Заказ: … | Клиент: …»)."""
    best, best_n, weaker = -1, 1, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        n = _header_matches(sheet_key, row, mapping)
        if n > best_n:
            if best >= 0:
                weaker += 1
            best, best_n = i, n
    return best, weaker


def _guess_sheet(rows: list[list], mapping: Mapping = None) -> str | None:
    """A sheet with an unknown title whose headers clearly are one of ours (3+ known headers,
    as many as the kind's required columns)."""
    best, best_n = None, 2
    for sheet in fmt.SHEETS:
        n = max((_header_matches(sheet.key, row, mapping) for row in rows[:HEADER_SCAN_ROWS]), default=0)
        required = sum(1 for c in sheet.columns if c.required)
        if n > best_n and n >= required:
            best, best_n = sheet.key, n
    return best


def _first_text(row: list) -> str | None:
    for v in row:
        if not _is_blank(v):
            return v if isinstance(v, str) else None
    return None


def _build(title: str, key: str, rows: list[list], flags: dict, by_headers: bool,
           extras: _Extras | None = None, mapping: Mapping = None) -> RawSheet:
    extras = extras or _Extras()
    h, weaker = _find_header(key, rows, mapping)
    sheet = RawSheet(title, key, h + 1, flags=flags, by_headers=by_headers, pct=extras.pct,
                     info_rows=weaker)
    if h < 0:
        return sheet
    for i, v in enumerate(rows[h]):
        if _is_blank(v):
            continue
        text = str(v).strip()
        col = _match(key, v, mapping)
        if col is not None and mapping and fmt.header_forms(text)[0] in mapping:
            sheet.mapped.append((i, text, col))
        if col is None:
            sheet.extra.append((i, text))
        elif col in sheet.columns:
            sheet.duplicates.append((i, text, col))
        else:
            sheet.columns[col] = (i, text)
    header_keys = {c for c in (_match(key, v, mapping) for v in rows[h]) if c}
    spec = fmt.SHEET_BY_KEY[key]
    required = [i for k, (i, _t) in sheet.columns.items() if spec.column(k).required]
    wanted = [i for i, _ in sheet.columns.values()]
    wanted_set = set(wanted)
    flagged_rows = {r for r, c in flags if c in wanted_set}
    hidden = set(extras.hidden_rows)
    # a repeated header row has a header where the header row has one: probe that cell first
    probe_idx = min((i for i, _t in sheet.columns.values()), default=0)
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if all(_is_blank(row[i]) if i < len(row) else True for i in wanted) and (r + 1) not in flagged_rows:
            continue
        if r + 1 in hidden:
            sheet.hidden_rows.append(r + 1)
            continue
        first = _first_text(row)
        if first is not None and first.strip().casefold().startswith(EXAMPLE_MARKS):
            sheet.skipped.append((r + 1, "example"))  # the template's example row
            continue
        if first is not None and _TOTAL.match(first.strip()) and any(
                _is_blank(row[i]) if i < len(row) else True for i in required):
            # «Итого» with a required cell empty: a total, not a record (a work order may be named TOTAL)
            sheet.skipped.append((r + 1, "total"))
            continue
        probe = row[probe_idx] if probe_idx < len(row) else None
        if isinstance(probe, str) and _match(key, probe, mapping) is not None \
                and _header_matches(key, row, mapping) >= max(2, len(header_keys) - 1) \
                and {c for c in (_match(key, v, mapping) for v in row) if c} <= header_keys:
            sheet.skipped.append((r + 1, "header"))
            continue
        sheet.rows.append((r + 1, row))
    return sheet


def read_workbook(path: Path | str, progress: Progress = None, columns: Mapping = None,
                  encoding: str | None = None, separator: str | None = None) -> RawWorkbook:
    """Read every sheet of the format found in the workbook; raises WorkbookError.

    ``columns`` maps a header as written to a field key (``--column "Конец срока=term_end"``;
    an empty key ignores the column). ``encoding`` and ``separator`` override what is detected
    in a CSV file."""
    path = Path(path)
    mapping = {fmt.header_forms(k)[0]: v for k, v in (columns or {}).items()} or None
    report = progress or (lambda _p: None)
    report(0)
    kind = _check_file(path)
    if kind == "csv":
        return _finish(path, *_read_csv(path, encoding, separator), mapping, report)
    if kind == "xls":
        return _finish(path, *_read_other(path, "xls"), mapping, report)
    zf = _open_archive(path)
    if "xl/workbook.xml" not in zf.namelist():
        zf.close()
        return _finish(path, *_read_other(path, "ods"), mapping, report)
    try:
        parts, date1904, hidden, styles_part = _sheet_parts(zf, path)
        pct_styles = _percent_styles(_read_part(zf, styles_part, path))
        scans: dict[str, _Scan] = {}
        extras: dict[str, _Extras] = {}
        for n, (title, part) in enumerate(parts.items()):
            data = _read_part(zf, part, path)
            scan = _scan(data)
            if scan.fast and (scan.rows > MAX_ROWS or scan.cols > MAX_COLS
                              or scan.rows * scan.cols > MAX_CELLS):
                raise WorkbookError("sheet_too_large", path, title)
            scans[title] = scan
            extras[title] = _extras(data, pct_styles)
            report(5 + 25 * (n + 1) // max(len(parts), 1))
    finally:
        zf.close()
    if not parts:
        raise WorkbookError("corrupt", path, "no worksheets")
    titles = list(parts)
    fast = [t for t in titles if scans[t].fast]
    slow = [t for t in titles if not scans[t].fast]
    values = _read_calamine(path, fast) if fast else {}
    flags = {t: scans[t].flags for t in fast}
    if slow:
        v2, f2, p2 = _read_openpyxl(path, slow)
        values.update(v2)
        flags.update(f2)
        for title, cells_ in p2.items():
            extras[title].pct |= cells_  # percent formats, seen by openpyxl where cells carry no reference
    for title in titles:
        if extras[title].merges and title in values:
            _fill_merges(values[title], extras[title].merges)
    report(60)
    return _finish(path, titles, values, flags, extras, hidden, date1904, [], mapping, report)


def plain_values(path: Path | str) -> tuple[list[str], dict[str, list[list]]] | None:
    """The sheets of a CSV, .ods or .xls file as plain values (titles, rows by title), for
    writing them again as an .xlsx; None for an Excel workbook (.xlsx, .xlsm), which openpyxl
    opens itself. Raises WorkbookError."""
    path = Path(path)
    kind = _check_file(path)
    if kind == "csv":
        titles, values, *_rest = _read_csv(path)
        return titles, values
    if kind == "zip":
        zf = _open_archive(path)
        try:
            if "xl/workbook.xml" in zf.namelist():
                return None
        finally:
            zf.close()
        kind = "ods"
    titles, values, *_rest = _read_other(path, kind)
    return titles, values


_FLAT_WO = frozenset({"customer", "term_start", "term_end"})
_FLAT_LINE = frozenset({"service", "quantity", "funding", "unit_price"})


def _is_flat(sheet: RawSheet, rows: list[list], mapping: Mapping) -> bool:
    """A one-sheet layout: the header has the work order's own columns and the service lines'."""
    if sheet.key not in ("work_orders", "services") or sheet.header_row == 0:
        return False
    head = rows[sheet.header_row - 1]
    wo = {_match("work_orders", v, mapping) for v in head} & _FLAT_WO
    line = {_match("services", v, mapping) for v in head} & _FLAT_LINE
    return len(wo) >= 2 and len(line) >= 2


def _split_flat(title: str, rows: list[list], flags: dict, extras, mapping: Mapping) -> list[RawSheet]:
    """A flat table (one row per service line, the work order's fields repeated) read as a
    work orders part and a service lines part of the same rows, when each has the columns it
    requires; [] otherwise (the table is refused with one message explaining the layout). The
    columns of one part are not reported as unknown in the other."""
    parts = []
    for key in ("work_orders", "services"):
        part = _build(title, key, rows, flags, False, extras, mapping)
        spec = fmt.SHEET_BY_KEY[key]
        if part.header_row == 0 or any(c.required and c.key not in part.columns for c in spec.columns):
            return []
        part.flat_part = key
        parts.append(part)
    wo, lines = parts
    if wo.header_row != lines.header_row:
        return []
    known = {i for p in parts for i, _t in p.columns.values()}
    for p in parts:
        p.extra = [(i, t) for i, t in p.extra if i not in known]
        p.mapped = [m for m in p.mapped if m[2] in p.columns and p.columns[m[2]][0] == m[0]]
    wo.mapped = [m for m in wo.mapped if m not in lines.mapped]
    return parts


def _finish(path: Path, titles: list[str], values: dict, flags: dict, extras: dict, hidden: set[str],
            date1904: bool, source: list[tuple[str, dict]], mapping: Mapping, report) -> RawWorkbook:
    """Sheets of the format found among the read values (copies together, hidden ones apart)."""
    sheets, ignored, hidden_sheets = [], [], []
    profile_rows: list[tuple[str, str, str, str]] = []
    for title in titles:
        if title.strip().casefold() in PROFILE_TITLES:
            profile_rows += _profile_rows(values.get(title, []))
            continue
        if title.strip().casefold() in HELPER_TITLES:
            continue  # the template's lists and service catalog
        key = fmt.match_sheet(title)
        if key == "" or title in hidden:
            continue  # the instruction sheet; hidden sheets are never read (below)
        if key is None:
            key = _guess_sheet(values.get(title, []), mapping)
            if key is None:
                ignored.append(title)
                continue
            by_headers = True
        else:
            by_headers = False
        sheet = _build(title, key, values.get(title, []), flags.get(title, {}), by_headers,
                       extras.get(title), mapping)
        if sheet.header_row == 0 and not by_headers:
            # titled like one kind, headed like another ("services.csv" holding work orders)
            guess = _guess_sheet(values.get(title, []), mapping)
            if guess is not None and guess != key:
                sheet = _build(title, guess, values.get(title, []), flags.get(title, {}), True,
                               extras.get(title), mapping)
        sheet.flat = _is_flat(sheet, values.get(title, []), mapping)
        if sheet.flat:
            parts = _split_flat(title, values.get(title, []), flags.get(title, {}), extras.get(title), mapping)
            if parts:
                sheets += parts
                continue
        sheets.append(sheet)
    for title in titles:
        if title in hidden:
            key = fmt.match_sheet(title)
            if key == "":
                continue
            hidden_sheets.append((title, key if key is not None else _guess_sheet(values.get(title, []),
                                                                                  mapping)))
    report(70)
    order = {s.key: i for i, s in enumerate(fmt.SHEETS)}
    sheets.sort(key=lambda s: order[s.key])  # stable: copies stay in the workbook's order
    return RawWorkbook(path, sheets, ignored, date1904, titles, hidden_sheets, source, profile_rows)


#: The exported portfolio's sheet of import profiles (app.workbook.writer), in each language.
PROFILE_SHEET = {"en": "Import profiles", "ru": "Профили импорта", "kk": "Импорт профильдері"}
PROFILE_TITLES = frozenset(t.casefold() for t in PROFILE_SHEET.values())
PROFILE_KINDS = ("header", "column", "service")
#: The template's sheets of drop-down lists and of the service catalog: read by no import.
LISTS_SHEET = {"en": "Lists", "ru": "Списки", "kk": "Тізімдер"}
CATALOG_SHEET = {"en": "Service catalog", "ru": "Каталог услуг", "kk": "Қызметтер каталогы"}
HELPER_TITLES = frozenset(t.casefold() for d in (LISTS_SHEET, CATALOG_SHEET) for t in d.values())


def _profile_rows(rows: list[list]) -> list[tuple[str, str, str, str]]:
    """(profile, kind, text, value) of the profile sheet: four columns under one header row."""
    out = []
    for row in rows[1:]:
        cells_ = [("" if v is None else str(v)).strip() for v in (list(row) + [None] * 4)[:4]]
        name, kind, text, value = cells_
        if name and kind in PROFILE_KINDS and text:
            out.append((name, kind, text, value))
    return out


# ---------------------------------------------------------------------------------------------
# Other files: .xls and .ods (python-calamine), CSV

def _read_other(path: Path, kind: str):
    """An Excel 97–2003 .xls or an OpenDocument .ods, read by python-calamine: values and which
    sheets are hidden (formulas come as their computed values; merged cells and formats are not
    seen)."""
    import python_calamine as pc

    try:
        book = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise WorkbookError("password_protected", path) from None
    except Exception as exc:  # noqa: BLE001 - calamine's errors become WorkbookError, said to the user
        if kind == "xls":
            raise WorkbookError("old_xls", path) from None
        raise WorkbookError("corrupt", path, str(exc).splitlines()[0][:200] if str(exc) else "") from None
    values, hidden, titles = {}, set(), []
    try:
        for meta in book.sheets_metadata:
            if "Worksheet" not in str(meta.typ) and "work" not in str(meta.typ).lower():
                continue
            title = meta.name
            titles.append(title)
            if "Visible" not in str(meta.visible) or "Hidden" in str(meta.visible):
                hidden.add(title)
            try:
                sheet = book.get_sheet_by_name(title)
                if sheet.height * max(sheet.width, 1) > MAX_CELLS:
                    raise WorkbookError("sheet_too_large", path, title)
                values[title] = sheet.to_python(skip_empty_area=False)
            except WorkbookError:
                raise
            except Exception as exc:  # noqa: BLE001 - calamine's errors become WorkbookError('corrupt'), said to the user
                raise WorkbookError("corrupt", path, f"{title}: {str(exc)[:150]}") from None
    finally:
        book.close()
    if not titles:
        raise WorkbookError("corrupt", path, "no worksheets")
    return titles, values, {}, {}, hidden, False, [("read_as", {"kind": kind})]


CSV_SEPARATORS = ";,\t|"
#: The encodings the import dialog offers for a CSV file (besides the one detected).
CSV_ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "cp866", "koi8_r", "utf-16", "cp1252", "mac_cyrillic")


def _sniff(sample: str) -> str:
    import csv

    try:
        return csv.Sniffer().sniff(sample, delimiters=CSV_SEPARATORS).delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in CSV_SEPARATORS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it is; otherwise what charset-normalizer finds (a cp1251
    export from 1C), cp1251 as the last resort."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    sample = data[:200_000]
    found = from_bytes(sample, cp_isolation=["cp1251", "cp866", "koi8_r", "utf_16", "cp1252",
                                             "mac_cyrillic", "cp1254"])
    if not found:
        return "cp1251"
    # charset-normalizer may rank mac_cyrillic above cp1251 for a short text ("Заказ" read as
    # "«аказ"): of the encodings it finds, take the one whose non-ASCII characters are most often
    # letters, cp1251 first among equals
    def letters(encoding: str) -> tuple[float, bool]:
        text = sample.decode(encoding, errors="replace")
        wide = [c for c in text if ord(c) > 127]
        return (sum(c.isalpha() for c in wide) / len(wide) if wide else 1.0, encoding == "cp1251")

    return max((m.encoding for m in found), key=letters)


def _read_csv(path: Path, encoding: str | None = None, separator: str | None = None):
    """A CSV export as one sheet named after the file: its encoding and separator detected
    (csv.Sniffer among ; , tab |) and said in the preview."""
    import csv
    import io

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError("not_readable", path, exc.strerror or "") from None
    if b"\0" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise WorkbookError("not_xlsx", path)
    encoding = encoding or _decode(data)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise WorkbookError("corrupt", path, f"not {encoding} text") from None
    sample = text[:64 * 1024]
    chosen = "\t" if separator == "tab" else separator
    sep = chosen or _sniff(sample)
    rows, cells = [], 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep):
            cells += len(row)
            if cells > MAX_CELLS or len(rows) >= MAX_ROWS:
                raise WorkbookError("sheet_too_large", path, path.name)
            rows.append(row)
    except csv.Error as exc:
        raise WorkbookError("corrupt", path, str(exc)[:200]) from None
    title = path.stem
    shown_sep = {"\t": "tab", ";": ";", ",": ",", "|": "|"}.get(sep, sep)
    name = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8"}.get(encoding, encoding)
    return ([title], {title: rows}, {}, {}, set(), False,
            [("read_as_csv", {"encoding": name, "separator": shown_sep, "codec": encoding})])
