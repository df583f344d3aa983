/** Whether a plan has ended: its own small module, so the first screen can ask without the outcome figures. */
import type { Workbook } from "../model";

/** Whether the end-of-plan bilan is the one to offer first: the plan's end date is past. */
export function planHasEnded(wb: Workbook): boolean {
  return wb.settings.end !== undefined && wb.settings.end < wb.referenceDate;
}
