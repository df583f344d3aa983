/**
 * The compatibility check on the faithful host (Microsoft's client library answering our
 * Excel): every probe passes, #5222 fails only its probe, the temporary hidden sheet is always
 * removed, the person's sheets, tables, names and rules are left as they were, and the round
 * trips are the documented fixed number.
 */
import { COMPAT_PROBES, type CompatReport } from "../../../src/workbook/compat-report";
import { checkCompatibility, compatPlace } from "../../../src/workbook/excel/compat";
import { compatReportText } from "../../../src/i18n/compat";
import type { FakeWorkbook } from "./fake/model";
import { ExcelHost } from "./host/host";
import { ALL_SETS, FLOOR_ONLY, portOn, trackingWorkbook } from "./fake/tracking";

const DIAGNOSTICS = () => ({ host: "Excel", platform: "PC", version: "16.0.17928.20114" });
const NOW = () => new Date(2026, 11, 6, 14, 5);

/** Everything of the workbook a person could see or rely on, as plain data. */
function snapshot(wb: FakeWorkbook): string {
  return JSON.stringify({
    sheets: wb.sheets.map((sheet) => ({
      name: sheet.name,
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      cells: [...sheet.cells.entries()],
      log: sheet.log,
      rules: sheet.conditionalFormats,
      heights: [...sheet.rowHeights.entries()],
      widths: [...sheet.columnWidths.entries()],
      validations: [...sheet.validations.entries()],
      protected: sheet.protectedSheet,
    })),
    tables: wb.tables.map((t) => [
      t.name,
      t.sheet.name,
      t.row,
      t.col,
      t.lastRow,
      t.lastCol,
      t.showTotals,
      t.style,
    ]),
    names: wb.names.map((n) => [n.name, n.formula, n.visible, n.sheet?.name]),
    active: wb.activeSheet,
  });
}

/** A tracking workbook with a user's own rule on Suivis, as municipal workbooks have. */
function userWorkbook(): FakeWorkbook {
  const wb = trackingWorkbook(3, 5);
  wb.seedRule("Suivis", {
    type: "Custom",
    r1: 2,
    c1: 3,
    r2: 6,
    c2: 3,
    formula: '=C2="Bloquée"',
    fill: "#FF0000",
  });
  return wb;
}

async function check(wb: FakeWorkbook, supports: (version: string) => boolean = ALL_SETS) {
  const host = new ExcelHost(wb);
  const report = await checkCompatibility(host.run, { supports, diagnostics: DIAGNOSTICS, now: NOW });
  return { host, report };
}

const statuses = (report: CompatReport) => Object.fromEntries(report.probes.map((p) => [p.id, p.status]));

describe("the compatibility check", () => {
  test("on a faithful Excel every probe passes, in 14 round trips, and the sheet is gone", async () => {
    const wb = userWorkbook();
    const before = snapshot(wb);
    const sheetsBefore = wb.sheets.length;
    const { host, report } = await check(wb);
    expect(report.probes.map((p) => p.id)).toEqual([...COMPAT_PROBES]);
    expect(report.probes.filter((p) => p.status !== "passed")).toEqual([]);
    expect(report.outcome).toBe("done");
    expect(report.sheet).toBe("PlanVivant_Compat");
    expect(report.sheetRemoved).toBe(true);
    expect(wb.sheets).toHaveLength(sheetsBefore);
    expect(wb.sheet("PlanVivant_Compat")).toBeUndefined();
    expect(report.syncs).toBe(14);
    expect(host.syncs).toBe(14);
    expect(snapshot(wb)).toBe(before);
    expect(report).toMatchObject({
      platform: "PC",
      version: "16.0.17928.20114",
      host: "Excel",
      ranAt: "2026-12-06 14:05",
    });
    expect(report.apiSets).toEqual(Array.from({ length: 25 }, (_, i) => `1.${i + 1}`));
  });

  test("the temporary sheet is hidden while the probes run", async () => {
    const wb = userWorkbook();
    const host = new ExcelHost(wb);
    const seen: string[] = [];
    host.afterRequest = () => {
      const sheet = wb.sheet("PlanVivant_Compat");
      if (sheet) seen.push(sheet.visibility);
    };
    await checkCompatibility(host.run, { supports: ALL_SETS, diagnostics: DIAGNOSTICS, now: NOW });
    expect(seen.length).toBe(12); // after the sheet probe, up to the last probe
    expect(new Set(seen)).toEqual(new Set(["Hidden"]));
  });

  test("with #5222 (Excel on Windows) only the shared-rule probe fails, with ItemNotFound, and the report says so", async () => {
    const wb = userWorkbook();
    wb.bug5222 = true;
    const before = snapshot(wb);
    const { report } = await check(wb);
    const failed = report.probes.filter((p) => p.status !== "passed");
    expect(failed).toEqual([
      {
        id: "shared-rule-delete",
        status: "failed",
        code: "ItemNotFound",
        location: "ConditionalFormat.delete",
      },
    ]);
    expect(report.sheetRemoved).toBe(true);
    expect(report.syncs).toBe(14);
    expect(snapshot(wb)).toBe(before);
    const fr = compatReportText(report, "fr");
    expect(fr).toMatch(/ÉCHEC .*partagent une cellule.*ItemNotFound/);
    expect(fr).toContain("10 réussies, 1 échouée");
    const en = compatReportText(report, "en");
    expect(en).toMatch(/FAILED .*share a cell.*ItemNotFound/);
    expect(en).toContain("10 passed, 1 failed");
  });

  test("a probe that fails does not stop the others, nor the removal of the sheet", async () => {
    const wb = userWorkbook();
    wb.conditionalFormatsUnlistable = true;
    const { report } = await check(wb);
    expect(statuses(report)).toMatchObject({
      "conditional-formats": "failed",
      "shared-rule-delete": "not-run",
      chart: "passed",
      "row-heights": "passed",
      events: "passed",
      "page-layout": "passed",
    });
    expect(report.probes.find((p) => p.id === "shared-rule-delete")?.after).toBe("conditional-formats");
    expect(wb.sheet("PlanVivant_Compat")).toBeUndefined();
  });

  test("a sheet Excel refuses is reported, the rest not run, and nothing is left behind", async () => {
    const wb = userWorkbook();
    const host = new ExcelHost(wb);
    // A co-author protects the structure between the check's first round trip and the sheet's.
    host.afterRequest = (syncs) => {
      if (syncs === 1) wb.protectedStructure = true;
    };
    const before = snapshot(wb);
    const report = await checkCompatibility(host.run, {
      supports: ALL_SETS,
      diagnostics: DIAGNOSTICS,
      now: NOW,
    });
    expect(report.probes[0]).toMatchObject({ id: "hidden-sheet", status: "failed", code: "AccessDenied" });
    expect(report.probes.slice(1).every((p) => p.status === "not-run" && p.after !== undefined)).toBe(true);
    expect(report.sheetRemoved).toBe(true);
    expect(report.syncs).toBe(3); // names, the sheet (refused), whether one was left
    expect(snapshot(wb)).toBe(before);
  });

  test("a sheet Excel will not delete at the end is reported, with what to do", async () => {
    const wb = userWorkbook();
    const host = new ExcelHost(wb);
    // A co-author protects the structure once the sheet is made: its deletion is refused.
    host.afterRequest = (syncs) => {
      if (syncs === 2) wb.protectedStructure = true;
    };
    const report = await checkCompatibility(host.run, {
      supports: ALL_SETS,
      diagnostics: DIAGNOSTICS,
      now: NOW,
    });
    expect(report.probes.every((p) => p.status === "passed")).toBe(true);
    expect(report).toMatchObject({ sheetRemoved: false, cleanupCode: "AccessDenied" });
    expect(wb.sheet("PlanVivant_Compat")?.visibility).toBe("Hidden");
    expect(compatReportText(report, "fr")).toContain(
      "La feuille temporaire PlanVivant_Compat n'a pas pu être supprimée (AccessDenied)",
    );
    expect(compatReportText(report, "en")).toContain(
      "The temporary sheet PlanVivant_Compat could not be deleted (AccessDenied)",
    );
  });

  test("an Excel that refuses the first round trip (a cell being edited) is reported, nothing made", async () => {
    const wb = userWorkbook();
    wb.cellEditMode = true;
    const before = snapshot(wb);
    const { report } = await check(wb);
    expect(report).toMatchObject({
      outcome: "no-sheet",
      setupCode: "InvalidOperationInCellEditMode",
      probes: [],
    });
    expect(snapshot(wb)).toBe(before);
    expect(compatReportText(report, "fr")).toContain(
      "Excel a refusé de commencer la vérification (InvalidOperationInCellEditMode)",
    );
  });

  test("a protected workbook structure is reported, nothing is tried, nothing changes", async () => {
    const wb = userWorkbook();
    wb.protectedStructure = true;
    const before = snapshot(wb);
    const { report } = await check(wb);
    expect(report.outcome).toBe("structure-protected");
    expect(report.probes).toEqual([]);
    expect(report.syncs).toBe(1);
    expect(snapshot(wb)).toBe(before);
    expect(compatReportText(report, "fr")).toContain("La structure du classeur est protégée");
    expect(compatReportText(report, "en")).toContain("The workbook's structure is protected");
  });

  test("an Excel without ExcelApi 1.8 and 1.9 skips data validation and page layout, in 12 round trips", async () => {
    const wb = userWorkbook();
    const supports = (v: string) => Number(v.split(".")[1]) <= 7;
    const { report } = await check(wb, supports);
    expect(statuses(report)).toMatchObject({
      "data-validation": "unsupported",
      "page-layout": "unsupported",
    });
    expect(report.probes.find((p) => p.id === "page-layout")?.requirement).toBe("ExcelApi 1.9");
    expect(report.apiSets).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"]);
    expect(report.syncs).toBe(12);
    expect(compatReportText(report, "fr")).toContain("non prise en charge par cet Excel (ExcelApi 1.9)");
  });

  test("the floor-only Excel of the port's tests still runs every probe of the floor", async () => {
    const { report } = await check(userWorkbook(), FLOOR_ONLY);
    expect(report.probes.filter((p) => p.status === "failed")).toEqual([]);
  });

  test("names already taken by a sheet, a table or a name get a suffix", () => {
    expect(compatPlace(["planvivant_compat"], ["PlanVivant_CompatA_2"])).toEqual({
      sheet: "PlanVivant_Compat_3",
      plain: "PlanVivant_CompatA_3",
      totals: "PlanVivant_CompatB_3",
    });
  });

  test("through the Excel port: the check is there and counts its round trips", async () => {
    const wb = userWorkbook();
    const { port, ctx } = portOn(wb);
    const report = await port.checkCompatibility();
    expect(report.probes.every((p) => p.status === "passed")).toBe(true);
    expect(port.lastSyncs).toBe(ctx.syncs);
  });
});
