/**
 * A sheet plan seen as a host would hand it back: the snapshot a workbook written
 * from `plan` would give. Lets the demo and the template be read without a host.
 */
import type { WorkbookPlan } from "../layout/sheet-plan";
import { FORMATS } from "../layout/sheet-plan";
import type { RawTable, WorkbookSnapshot } from "../raw";

export function planSnapshot(plan: WorkbookPlan): WorkbookSnapshot {
  const tables: RawTable[] = plan.sheets.flatMap((sheet) =>
    sheet.tables.map((table) => {
      const formats = table.columns.map((c) => (c.format ? FORMATS[c.format] : null));
      return {
        name: table.name,
        sheet: sheet.name,
        row: table.row,
        col: table.col,
        values: [table.columns.map((c) => c.header), ...table.rows.map((r) => [...r])],
        formats: [table.columns.map(() => null), ...table.rows.map(() => formats)],
      };
    }),
  );
  return {
    tables,
    sheets: [],
    sheetNames: plan.sheets.map((s) => s.name),
    definedNames: { ...plan.definedNames },
  };
}
