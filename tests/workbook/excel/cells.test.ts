import { cellBlocks, cellFormat, rowSlices } from "../../../src/workbook/excel/cells";
import { a1Range, nameTargetSheet, splitReference } from "../../../src/workbook/excel/addresses";
import { validationRule, widthInPoints } from "../../../src/workbook/excel/render-sheet";

describe("text safety", () => {
  test.each([
    "=SOMME(A1)",
    "+1 514 555-1234",
    "@julie",
    "2.1.3",
    "Septembre 2025",
    "mars 2025",
    "Jan 5",
    "40 %",
    "12,50 $",
    "'cité",
    "VRAI",
    "Réalisée",
  ])("%s is written into a text cell", (text) => expect(cellFormat(text, undefined)).toBe("@"));
  test("an empty string, a number and a date keep their own format", () => {
    expect(cellFormat("", "date")).toBe("yyyy-mm-dd");
    expect(cellFormat(12, undefined)).toBeNull();
    expect(cellFormat(46100, "date")).toBe("yyyy-mm-dd");
  });
});

describe("cellBlocks", () => {
  test("joins consecutive rows and neighbouring columns into rectangles", () => {
    const blocks = cellBlocks([
      { row: 4, col: 18, value: "À venir" },
      { row: 5, col: 18, value: "En cours" },
      { row: 4, col: 19, value: 10 },
      { row: 5, col: 19, value: 20 },
      { row: 4, col: 20, value: 45800, format: "date" },
      { row: 5, col: 20, value: null, format: "date" },
      { row: 9, col: 18, value: "=x" },
    ]);
    expect(blocks).toEqual([
      {
        row: 4,
        col: 18,
        values: [
          ["À venir", 10, 45800],
          ["En cours", 20, ""],
        ],
        formats: [
          ["@", null, "yyyy-mm-dd"],
          ["@", null, "yyyy-mm-dd"],
        ],
      },
      { row: 9, col: 18, values: [["=x"]], formats: [["@"]] },
    ]);
  });
});

describe("rowSlices", () => {
  test("keeps each slice under the budget, and a too-big row alone", () => {
    expect(rowSlices([3, 3, 3, 10, 1], 6)).toEqual([
      [0, 2],
      [2, 3],
      [3, 4],
      [4, 5],
    ]);
    expect(rowSlices([], 6)).toEqual([]);
  });
});

describe("addresses", () => {
  test("splits quoted and plain references", () => {
    expect(splitReference("'Plan d''action'!A4:U4")).toEqual({ sheet: "Plan d'action", address: "A4:U4" });
    expect(splitReference("=Bilan!$A$1")).toEqual({ sheet: "Bilan", address: "$A$1" });
    expect(splitReference("B5:B8")).toEqual({ address: "B5:B8" });
    expect(a1Range(3, 1, 3, 21)).toBe("A3:U3");
    expect(a1Range(2, 2, 2, 2)).toBe("B2");
  });

  test("finds the sheet a defined name points to, unless broken", () => {
    expect(nameTargetSheet("='Bilan (2)'!$A$1")).toBe("Bilan (2)");
    expect(nameTargetSheet("=#REF!$A$1")).toBeUndefined();
    expect(nameTargetSheet('="1"')).toBeUndefined();
  });
});

describe("rendering helpers", () => {
  test("widths: 8.43 characters is Excel's default 48 points", () => {
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
  });

  test("validation rules", () => {
    expect(validationRule({ kind: "list", source: 'INDIRECT("ListeChamps[Champ]")', strict: true })).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("ListeChamps[Champ]")' },
    });
    expect(validationRule({ kind: "whole", min: 0, max: 100 })).toEqual({
      wholeNumber: { formula1: 0, formula2: 100, operator: "Between" },
    });
    expect(validationRule({ kind: "decimal", min: 0 })).toEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
  });
});
