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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

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


@dataclass
class RawWorkbook:
    path: Path
    sheets: list[RawSheet]
    ignored_sheets: list[str]
    date1904: bool = False
    sheet_titles: list[str] = field(default_factory=list)

    def sheet(self, key: str) -> RawSheet | None:
        return next((s for s in self.sheets if s.key == key), None)


# ---------------------------------------------------------------------------------------------
# The file and the archive

def _check_file(path: Path) -> None:
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
                reason = "password_protected" if "EncryptedPackage".encode("utf-16-le") in blob \
                    else "old_xls"
                raise WorkbookError(reason, path)
    except PermissionError:
        raise WorkbookError("not_readable", path) from None
    except OSError as exc:
        raise WorkbookError("not_readable", path, exc.strerror or "") from None
    if size > MAX_FILE_BYTES:
        raise WorkbookError("too_large", path, f"{size} bytes")
    if not head.startswith(b"PK"):
        raise WorkbookError("not_xlsx", path)


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
    if "xl/workbook.xml" not in names:
        zf.close()
        raise WorkbookError("not_xlsx", path)
    return zf


def _read_part(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        return b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        # a CRC error, a lying size, an unsupported compression
        raise WorkbookError("corrupt", path, f"{name}: {str(exc)[:150]}") from None


def _sheet_parts(zf: zipfile.ZipFile, path: Path) -> tuple[dict[str, str], bool]:
    """Sheet title -> part name inside the archive, and whether the 1904 date system is used."""
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
    if rels is not None:
        for rel in rels:
            target = rel.get("Target", "")
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id")] = target
    parts = {}
    for sheet in book.iter(f"{ns_main}sheet"):
        rid = sheet.get(f"{ns_rel}id")
        if rid in targets:
            parts[sheet.get("name", "")] = targets[rid]
    pr = book.find(f"{ns_main}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    return parts, date1904


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


def _scan(data: bytes) -> _Scan:
    """Size of the sheet as calamine would allocate it, and the formula/error cells."""
    refs = _CELL_REF.findall(data)
    cells = data.count(b"<c ") + data.count(b"<c>") + data.count(b"<c/")
    if cells != len(refs) or b"<sheetData" not in data or _CELL_ODD.search(data):
        return _Scan(fast=False)
    scan = _Scan(fast=True)
    if refs:
        letters, digits, closed = zip(*refs)
        if b"/" in closed:  # styled empty cells hold no value: calamine skips them
            kept = [(a, b) for a, b, c in refs if not c]
            letters, digits = zip(*kept) if kept else ((), ())
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
    except Exception as exc:  # CalamineError, XmlError, ZipError...
        raise WorkbookError("corrupt", path, str(exc).splitlines()[0][:200] if str(exc) else "") from None
    out = {}
    try:
        for title in titles:
            try:
                out[title] = book.get_sheet_by_name(title).to_python(skip_empty_area=False)
            except Exception as exc:
                raise WorkbookError("corrupt", path, f"{title}: {str(exc)[:150]}") from None
    finally:
        book.close()
    return out


def _read_openpyxl(path: Path, titles: list[str]) -> tuple[dict[str, list[list]], dict[str, dict]]:
    """The slow, streaming path: values (cached formula results) and formula/error markers."""
    import warnings

    import openpyxl

    values: dict[str, list[list]] = {}
    flags: dict[str, dict] = {}
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
                            else:
                                for c in row:
                                    if c.data_type == "e":
                                        marks[(r, c.column - 1)] = f"error:{c.value}"
                                    elif c.data_type == "f":
                                        marks[(r, c.column - 1)] = "formula"
                        if data_only:
                            values[title] = rows
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
    except Exception as exc:
        raise WorkbookError("corrupt", path, str(exc).splitlines()[0][:200] if str(exc) else "") from None
    return values, flags


# ---------------------------------------------------------------------------------------------
# Header rows

def _is_blank(v) -> bool:
    return v is None or v == "" or (isinstance(v, str) and not v.strip())


def _header_matches(sheet_key: str, row: list) -> int:
    return sum(1 for v in row if isinstance(v, str) and fmt.match_header(sheet_key, v))


def _find_header(sheet_key: str, rows: list[list]) -> int:
    """0-based index of the header row (at least two known headers), -1 when there is none."""
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if _header_matches(sheet_key, row) >= 2:
            return i
    return -1


def _guess_sheet(rows: list[list], taken: set[str]) -> str | None:
    """A sheet with an unknown title whose headers clearly are one of ours (3+ known headers)."""
    best, best_n = None, 2
    for sheet in fmt.SHEETS:
        if sheet.key in taken:
            continue
        n = max((_header_matches(sheet.key, row) for row in rows[:HEADER_SCAN_ROWS]), default=0)
        required = sum(1 for c in sheet.columns if c.required)
        if n > best_n and n >= required:
            best, best_n = sheet.key, n
    return best


def _build(title: str, key: str, rows: list[list], flags: dict, by_headers: bool) -> RawSheet:
    h = _find_header(key, rows)
    sheet = RawSheet(title, key, h + 1, flags=flags, by_headers=by_headers)
    if h < 0:
        return sheet
    for i, v in enumerate(rows[h]):
        if _is_blank(v):
            continue
        text = str(v).strip()
        col = fmt.match_header(key, text) if isinstance(v, str) else None
        if col is None:
            sheet.extra.append((i, text))
        elif col in sheet.columns:
            sheet.duplicates.append((i, text, col))
        else:
            sheet.columns[col] = (i, text)
    wanted = [i for i, _ in sheet.columns.values()]
    wanted_set = set(wanted)
    flagged_rows = {r for r, c in flags if c in wanted_set}
    for r in range(h + 1, len(rows)):
        row = rows[r]
        if all(_is_blank(row[i]) if i < len(row) else True for i in wanted) and (r + 1) not in flagged_rows:
            continue
        sheet.rows.append((r + 1, row))
    return sheet


def read_workbook(path: Path | str, progress: Progress = None) -> RawWorkbook:
    """Read every sheet of the format found in the workbook; raises WorkbookError."""
    path = Path(path)
    report = progress or (lambda _p: None)
    report(0)
    _check_file(path)
    zf = _open_archive(path)
    try:
        parts, date1904 = _sheet_parts(zf, path)
        scans: dict[str, _Scan] = {}
        for n, (title, part) in enumerate(parts.items()):
            data = _read_part(zf, part, path)
            scan = _scan(data)
            if scan.fast and (scan.rows > MAX_ROWS or scan.cols > MAX_COLS
                              or scan.rows * scan.cols > MAX_CELLS):
                raise WorkbookError("sheet_too_large", path, title)
            scans[title] = scan
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
        v2, f2 = _read_openpyxl(path, slow)
        values.update(v2)
        flags.update(f2)
    report(60)
    sheets, ignored, taken = [], [], set()
    for title in titles:
        key = fmt.match_sheet(title)
        if key == "":
            continue  # the instruction sheet
        if key is not None and key not in taken:
            taken.add(key)
            sheets.append(_build(title, key, values.get(title, []), flags.get(title, {}), False))
    for title in titles:
        if fmt.match_sheet(title) is not None and title in {s.title for s in sheets}:
            continue
        if fmt.match_sheet(title) == "":
            continue
        guess = _guess_sheet(values.get(title, []), taken)
        if guess:
            taken.add(guess)
            sheets.append(_build(title, guess, values.get(title, []), flags.get(title, {}), True))
        else:
            ignored.append(title)
    report(70)
    order = {s.key: i for i, s in enumerate(fmt.SHEETS)}
    sheets.sort(key=lambda s: order[s.key])
    return RawWorkbook(path, sheets, ignored, date1904, titles)
