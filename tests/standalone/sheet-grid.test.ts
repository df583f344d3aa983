/** The page's grid draws merged cells as Excel does: one cell spanning the block, the rest covered. */
import { sheetGrid } from "../../src/standalone/sheet-grid";
import { grid, snapshot } from "../domain/snapshot";

const TEXT = "En date du 2026-03-15, le plan d'action compte 6 actions.";

function bilanSheet(merges: { row: number; col: number; rows: number; cols: number }[]) {
  const snap = snapshot({
    sheets: [
      grid("Bilan", [
        ["Bilan du suivi", null],
        [null, null],
        ["Point statutaire", null],
        [TEXT, null],
        [null, null],
        [null, null],
        ["Chiffres", 3],
      ]),
    ],
  });
  snap.merges = merges.map((m) => ({ sheet: "Bilan", ...m }));
  return sheetGrid(snap, "Bilan", { lang: "fr", marks: new Map() });
}

describe("sheetGrid merges", () => {
  test("a title over A1:K1 widens the grid to K; a paragraph over A4:K6 spans three rows", () => {
    const g = bilanSheet([
      { row: 1, col: 1, rows: 1, cols: 11 },
      { row: 4, col: 1, rows: 3, cols: 11 },
    ]);
    expect(g.cols).toBe(11);
    const [title] = g.rows[0].cells;
    expect(title).toMatchObject({ text: "Bilan du suivi", span: { rows: 1, cols: 11 } });
    expect(g.rows[0].cells.slice(1).every((c) => c.covered)).toBe(true);
    expect(g.rows[3].cells[0]).toMatchObject({ text: TEXT, span: { rows: 3, cols: 11 } });
    expect(g.rows[4].cells.every((c) => c.covered)).toBe(true);
    expect(g.rows[6].cells.some((c) => c.covered)).toBe(false);
  });

  test("a merge reaching past the rows drawn is cut at the last row; other sheets' merges are ignored", () => {
    const g = bilanSheet([{ row: 7, col: 1, rows: 40, cols: 1 }]);
    expect(g.rows[6].cells[0].span).toBeUndefined();
    const other = bilanSheet([]);
    expect(other.rows.flatMap((r) => r.cells).some((c) => c.span || c.covered)).toBe(false);
  });
});
