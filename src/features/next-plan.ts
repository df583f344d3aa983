/**
 * « Nouveau plan »: reads the current workbook once and writes the next plan's workbook to
 * another port in one create write (the path of startWorkbook). The current workbook is
 * only read.
 */
import type { Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import { readWorkbook } from "../domain/read";
import { nextPlan, type NextPlan } from "../domain/outcome/next-plan";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

export interface NextPlanFeatureOptions {
  today: Day;
  referenceDate?: Day;
  start: Day;
  end: Day;
  carry?: ReadonlySet<string>;
}

export async function startNextPlan(
  from: WorkbookPort,
  to: WorkbookPort,
  options: NextPlanFeatureOptions,
): Promise<NextPlan> {
  const wb = readWorkbook(await from.read(), { today: options.today, referenceDate: options.referenceDate });
  if (!wb.tables.Actions)
    throw new WorkbookError("Table Actions not found", "missing-table", { table: "Actions" });
  const next = nextPlan(wb, actionStates(wb), options);
  await to.write({ create: next.plan });
  return next;
}
