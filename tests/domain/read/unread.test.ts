/** Nothing dropped in silence (issue 10 item 5): rows under a table, duplicate tables, cells left unread. */
import { readWorkbook } from "../../../src/domain/read";
import type { Problem } from "../../../src/domain/model";
import { problemMessage } from "../../../src/i18n/problems";
import { d, grid, snapshot, SUIVI_HEADERS, table } from "../snapshot";

const today = d("2026-06-30");
const codes = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}@${p.cell}`);
const ACTIONS = [["1.1", "Loisirs", "Aménager un parc", "Loisirs", null, d("2026-12-31"), null]];

describe("rows typed under a table", () => {
  test("each non-empty row under Suivis is a located warning suggesting to extend the table", () => {
    const s = snapshot({ actions: ACTIONS, suivis: [[d("2026-02-01"), "1.1", "En cours", 40, null]] });
    const suivis = s.tables.find((t) => t.name === "Suivis")!;
    suivis.below = grid("Suivis", [
      [d("2026-03-01"), "1.1", "Réalisée", 100, null],
      [null, null, "En cours", null, null],
    ]);
    suivis.below.row = 3;
    const wb = readWorkbook(s, { today });
    const below = wb.problems.filter((p) => p.code === "rows-below-table");
    expect(codes(below)).toEqual([
      "warning:rows-below-table@Suivis!A3",
      "warning:rows-below-table@Suivis!C4",
    ]);
    expect(wb.counts.suivis).toBe(1);
    expect(problemMessage(below[0], "fr")).toContain("Agrandissez le tableau");
    expect(problemMessage(below[0], "en")).toContain("Extend the table");
  });
});

describe("two tables of one name", () => {
  test("an error naming both places; the copy coming first does not make actions vanish", () => {
    const copy = table(
      "ACTIONS",
      "Copie",
      [
        ["Autre", "Chose"],
        ["x", "y"],
      ],
      { row: 5, col: 2 },
    );
    const s = snapshot({
      actions: ACTIONS,
      suivis: [[d("2026-02-01"), "1.1", "En cours", 40, null]],
      tables: [copy],
    });
    const wb = readWorkbook(s, { today });
    expect(wb.actions.map((a) => a.no)).toEqual(["1.1"]);
    expect(wb.problems.filter((p) => p.code === "unknown-action")).toEqual([]);
    const dup = wb.problems.filter((p) => p.code === "duplicate-table");
    expect(codes(dup)).toEqual(["error:duplicate-table@Copie!B5"]);
    expect(problemMessage(dup[0], "fr")).toContain("'Plan d''action'!A1");
    expect(problemMessage(dup[0], "en")).toContain("ACTIONS");
  });
});

describe("cells a host did not read", () => {
  test("an omission on a data set's sheet is a located warning; on an unrelated sheet, nothing", () => {
    const s = snapshot({
      actions: ACTIONS,
      sheets: [
        grid("Suivis", [SUIVI_HEADERS, [d("2026-02-01"), "1.1", "En cours", 40, null]]),
        grid("Notes", [["x"]]),
      ],
    });
    s.omitted = [
      { sheet: "Suivis", row: 1048576, col: 16384, reason: "rows" },
      { sheet: "Notes", row: 9000, col: 1, reason: "rows" },
    ];
    const wb = readWorkbook(s, { today });
    expect(codes(wb.problems.filter((p) => p.code === "cells-omitted"))).toEqual([
      "warning:cells-omitted@Suivis!XFD1048576",
    ]);
    expect(wb.suivis).toHaveLength(1);
  });
});
