import ExcelJS from "exceljs";
import JSZip from "jszip";
import { appendTableRows } from "../../../../src/workbook/xlsx/package/append-rows";
import { writeOwnedSheet } from "../../../../src/workbook/xlsx/package/bilan-sheet";
import { setConditionalFormats, writeCells } from "../../../../src/workbook/xlsx/package/cells";
import { compareParts, kindOf, listParts } from "../../../../src/workbook/xlsx/package/parts";
import { preparePackage } from "../../../support/exceljs-reader/normalize";
import { bilanPlan, userWorkbook } from "./package-fixtures";
import { testWith } from "../../../support/tools";

const withPython = testWith("openpyxl");

async function edit(bytes: Uint8Array, change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  await change(zip);
  return zip.generateAsync({ type: "uint8array" });
}

describe("parts", () => {
  test("kinds", () => {
    expect(kindOf("xl/charts/chart1.xml")).toBe("chart");
    expect(kindOf("xl/drawings/vmlDrawing1.vml")).toBe("vml");
    expect(kindOf("xl/vbaProject.bin")).toBe("vba");
    expect(kindOf("xl/pivotCache/pivotCacheDefinition1.xml")).toBe("pivot-cache");
    expect(kindOf("xl/threadedComments/threadedComment1.xml")).toBe("threaded-comments");
    expect(kindOf("customXml/item1.xml")).toBe("custom-xml");
  });

  withPython("lists the user's chart, drawing, picture and comments", async () => {
    const kinds = listParts(await JSZip.loadAsync(userWorkbook())).map((p) => p.kind);
    for (const k of ["chart", "drawing", "media", "comments", "vml", "table", "worksheet"])
      expect(kinds).toContain(k);
  });

  withPython(
    "an ExcelJS load + write of the openpyxl workbook loses its chart: compareParts names it",
    async () => {
      const input = userWorkbook();
      const wb = new ExcelJS.Workbook();
      // The drawing must go for ExcelJS 4.4 to load openpyxl's file at all: that is the loss.
      const loadable = await edit(input, (zip) => {
        zip.file(
          "xl/drawings/drawing1.xml",
          '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
        );
      });
      await wb.xlsx.load((await preparePackage(loadable)).bytes as unknown as ArrayBuffer);
      const output = new Uint8Array(await wb.xlsx.writeBuffer());
      const lost = await compareParts(input, output);
      expect(lost).toContainEqual({ kind: "chart", path: "xl/charts/chart1.xml", reason: "missing" });
      expect(lost.map((l) => l.kind)).toContain("drawing");
    },
  );

  withPython("each loss is named: a dropped chart, sheet, defined name, style, formula", async () => {
    const input = userWorkbook();
    expect(await compareParts(input, input)).toEqual([]);
    const noChart = await edit(input, (zip) => void zip.remove("xl/charts/chart1.xml"));
    expect(await compareParts(input, noChart)).toEqual([
      { kind: "chart", path: "xl/charts/chart1.xml", reason: "missing" },
    ]);
    const noName = await edit(input, async (zip) => {
      const xml = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
      zip.file(
        "xl/workbook.xml",
        xml.replace(/<definedNames>.*<\/definedNames>/, "").replace(/<sheet [^>]*name="Suivis"[^>]*\/>/, ""),
      );
    });
    const details = (await compareParts(input, noName)).map((l) => l.detail);
    expect(details).toEqual(expect.arrayContaining(["sheet Suivis", "defined name MonTotal"]));
    const noFormula = await edit(input, async (zip) => {
      const xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.replace(/<f>[^<]*<\/f>/, ""));
    });
    expect(await compareParts(input, noFormula)).toContainEqual({
      kind: "worksheet",
      path: "xl/worksheets/sheet1.xml",
      reason: "changed",
      detail: "formula J2",
    });
    const styleChanged = await edit(input, async (zip) => {
      const xml = await (zip.file("xl/styles.xml") as JSZip.JSZipObject).async("string");
      zip.file("xl/styles.xml", xml.replace(/<font>/, "<font><b/>"));
    });
    expect((await compareParts(input, styleChanged)).map((l) => l.detail)).toEqual(["styles fonts"]);
  });

  withPython("every Plan vivant edit passes the guard, including replacing its own bilan", async () => {
    const input = userWorkbook();
    let bytes = (await writeOwnedSheet(input, bilanPlan(), { ownerName: "PlanVivant.Bilan" })).bytes;
    bytes = await writeCells(bytes, "Plan d'action", [{ row: 2, col: 5, value: "En cours" }]);
    bytes = await setConditionalFormats(
      bytes,
      "Plan d'action",
      [{ range: "A2:H4", formula: '$H2="late"', fill: "FFCDD2" }],
      "Actions",
    );
    bytes = await appendTableRows(bytes, "Suivis", [[46000, "1.2", "Bloquée", 10]], ["date"]);
    expect(await compareParts(input, bytes)).toEqual([]);
    const plan = bilanPlan();
    plan.charts = [];
    const replaced = (await writeOwnedSheet(bytes, plan, { ownerName: "PlanVivant.Bilan" })).bytes;
    expect(await compareParts(bytes, replaced)).toEqual([]);
    // Without knowing the owner, the replaced charts would count as lost.
    const strict = await compareParts(bytes, replaced, { ownerNames: [] });
    expect(strict.map((l) => l.kind)).toContain("chart");
  });

  test("cells written inside sheet data are not taken for changed sheet settings; a changed setting is", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Actions");
    ws.getCell("A1").value = "No";
    ws.getCell("B1").numFmt = "yyyy-mm-dd"; // an empty styled cell: a self-closing <c/> in sheetData
    ws.getCell("A2").value = "1.1";
    ws.pageSetup.orientation = "landscape";
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const written = await writeCells(input, "Actions", [{ row: 2, col: 2, value: "En cours" }]);
    const asked = { askedCells: new Map([["actions", new Set(["2:2"])]]) };
    expect(await compareParts(input, written, asked)).toEqual([]);
    const portrait = await edit(written, async (zip) => {
      const xml = await (zip.file("xl/worksheets/sheet1.xml") as JSZip.JSZipObject).async("string");
      zip.file("xl/worksheets/sheet1.xml", xml.replace('orientation="landscape"', 'orientation="portrait"'));
    });
    expect((await compareParts(input, portrait, asked)).map((l) => l.detail)).toEqual(["sheet settings"]);
    // Unasked, the written cell is a loss the guard names.
    expect((await compareParts(input, written)).map((l) => l.detail)).toEqual(["cells Actions!B2"]);
  });
});
