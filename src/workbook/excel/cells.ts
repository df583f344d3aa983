/**
 * Grids of values and number formats as Office.js writes them, kept text-safe.
 * In a number-format or value grid, null leaves that cell untouched (Office.js rule).
 */
import { FORMATS, type FormatName, type PlanValue } from "../../domain/layout/sheet-plan";

export type CellInput = string | number | boolean | null;

/** The Text number format: a string written into such a cell stays exactly that string. */
export const TEXT_FORMAT = FORMATS.text;

/**
 * The number format code of a cell: `@` for every non-empty string, else its format, else
 * untouched. Excel parses a string written through `Range.values` (or `rows.add`) into a
 * General cell as if typed: formulas (`=`, `+`, `-`, `@`), numbers, percents, currency,
 * booleans, dates and times in the workbook's locale ("Septembre 2025", "mars 2025", "Jan 5",
 * "15/03"), and it drops a leading apostrophe. Guessing which texts Excel would take
 * is a losing game across locales, so every string is text (a plan's strings are never
 * formulas: sheet-plan.ts), and its `@` format is sent before its value.
 */
export function cellFormat(value: PlanValue, format: FormatName | undefined): string | null {
  if (typeof value === "string" && value !== "") return TEXT_FORMAT;
  return format ? FORMATS[format] : null;
}

/** A value as Office.js writes it: null clears the cell (an empty string). */
export function cellValue(value: PlanValue): string | number | boolean {
  return value === null ? "" : value;
}

/** True when a grid has at least one non-null cell (worth sending). */
export function hasAny(grid: readonly (readonly unknown[])[]): boolean {
  return grid.some((row) => row.some((cell) => cell !== null));
}

const encoder = new TextEncoder();

/** Bytes of one grid row once serialized in the request (UTF-8 JSON). */
export function rowBytes(row: readonly unknown[]): number {
  return encoder.encode(JSON.stringify(row)).length + 1;
}

/**
 * Splits rows into consecutive [start, end) slices whose payload stays under `budget`
 * bytes (a single row larger than the budget gets a slice of its own).
 */
export function rowSlices(sizes: readonly number[], budget: number): [number, number][] {
  const slices: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (i > start && bytes + size > budget) {
      slices.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (sizes.length > start) slices.push([start, sizes.length]);
  return slices;
}

export interface CellSpot {
  row: number;
  col: number;
  value: PlanValue;
  format?: FormatName;
}

/** A rectangle of cells to write in one range: top-left (1-based) and grids. */
export interface CellBlock {
  row: number;
  col: number;
  values: CellInput[][];
  formats: (string | null)[][];
}

/**
 * Groups scattered cells of one sheet into rectangles: runs of consecutive rows per column,
 * then side-by-side columns whose runs cover the same rows. The computed columns of
 * 2,000 actions become one block instead of 8,000 ranges.
 */
export function cellBlocks(cells: readonly CellSpot[]): CellBlock[] {
  const byCol = new Map<number, Map<number, CellSpot>>();
  for (const cell of cells) {
    const column = byCol.get(cell.col) ?? new Map<number, CellSpot>();
    column.set(cell.row, cell); // a later write of the same cell wins
    byCol.set(cell.col, column);
  }
  interface Run {
    row: number;
    col: number;
    cells: CellSpot[];
  }
  const runs: Run[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const column = byCol.get(col) as Map<number, CellSpot>;
    const rows = [...column.keys()].sort((a, b) => a - b);
    let current: Run | undefined;
    for (const row of rows) {
      if (current && row === current.row + current.cells.length) {
        current.cells.push(column.get(row) as CellSpot);
      } else {
        current = { row, col, cells: [column.get(row) as CellSpot] };
        runs.push(current);
      }
    }
  }
  // Join runs of neighbouring columns that span exactly the same rows.
  const blocks: { row: number; col: number; runs: Run[] }[] = [];
  const open = new Map<string, { row: number; col: number; runs: Run[] }>();
  for (const run of runs) {
    const key = `${run.row}:${run.cells.length}`;
    const block = open.get(key);
    if (block && block.col + block.runs.length === run.col) {
      block.runs.push(run);
    } else {
      const fresh = { row: run.row, col: run.col, runs: [run] };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks.map((block) => {
    const height = block.runs[0].cells.length;
    const values: CellInput[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = 0; r < height; r += 1) {
      values.push(block.runs.map((run) => cellValue(run.cells[r].value)));
      formats.push(block.runs.map((run) => cellFormat(run.cells[r].value, run.cells[r].format)));
    }
    return { row: block.row, col: block.col, values, formats };
  });
}
