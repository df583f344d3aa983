/** The package editor on valid XML in the forms other producers write, and on adversarial parts. */
import JSZip from "jszip";
import { checkWrittenParts, editXlsx } from "../../../../src/workbook/xlsx/edit";
import { writeOwnedSheet } from "../../../../src/workbook/xlsx/package/bilan-sheet";
import { writeCells } from "../../../../src/workbook/xlsx/package/cells";
import { isMacroEnabled } from "../../../../src/workbook/xlsx/macro";
import { compareParts, sheetFrame } from "../../../../src/workbook/xlsx/package/parts";
import { checkWellFormed } from "../../../../src/workbook/xlsx/package/tokenizer";
import { parseDefinedNames, readWorkbookInfo } from "../../../../src/workbook/xlsx/package/workbook-xml";
import { growthRatio } from "../../../support/growth";
import { bilanPlan, excelJsWorkbook, textOf } from "./package-fixtures";

const ACTIONS = "xl/worksheets/sheet1.xml";

async function withPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(path, edit(await (zip.file(path) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "uint8array" });
}

describe("editing XML as XML", () => {
  test("a cell written r = 'B2' (spaces, single quotes) keeps one r and is overwritten in place", async () => {
    const input = await withPart(await excelJsWorkbook(), ACTIONS, (xml) =>
      xml.replace(/<c r="C2"/, "<c  r = 'C2' "),
    );
    const out = await writeCells(input, "Plan d'action", [{ row: 2, col: 3, value: "En cours" }]);
    const xml = await textOf(out, ACTIONS);
    expect(() => checkWellFormed(xml)).not.toThrow();
    const row2 = /<row r="2"[\s\S]*?<\/row>/.exec(xml)?.[0] ?? "";
    expect(row2.match(/r\s*=\s*["']C2["']/g)).toHaveLength(1);
    expect(row2).toContain("En cours");
  });

  test("a comment holding tags inside sheetData is kept and never taken for a row", async () => {
    const comment = '<!-- <row r="2"><c r="A2"><v>9</v></c> -->';
    const input = await withPart(await excelJsWorkbook(), ACTIONS, (xml) =>
      xml.replace("<sheetData>", `<sheetData>${comment}`),
    );
    const out = await writeCells(input, "Plan d'action", [{ row: 2, col: 3, value: "En cours" }]);
    const xml = await textOf(out, ACTIONS);
    expect(() => checkWellFormed(xml)).not.toThrow();
    expect(xml).toContain(comment);
    expect(xml.match(/<row r="2"/g)).toHaveLength(2); // the comment's and the real one
  });

  test("cells without r: positions follow the previous cell, none moves after a write", async () => {
    const input = await withPart(await excelJsWorkbook(), ACTIONS, (xml) =>
      xml.replace(
        /<row r="3"[\s\S]*?<\/row>/,
        '<row r="3"><c t="inlineStr"><is><t>1.2</t></is></c><c><v>5</v></c></row>',
      ),
    );
    const out = await writeCells(input, "Plan d'action", [{ row: 3, col: 3, value: "Bloquée" }]);
    const row3 = /<row r="3"[\s\S]*?<\/row>/.exec(await textOf(out, ACTIONS))?.[0] ?? "";
    expect([...row3.matchAll(/<c r="([A-Z]+)3"/g)].map((m) => m[1])).toEqual(["A", "B", "C"]);
    expect(row3).toContain("<v>5</v>");
  });

  test("parts with a prefix for the main namespace (Open XML SDK) are edited with that prefix", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const sdk =
      `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${main}"><x:sheetData>` +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>No</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const input = await withPart(await excelJsWorkbook(), "xl/worksheets/sheet3.xml", () => sdk);
    const out = await writeCells(input, "Notes", [
      { row: 1, col: 2, value: "x" },
      { row: 4, col: 1, value: 3 },
    ]);
    const xml = await textOf(out, "xl/worksheets/sheet3.xml");
    expect(() => checkWellFormed(xml)).not.toThrow();
    expect(xml).toContain('<x:c r="B1" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>');
    expect(xml).toContain('<x:row r="4"><x:c r="A4"><x:v>3</x:v></x:c></x:row>');
    expect(xml).not.toMatch(/<(row|c)\b/);
  });
});

describe("every written part is parsed back", () => {
  test("a written part that is not well-formed refuses the write as damaged, naming the part", async () => {
    const input = await excelJsWorkbook();
    const broken = await withPart(input, ACTIONS, (xml) => xml.replace("</sheetData>", "<row></sheetData>"));
    await expect(checkWrittenParts(input, broken, { lang: "en", file: "plan.xlsx" })).rejects.toMatchObject({
      code: "damaged",
      params: { part: ACTIONS, file: "plan.xlsx" },
      message: expect.stringContaining(ACTIONS),
    });
    const fine = await writeCells(input, "Plan d'action", [{ row: 2, col: 3, value: "x" }]);
    await expect(checkWrittenParts(input, fine)).resolves.toBeUndefined();
  });
});

describe("linear scanners", () => {
  const tags = (n: number, tag: string): string => `<!--${tag.repeat(n)}-->`;

  test("defined names behind a comment of many <definedName tags", () => {
    const make = (n: number): string =>
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${tags(n, "<definedName ")}` +
      '<definedNames><definedName name="A">Feuil1!$A$1</definedName></definedNames></workbook>';
    expect(parseDefinedNames(make(10)).map((n) => n.name)).toEqual(["A"]);
    expect(growthRatio(make, (xml) => parseDefinedNames(xml), 200_000)).toBeLessThanOrEqual(3);
  });

  test("sheetFrame behind a comment of many <sheetData and <conditionalFormatting tags", () => {
    const make = (n: number): string =>
      `<worksheet>${tags(n, "<sheetData><conditionalFormatting ")}<sheetData><row r="1"/></sheetData></worksheet>`;
    expect(sheetFrame(make(2))).toBe(
      `<worksheet>${tags(2, "<sheetData><conditionalFormatting ")}</worksheet>`,
    );
    expect(growthRatio(make, (xml) => sheetFrame(xml), 200_000)).toBeLessThanOrEqual(3);
  });
});

describe("Plan vivant's own sheet", () => {
  test("is marked by a workbook-level and a sheet-scoped name, and replaced in place", async () => {
    const first = (
      await writeOwnedSheet(await excelJsWorkbook(), bilanPlan(), { ownerName: "PlanVivant.Bilan" })
    ).bytes;
    const names = parseDefinedNames(await textOf(first, "xl/workbook.xml")).filter(
      (n) => n.name === "PlanVivant.Bilan",
    );
    expect(names.map((n) => [n.localSheetId, n.value])).toEqual([
      [undefined, "Bilan!$A$1"],
      [3, "Bilan!$A$1"],
    ]);
    const again = await writeOwnedSheet(first, bilanPlan(), { ownerName: "PlanVivant.Bilan" });
    expect(again.sheetName).toBe("Bilan");
    const info = await readWorkbookInfo(await JSZip.loadAsync(again.bytes));
    expect(info.sheets.map((s) => s.name)).toEqual(["Plan d'action", "Suivis", "Notes", "Bilan"]);
  });

  test("a name alone pointing at a user's sheet does not make it Plan vivant's: the sheet is kept", async () => {
    const input = await withPart(await excelJsWorkbook(), "xl/workbook.xml", (xml) =>
      xml.replace(
        /<definedNames>|<\/sheets>/,
        (m) =>
          `${m === "</sheets>" ? m : ""}${m === "</sheets>" ? "<definedNames>" : m}<definedName name="PlanVivant.Bilan">Notes!$A$1</definedName>${m === "</sheets>" ? "</definedNames>" : ""}`,
      ),
    );
    const written = await editXlsx(input, { ownedSheet: bilanPlan() });
    const info = await readWorkbookInfo(await JSZip.loadAsync(written.bytes));
    expect(info.sheets.map((s) => s.name)).toEqual(["Plan d'action", "Suivis", "Notes", "Bilan"]);
    expect(await textOf(written.bytes, "xl/worksheets/sheet3.xml")).toBe(
      await textOf(input, "xl/worksheets/sheet3.xml"),
    );
  });
});

describe("macro-enabled workbooks", () => {
  test("an .xlsm keeps its content type and VBA project through an edit", async () => {
    const zip = await JSZip.loadAsync(await excelJsWorkbook());
    const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        /(PartName="\/xl\/workbook\.xml" ContentType=")[^"]*"/,
        '$1application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
      ),
    );
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
    zip.file("xl/vbaProject.bin", vba);
    const xlsm = await zip.generateAsync({ type: "uint8array" });
    expect(await isMacroEnabled(xlsm)).toBe(true);
    expect(await isMacroEnabled(await excelJsWorkbook())).toBe(false);
    const out = await editXlsx(xlsm, { cells: [{ sheet: "Plan d'action", row: 2, col: 3, value: "x" }] });
    expect(await isMacroEnabled(out.bytes)).toBe(true);
    const after = await JSZip.loadAsync(out.bytes);
    expect(await (after.file("xl/vbaProject.bin") as JSZip.JSZipObject).async("uint8array")).toEqual(vba);
    expect(await textOf(out.bytes, "[Content_Types].xml")).toContain("macroEnabled.main+xml");
  });
});

describe("the guard sees cells", () => {
  test("26 user cells overwritten are refused, naming the sheet and the first cells", async () => {
    const input = await excelJsWorkbook();
    const cells = Array.from({ length: 26 }, (_v, i) => ({ row: 5, col: i + 1, value: "écrasé" }));
    const output = await writeCells(input, "Notes", cells);
    const lost = await compareParts(input, output);
    expect(lost).toEqual([
      {
        kind: "worksheet",
        path: "xl/worksheets/sheet3.xml",
        reason: "changed",
        detail: "cells Notes!A5, Notes!B5, Notes!C5, Notes!D5, Notes!E5 (26)",
      },
    ]);
    // The computed columns of Actions and the rows appended to a table are Plan vivant's.
    const computed = await writeCells(input, "Plan d'action", [{ row: 2, col: 3, value: "En cours" }]);
    expect(await compareParts(input, computed)).toEqual([]);
    const userColumn = await writeCells(input, "Plan d'action", [{ row: 2, col: 2, value: "Autre" }]);
    expect((await compareParts(input, userColumn)).map((l) => l.detail)).toEqual([
      "cells 'Plan d''action'!B2",
    ]);
  });
});
