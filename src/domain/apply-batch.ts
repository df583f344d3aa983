/**
 * The snapshot a host would hand back after a write, computed from the snapshot before it
 * and the write itself: the task pane updates from what it wrote, without reading the
 * workbook again. Where the outcome depends on something the snapshot does not hold (rows
 * typed under a table, which an append shifts; sheets and tables a write creates, whose
 * exact shape each host decides), the answer is `undefined`: the caller reads instead.
 */
import type { CellPlan, FormatName, PlanValue, SheetPlan } from "./layout/sheet-plan";
import { FORMATS } from "./layout/sheet-plan";
import type { RawCell, RawGrid, RawTable, WorkbookSnapshot } from "./raw";

/** The defined name that marks the sheet Plan vivant owns (the Bilan). */
export const OWNER_NAME = "PlanVivant.Bilan";

/** What a write did, as the workbook port's WriteBatch and WriteResult describe it. */
export interface WrittenBatch {
  create?: unknown;
  append?: { table: string; rows: PlanValue[][]; formats?: (FormatName | undefined)[] }[];
  cells?: { sheet: string; row: number; col: number; value: PlanValue; format?: FormatName }[];
  conditionalFormats?: unknown[];
  ownedSheet?: SheetPlan;
}

const lower = (s: string) => s.toLowerCase();
const code = (format: FormatName | undefined) => (format ? FORMATS[format] : undefined);

function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function copyGrid<T extends RawGrid>(grid: T): T {
  return {
    ...grid,
    values: grid.values.map((r) => [...r]),
    ...(grid.formats ? { formats: grid.formats.map((r) => [...(r ?? [])]) } : {}),
  };
}

/** Sets one cell of a grid, growing it when the cell lies beyond it (a sheet's used range grows). */
function setCell(grid: RawGrid, row: number, col: number, value: RawCell, format: string | undefined): void {
  if (row < grid.row || col < grid.col) {
    const up = Math.max(0, grid.row - row);
    const left = Math.max(0, grid.col - col);
    const width = (grid.values[0]?.length ?? 0) + left;
    grid.values = [
      ...Array.from({ length: up }, () => Array<RawCell>(width).fill(null)),
      ...grid.values.map((r) => [...Array<RawCell>(left).fill(null), ...r]),
    ];
    if (grid.formats) {
      grid.formats = [
        ...Array.from({ length: up }, () => Array<string | null>(width).fill(null)),
        ...grid.formats.map((r) => [...Array<string | null>(left).fill(null), ...(r ?? [])]),
      ];
    }
    grid.row -= up;
    grid.col -= left;
  }
  const r = row - grid.row;
  const c = col - grid.col;
  while (grid.values.length <= r) grid.values.push(Array<RawCell>(grid.values[0]?.length ?? 0).fill(null));
  const width = Math.max(grid.values[0]?.length ?? 0, c + 1);
  for (const line of grid.values) while (line.length < width) line.push(null);
  grid.values[r][c] = value;
  if (format !== undefined) {
    grid.formats ??= [];
    while (grid.formats.length <= r) grid.formats.push([]);
    const line = (grid.formats[r] ??= []);
    while (line.length <= c) line.push(null);
    line[c] = format;
  }
}

/** A sheet without a table as a host reads it: the used range of its cells holding a value. */
export function sheetGrid(name: string, cells: readonly CellPlan[]): RawGrid | undefined {
  const used = cells.filter((c) => c.value !== null && c.value !== "");
  if (used.length === 0) return undefined;
  const row = Math.min(...used.map((c) => c.row));
  const col = Math.min(...used.map((c) => c.col));
  const grid: RawGrid = { sheet: name, row, col, values: [[null]] };
  for (const cell of used) setCell(grid, cell.row, cell.col, cell.value, code(cell.style?.format));
  return grid;
}

function hasValues(grid: RawGrid | undefined): boolean {
  return Boolean(grid?.values.some((r) => r.some((v) => v !== null && v !== "")));
}

function applyAppend(table: RawTable, rows: PlanValue[][], formats?: (FormatName | undefined)[]): void {
  const width = table.values[0]?.length ?? 0;
  const before = table.formats?.[table.values.length - 1];
  for (const row of rows) {
    const line: RawCell[] = Array.from({ length: width }, (_, j) =>
      row[j] === "" ? null : (row[j] ?? null),
    );
    table.values.push(line);
    if (table.formats || formats?.some(Boolean)) {
      table.formats ??= [];
      while (table.formats.length < table.values.length - 1) table.formats.push([]);
      table.formats.push(Array.from({ length: width }, (_, j) => code(formats?.[j]) ?? before?.[j] ?? null));
    }
  }
}

function inGrid(grid: RawGrid, row: number, col: number): boolean {
  return (
    row >= grid.row &&
    row < grid.row + grid.values.length &&
    col >= grid.col &&
    col < grid.col + (grid.values[0]?.length ?? 0)
  );
}

/**
 * The snapshot after `batch` was written (with the owned sheet's name as the write gave it), or
 * undefined where only a read can tell. The input is never modified.
 */
export function applyBatch(
  snapshot: WorkbookSnapshot,
  batch: WrittenBatch,
  result: { ownedSheet?: string; replacedSheet?: string } = {},
): WorkbookSnapshot | undefined {
  if (batch.create) return undefined;
  const tables = snapshot.tables.map(copyGrid);
  const sheets = snapshot.sheets.map(copyGrid);
  let sheetNames = [...snapshot.sheetNames];
  const definedNames = { ...snapshot.definedNames };
  const tableNamed = (name: string) => tables.find((t) => lower(t.name) === lower(name));

  for (const append of batch.append ?? []) {
    const table = tableNamed(append.table);
    // Rows typed under the table: where the new rows go beside them is the host's to say.
    if (!table || hasValues(table.below)) return undefined;
    applyAppend(table, append.rows, append.formats);
  }

  for (const cell of batch.cells ?? []) {
    const value: RawCell = cell.value === "" ? null : cell.value;
    const format = code(cell.format);
    const table = tables.find((t) => lower(t.sheet) === lower(cell.sheet) && inGrid(t, cell.row, cell.col));
    if (table) {
      setCell(table, cell.row, cell.col, value, format);
      continue;
    }
    // A sheet holding a table is read through its tables only: a cell beside them is not read.
    if (tables.some((t) => lower(t.sheet) === lower(cell.sheet))) continue;
    if (!sheetNames.some((s) => lower(s) === lower(cell.sheet))) return undefined;
    const grid = sheets.find((g) => lower(g.sheet) === lower(cell.sheet));
    if (grid) setCell(grid, cell.row, cell.col, value, format);
    else if (value !== null) {
      const made: RawGrid = { sheet: cell.sheet, row: cell.row, col: cell.col, values: [[value]] };
      if (format !== undefined) made.formats = [[format]];
      sheets.push(made);
    }
  }

  const owned = batch.ownedSheet;
  if (owned) {
    const name = result.ownedSheet ?? owned.name;
    const ownerKey = Object.keys(definedNames).find((k) => lower(k) === lower(OWNER_NAME));
    // Only the host knows whether the sheet the name points to carried both marks and was
    // replaced: a name alone (copied onto a user's sheet) leaves that sheet where it is.
    const previous = result.replacedSheet;
    const at = previous ? sheetNames.findIndex((s) => lower(s) === lower(previous)) : -1;
    if (ownerKey) delete definedNames[ownerKey];
    if (at >= 0) {
      sheetNames.splice(at, 1, name);
      const gone = lower(previous!);
      for (let i = sheets.length - 1; i >= 0; i -= 1)
        if (lower(sheets[i].sheet) === gone) sheets.splice(i, 1);
    } else sheetNames = [...sheetNames, name];
    const grid = sheetGrid(name, owned.cells);
    if (grid) sheets.push(grid);
    definedNames[OWNER_NAME] = `${quoted(name)}!$A$1`;
  }

  return { ...snapshot, tables, sheets, sheetNames, definedNames };
}
