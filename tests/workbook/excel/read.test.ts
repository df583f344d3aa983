import { rawCell } from "../../../src/workbook/excel/read";
import { SUIVI_HEADERS, portOn, trackingWorkbook } from "./fake/tracking";

describe("ExcelPort.read", () => {
  test("reads a small workbook in exactly 2 syncs", async () => {
    const { ctx, port } = portOn(trackingWorkbook(5, 10));
    const snapshot = await port.read();
    expect(ctx.syncs).toBe(2);
    expect(snapshot.sheetNames).toEqual(["Paramètres", "Plan d'action", "Suivis", "Listes", "Notes vides"]);
    expect(snapshot.tables.map((t) => t.name)).toEqual(["Parametres", "Actions", "Suivis"]);
    const suivis = snapshot.tables.find((t) => t.name === "Suivis");
    expect(suivis).toMatchObject({ sheet: "Suivis", row: 1, col: 1 });
    expect(suivis?.values[0]).toEqual(SUIVI_HEADERS);
    expect(suivis?.values).toHaveLength(11);
    // dates stay serial numbers, empty cells become null, formats come along
    expect(suivis?.values[1][0]).toBe(45700);
    expect(suivis?.values[2][5]).toBeNull();
    expect(suivis?.formats?.[1][0]).toBe("yyyy-mm-dd");
    expect(suivis?.formats?.[1][2]).toBe("General");
    const actions = snapshot.tables.find((t) => t.name === "Actions");
    expect(actions).toMatchObject({ sheet: "Plan d'action", row: 3, col: 1 });
    // a sheet without a table hands over its used range; an empty sheet hands nothing
    expect(snapshot.sheets).toEqual([
      expect.objectContaining({
        sheet: "Listes",
        row: 1,
        col: 1,
        values: [["Champs"], ["Loisirs"], ["Culture"], ["Sécurité"]],
      }),
    ]);
    expect(snapshot.definedNames).toEqual({ "PlanVivant.Version": '"1"' });
  });

  test("reads 50,000 follow-ups in exactly 2 syncs too", async () => {
    const { ctx, port } = portOn(trackingWorkbook(200, 50_000));
    const snapshot = await port.read();
    expect(ctx.syncs).toBe(2);
    const suivis = snapshot.tables.find((t) => t.name === "Suivis");
    expect(suivis?.values).toHaveLength(50_001);
    expect(suivis?.values[50_000][1]).toBe("1.200");
  });

  test("a missing table does not throw: the snapshot just lacks it", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.tables.splice(
      wb.tables.findIndex((t) => t.name === "Suivis"),
      1,
    );
    const { ctx, port } = portOn(wb);
    const snapshot = await port.read();
    expect(ctx.syncs).toBe(2);
    expect(snapshot.tables.map((t) => t.name)).toEqual(["Parametres", "Actions"]);
    // its sheet now has no table: it comes as a used range, for finding by header row
    expect(snapshot.sheets.map((s) => s.sheet)).toEqual(["Suivis", "Listes"]);
    expect(snapshot.sheets[0].values[0]).toEqual(SUIVI_HEADERS);
  });

  test("error values become { error } using the value types, not the text", async () => {
    const wb = trackingWorkbook(2, 2);
    wb.seed("Suivis", 2, 4, [[{ error: "#DIV/0!" }]]);
    wb.seed("Suivis", 3, 5, [["#N/A"]]); // typed as text by someone: stays text
    const { port } = portOn(wb);
    const suivis = (await port.read()).tables.find((t) => t.name === "Suivis");
    expect(suivis?.values[1][3]).toEqual({ error: "#DIV/0!" });
    expect(suivis?.values[2][4]).toBe("#N/A");
  });

  test("rawCell falls back to the text of known error values without value types", () => {
    expect(rawCell("#REF!", undefined)).toEqual({ error: "#REF!" });
    expect(rawCell("#SPILL!", undefined)).toEqual({ error: "#SPILL!" });
    expect(rawCell("#hashtag", undefined)).toBe("#hashtag");
    expect(rawCell("", "Empty")).toBeNull();
    expect(rawCell(0, "Double")).toBe(0);
    expect(rawCell(false, "Boolean")).toBe(false);
  });
});
