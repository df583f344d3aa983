import { fitRowHeights, linesOf } from "../../../src/domain/layout/row-heights";
import { emptySheet } from "../../../src/domain/layout/sheet-plan";

describe("row heights for wrapped text", () => {
  test("lines of a text in a box, explicit line breaks counted", () => {
    expect(linesOf("", 10)).toBe(1);
    expect(linesOf("a".repeat(10), 10)).toBe(1); // 10 units hold 10 characters
    expect(linesOf("a".repeat(11), 10)).toBe(2);
    expect(linesOf("court\ncourt", 40)).toBe(2);
  });

  test("a wrapped cell gets the height of its lines, counting merged columns; others keep the default", () => {
    const plan = emptySheet("Bilan");
    plan.widths = { 1: 10, 2: 10, 3: 40 };
    plan.cells.push(
      { row: 2, col: 1, value: "x".repeat(30), style: { wrap: true } }, // 10 per line: 3 lines
      { row: 2, col: 3, value: 7 }, // beside it: set at the top
      { row: 3, col: 1, value: "x".repeat(30), style: { wrap: true } }, // merged A:B, 20 per line: 2 lines
      { row: 4, col: 3, value: "x".repeat(40), style: { wrap: true } }, // fits on one line
      { row: 5, col: 1, value: "x".repeat(300) }, // not wrapped
      { row: 6, col: 1, value: "x".repeat(300), style: { wrap: true } }, // a paragraph merged over rows
      { row: 7, col: 1, value: "x".repeat(30), style: { wrap: true, size: 22 } },
    );
    plan.merges.push({ row: 3, col: 1, rows: 1, cols: 2 }, { row: 6, col: 1, rows: 5, cols: 3 });
    fitRowHeights(plan);
    expect(plan.heights).toEqual({ 2: 45, 3: 30, 7: 90 });
    expect(plan.cells[1].style).toEqual({ top: true });
    expect(plan.cells[0].style).toEqual({ wrap: true });
    expect(plan.cells.find((c) => c.row === 5)?.style).toBeUndefined();
  });

  test("no wrapped text, no heights", () => {
    const plan = emptySheet("Bilan");
    plan.cells.push({ row: 1, col: 1, value: "Titre", style: { bold: true } });
    fitRowHeights(plan);
    expect(plan.heights).toBeUndefined();
  });
});
