import { adoptSources, soleSource } from "../../../src/domain/adopt";
import type { WorkbookSnapshot } from "../../../src/domain/raw";

const sheet = (name: string, values: WorkbookSnapshot["sheets"][number]["values"]) => ({
  sheet: name,
  row: 1,
  col: 1,
  values,
});

const snapshot = (parts: Partial<WorkbookSnapshot>): WorkbookSnapshot => ({
  tables: [],
  sheets: [],
  sheetNames: [],
  definedNames: {},
  ...parts,
});

describe("the sheet or table to adopt", () => {
  test("a workbook with a single filled sheet: that sheet, taken without a pick", () => {
    const sources = adoptSources(
      snapshot({
        sheets: [sheet("Plan MADA", [["No", "Action"]]), sheet("Feuil2", [])],
        sheetNames: ["Plan MADA", "Feuil2"],
      }),
    );
    expect(soleSource(sources)).toMatchObject({ kind: "sheet", name: "Plan MADA" });
  });

  test("a single table, Plan vivant's own tables aside: that table", () => {
    const own = { name: "Suivis", sheet: "Suivis", row: 1, col: 1, values: [["Date", "No action"]] };
    const plan = { name: "Plan2025", sheet: "Plan", row: 1, col: 1, values: [["No", "Action"]] };
    const sources = adoptSources(snapshot({ tables: [own, plan], sheetNames: ["Plan", "Suivis"] }));
    expect(soleSource(sources)).toMatchObject({ kind: "table", name: "Plan2025" });
  });

  test("several candidates, or none: no choice made for the person", () => {
    const two = adoptSources(
      snapshot({
        sheets: [sheet("Plan", [["No"]]), sheet("Notes", [["Rencontre"]])],
        sheetNames: ["Plan", "Notes"],
      }),
    );
    expect(two).toHaveLength(2);
    expect(soleSource(two)).toBeUndefined();
    expect(soleSource([])).toBeUndefined();
  });
});
