"""Write tests/data/mini_M2023_dl.xlsx: the smallest workbook in the BLS
national layout (one occupation, the 2023 medians of medical assistants,
$20.19 an hour and $42,000 a year), for the tests of reading workbooks.
    python3 tests/data/make-mini-xlsx.py"""
import os
import zipfile

ROWS = [["OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "H_MEDIAN", "A_MEDIAN"],
        ["31-9092", "Medical Assistants", "detailed", "740000", "20.19", "42000"]]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'


def cell(ref, v):
    try:
        float(v)
        return '<c r="%s"><v>%s</v></c>' % (ref, v)
    except ValueError:
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, v)


def sheet():
    rows = "".join('<row r="%d">%s</row>' % (i, "".join(cell("%s%d" % ("ABCDEF"[j], i), v)
                                                       for j, v in enumerate(r)))
                   for i, r in enumerate(ROWS, 1))
    return HEAD + '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (MAIN, rows)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mini_M2023_dl.xlsx")
    ct = "application/vnd.openxmlformats-"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", HEAD +
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="%spackage.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="%sofficedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="%sofficedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>' % (ct, ct, ct))
        z.writestr("_rels/.rels", HEAD + '<Relationships xmlns="%s"><Relationship Id="rId1" '
                   'Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (RELS, DOC))
        z.writestr("xl/workbook.xml", HEAD + '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet '
                   'name="All May 2023 data" sheetId="1" r:id="rId1"/></sheets></workbook>' % (MAIN, DOC))
        z.writestr("xl/_rels/workbook.xml.rels", HEAD + '<Relationships xmlns="%s"><Relationship '
                   'Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
                   % (RELS, DOC))
        z.writestr("xl/worksheets/sheet1.xml", sheet())


main()
