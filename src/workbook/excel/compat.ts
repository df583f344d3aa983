/// <reference types="office-js" />
/**
 * « Vérifier la compatibilité d'Excel »: tries every Office.js operation Plan vivant relies on
 * (compat-probes.ts) on a temporary hidden sheet it creates under a name no sheet, table or
 * name of the workbook has, and removes afterwards, whatever failed. It never reads or writes
 * the person's sheets: it only lists the names of sheets, tables and defined names.
 *
 * A failing operation fails its whole sync (and, a batch not being a transaction, what ran
 * before it in the batch stays done): so each probe is its own batch, and one probe's failure
 * leaves the others to run. A probe that needs another's result (rows.add needs the tables)
 * is not run when that one failed. Round trips, fixed whatever the workbook holds:
 * 1 (protection and names) + 1 per probe (2 for events: register, then remove) + 1 to remove
 * the sheet = 14 when every probe runs; fewer when this Excel lacks data validation (ExcelApi
 * 1.8) or page layout (ExcelApi 1.9), which are then reported as unsupported, not tried.
 * One more when the sheet probe failed: whether a sheet was left is asked before deleting it.
 * When the workbook's structure is protected (Review > Protect Workbook), no sheet can be
 * added: the check says so after its first round trip and tries nothing.
 */
import type { CompatProbe, CompatProbeId, CompatReport } from "../compat-report";
import * as probes from "./compat-probes";
import { CompatMismatch, type CompatPlace, type Probe, type SyncTally } from "./compat-probes";
import type { ExcelRun } from "./excel-port";
import {
  officeDiagnostics,
  officeSupports,
  supportedVersions,
  type OfficeDiagnostics,
  type SupportsExcelApi,
} from "./requirements";

export interface CompatOptions {
  /** Answers whether an ExcelApi set is supported (default: Office's own answer). */
  supports?: SupportsExcelApi;
  /** Where Office runs (default: `Office.context.diagnostics`). */
  diagnostics?: () => OfficeDiagnostics;
  /** The clock, for the report's date. */
  now?: () => Date;
  /** Told the temporary sheet's id as soon as Excel made it (the port ignores its events). */
  onSheet?: (id: string) => void;
}

const SHEET_BASE = "PlanVivant_Compat";
const TABLE_BASE = "PlanVivant_Compat";

/** Names for the sheet and its tables that nothing in the workbook has (compared as Excel does, ignoring case). */
export function compatPlace(sheets: string[], names: string[]): CompatPlace {
  const taken = (list: string[]) => new Set(list.map((name) => name.toLowerCase()));
  const sheetNames = taken(sheets);
  const otherNames = taken(names);
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? "" : `_${n}`;
    const place = {
      sheet: `${SHEET_BASE}${suffix}`,
      plain: `${TABLE_BASE}A${suffix}`,
      totals: `${TABLE_BASE}B${suffix}`,
    };
    if (
      !sheetNames.has(place.sheet.toLowerCase()) &&
      ![place.plain, place.totals].some((t) => otherNames.has(t.toLowerCase()))
    )
      return place;
  }
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function stamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What Excel said when it refused a batch: its code and, when it tells, where. */
export function failureOf(error: unknown): Pick<CompatProbe, "code" | "location" | "detail"> {
  if (error instanceof CompatMismatch) return { code: "UnexpectedResult", detail: error.detail };
  const office = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    debugInfo?: { errorLocation?: unknown };
  };
  const code = typeof office.code === "string" && office.code !== "" ? office.code : "GeneralException";
  const location = office.debugInfo?.errorLocation;
  return typeof location === "string" && location !== "" ? { code, location } : { code };
}

export async function checkCompatibility(run: ExcelRun, options: CompatOptions = {}): Promise<CompatReport> {
  const supports = options.supports ?? officeSupports;
  const info = (options.diagnostics ?? officeDiagnostics)();
  const tally: SyncTally = { syncs: 0, onSheet: options.onSheet };
  const report: CompatReport = {
    ranAt: stamp((options.now ?? (() => new Date()))()),
    ...info,
    apiSets: supportedVersions(supports),
    outcome: "done",
    sheet: "",
    sheetRemoved: true,
    probes: [],
    syncs: 0,
  };
  const done = new Map<CompatProbeId, CompatProbe>();
  const record = (probe: CompatProbe) => {
    done.set(probe.id, probe);
    report.probes.push(probe);
  };

  try {
    await run(async (context) => {
      const workbook = context.workbook;
      workbook.protection.load("protected");
      const sheets = workbook.worksheets.load("items/name");
      const tables = workbook.tables.load("items/name");
      const names = workbook.names.load("items/name");
      tally.syncs += 1;
      await context.sync();
      const place = compatPlace(
        sheets.items.map((sheet) => sheet.name),
        [...tables.items.map((table) => table.name), ...names.items.map((name) => name.name)],
      );
      report.sheet = place.sheet;
      if (workbook.protection.protected) {
        report.outcome = "structure-protected";
        return;
      }

      const attempt = async (
        id: CompatProbeId,
        probe: Probe,
        needs: { after?: CompatProbeId; requirement?: string } = {},
      ): Promise<void> => {
        const requirement = needs.requirement ? `ExcelApi ${needs.requirement}` : undefined;
        if (needs.requirement && !supports(needs.requirement)) {
          record({ id, status: "unsupported", requirement });
          return;
        }
        const before = needs.after ? done.get(needs.after) : undefined;
        if (needs.after && before?.status !== "passed") {
          record({ id, status: "not-run", after: needs.after });
          return;
        }
        try {
          await probe(context, place, tally);
          record({ id, status: "passed", ...(requirement ? { requirement } : {}) });
        } catch (error) {
          record({ id, status: "failed", ...failureOf(error), ...(requirement ? { requirement } : {}) });
        }
      };

      try {
        await attempt("hidden-sheet", probes.hiddenSheet);
        const onSheet = { after: "hidden-sheet" as const };
        await attempt("tables", probes.tables, onSheet);
        await attempt("rows-add", probes.rowsAdd, { after: "tables" });
        await attempt("text-dates", probes.textDates, onSheet);
        await attempt("conditional-formats", probes.conditionalFormats, onSheet);
        await attempt("shared-rule-delete", probes.sharedRuleDelete, { after: "conditional-formats" });
        await attempt("chart", probes.chart, { after: "tables" });
        await attempt("row-heights", probes.rowHeights, onSheet);
        await attempt("events", probes.events, onSheet);
        await attempt("data-validation", probes.dataValidation, { ...onSheet, requirement: "1.8" });
        await attempt("page-layout", probes.pageLayout, { ...onSheet, requirement: "1.9" });
      } finally {
        await removeSheet(context, place.sheet, done.get("hidden-sheet")?.status === "passed", tally, report);
      }
    });
  } catch (error) {
    // The first round trip failed (or Excel.run itself): nothing was tried, nothing was made.
    if (report.probes.length === 0 && report.outcome === "done") {
      report.outcome = "no-sheet";
      report.setupCode = failureOf(error).code;
    }
  }
  report.syncs = tally.syncs;
  return report;
}

/**
 * Removes the temporary sheet: at once when it was made whole; otherwise asks first whether a
 * sheet of that name was left (the batch that adds it may have failed after adding it).
 */
async function removeSheet(
  context: Excel.RequestContext,
  name: string,
  made: boolean,
  tally: SyncTally,
  report: CompatReport,
): Promise<void> {
  try {
    if (!made) {
      const left = context.workbook.worksheets.getItemOrNullObject(name);
      left.load("name");
      tally.syncs += 1;
      await context.sync();
      if (left.isNullObject) return;
    }
    context.workbook.worksheets.getItem(name).delete();
    tally.syncs += 1;
    await context.sync();
  } catch (error) {
    report.sheetRemoved = false;
    report.cleanupCode = failureOf(error).code;
  }
}
