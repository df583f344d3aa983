/** A small cursor that lays blocks of plain cells (not Excel tables) down a sheet plan. */
import {
  emptySheet,
  type CellStyle,
  type FormatName,
  type PlanValue,
  type SheetPlan,
} from "../layout/sheet-plan";
import { columnLetters, sheetRef } from "../text";

export const HEADER_FILL = "D9E2F3";
export const TITLE_COLOR = "1F3864";

/** One column of a block: where it goes, its header and how its values are formatted. */
export interface BlockColumn {
  col: number;
  header: string;
  format?: FormatName;
  wrap?: boolean;
  /** Merge each cell of this column rightwards over this many columns in all. */
  span?: number;
}

/** Where a written block sits: header row, first and last data rows (last < first when empty). */
export interface BlockPlace {
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/** An absolute range on the sheet, sheet quoted as needed: `'Bilan (2)'!$C$8:$C$15`. */
export function absRange(sheet: string, row1: number, col1: number, row2: number, col2: number): string {
  const cell = (r: number, c: number): string => `$${columnLetters(c)}$${r}`;
  return `${sheetRef(sheet)}!${cell(row1, col1)}:${cell(row2, col2)}`;
}

export class SheetWriter {
  readonly plan: SheetPlan;
  /** The next free row. */
  row = 1;

  constructor(
    name: string,
    private readonly lastCol: number,
  ) {
    this.plan = emptySheet(name);
  }

  cell(row: number, col: number, value: PlanValue, style?: CellStyle): void {
    this.plan.cells.push(style ? { row, col, value, style } : { row, col, value });
  }

  merge(row: number, col: number, rows: number, cols: number): void {
    if (rows > 1 || cols > 1) this.plan.merges.push({ row, col, rows, cols });
  }

  /** A section title on its own row. */
  heading(text: string, size = 13): void {
    this.cell(this.row, 1, text, { bold: true, size, color: TITLE_COLOR });
    this.row += 1;
  }

  /** Label / value pairs, label in `col`, value in the next column (merged over `span` columns). */
  pairs(col: number, items: { label: string; value: PlanValue; format?: FormatName }[], span = 1): void {
    for (const item of items) {
      this.cell(this.row, col, item.label, { bold: true });
      const style: CellStyle = { align: "left" };
      if (item.format) style.format = item.format;
      this.cell(this.row, col + 1, item.value, style);
      this.merge(this.row, col + 1, 1, span);
      this.row += 1;
    }
    this.row += 1;
  }

  /**
   * A header row and data rows; `bold` rows (e.g. a total) are set in bold. An empty block
   * gets one italic `emptyText` row. Leaves one blank row after.
   */
  block(columns: BlockColumn[], rows: PlanValue[][], emptyText: string, bold: number[] = []): BlockPlace {
    const headerRow = this.row;
    for (const c of columns) {
      this.cell(headerRow, c.col, c.header, { bold: true, fill: HEADER_FILL, wrap: true, align: "center" });
      this.merge(headerRow, c.col, 1, c.span ?? 1);
    }
    const firstRow = headerRow + 1;
    rows.forEach((values, i) => {
      const r = firstRow + i;
      columns.forEach((c, j) => {
        const style: CellStyle = {};
        const value = values[j] ?? null;
        if (c.format && typeof value === "number") style.format = c.format;
        if (c.wrap) style.wrap = true;
        if (bold.includes(i)) style.bold = true;
        this.cell(r, c.col, value, Object.keys(style).length > 0 ? style : undefined);
        this.merge(r, c.col, 1, c.span ?? 1);
      });
    });
    if (rows.length === 0) this.cell(firstRow, columns[0].col, emptyText, { italic: true });
    const lastRow = firstRow + rows.length - 1;
    this.row = firstRow + Math.max(rows.length, 1) + 1;
    return { headerRow, firstRow, lastRow };
  }

  /** A long text in one merged, wrapped block over the full width. */
  paragraph(text: string, rows: number): void {
    this.cell(this.row, 1, text, { wrap: true, align: "left", size: 11 });
    this.merge(this.row, 1, rows, this.lastCol);
    this.row += rows + 1;
  }
}
