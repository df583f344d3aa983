/**
 * The package writer writes a sheet in pieces: the pieces join to the sheet's XML, a table's rows
 * read from a RowSource give the same part as the same rows in the plan, and a part that does
 * not parse back is refused (WriterError) with the offset in the whole part.
 */
import { emptySheet, type PlanValue, type SheetPlan } from "../../../../src/domain/layout/sheet-plan";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { renderSheet, sheetPieces, type RowSource } from "../../../../src/workbook/xlsx/package/sheet-xml";
import { StyleBook } from "../../../../src/workbook/xlsx/package/styles";
import { checkPart, WriterError, writeNewWorkbook } from "../../../../src/workbook/xlsx/writer/new-workbook";
import { NEW_STYLES } from "../../../../src/workbook/xlsx/writer/skeleton";

function rows(n: number): PlanValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `Ville ${i % 7}`,
    i,
    i % 3 === 0 ? null : `texte ${i}`,
    i % 2 === 0,
  ]);
}

function sheetWith(tableRows: PlanValue[][]): SheetPlan {
  const sheet = emptySheet("Actions");
  sheet.cells.push({ row: 1, col: 6, value: "note" }, { row: 3, col: 2, value: null });
  sheet.tables.push({
    name: "ActionsRegion",
    row: 2,
    col: 1,
    style: "TableStyleMedium2",
    columns: [
      { header: "Municipalité", width: 28, wrap: true },
      { header: "No", width: 8, format: "integer" },
      { header: "Texte", width: 30 },
      { header: "Fait", width: 8 },
    ],
    rows: tableRows,
  });
  return sheet;
}

function source(all: PlanValue[][]): RowSource {
  return { count: all.length, [Symbol.iterator]: () => all[Symbol.iterator]() };
}

describe("streamed package writer", () => {
  it("joins a sheet's pieces into the sheet's XML, one row per piece", () => {
    const plan = sheetWith(rows(50));
    const pieces = [...sheetPieces(plan, new StyleBook(NEW_STYLES), { newWorkbook: true })];
    // The head, row 1 (a cell), the header row, 50 data rows, the tail.
    expect(pieces.length).toBe(1 + 1 + 1 + 50 + 1);
    expect(pieces.join("")).toBe(renderSheet(plan, new StyleBook(NEW_STYLES), { newWorkbook: true }));
  });

  it("writes a table's rows from a RowSource as it writes the same rows from the plan", async () => {
    const all = rows(300);
    const inPlan = writeNewWorkbook(
      { lang: "fr", sheets: [sheetWith(all)], definedNames: {} },
      { charts: false },
    );
    const fromSource = writeNewWorkbook(
      { lang: "fr", sheets: [sheetWith([])], definedNames: {} },
      { charts: false, rows: new Map([["ActionsRegion", source(all)]]) },
    );
    const a = await readXlsx(inPlan);
    const b = await readXlsx(fromSource);
    expect(b).toEqual(a);
    expect(b.tables[0].values.length).toBe(301);
    expect(b.tables[0].values[300]).toEqual(["Ville 5", 299, "texte 299", false]);
  });

  it("refuses a part that does not parse back, naming it and the offset in the whole part", () => {
    const pieces = ["<root>", ...Array.from({ length: 30_000 }, () => "<a>text</a>"), "<b></c></root>"];
    let error: unknown;
    try {
      checkPart("xl/worksheets/sheet9.xml", pieces);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriterError);
    expect((error as WriterError).part).toBe("xl/worksheets/sheet9.xml");
    expect((error as WriterError).message).toContain(`offset ${6 + 30_000 * 11 + 3}`);
  });

  it.each([
    [`<a x:b="1"/>`, "the prefix 'x' is not declared"],
    [`<a b="&bogus;"/>`, "an undeclared entity &bogus;"],
    [`<a>fish & chips</a>`, "a bare '&' (not a reference)"],
  ])("refuses a part with %j deep inside it: %s", (bad, why) => {
    const pieces = [
      "<root>",
      ...Array.from({ length: 20_000 }, () => '<a b="&amp;">t&lt;</a>'),
      bad,
      "</root>",
    ];
    expect(() => checkPart("xl/worksheets/sheet3.xml", pieces)).toThrow(`xl/worksheets/sheet3.xml: ${why}`);
  });

  it("refuses a character XML forbids, wherever the piece it is in", () => {
    const pieces = ["<root>", ...Array.from({ length: 10_000 }, () => "<a>text</a>"), "<a>\u0001</a></root>"];
    expect(() => checkPart("xl/worksheets/sheet2.xml", pieces)).toThrow(
      `xl/worksheets/sheet2.xml: a character XML does not allow (at offset ${6 + 10_000 * 11 + 3})`,
    );
  });
});
