/** One new row for a found table: an append to a real table, or cells below a header row found on its sheet. */
import type { FoundTable } from "../domain/model";
import type { FormatName, PlanValue } from "../domain/layout/sheet-plan";
import { tableSpan } from "../domain/forms/rows";
import type { WriteBatch } from "../workbook/port";

export function appendBatch(
  found: FoundTable,
  row: PlanValue[],
  formats: (FormatName | undefined)[],
): WriteBatch {
  if (found.real) return { append: [{ table: found.name, rows: [row], formats }] };
  const { col } = tableSpan(found);
  return {
    cells: row.map((value, i) => ({
      sheet: found.sheet,
      row: found.endRow,
      col: col + i,
      value,
      ...(formats[i] ? { format: formats[i] } : {}),
    })),
  };
}
