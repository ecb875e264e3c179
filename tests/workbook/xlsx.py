"""A tiny xlsx writer for tests: it can write what openpyxl refuses to (formulas with a cached
value, error cells, control characters, sparse far cells), and it is fast enough for property tests."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape

CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '{sheets}</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')


class F:
    """A formula cell, with the value Excel cached (None: never computed)."""

    def __init__(self, formula: str, cached=None):
        self.formula, self.cached = formula, cached


class P:
    """A number formatted as a percentage (Excel stores 50 % as 0.5)."""

    def __init__(self, value):
        self.value = value


class E:
    """An error cell such as #REF!."""

    def __init__(self, code: str = "#REF!"):
        self.code = code


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _serial(d: date, date1904: bool) -> int:
    base = date(1904, 1, 1) if date1904 else date(1899, 12, 30)
    return (d - base).days


def _text(s: str) -> str:
    # control characters are written the way Excel escapes them (_xHHHH_)
    out = "".join(f"_x{ord(c):04X}_" if (ord(c) < 32 and c not in "\t\n\r") else c for c in s)
    return escape(out)


def cell_xml(ref: str, v, date1904: bool) -> str:
    if v is None:
        return ""
    if isinstance(v, F):
        if v.cached is None:
            return f'<c r="{ref}"><f>{escape(v.formula)}</f></c>'
        if isinstance(v.cached, str):
            return f'<c r="{ref}" t="str"><f>{escape(v.formula)}</f><v>{escape(v.cached)}</v></c>'
        return f'<c r="{ref}"><f>{escape(v.formula)}</f><v>{v.cached}</v></c>'
    if isinstance(v, P):
        return f'<c r="{ref}" s="2"><v>{v.value}</v></c>'
    if isinstance(v, E):
        return f'<c r="{ref}" t="e"><v>{escape(v.code)}</v></c>'
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, datetime):
        v = v.date()
    if isinstance(v, date):
        return f'<c r="{ref}" s="1"><v>{_serial(v, date1904)}</v></c>'
    if isinstance(v, (int, float, Decimal)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_text(str(v))}</t></is></c>'


def sheet_xml(rows: list[list], date1904: bool = False, start_row: int = 1, hidden_rows=(),
              merges=()) -> str:
    out = []
    for r, row in enumerate(rows, start=start_row):
        cells = "".join(cell_xml(f"{col_letter(c)}{r}", v, date1904) for c, v in enumerate(row))
        if cells:
            hidden = ' hidden="1"' if r in hidden_rows else ""
            out.append(f'<row r="{r}"{hidden}>{cells}</row>')
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData>{merged}</worksheet>')


def make_xlsx(path, sheets: dict[str, list[list] | str], date1904: bool = False, hidden=None) -> None:
    """``sheets``: title -> rows (lists of values) or a ready sheet XML string; ``hidden``: title ->
    "hidden" or "veryHidden"."""
    hidden = hidden or {}
    names = list(sheets)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          + ('<workbookPr date1904="1"/>' if date1904 else "") + "<sheets>"
          + "".join(f'<sheet name="{escape(n, {chr(34): "&quot;"})}" sheetId="{i + 1}" r:id="rId{i + 1}"'
                    + (f' state="{hidden[n]}"' if n in hidden else "") + "/>"
                    for i, n in enumerate(names))
          + "</sheets></workbook>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                      for i in range(len(names)))
            + f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + "</Relationships>")
    ct = CT.format(sheets="".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(len(names))))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/styles.xml", STYLES)
        for i, n in enumerate(names):
            data = sheets[n]
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml",
                       data if isinstance(data, str) else sheet_xml(data, date1904))


def make_ods(path, sheets: dict[str, list[list]], hidden=()) -> None:
    """A minimal OpenDocument spreadsheet (what LibreOffice saves as .ods)."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')

    def cell(v) -> str:
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, datetime):
            v = v.date()
        if isinstance(v, date):
            return (f'<table:table-cell office:value-type="date" office:date-value="{v.isoformat()}">'
                    f"<text:p>{v.isoformat()}</text:p></table:table-cell>")
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                    f"<text:p>{v}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'

    styles = ('<office:automatic-styles><style:style style:name="hid" style:family="table">'
              '<style:table-properties table:display="false"/></style:style></office:automatic-styles>')
    tables = "".join(
        f'<table:table table:name="{escape(name, {chr(34): "&quot;"})}"'
        + (' table:style-name="hid"' if name in hidden else "") + ">"
        + "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
        + "</table:table>" for name, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"{styles}<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
