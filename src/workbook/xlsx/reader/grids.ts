/**
 * The snapshot's grids from a scanned sheet: a table's cells (its data, never more than what is
 * present), the rows typed right under it, and the used range of a sheet without a table,
 * bounded by what the sheet holds: a run of MAX_EMPTY_ROWS empty rows or MAX_EMPTY_COLUMNS empty
 * columns ends it, and so does MAX_GRID_SLOTS cells; where it was cut is reported.
 */
import {
  BELOW_LIMIT,
  type RawCell,
  type RawGrid,
  type RawOmission,
  type RawTable,
} from "../../../domain/raw";
import { MAX_EMPTY_COLUMNS, MAX_EMPTY_ROWS, MAX_GRID_SLOTS } from "./limits";
import type { SheetRow } from "./sheet-scan";
import type { CellFormats } from "./styles";
import type { TablePart } from "./table-part";

/** Index of the first row at or after sheet row `row` (rows sorted). */
function firstRowAt(rows: SheetRow[], row: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a row holds something in columns left..right. */
function usedIn(r: SheetRow, left: number, right: number): boolean {
  for (let i = 0; i < r.cols.length; i++) {
    const c = r.cols[i];
    if (c > right) break;
    if (c >= left && r.used[i]) return true;
  }
  return false;
}

/** Fills values and formats of one grid row from a sheet row, columns left..right. */
function fill(
  r: SheetRow | undefined,
  left: number,
  right: number,
  formats: CellFormats,
): { values: RawCell[]; formats: (string | null)[] } {
  const width = right - left + 1;
  const values: RawCell[] = new Array(width).fill(null);
  const codes: (string | null)[] = new Array(width).fill(null);
  if (r) {
    for (let i = 0; i < r.cols.length; i++) {
      const c = r.cols[i];
      if (c > right) break;
      if (c < left) continue;
      values[c - left] = r.values[i];
      const s = r.styles[i];
      codes[c - left] = s >= 0 ? (formats.codes[s] ?? null) : null;
    }
  }
  return { values, formats: codes };
}

/** Rows top..bottom, columns left..right, every row full width (absent cells null). */
function block(
  rows: SheetRow[],
  top: number,
  bottom: number,
  left: number,
  right: number,
  formats: CellFormats,
): Pick<RawGrid, "values" | "formats"> & { formats: (string | null)[][] } {
  const values: RawCell[][] = [];
  const codes: (string | null)[][] = [];
  let i = firstRowAt(rows, top);
  for (let row = top; row <= bottom; row++) {
    while (i < rows.length && rows[i].row < row) i++;
    const r = i < rows.length && rows[i].row === row ? rows[i] : undefined;
    const filled = fill(r, left, right, formats);
    values.push(filled.values);
    codes.push(filled.formats);
  }
  return { values, formats: codes };
}

/** The last sheet row, within rows from..to, holding something in columns left..right; 0 if none. */
function lastUsedRow(rows: SheetRow[], from: number, to: number, left: number, right: number): number {
  const start = firstRowAt(rows, from);
  let end = firstRowAt(rows, to + 1) - 1;
  for (; end >= start; end--) if (usedIn(rows[end], left, right)) return rows[end].row;
  return 0;
}

/**
 * A table: its header row and data rows, its total row left out, read as its data: rows down to
 * the last one holding something in its columns, columns as many as it names (`tableColumns`).
 */
export function tableGrid(sheet: string, part: TablePart, rows: SheetRow[], formats: CellFormats): RawTable {
  const { range, name } = part;
  const right = Math.min(range.right, range.left + Math.max(part.columns.length, 1) - 1);
  const dataTop = part.header ? range.top + 1 : range.top;
  const bottom = range.bottom - part.totals;
  // Its first data row stays, even empty (the one row an empty Excel table keeps).
  const last = Math.max(lastUsedRow(rows, dataTop, bottom, range.left, right), Math.min(dataTop, bottom));
  const below = belowGrid(sheet, rows, range.bottom + 1, range.left, right, formats);
  const extra = below ? { below } : {};
  if (!part.header) {
    // No header row in the sheet: the column names stand in for it, one row above.
    const grid = block(rows, range.top, last, range.left, right, formats);
    return {
      name,
      sheet,
      row: range.top - 1,
      col: range.left,
      values: [part.columns.slice(0, right - range.left + 1), ...grid.values],
      formats: [[], ...grid.formats],
      ...extra,
    };
  }
  return {
    name,
    sheet,
    row: range.top,
    col: range.left,
    ...block(rows, range.top, last, range.left, right, formats),
    ...extra,
  };
}

/** The rows right under a table, in its columns, down to the first empty one (BELOW_LIMIT at most). */
function belowGrid(
  sheet: string,
  rows: SheetRow[],
  top: number,
  left: number,
  right: number,
  formats: CellFormats,
): RawGrid | undefined {
  let i = firstRowAt(rows, top);
  let row = top;
  while (row < top + BELOW_LIMIT && i < rows.length && rows[i].row === row && usedIn(rows[i], left, right)) {
    row++;
    i++;
  }
  if (row === top) return undefined;
  return { sheet, row: top, col: left, ...block(rows, top, row - 1, left, right, formats) };
}

/** The columns a used range spans: from the first used one up to a run of MAX_EMPTY_COLUMNS empty ones. */
function usedColumns(rows: SheetRow[]): { left: number; right: number; cut?: number } {
  const seen = new Set<number>();
  for (const r of rows) for (let i = 0; i < r.cols.length; i++) if (r.used[i]) seen.add(r.cols[i]);
  const cols = [...seen].sort((a, b) => a - b);
  let right = cols[0];
  for (let k = 1; k < cols.length; k++) {
    if (cols[k] - right - 1 > MAX_EMPTY_COLUMNS) return { left: cols[0], right, cut: cols[k] };
    right = cols[k];
  }
  return { left: cols[0], right };
}

/** The used range of a sheet without a table, and where it was cut, if it was. */
export function usedRange(
  sheet: string,
  rows: SheetRow[],
  formats: CellFormats,
): { grid: RawGrid; omitted?: RawOmission } {
  const used = rows.filter((r) => r.used.some(Boolean));
  if (used.length === 0) return { grid: { sheet, row: 1, col: 1, values: [], formats: [] } };
  let omitted: RawOmission | undefined;
  const top = used[0].row;
  let bottom = top;
  for (let k = 1; k < used.length; k++) {
    if (used[k].row - bottom - 1 > MAX_EMPTY_ROWS) {
      omitted = { sheet, row: used[k].row, col: used[k].cols[used[k].used.indexOf(true)], reason: "rows" };
      break;
    }
    bottom = used[k].row;
  }
  const kept = omitted ? used.filter((r) => r.row <= bottom) : used;
  const cols = usedColumns(kept);
  if (cols.cut !== undefined && !omitted) {
    const r = kept.find((k) => k.cols.some((c, i) => c === cols.cut && k.used[i])) as SheetRow;
    omitted = { sheet, row: r.row, col: cols.cut, reason: "columns" };
  }
  const width = cols.right - cols.left + 1;
  if ((bottom - top + 1) * width > MAX_GRID_SLOTS) {
    const last = top + Math.floor(MAX_GRID_SLOTS / width) - 1;
    const next = kept.find((r) => r.row > last) as SheetRow;
    omitted = { sheet, row: next.row, col: cols.left, reason: "size" };
    bottom = last;
  }
  const grid: RawGrid = {
    sheet,
    row: top,
    col: cols.left,
    ...block(rows, top, bottom, cols.left, cols.right, formats),
  };
  return omitted ? { grid, omitted } : { grid };
}
