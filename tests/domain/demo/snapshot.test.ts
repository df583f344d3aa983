import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { emptySheet, type WorkbookPlan } from "../../../src/domain/layout/sheet-plan";

test("planSnapshot hands back each table with its header row, values and formats", () => {
  const plan: WorkbookPlan = {
    lang: "fr",
    sheets: [
      {
        ...emptySheet("Suivis"),
        tables: [
          {
            name: "Suivis",
            row: 2,
            col: 3,
            style: "TableStyleMedium2",
            columns: [
              { header: "Date", width: 12, format: "date" },
              { header: "Statut", width: 20 },
            ],
            rows: [[46000, "En cours"]],
          },
        ],
      },
      emptySheet("Vide"),
    ],
    definedNames: { "PlanVivant.Version": '"1"' },
  };
  const snapshot = planSnapshot(plan);
  expect(snapshot.sheetNames).toEqual(["Suivis", "Vide"]);
  expect(snapshot.definedNames).toEqual({ "PlanVivant.Version": '"1"' });
  expect(snapshot.tables).toEqual([
    {
      name: "Suivis",
      sheet: "Suivis",
      row: 2,
      col: 3,
      values: [
        ["Date", "Statut"],
        [46000, "En cours"],
      ],
      formats: [
        [null, null],
        ["yyyy-mm-dd", null],
      ],
    },
  ]);
  // The snapshot does not share rows with the plan.
  snapshot.tables[0].values[1][1] = "x";
  expect(plan.sheets[0].tables[0].rows[0][1]).toBe("En cours");
});
