/** Creates the tracking workbook's sheets and tables (empty, or with the example plan) in one write. */
import type { Day } from "../domain/dates";
import { demoPlan } from "../domain/demo";
import type { Lang } from "../domain/lang";
import type { WorkbookPlan } from "../domain/layout/sheet-plan";
import { templatePlan } from "../domain/layout/template";
import { readWorkbook } from "../domain/read";
import type { WorkbookPort } from "../workbook/port";
import { hasTrackingTables } from "./load-plan";

export interface StartResult {
  /** False when the workbook already holds both tracking tables: nothing was written. */
  created: boolean;
  plan?: WorkbookPlan;
}

export async function startWorkbook(
  port: WorkbookPort,
  options: { lang: Lang; demo: boolean; today: Day; organisation?: string },
): Promise<StartResult> {
  const { lang, demo, today, organisation } = options;
  const wb = readWorkbook(await port.read(), { today });
  if (hasTrackingTables(wb)) return { created: false };
  const named = organisation ? { organisation } : {};
  const plan = demo ? demoPlan(today, lang, named) : templatePlan({ lang, ...named });
  await port.write({ create: plan });
  return { created: true, plan };
}
