import ExcelJS from "exceljs";
import JSZip from "jszip";
import { setConditionalFormats, writeCells } from "../../../../src/workbook/xlsx/package/cells";
import { PackageError } from "../../../../src/workbook/xlsx/package/errors";
import { changedParts, excelJsWorkbook, sheetValues, textOf } from "./package-fixtures";

const SHEET = "xl/worksheets/sheet1.xml";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("writeCells", () => {
  test("fills the computed columns, keeps order and other parts, text stays text", async () => {
    const input = await excelJsWorkbook();
    const out = await writeCells(input, "Plan d'action", [
      { row: 3, col: 6, value: "=late, stale" },
      { row: 2, col: 3, value: "En cours" },
      { row: 2, col: 4, value: 40 },
      { row: 2, col: 5, value: 46000, format: "date" },
      { row: 3, col: 3, value: null },
      { row: 9, col: 2, value: "après" },
      { row: 7, col: 1, value: "avant" },
    ]);
    expect(await changedParts(input, out, [SHEET, "xl/styles.xml"])).toEqual([]);
    const xml = await textOf(out, SHEET);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([1, 2, 3, 7, 9]);
    const row2 = /<row r="2"[\s\S]*?<\/row>/.exec(xml)?.[0] ?? "";
    expect([...row2.matchAll(/<c r="([A-Z]+)2"/g)].map((m) => m[1])).toEqual(["A", "B", "C", "D", "E"]);
    expect(xml).toMatch(/<dimension ref="A1:F9"\/>/);

    const ws = (await load(out)).getWorksheet("Plan d'action") as ExcelJS.Worksheet;
    expect(ws.getCell("C2").value).toBe("En cours");
    expect(ws.getCell("D2").value).toBe(40);
    expect(ws.getCell("E2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("F3").value).toBe("=late, stale");
    expect(ws.getCell("F3").formula).toBeUndefined();
    expect(ws.getCell("A7").value).toBe("avant");
    const others = await sheetValues(out, ["Plan d'action"]);
    expect(others).toEqual(await sheetValues(input, ["Plan d'action"]));
    // Writing again reuses the style it added: styles.xml does not grow.
    const again = await writeCells(out, "Plan d'action", [{ row: 2, col: 5, value: 46001, format: "date" }]);
    expect(await textOf(again, "xl/styles.xml")).toBe(await textOf(out, "xl/styles.xml"));
  });

  test("refuses to overwrite the first cell of a shared formula, leaves other formulas", async () => {
    const input = await excelJsWorkbook();
    const zip = await JSZip.loadAsync(input);
    const xml = await (zip.file("xl/worksheets/sheet3.xml") as JSZip.JSZipObject).async("string");
    const shared =
      '<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5*2</f><v>0</v></c><c r="B5"><v>1</v></c></row>' +
      '<row r="6"><c r="A6"><f t="shared" si="0"/><v>0</v></c></row>';
    zip.file("xl/worksheets/sheet3.xml", xml.replace("</sheetData>", `${shared}</sheetData>`));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(writeCells(bytes, "Notes", [{ row: 5, col: 1, value: 3 }])).rejects.toMatchObject({
      reason: "shared-formula",
      code: "write-refused",
    });
    const out = await writeCells(bytes, "notes", [{ row: 5, col: 2, value: 7 }]);
    const after = await textOf(out, "xl/worksheets/sheet3.xml");
    expect(after).toContain('<f t="shared" ref="A5:A6" si="0">B5*2</f>');
    expect(after).toContain('<row r="6"><c r="A6"><f t="shared" si="0"/><v>0</v></c></row>');
    await expect(writeCells(bytes, "Absente", [])).rejects.toBeInstanceOf(PackageError);
  });
});

describe("setConditionalFormats", () => {
  test("replaces only its own rules, after the user's", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await excelJsWorkbook()) as unknown as ArrayBuffer);
    (wb.getWorksheet("Plan d'action") as ExcelJS.Worksheet).addConditionalFormatting({
      ref: "A2:A3",
      rules: [{ type: "expression", priority: 1, formulae: ['$A2="1.1"'], style: { font: { bold: true } } }],
    });
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const rules = [
      { range: "A2:F3", formula: 'ISNUMBER(SEARCH("late",$F2))', fill: "FFCDD2", color: "B71C1C" },
      { range: "A2:F3", formula: 'ISNUMBER(SEARCH("blocked",$F2))', fill: "FFE0B2" },
    ];
    const once = await setConditionalFormats(input, "Plan d'action", rules, "Actions");
    const twice = await setConditionalFormats(once, "Plan d'action", rules.slice(0, 1), "Actions");
    const xml = await textOf(twice, SHEET);
    const cf = [...xml.matchAll(/<cfRule\b[^>]*priority="(\d+)"[^>]*>\s*<formula>([^<]*)<\/formula>/g)].map(
      (m) => [Number(m[1]), m[2]],
    );
    expect(cf).toEqual([
      [1, "$A2=&quot;1.1&quot;"], // the user's rule, byte for byte as ExcelJS wrote it
      [2, 'AND(ISNUMBER(SEARCH("late",$F2)),N("PlanVivant.Actions")=0,N("A2:F3")=0)'],
    ]);
    expect(await textOf(twice, "xl/styles.xml")).toBe(await textOf(once, "xl/styles.xml"));
    const cleared = await setConditionalFormats(twice, "Plan d'action", [], "Actions");
    expect((await textOf(cleared, SHEET)).match(/<cfRule/g)).toHaveLength(1);
    expect(await changedParts(input, twice, [SHEET, "xl/styles.xml"])).toEqual([]);
  });
});
