/**
 * A sheet of the workbook as the page shows it: every table and used range of a snapshot placed at
 * its cells, values written as Excel shows them (dates AAAA-MM-JJ), late and blocked rows of the
 * plan marked from the domain's flags, and the cells the last operation changed.
 */
import { dayToIso } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import { isCellError, type RawCell, type RawGrid, type RawMerge, type WorkbookSnapshot } from "../domain/raw";
import { readWorkbook } from "../domain/read";

/** Rows beyond this many are not drawn (the oldest go first: appended rows stay in view). */
export const MAX_ROWS = 1000;

export type RowMark = "late" | "blocked";

export interface GridCell {
  text: string;
  numeric: boolean;
  changed: boolean;
  /** The top-left cell of a merge: how many rows and columns it covers (as drawn). */
  span?: { rows: number; cols: number };
  /** Hidden under a merge whose top-left cell is drawn: not drawn itself. */
  covered?: boolean;
}

export interface GridRow {
  /** The sheet row (1-based). */
  row: number;
  /** A table's header row. */
  header: boolean;
  mark?: RowMark;
  cells: GridCell[];
}

export interface SheetGrid {
  sheet: string;
  /** Number of columns drawn, from column A. */
  cols: number;
  rows: GridRow[];
  /** Rows left out (see MAX_ROWS). */
  hidden: number;
  /** Whether the last operation changed a cell of this sheet. */
  changed: boolean;
}

interface Placed {
  value: RawCell;
  format?: string | null;
}

function gridsOf(snapshot: WorkbookSnapshot, sheet: string): RawGrid[] {
  return [...snapshot.tables, ...snapshot.sheets].filter((g) => g.sheet === sheet);
}

/** The cells that hold something, by `row,col`; only those of the rows `keep` takes, if given. */
function placedCells(
  snapshot: WorkbookSnapshot,
  sheet: string,
  keep?: (row: number) => boolean,
): Map<string, Placed> {
  const out = new Map<string, Placed>();
  for (const g of gridsOf(snapshot, sheet)) {
    g.values.forEach((values, i) => {
      if (keep && !keep(g.row + i)) return;
      values.forEach((value, j) => {
        if (value === null || value === "") return;
        out.set(`${g.row + i},${g.col + j}`, { value, format: g.formats?.[i]?.[j] });
      });
    });
  }
  return out;
}

/** The last row and the last column holding something (0 when none), read in place. */
function extent(snapshot: WorkbookSnapshot, sheet: string): { lastRow: number; cols: number } {
  let lastRow = 0;
  let cols = 0;
  for (const g of gridsOf(snapshot, sheet)) {
    g.values.forEach((values, i) => {
      for (let j = values.length - 1; j >= 0; j--) {
        const value = values[j];
        if (value === null || value === "") continue;
        lastRow = Math.max(lastRow, g.row + i);
        cols = Math.max(cols, g.col + j);
        break;
      }
    });
  }
  return { lastRow, cols };
}

const DATE_FORMAT = /(^|[^"\\])(yy|dd|d\b|mmm)/i;

/** A cell's text as Excel shows it, in the page's language. */
export function cellText(value: RawCell, format: string | null | undefined, lang: Lang): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  if (typeof value === "boolean") return lang === "fr" ? (value ? "VRAI" : "FAUX") : value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format && DATE_FORMAT.test(format) && !format.includes("%")) return dayToIso(value);
  const locale = lang === "fr" ? "fr-CA" : "en-CA";
  if (format && format.includes("%"))
    return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })} %`;
  return value.toLocaleString(locale, { maximumFractionDigits: 2, useGrouping: false });
}

/** Late and blocked rows of the plan, by `sheet!row`, as the domain flags them at `day`. */
export function rowMarks(snapshot: WorkbookSnapshot, day: number): Map<string, RowMark> {
  const marks = new Map<string, RowMark>();
  const wb = readWorkbook(snapshot, { today: day });
  for (const state of actionStates(wb)) {
    const kinds = new Set(state.flags.map((f) => f.kind));
    const mark = kinds.has("blocked") ? "blocked" : kinds.has("late") ? "late" : undefined;
    if (mark) marks.set(`${state.action.sheet}!${state.action.row}`, mark);
  }
  return marks;
}

/** Columns a merge may add to the right of the sheet's last used column, at most. */
const MAX_MERGE_WIDEN = 26;

/**
 * Draws merges as Excel does: the top-left cell spans the block (clipped to the rows and columns
 * drawn, and to the rows that follow it without a gap), the other cells of the block are covered.
 */
export function applyMerges(rows: GridRow[], merges: readonly RawMerge[], cols: number): void {
  const index = new Map(rows.map((r, i) => [r.row, i]));
  for (const m of merges) {
    const first = index.get(m.row);
    if (first === undefined || m.col > cols) continue;
    const width = Math.min(m.cols, cols - m.col + 1);
    let height = 1;
    while (height < m.rows && rows[first + height]?.row === m.row + height) height += 1;
    if (width === 1 && height === 1) continue;
    const top = rows[first].cells[m.col - 1];
    if (top.covered) continue; // overlapping merges: the first one drawn wins
    top.span = { rows: height, cols: width };
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) {
        if (r > 0 || c > 0) rows[first + r].cells[m.col - 1 + c].covered = true;
      }
    }
  }
}

export function sheetGrid(
  snapshot: WorkbookSnapshot,
  sheet: string,
  options: { lang: Lang; marks: Map<string, RowMark>; previous?: WorkbookSnapshot },
): SheetGrid {
  const isNew = options.previous !== undefined && !options.previous.sheetNames.includes(sheet);
  // A sheet the operation created is new as a whole: its tab says so, not every cell.
  const compared = options.previous !== undefined && !isNew;
  const headers = new Set(snapshot.tables.filter((t) => t.sheet === sheet).map((t) => t.row));
  const bounds = extent(snapshot, sheet);
  const lastRow = bounds.lastRow;
  let cols = bounds.cols;
  const firstShown = Math.max(1, lastRow - MAX_ROWS + 1);
  // Only the rows drawn are placed, unless every change must be found (after a write).
  const drawn = compared ? undefined : (row: number) => row >= firstShown || headers.has(row);
  const cells = placedCells(snapshot, sheet, drawn);
  const before = compared ? placedCells(options.previous as WorkbookSnapshot, sheet) : undefined;
  // A merge that starts on a drawn cell widens the grid to its right edge (a title over A1:K1).
  const merges = (snapshot.merges ?? []).filter(
    (m) => m.sheet === sheet && m.row <= lastRow && m.col <= cols,
  );
  const used = cols;
  for (const m of merges) cols = Math.max(cols, Math.min(m.col + m.cols - 1, used + MAX_MERGE_WIDEN));
  const text = (p: Placed | undefined) => (p ? cellText(p.value, p.format, options.lang) : "");
  let changed = false;
  const rowAt = (row: number): GridRow => {
    const out: GridCell[] = [];
    for (let col = 1; col <= cols; col++) {
      const key = `${row},${col}`;
      const here = cells.get(key);
      const shown = text(here);
      const isChanged = before !== undefined && shown !== text(before.get(key));
      changed ||= isChanged;
      out.push({ text: shown, numeric: typeof here?.value === "number", changed: isChanged });
    }
    return { row, header: headers.has(row), mark: options.marks.get(`${sheet}!${row}`), cells: out };
  };
  const headersAbove = [...headers].filter((h) => h < firstShown).sort((a, b) => a - b);
  const rows: GridRow[] = headersAbove.map(rowAt);
  for (let row = firstShown; row <= lastRow; row++) rows.push(rowAt(row));
  applyMerges(rows, merges, cols);
  // Changes above the rows drawn still count, so the page can point to this sheet.
  if (before && !changed) {
    for (const key of new Set([...cells.keys(), ...before.keys()])) {
      if (text(cells.get(key)) !== text(before.get(key))) changed = true;
    }
  }
  return { sheet, cols, rows, hidden: firstShown - 1 - headersAbove.length, changed: changed || isNew };
}
