/**
 * Nothing dropped in silence: what a data set's grid leaves out is reported by its cell. Rows
 * typed right under a real table (the host hands them over as `below`: LibreOffice never
 * extends a table, a paste can miss), a second table of the same name, and cells the host did
 * not read on a data set's sheet (`omitted`: far past a long run of empty cells).
 */
import type { Problem } from "../model";
import type { RawTable, WorkbookSnapshot } from "../raw";
import type { TableName, TableSpec } from "../schema";
import { cellRef } from "../text";
import type { Located } from "./locate";
import { tablesNamed } from "./locate";
import { isEmpty } from "./values";

/** One warning per non-empty row under the table the data set was read from. */
export function reportRowsBelow(spec: TableSpec, located: Located, problems: Problem[]): void {
  if (!located.found.real) return;
  const below = (located.grid as RawTable).below;
  if (!below) return;
  const computed = new Set(spec.columns.filter((c) => c.type === "computed").map((c) => c.key));
  const typed = Object.entries(located.index)
    .filter(([k]) => !computed.has(k))
    .map(([, i]) => i);
  below.values.forEach((cells, i) => {
    const at = (typed.length > 0 ? typed : cells.map((_, k) => k)).find((k) => !isEmpty(cells[k] ?? null));
    if (at === undefined) return;
    const row = below.row + i;
    const col = below.col + at;
    problems.push({
      severity: "warning",
      code: "rows-below-table",
      cell: cellRef(below.sheet, row, col),
      sheet: below.sheet,
      row,
      col,
      table: spec.name,
      params: { table: (located.grid as RawTable).name },
    });
  });
}

/** An error on each table that has the name of the one read, naming the one read. */
export function reportDuplicates(
  spec: TableSpec,
  located: Located | undefined,
  snapshot: WorkbookSnapshot,
  problems: Problem[],
): void {
  const named = tablesNamed(spec, snapshot);
  if (named.length < 2 || !located) return;
  const read = located.grid as RawTable;
  const other = cellRef(read.sheet, read.row, read.col);
  for (const t of named) {
    if (t === read) continue;
    problems.push({
      severity: "error",
      code: "duplicate-table",
      cell: cellRef(t.sheet, t.row, t.col),
      sheet: t.sheet,
      row: t.row,
      col: t.col,
      table: spec.name as TableName,
      params: { table: t.name, other },
    });
  }
}

/** A warning where the host stopped reading a data set's sheet. */
export function reportOmitted(
  spec: TableSpec,
  located: Located,
  snapshot: WorkbookSnapshot,
  problems: Problem[],
): void {
  if (located.found.real) return;
  for (const o of snapshot.omitted ?? []) {
    if (o.sheet !== located.grid.sheet) continue;
    problems.push({
      severity: "warning",
      code: "cells-omitted",
      cell: cellRef(o.sheet, o.row, o.col),
      sheet: o.sheet,
      row: o.row,
      col: o.col,
      table: spec.name,
    });
  }
}
