/**
 * The Bilan sheet is Plan vivant's only when both its names say so (docs/workbook.md), and it is
 * marked in the very step that creates it: a bilan that Excel refuses half-way leaves no orphan
 * that would push the next report to `Bilan (2)`, and a user's sheet called Bilan is never deleted.
 */
import { makeBilan } from "../../../src/features/make-bilan";
import type { FakeWorkbook } from "./fake/model";
import { bilanPlan, portOn, trackingWorkbook } from "./fake/tracking";
import type { ExcelHost } from "./host/host";
import { ActionType, PathType, type RequestBody } from "./host/messages";

const NOW = new Date("2026-03-15T12:00:00Z");
const PLAN = "Plan d'action";

const bilanSheets = (wb: FakeWorkbook) =>
  wb.sheets.filter((s) => s.name.startsWith("Bilan")).map((s) => s.name);

/**
 * What a request calls on an object that may be a null object (one an `...OrNullObject` method
 * or a known null path gives): child paths, methods and setters, the library's own reference
 * keeping apart. Loading such an object (Query) and instantiating it are not chains.
 */
function nullChains(body: RequestBody): string[] {
  const maybeNull = new Set(
    Object.values(body.ObjectPaths)
      .filter((p) => p.ObjectPathType === PathType.nullObject || p.Name.endsWith("OrNullObject"))
      .map((p) => p.Id),
  );
  const paths = Object.values(body.ObjectPaths)
    .filter((p) => p.ParentObjectPathId !== undefined && maybeNull.has(p.ParentObjectPathId))
    .map((p) => p.Name);
  const actions = body.Actions.filter(
    (a) =>
      maybeNull.has(a.ObjectPathId) &&
      (a.ActionType === ActionType.setProperty ||
        (a.ActionType === ActionType.method && !a.Name.endsWith("Reference"))),
  ).map((a) => a.Name);
  return [...paths, ...actions];
}

/** Every request the host answers from now on (the run's final release apart). */
function requestsOf(host: ExcelHost): RequestBody[] {
  const sent: RequestBody[] = [];
  host.afterRequest = () => {
    if (host.lastRequest) sent.push(host.lastRequest);
  };
  return sent;
}

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
    expect(await second.port.write({ ownedSheet: bilanPlan() })).toEqual({
      ownedSheet: "Bilan",
      replacedSheet: "Bilan",
    });
    // the structure, the name scoped to the sheet the workbook-level one points at, the write
    expect(second.port.lastSyncs).toBe(3);
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

describe("finding the sheet Plan vivant owns never chains on a null object", () => {
  const cells = { cells: [{ sheet: "Listes", row: 20, col: 1, value: "Note" }] };

  test("a workbook without the owner name reads in 2 syncs, and a write without a read learns it in 1", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    ctx.strictNullObjects = true; // Excel may fail any chain on a null object
    const sent = requestsOf(ctx);
    const snapshot = await port.read();
    expect(ctx.syncs).toBe(2);
    expect(snapshot.tables.map((t) => t.name)).toEqual(["Parametres", "Actions", "Suivis"]);
    expect(sent.flatMap(nullChains)).toEqual([]);
    // no owner name: the scoped one is not even looked for
    expect(JSON.stringify(sent)).not.toContain("PlanVivant.Bilan");

    const fresh = portOn(wb);
    const written = requestsOf(fresh.ctx);
    await fresh.port.write(cells);
    expect(fresh.port.lastSyncs).toBe(2); // the structure, then the write
    expect(written.flatMap(nullChains)).toEqual([]);
  });

  test("with a Bilan, the scoped name is looked up on the listed sheet, with the second round trip's reads", async () => {
    const wb = trackingWorkbook(3, 3);
    const first = portOn(wb);
    await first.port.read();
    await first.port.write({ ownedSheet: bilanPlan() });

    const { ctx, port } = portOn(wb);
    const sent = requestsOf(ctx);
    await port.read();
    expect(ctx.syncs).toBe(2);
    expect(sent.flatMap(nullChains)).toEqual([]);
    expect(JSON.stringify(sent[0])).not.toContain("PlanVivant.Bilan");
    expect(JSON.stringify(sent[1])).toContain("PlanVivant.Bilan");
    expect(await port.write({ ownedSheet: bilanPlan() })).toEqual({
      ownedSheet: "Bilan",
      replacedSheet: "Bilan",
    });
    expect(bilanSheets(wb)).toEqual(["Bilan"]);

    const fresh = portOn(wb);
    const written = requestsOf(fresh.ctx);
    await fresh.port.write(cells);
    expect(fresh.port.lastSyncs).toBe(3); // the structure, the scoped name, then the write
    expect(written.flatMap(nullChains)).toEqual([]);
  });

  test("a workbook-level name pointing at no listed sheet makes no look-up, and no sheet Plan vivant's", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.seed("Bilan", 1, 1, [["Mes notes à moi"]]);
    wb.names.push({ name: "PlanVivant.Bilan", formula: "=#REF!$A$1", visible: true });
    wb.names.push({
      name: "PlanVivant.Bilan",
      formula: "=Bilan!$A$1",
      visible: true,
      sheet: wb.sheet("Bilan"),
    });
    const { ctx, port } = portOn(wb);
    const sent = requestsOf(ctx);
    await port.read();
    expect(ctx.syncs).toBe(2);
    expect(JSON.stringify(sent[1])).not.toContain("PlanVivant.Bilan");
    expect(await port.write({ ownedSheet: bilanPlan() })).toEqual({ ownedSheet: "Bilan (2)" });
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBe("Mes notes à moi");

    const fresh = portOn(wb);
    wb.names.splice(0, wb.names.length);
    wb.names.push({ name: "PlanVivant.Bilan", formula: "='Ailleurs'!$A$1", visible: true });
    await fresh.port.write(cells);
    expect(fresh.port.lastSyncs).toBe(2);
  });
});
