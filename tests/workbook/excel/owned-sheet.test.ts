/**
 * The Bilan sheet is Plan vivant's only when both its names say so (docs/workbook.md), and it is
 * marked in the very step that creates it: a bilan that Excel refuses half-way leaves no orphan
 * that would push the next report to `Bilan (2)`, and a user's sheet called Bilan is never deleted.
 */
import { makeBilan } from "../../../src/features/make-bilan";
import type { FakeWorkbook } from "./fake/model";
import { bilanPlan, portOn, trackingWorkbook } from "./fake/tracking";

const NOW = new Date("2026-03-15T12:00:00Z");
const PLAN = "Plan d'action";

const bilanSheets = (wb: FakeWorkbook) =>
  wb.sheets.filter((s) => s.name.startsWith("Bilan")).map((s) => s.name);

/** The names marking `sheet` as Plan vivant's: the workbook-level one and the one scoped to it. */
function marks(wb: FakeWorkbook, sheet: string) {
  const scoped = wb.names.find((n) => n.name === "PlanVivant.Bilan" && n.sheet === wb.sheet(sheet));
  return { workbook: wb.name("PlanVivant.Bilan")?.formula, sheet: scoped?.formula };
}

describe("the sheet Plan vivant owns", () => {
  test("a new Bilan sheet carries both names, the workbook's and its own", async () => {
    const wb = trackingWorkbook(3, 3);
    const { port } = portOn(wb);
    await port.read();
    await port.write({ ownedSheet: bilanPlan() });
    expect(marks(wb, "Bilan")).toEqual({ workbook: "=Bilan!$A$1", sheet: "=Bilan!$A$1" });
  });

  test("a write without a read recognises the sheet by both names too, and replaces it", async () => {
    const wb = trackingWorkbook(3, 3);
    const first = portOn(wb);
    await first.port.read();
    await first.port.write({ ownedSheet: bilanPlan() });
    const second = portOn(wb); // a new pane: no read yet
    expect(await second.port.write({ ownedSheet: bilanPlan() })).toEqual({ ownedSheet: "Bilan" });
    expect(second.port.lastSyncs).toBe(2); // the structure (names included), then the write
    expect(bilanSheets(wb)).toEqual(["Bilan"]);
  });

  test("a bilan Excel refuses half-way leaves a marked sheet: the next bilan replaces it, no Bilan (2)", async () => {
    const wb = trackingWorkbook(10, 10);
    const { port } = portOn(wb);
    await makeBilan(port, { lang: "fr", now: NOW });
    // the computed columns are refused after the old Bilan went and the new one was made
    wb.sheet(PLAN)!.protectedSheet = true;
    await expect(makeBilan(port, { lang: "fr", now: NOW })).rejects.toMatchObject({
      code: "write-refused",
    });
    expect(bilanSheets(wb)).toEqual(["Bilan"]);
    expect(wb.sheet("Bilan")?.cell(1, 1)).toBeUndefined(); // made, marked, not yet filled
    expect(marks(wb, "Bilan")).toEqual({ workbook: "=Bilan!$A$1", sheet: "=Bilan!$A$1" });

    wb.sheet(PLAN)!.protectedSheet = false;
    const made = await makeBilan(port, { lang: "fr", now: NOW });
    expect(made.sheet).toBe("Bilan");
    expect(bilanSheets(wb)).toEqual(["Bilan"]);
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBeTruthy();
  });

  test("a user's Bilan pointed at by a workbook-level name alone is the user's: kept, and a failed run still makes no Bilan (3)", async () => {
    const wb = trackingWorkbook(10, 10);
    wb.seed("Bilan", 1, 1, [["Mes notes à moi"]]);
    // left by an older version, or copied with the sheet from another workbook
    wb.names.push({ name: "PlanVivant.Bilan", formula: "=Bilan!$A$1", visible: true });
    const { port } = portOn(wb);
    expect((await makeBilan(port, { lang: "fr", now: NOW })).sheet).toBe("Bilan (2)");
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");
    expect(marks(wb, "Bilan (2)")).toEqual({
      workbook: "='Bilan (2)'!$A$1",
      sheet: "='Bilan (2)'!$A$1",
    });

    wb.sheet(PLAN)!.protectedSheet = true;
    await expect(makeBilan(port, { lang: "fr", now: NOW })).rejects.toMatchObject({
      code: "write-refused",
    });
    wb.sheet(PLAN)!.protectedSheet = false;
    expect((await makeBilan(port, { lang: "fr", now: NOW })).sheet).toBe("Bilan (2)");
    expect(bilanSheets(wb)).toEqual(["Bilan", "Bilan (2)"]);
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");
  });

  test("a sheet-scoped name alone, or two names that disagree, make no sheet Plan vivant's", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.seed("Bilan", 1, 1, [["Mes notes à moi"]]);
    wb.seed("Autre", 1, 1, [["Autre chose"]]);
    wb.names.push({
      name: "PlanVivant.Bilan",
      formula: "=Bilan!$A$1",
      visible: true,
      sheet: wb.sheet("Bilan"),
    });
    const { port } = portOn(wb);
    await port.read();
    expect(await port.write({ ownedSheet: bilanPlan() })).toEqual({ ownedSheet: "Bilan (2)" });
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");

    const other = trackingWorkbook(3, 3);
    other.seed("Bilan", 1, 1, [["Mes notes à moi"]]);
    other.seed("Autre", 1, 1, [["Autre chose"]]);
    other.names.push({ name: "PlanVivant.Bilan", formula: "=Bilan!$A$1", visible: true });
    other.names.push({
      name: "PlanVivant.Bilan",
      formula: "=Autre!$A$1",
      visible: true,
      sheet: other.sheet("Bilan"),
    });
    const second = portOn(other);
    await second.port.read();
    expect(await second.port.write({ ownedSheet: bilanPlan() })).toEqual({ ownedSheet: "Bilan (2)" });
    expect(other.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");
  });

  test("rows higher than 409 points and columns wider than 255 characters are capped, so the bilan batch is not refused", async () => {
    const wb = trackingWorkbook(3, 3);
    const { port } = portOn(wb);
    await port.read();
    const plan = bilanPlan();
    plan.heights = { 4: 1200 };
    plan.widths = { 1: 900 };
    await port.write({ ownedSheet: plan });
    expect(wb.sheet("Bilan")?.rowHeights.get(4)).toBe(409);
    expect(wb.sheet("Bilan")?.columnWidths.get(1)).toBe(((255 * 7 + 5) * 3) / 4);
    expect(bilanSheets(wb)).toEqual(["Bilan"]);
  });
});
