/**
 * Renders a WorkbookPlan into a new .xlsx workbook with the package writer (./writer):
 * sheets in order, real Excel tables, widths, number formats, data validation, frozen
 * panes, tab colours, styled and merged cells, conditional formats, print setup, hidden
 * sheets and the workbook-level defined names. Charts are drawn by `writeXlsxWithCharts`.
 */
import type { WorkbookPlan } from "../../domain/layout/sheet-plan";
import type { ZipCodec } from "./codec";
import { writeNewWorkbook } from "./writer/new-workbook";

/**
 * Renders a plan into a new .xlsx workbook (charts excepted); plain bytes, in Node as in a
 * browser. `codec` deflates the parts (fflate unless the host has better: see ./codec).
 */
export async function writeXlsx(plan: WorkbookPlan, codec?: ZipCodec): Promise<Uint8Array> {
  return Promise.resolve(writeNewWorkbook(plan, { charts: false, codec }));
}
