/**
 * The tracking workbook of an adopted plan: the template's sheets and tables (as `init`
 * makes them) filled with the converted actions. In a workbook that already has sheets,
 * a template sheet whose name is taken gets the next free name (`Plan d'action (2)`):
 * the original sheet is never touched.
 */
import type { Lang } from "../lang";
import type { WorkbookPlan } from "../layout/sheet-plan";
import { templatePlan } from "../layout/template";
import type { ConvertedPlan } from "./convert";

/** Excel's limit on sheet names. */
const MAX_SHEET_NAME = 31;

export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

export function adoptedWorkbookPlan(
  converted: ConvertedPlan,
  options: { lang: Lang; existingSheets?: readonly string[] },
): WorkbookPlan {
  const plan = templatePlan(
    { lang: options.lang },
    { actions: converted.actions, suivis: converted.suivis, areas: converted.areas },
  );
  const taken = [...(options.existingSheets ?? [])];
  for (const sheet of plan.sheets) {
    sheet.name = freeSheetName(sheet.name, taken);
    taken.push(sheet.name);
  }
  return plan;
}
