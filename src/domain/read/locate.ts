/**
 * Finding each data set of the contract in a snapshot: a real table by its name, failing
 * that a header row on the sheet of that name. Columns are matched by header, in any order.
 */
import type { FoundTable } from "../model";
import type { RawCell, RawGrid, RawTable, WorkbookSnapshot } from "../raw";
import type { ColumnSpec, TableSpec } from "../schema";
import { fold } from "../text";

/** A data set found: the grid it lives in and where its columns are. */
export interface Located {
  found: FoundTable;
  grid: RawGrid;
  /** Index in grid.values of the header row. */
  headerIndex: number;
  /** Schema column key -> index in a grid row. */
  index: Record<string, number>;
}

/** How many rows at the top of a sheet are searched for a header row. */
const HEADER_SEARCH_ROWS = 30;

const headerKeys = new WeakMap<TableSpec, Map<string, string>>();

function keysOf(spec: TableSpec): Map<string, string> {
  let keys = headerKeys.get(spec);
  if (!keys) {
    keys = new Map();
    for (const c of spec.columns) {
      for (const label of [c.fr, c.en, ...(c.aliases ?? [])]) {
        const k = fold(label);
        if (!keys.has(k)) keys.set(k, c.key);
      }
    }
    headerKeys.set(spec, keys);
  }
  return keys;
}

function headerText(cell: RawCell): string {
  return typeof cell === "string" || typeof cell === "number" ? String(cell).trim() : "";
}

/** Maps a header row to schema columns: first match wins, the rest are extra columns. */
function matchHeaders(spec: TableSpec, row: RawCell[]): { index: Record<string, number>; extra: string[] } {
  const keys = keysOf(spec);
  const index: Record<string, number> = {};
  const extra: string[] = [];
  row.forEach((cell, i) => {
    const text = headerText(cell);
    if (!text) return;
    const key = keys.get(fold(text));
    if (key !== undefined && index[key] === undefined) index[key] = i;
    else extra.push(text);
  });
  return { index, extra };
}

function build(spec: TableSpec, grid: RawGrid, headerIndex: number, real: boolean): Located {
  const { index, extra } = matchHeaders(spec, grid.values[headerIndex] ?? []);
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  for (const [key, i] of Object.entries(index)) {
    columns[key] = grid.col + i;
    headers[key] = headerText(grid.values[headerIndex][i]);
  }
  return {
    grid,
    headerIndex,
    index,
    found: {
      name: spec.name,
      sheet: grid.sheet,
      headerRow: grid.row + headerIndex,
      real,
      columns,
      headers,
      extraHeaders: real ? extra : [],
      endRow: grid.row + grid.values.length,
      col: grid.col,
      width: (grid.values[headerIndex] ?? []).length,
    },
  };
}

/** The header row of a table-less sheet: the first row holding the spec's key headers. */
function findHeaderRow(spec: TableSpec, grid: RawGrid): number | undefined {
  const wanted = spec.required.length > 0 ? spec.required : spec.columns.map((c) => c.key);
  const need = spec.required.length > 0 ? wanted.length : Math.max(2, Math.ceil(wanted.length / 2));
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const { index } = matchHeaders(spec, grid.values[i]);
    if (wanted.filter((k) => index[k] !== undefined).length >= need) return i;
  }
  return undefined;
}

/** The tables of the spec's name, compared case-insensitively as Excel compares table names. */
export function tablesNamed(spec: TableSpec, snapshot: WorkbookSnapshot): RawTable[] {
  const name = spec.name.toLowerCase();
  return snapshot.tables.filter((t) => t.name.toLowerCase() === name);
}

export function locate(spec: TableSpec, snapshot: WorkbookSnapshot): Located | undefined {
  const named = tablesNamed(spec, snapshot);
  if (named.length > 0) {
    // Two tables of one name (a copy between workbooks): the one holding the spec's columns.
    const built = named.map((t) => build(spec, t, 0, true));
    return built.find((b) => missingColumns(spec, b).length === 0) ?? built[0];
  }
  const sheetNames = new Set([fold(spec.sheet.fr), fold(spec.sheet.en)]);
  // A renamed table on the expected sheet, then a plain range with a header row.
  for (const renamed of snapshot.tables) {
    if (sheetNames.has(fold(renamed.sheet)) && findHeaderRow(spec, renamed) === 0) {
      return build(spec, renamed, 0, true);
    }
  }
  for (const grid of snapshot.sheets) {
    if (!sheetNames.has(fold(grid.sheet))) continue;
    const headerIndex = findHeaderRow(spec, grid);
    if (headerIndex !== undefined) return build(spec, grid, headerIndex, false);
  }
  return undefined;
}

/** The schema columns the located headers lack, among those the spec requires. */
export function missingColumns(spec: TableSpec, located: Located): ColumnSpec[] {
  return spec.columns.filter((c) => spec.required.includes(c.key) && located.index[c.key] === undefined);
}
