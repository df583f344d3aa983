/**
 * What a host hands the domain: raw cell values exactly as the workbook holds them.
 * Hosts convert their own date objects to day serials (see dates.ts) and nothing else.
 */

/** An Excel error value such as `#N/A` or `#REF!`. */
export interface CellError {
  error: string;
}

export type RawCell = string | number | boolean | null | CellError;

export function isCellError(value: RawCell): value is CellError {
  return typeof value === "object" && value !== null;
}

/** A grid of cells whose top-left cell is at (row, col), 1-based, on a sheet. */
export interface RawGrid {
  sheet: string;
  /** Row and column of the grid's first cell. */
  row: number;
  col: number;
  values: RawCell[][];
  /**
   * Number format codes parallel to `values` (e.g. `0%`, `yyyy-mm-dd`), where the host
   * knows them; a missing row or cell means General.
   */
  formats?: (string | null | undefined)[][];
}

/** A real Excel table (ListObject): its header row is the grid's first row, its total row left out. */
export interface RawTable extends RawGrid {
  name: string;
  /**
   * The rows typed directly under the table, in the table's columns: from the row right after
   * its last row (after its total row, when it shows one) down to the first empty row, at most
   * BELOW_LIMIT rows. A table that did not grow when people typed under it (LibreOffice never
   * extends tables; a paste can miss) leaves its rows there: the domain reports them rather than
   * dropping them in silence. Empty or undefined when there is nothing under the table.
   */
  below?: RawGrid;
}

/** Rows a host reads under each table, at most. */
export const BELOW_LIMIT = 100;

/** A block of merged cells: its top-left cell (1-based) and its size. */
export interface RawMerge {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Where a host stopped reading the used range of a sheet without a table, so that nothing is
 * left out in silence: the first cell it left out and why (`rows`: after a long run of empty
 * rows, `columns`: after a long run of empty columns, `size`: the range passed the cells a
 * sheet of notes can hold). The domain reports each as a located warning.
 */
export interface RawOmission {
  sheet: string;
  row: number;
  col: number;
  reason: "rows" | "columns" | "size";
}

/** Everything a host reads from a workbook in one pass. */
export interface WorkbookSnapshot {
  /** Every table of the workbook, header row first. */
  tables: RawTable[];
  /**
   * The used range of each sheet that holds no table, for finding data sets by sheet
   * name and header row when their table is missing.
   */
  sheets: RawGrid[];
  /** Every sheet name, in tab order. */
  sheetNames: string[];
  /** Workbook-level defined names and their formulas or values (e.g. `PlanVivant.Version` -> `"1"`). */
  definedNames: Record<string, string>;
  /**
   * The merged cells of every sheet, where the host knows them (the .xlsx reader does; the domain
   * never needs them: the page's grid draws them as Excel does). Absent means none known.
   */
  merges?: RawMerge[];
  /** Cells of table-less sheets the host did not read (see RawOmission); absent means none. */
  omitted?: RawOmission[];
}
