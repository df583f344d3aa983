/** Reads the workbook once and tells where the plan stands: typed workbook, action states, check report. */
import { checkReport, type CheckReport } from "../domain/check";
import type { Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import type { ActionState, Workbook } from "../domain/model";
import { readWorkbook } from "../domain/read";
import type { WorkbookSnapshot } from "../domain/raw";
import type { WorkbookPort } from "../workbook/port";

export type { CheckReport };

export interface LoadedPlan {
  wb: Workbook;
  states: ActionState[];
  report: CheckReport;
  /** The snapshot it was read from: the next save decides on it, without reading again. */
  snapshot: WorkbookSnapshot;
}

export async function loadPlan(
  port: WorkbookPort,
  options: { today: Day; referenceDate?: Day; lang: Lang },
): Promise<LoadedPlan> {
  return planOf(await port.read(), options);
}

/** Where the plan stands in a snapshot already in hand (after a save: no read). */
export function planOf(
  snapshot: WorkbookSnapshot,
  options: { today: Day; referenceDate?: Day; lang: Lang },
): LoadedPlan {
  const wb = readWorkbook(snapshot, { today: options.today, referenceDate: options.referenceDate });
  const states = actionStates(wb);
  const report = checkReport(wb, states, options.lang);
  return { wb, states, report, snapshot };
}

/** Whether the workbook holds both tracking tables (`Actions` and `Suivis`). */
export function hasTrackingTables(wb: Workbook): boolean {
  return Boolean(wb.tables.Actions && wb.tables.Suivis);
}
