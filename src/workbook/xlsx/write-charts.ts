/**
 * A new workbook from a plan, charts included: ExcelJS writes every sheet (it draws no
 * charts), then each sheet that has charts is rewritten in place by the package editor,
 * which adds their native DrawingML charts. Sheets keep the plan's order.
 */
import type { WorkbookPlan } from "../../domain/layout/sheet-plan";
import { sheetRef } from "../../domain/text";
import { writeOwnedSheet } from "./package/bilan-sheet";
import { writeXlsx } from "./write";

/** The defined name that marks the n-th charted sheet (1-based) as Plan vivant's. */
export const chartOwnerName = (n: number): string => `PlanVivant.Graphiques${n}`;

export async function writeXlsxWithCharts(plan: WorkbookPlan): Promise<Buffer> {
  const charted = plan.sheets.filter((s) => s.charts.length > 0);
  const definedNames = { ...plan.definedNames };
  charted.forEach((sheet, i) => {
    definedNames[chartOwnerName(i + 1)] = `${sheetRef(sheet.name)}!$A$1`;
  });
  let bytes: Uint8Array = await writeXlsx({ ...plan, definedNames });
  for (const [i, sheet] of charted.entries()) {
    bytes = (await writeOwnedSheet(bytes, sheet, { ownerName: chartOwnerName(i + 1) })).bytes;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
