/**
 * A new workbook from a plan, charts included: the package writer draws each sheet's native
 * DrawingML charts, and a defined name marks each charted sheet as Plan vivant's (so that the
 * package editor can later replace it in place). Sheets keep the plan's order.
 */
import type { WorkbookPlan } from "../../domain/layout/sheet-plan";
import { sheetRef } from "../../domain/text";
import type { ZipCodec } from "./codec";
import type { RowSource } from "./package/sheet-xml";
import { writeNewWorkbook } from "./writer/new-workbook";

/** The defined name that marks the n-th charted sheet (1-based) as Plan vivant's. */
export const chartOwnerName = (n: number): string => `PlanVivant.Graphiques${n}`;

/**
 * `rows`: rows of tables kept outside the plan, by table name (a consolidation's; see RowSource);
 * `codec` deflates the parts (see ./codec).
 */
export async function writeXlsxWithCharts(
  plan: WorkbookPlan,
  rows?: ReadonlyMap<string, RowSource>,
  codec?: ZipCodec,
): Promise<Buffer> {
  const definedNames = { ...plan.definedNames };
  plan.sheets
    .filter((s) => s.charts.length > 0)
    .forEach((sheet, i) => {
      definedNames[chartOwnerName(i + 1)] = `${sheetRef(sheet.name)}!$A$1`;
    });
  const bytes = await Promise.resolve(
    writeNewWorkbook({ ...plan, definedNames }, { charts: true, rows, codec }),
  );
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
