/**
 * Walking the data rows of a located data set: empty rows skipped, each cell read by its
 * schema column, each problem located by its cell as a person sees it.
 */
import type { Problem, ProblemCode, Severity } from "../model";
import type { RawCell } from "../raw";
import type { TableSpec } from "../schema";
import { cellRef } from "../text";
import { cellText, isEmpty } from "./values";
import type { Located } from "./locate";

export class RowCursor {
  /** Index in the grid of the current row. */
  private i = 0;
  /** The cells of the current row. */
  private cells: RawCell[] = [];
  /** Schema column key -> index in a grid row. */
  private readonly index: Map<string, number>;
  /** Grid indexes of the typed (not computed) columns, for the empty-row test. */
  private readonly typed: number[];

  constructor(
    readonly spec: TableSpec,
    readonly located: Located,
    private readonly problems: Problem[],
  ) {
    const computed = new Set(spec.columns.filter((c) => c.type === "computed").map((c) => c.key));
    this.index = new Map(Object.entries(located.index));
    this.typed = Object.entries(located.index)
      .filter(([k]) => !computed.has(k))
      .map(([, c]) => c);
  }

  /** Sheet row of the current row. */
  get row(): number {
    return this.located.grid.row + this.i;
  }

  /** Calls `visit` for each non-empty data row; returns how many there were. */
  each(visit: () => void): number {
    const { grid, headerIndex } = this.located;
    let count = 0;
    for (this.i = headerIndex + 1; this.i < grid.values.length; this.i++) {
      this.cells = grid.values[this.i];
      if (this.isEmptyRow()) continue;
      count++;
      visit();
    }
    return count;
  }

  private isEmptyRow(): boolean {
    for (const c of this.typed) if (!isEmpty(this.cells[c] ?? null)) return false;
    return true;
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get(key: string): RawCell {
    const c = this.index.get(key);
    return c === undefined ? null : (this.cells[c] ?? null);
  }

  format(key: string): string | null | undefined {
    const c = this.index.get(key);
    return c === undefined ? undefined : this.located.grid.formats?.[this.i]?.[c];
  }

  cell(key: string): string {
    const found = this.located.found;
    const col = found.columns[key] ?? this.located.grid.col;
    return cellRef(found.sheet, this.row, col);
  }

  /** Reports on a row already passed (a rule that needs the whole table first). */
  reportAt(row: number, severity: Severity, code: ProblemCode, key: string): void {
    const [savedI, savedCells] = [this.i, this.cells];
    this.i = row - this.located.grid.row;
    this.cells = this.located.grid.values[this.i];
    this.report(severity, code, key);
    [this.i, this.cells] = [savedI, savedCells];
  }

  report(severity: Severity, code: ProblemCode, key: string, params?: Record<string, string | number>): void {
    const found = this.located.found;
    const raw = this.get(key);
    this.problems.push({
      severity,
      code,
      cell: this.cell(key),
      sheet: found.sheet,
      row: this.row,
      col: found.columns[key],
      table: found.name,
      column: key,
      header: found.headers[key] ?? this.label(key),
      value: isEmpty(raw) ? undefined : cellText(raw),
      params,
    });
  }

  private label(key: string): string {
    return this.spec.columns.find((c) => c.key === key)?.fr ?? key;
  }
}
