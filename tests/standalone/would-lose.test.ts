/**
 * The standalone page's workbook: a write the guard refuses (would-lose) is refused with the
 * message naming what would be lost, and the page's bytes (what a download hands over) stay the
 * file as it was opened.
 */
import JSZip from "jszip";
import { dayFromIso, type Day } from "../../src/domain/dates";
import { demoPlan } from "../../src/domain/demo";
import { filePort } from "../../src/standalone/workbook-file";
import { findTable } from "../../src/workbook/xlsx/package/append-rows";
import { tableShape } from "../../src/workbook/xlsx/package/cell-guard";
import { a1, parseRange } from "../../src/workbook/xlsx/package/cell-xml";
import { parseSheetData, putCell, renderSheetData } from "../../src/workbook/xlsx/package/sheet-data";
import { writeXlsx } from "../../src/workbook/xlsx/write";

test("a write that would overwrite the user's formula is refused; the page keeps the original bytes", async () => {
  const zip = await JSZip.loadAsync(await writeXlsx(demoPlan(dayFromIso("2026-11-26") as Day, "fr")));
  const table = await findTable(zip, "Actions");
  const shape = tableShape(table.xml);
  const range = parseRange(shape?.ref ?? "");
  const col = (range?.left ?? 1) + (shape?.columns.indexOf("Alerte") ?? 0);
  const row = (range?.top ?? 1) + 1;
  const data = parseSheetData(await (zip.file(table.sheetPart) as JSZip.JSZipObject).async("string"), "");
  putCell(data, row, col, `<c r="${a1(row, col)}" t="str"><f>"mine"</f><v>mine</v></c>`);
  zip.file(table.sheetPart, renderSheetData(data));
  const bytes = await zip.generateAsync({ type: "uint8array" });

  const port = filePort(bytes, "plan.xlsx", "fr");
  await expect(
    port.write({ cells: [{ sheet: table.sheet.name, row, col, value: "En retard" }] }),
  ).rejects.toMatchObject({
    code: "would-lose",
    message: expect.stringContaining(`formula ${a1(row, col)}`),
  });
  expect(port.bytes()).toEqual(bytes);
});
