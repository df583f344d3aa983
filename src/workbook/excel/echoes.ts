/**
 * The change events Excel raises for the add-in's own writes (it raises onChanged for them
 * too), told apart from a person's edit by the event itself, never by timing:
 * - `source` "Remote" is a co-author's edit (TableChangedEventArgs.source, ExcelApi 1.7);
 * - a "Local" change is the add-in's own when every area of its `address` lies in cells its
 *   last writes touched (the appended rows, the cells written in place);
 * - a change of a single cell carries `details` (ExcelApi 1.9): it is the add-in's own only if
 *   the cell now holds what the add-in wrote there, so a person correcting, in the sheet, the
 *   row the pane has just added is seen as their edit.
 * Table events carry no `triggerSource` (WorksheetChangedEventArgs only, ExcelApi 1.14), hence
 * the addresses.
 */
import type { PlanValue } from "../../domain/layout/sheet-plan";
import type { WorkbookSnapshot } from "../../domain/raw";
import type { WriteBatch } from "../port";

/** A block of cells, 1-based rows and columns. */
export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** Where a table's header and data body are on its sheet (its total row apart). */
export interface TableBounds {
  sheet: string;
  row: number;
  col: number;
  bodyLastRow: number;
  lastCol: number;
}

/** Cells a write touched on a sheet, with the values it put there. */
export interface Echo {
  /** The sheet's name, lower case. */
  sheet: string;
  box: Box;
  values: Map<string, PlanValue>;
}

/** The change event's parts that tell whose change it is. */
export interface ChangeArgs {
  source?: string;
  address?: string;
  details?: { valueAfter?: unknown };
}

const lower = (text: string) => text.toLowerCase();
const key = (row: number, col: number) => `${row},${col}`;

/** Every table's bounds in a snapshot, by lower-case name. */
export function boundsOf(snapshot: WorkbookSnapshot): Map<string, TableBounds> {
  const out = new Map<string, TableBounds>();
  for (const table of snapshot.tables) {
    const width = table.values[0]?.length ?? 1;
    out.set(lower(table.name), {
      sheet: table.sheet,
      row: table.row,
      col: table.col,
      bodyLastRow: table.row + Math.max(table.values.length, 1) - 1,
      lastCol: table.col + width - 1,
    });
  }
  return out;
}

/**
 * The cells `batch` touches in the watched tables' sheets: appended rows (right below each
 * table's data body, which then grows in `bounds`) and cells written in place.
 */
export function echoesOf(batch: WriteBatch, bounds: Map<string, TableBounds>): Echo[] {
  const echoes: Echo[] = [];
  for (const append of batch.append ?? []) {
    const table = bounds.get(lower(append.table));
    if (!table || append.rows.length === 0) continue;
    const first = table.bodyLastRow + 1;
    const values = new Map<string, PlanValue>();
    append.rows.forEach((row, i) =>
      row.forEach((value, j) => values.set(key(first + i, table.col + j), value)),
    );
    const box = { r1: first, c1: table.col, r2: first + append.rows.length - 1, c2: table.lastCol };
    echoes.push({ sheet: lower(table.sheet), box, values });
    table.bodyLastRow = box.r2;
  }
  for (const cell of batch.cells ?? []) {
    const box = { r1: cell.row, c1: cell.col, r2: cell.row, c2: cell.col };
    echoes.push({ sheet: lower(cell.sheet), box, values: new Map([[key(cell.row, cell.col), cell.value]]) });
  }
  return echoes;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** An A1 area (`B7`, `A52:M52`, `$A$1:$C$3`) as a box; undefined for whole rows or columns. */
export function boxOf(area: string): Box | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(area.trim());
  if (!match) return undefined;
  const c1 = columnNumber(match[1]);
  const r1 = Number(match[2]);
  const c2 = match[3] ? columnNumber(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) : r1;
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

const inside = (inner: Box, outer: Box) =>
  inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;

function sameValue(after: unknown, written: PlanValue | undefined): boolean {
  const expected = written ?? "";
  return after === expected || String(after ?? "") === String(expected);
}

/** The cells written in `echoes`, with the last value written in each. */
function writtenCells(echoes: readonly Echo[]): Map<string, PlanValue> {
  const cells = new Map<string, PlanValue>();
  for (const echo of echoes) for (const [cell, value] of echo.values) cells.set(cell, value);
  return cells;
}

/** Whether every cell of `area` was written: inside one written block, or cell by cell (Excel may join them). */
function covered(area: Box, echoes: readonly Echo[], cells: Map<string, PlanValue>): boolean {
  if (echoes.some((echo) => inside(area, echo.box))) return true;
  // Never more cells looked at than the writes touched.
  if ((area.r2 - area.r1 + 1) * (area.c2 - area.c1 + 1) > cells.size) return false;
  for (let row = area.r1; row <= area.r2; row += 1)
    for (let col = area.c1; col <= area.c2; col += 1) if (!cells.has(key(row, col))) return false;
  return true;
}

/** Whether a change event on `sheet` is the echo of the writes in `echoes`. */
export function isOwnEcho(echoes: readonly Echo[], sheet: string, args: ChangeArgs): boolean {
  if (args.source !== "Local" || !args.address) return false;
  const mine = echoes.filter((echo) => echo.sheet === lower(sheet));
  if (mine.length === 0) return false;
  const address = args.address.slice(args.address.lastIndexOf("!") + 1);
  const areas = address.split(",").map(boxOf);
  const cells = writtenCells(mine);
  for (const area of areas) if (!area || !covered(area, mine, cells)) return false;
  const after = args.details?.valueAfter;
  const only = areas.length === 1 ? areas[0] : undefined;
  if (!only || only.r1 !== only.r2 || only.c1 !== only.c2 || after === undefined) return true;
  const cell = key(only.r1, only.c1);
  return cells.has(cell) && sameValue(after, cells.get(cell));
}
