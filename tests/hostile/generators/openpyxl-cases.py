"""Hostile cases written by another program (openpyxl), from a tracking workbook.

Usage: python3 tests/hostile/generators/openpyxl-cases.py BASE.xlsx OUT_DIR

Writes into OUT_DIR:
  openpyxl-resaved.xlsx   the workbook loaded and saved by openpyxl (a valid producer)
  no-table-style.xlsx     every table without a style, as LibreOffice writes them
  rows-under-suivis.xlsx  two follow-ups typed on the rows just under the Suivis table
  duplicate-table.xlsx    a second table named Actions, on the Acteurs sheet
  wrong-date.xlsx         a follow-up dated 2026-13-45 (text that is not a date)
  missing-suivis.xlsx     the Suivis table removed and its sheet renamed « Notes »
"""
import os
import sys

import openpyxl


def load(base):
    return openpyxl.load_workbook(base)


def sheet_of_table(wb, name):
    for ws in wb.worksheets:
        if name in ws.tables:
            return ws
    raise SystemExit(f"no table {name}")


def main(base, out):
    os.makedirs(out, exist_ok=True)

    load(base).save(os.path.join(out, "openpyxl-resaved.xlsx"))

    wb = load(base)
    for ws in wb.worksheets:
        for table in ws.tables.values():
            table.tableStyleInfo = None
    wb.save(os.path.join(out, "no-table-style.xlsx"))

    wb = load(base)
    ws = sheet_of_table(wb, "Suivis")
    last = int(ws.tables["Suivis"].ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    first_action = sheet_of_table(wb, "Actions")
    action_no = first_action.cell(row=2, column=1).value
    for i, row in enumerate((last + 1, last + 2)):
        ws.cell(row=row, column=1).value = ws.cell(row=2, column=1).value
        ws.cell(row=row, column=1).number_format = "yyyy-mm-dd"
        ws.cell(row=row, column=2).value = action_no
        ws.cell(row=row, column=3).value = "En cours"
        ws.cell(row=row, column=5).value = f"Suivi tapé sous le tableau {i + 1}"
    wb.save(os.path.join(out, "rows-under-suivis.xlsx"))

    wb = load(base)
    acteurs = wb["Acteurs"]
    # openpyxl refuses a duplicate name (as Excel does): the name is changed once the table is in.
    for table in list(acteurs.tables.values()):
        table.name = table.displayName = "Actions"
    wb.save(os.path.join(out, "duplicate-table.xlsx"))

    wb = load(base)
    ws = sheet_of_table(wb, "Suivis")
    ws.cell(row=2, column=1).value = "2026-13-45"
    wb.save(os.path.join(out, "wrong-date.xlsx"))

    wb = load(base)
    ws = sheet_of_table(wb, "Suivis")
    del ws.tables["Suivis"]
    ws.title = "Notes"
    wb.save(os.path.join(out, "missing-suivis.xlsx"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
