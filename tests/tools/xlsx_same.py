#!/usr/bin/env python3
"""Is a workbook's sheet the same table as a CSV file?  Reads the .xlsx
with Python's zipfile and the sheet's XML (no code of wagestat's), and
compares every cell: text as text, numbers as numbers (relative 1e-15,
the digits a workbook keeps; within half a cent where the CSV writes a
figure to the cent, as wagestat's CSV does by default), an empty cell as
an empty CSV field.  Also
checks that the header row is frozen, and that the numbers of each
column named in --money carry a currency format ('$') and those of
columns ending in _pct a percent one.  Prints "same" or each difference;
exits 1 on any.

  xlsx_same.py BOOK.xlsx SHEET TABLE.csv [--money COL,...]
  xlsx_same.py --dump BOOK.xlsx SHEET      (the sheet as CSV)
"""
import csv
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_path(z, name):
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    for s in wb.find("m:sheets", NS):
        if s.get("name") == name:
            return "xl/" + target[s.get(REL)]
    sys.exit("no sheet %r" % name)


def formats(z):
    st = ET.fromstring(z.read("xl/styles.xml"))
    codes = {int(f.get("numFmtId")): f.get("formatCode") for f in st.iter("{%s}numFmt" % NS["m"])}
    xfs = st.find("m:cellXfs", NS)
    return [codes.get(int(x.get("numFmtId", 0)), "") for x in xfs]


def read_sheet(path, name):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    fmt = formats(z)
    root = ET.fromstring(z.read(sheet_path(z, name)))
    frozen = any(p.get("state") == "frozen" and p.get("ySplit") == "1"
                 for p in root.iter("{%s}pane" % NS["m"]))
    rows = []
    for row in root.find("m:sheetData", NS):
        cells = {}
        for c in row:
            v = c.find("m:v", NS)
            if c.get("t") == "s":
                cells[col_index(c.get("r"))] = ("text", shared[int(v.text)])
            elif c.get("t") == "inlineStr":
                cells[col_index(c.get("r"))] = ("text", "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"])))
            elif v is not None:
                cells[col_index(c.get("r"))] = ("number", float(v.text), fmt[int(c.get("s", 0))])
        rows.append(cells)
    return rows, frozen


def dump(book, sheet):
    """The sheet as CSV, numbers as Python writes them (repr)."""
    rows, _ = read_sheet(book, sheet)
    out = csv.writer(sys.stdout, lineterminator="\n")
    for cells in rows:
        n = max(cells) + 1 if cells else 0
        out.writerow([(repr(cells[c][1]) if cells[c][0] == "number" else cells[c][1])
                      if c in cells else "" for c in range(n)])
    return 0


def main():
    if sys.argv[1] == "--dump":
        return dump(sys.argv[2], sys.argv[3])
    book, sheet, table = sys.argv[1:4]
    money = []
    if len(sys.argv) > 5 and sys.argv[4] == "--money":
        money = sys.argv[5].split(",")
    rows, frozen = read_sheet(book, sheet)
    want = list(csv.reader(open(table, newline="")))
    bad = []
    if not frozen:
        bad.append("the header row is not frozen")
    if len(rows) != len(want):
        bad.append("%d rows, the CSV has %d" % (len(rows), len(want)))
    header = want[0] if want else []
    for r, (got, exp) in enumerate(zip(rows, want)):
        for c, field in enumerate(exp):
            cell = got.get(c)
            where = "row %d column %s" % (r + 1, header[c] if c < len(header) else c)
            if field == "":
                if cell is not None:
                    bad.append("%s: %r, the CSV has nothing" % (where, cell[1]))
                continue
            if cell is None:
                bad.append("%s: empty, the CSV has %r" % (where, field))
            elif cell[0] == "text":
                if cell[1] != field and cell[1] != field.lstrip("'"):
                    bad.append("%s: %r, the CSV has %r" % (where, cell[1], field))
            else:
                x = float(field)
                # a CSV writes money to the cent: the workbook keeps every digit
                cents = re.fullmatch(r"-?\d+(\.\d{1,2})?", field) is not None
                tol = 0.005 + 1e-9 * abs(x) if cents else 1e-15 * max(1.0, abs(x))
                if abs(cell[1] - x) > tol:
                    bad.append("%s: %r, the CSV has %r" % (where, cell[1], field))
                name = header[c]
                if name in money and "$" not in cell[2]:
                    bad.append("%s: format %r is no currency" % (where, cell[2]))
                if name.endswith("_pct") and "%" not in cell[2]:
                    bad.append("%s: format %r is no percent" % (where, cell[2]))
    for b in bad[:20]:
        print(b)
    print("same" if not bad else "%d differences" % len(bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
