/**
 * One pass over a worksheet part with the tokenizer: its cells as they are present (sparse rows,
 * never the rectangle a `<dimension>` or a ref declares), its merged ranges (at most MAX_MERGES)
 * and the relationship ids of its tables. A row or cell without an `r` attribute takes the
 * next row or column, as Excel does.
 */
import type { RawCell } from "../../../domain/raw";
import { END, OPEN, TEXT, type XmlTokenizer } from "../package/tokenizer";
import { cellValue, type CellParts } from "./cell-value";
import { ReadFailure } from "./failure";
import { MAX_CELLS } from "./limits";
import { parseCell, parseRange, type RangeRef } from "./refs";
import type { CellFormats } from "./styles";
import { relId } from "./workbook-part";

/** Merged ranges kept per sheet, at most: a file may declare many, the grid needs few. */
export const MAX_MERGES = 5000;

/** The cells present on one sheet row, in column order. */
export interface SheetRow {
  row: number;
  cols: number[];
  values: RawCell[];
  /** Style index of each cell (`s`), -1 for none. */
  styles: number[];
  /** Whether each cell holds something (a value or a formula): what a used range counts. */
  used: boolean[];
}

export interface ScannedSheet {
  /** Rows in row order, only those present in the part. */
  rows: SheetRow[];
  merges: RangeRef[];
  /** Relationship ids of the sheet's `<tablePart>`s, in order. */
  tableIds: string[];
}

export interface ScanContext {
  strings: string[];
  formats: CellFormats;
  date1904: boolean;
  /** Cells read so far in the workbook (the limit is on the whole read). */
  cells: { count: number };
  part: string;
}

function byColumn(row: SheetRow): void {
  const order = row.cols.map((_, i) => i).sort((a, b) => row.cols[a] - row.cols[b]);
  row.cols = order.map((i) => row.cols[i]);
  row.values = order.map((i) => row.values[i]);
  row.styles = order.map((i) => row.styles[i]);
  row.used = order.map((i) => row.used[i]);
}

export function scanSheet(x: XmlTokenizer, ctx: ScanContext): ScannedSheet {
  const rows: SheetRow[] = [];
  const merges: RangeRef[] = [];
  const tableIds: string[] = [];
  let row: SheetRow | undefined;
  let rowNumber = 0;
  let col = 0;
  let sortedRows = true;
  let sortedCols = true;
  // The cell being read.
  let inCell = false;
  let cell: CellParts = { type: "", v: undefined, inline: undefined, formula: false };
  let cellStyle = -1;
  // Where text goes: 1 = `<v>`, 2 = a `<t>` of an inline string; depth of an open `<rPh>`.
  let into = 0;
  let phonetic = 0;

  const endRow = (): void => {
    if (row && !sortedCols) byColumn(row);
    row = undefined;
  };

  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === TEXT) {
      if (into === 1) cell.v = (cell.v ?? "") + x.text();
      else if (into === 2) cell.inline = (cell.inline ?? "") + x.text();
      continue;
    }
    const local = x.local;
    if (t === OPEN) {
      if (inCell) {
        if (local === "v") into = 1;
        else if (local === "f") cell.formula = true;
        else if (local === "is") cell.inline = cell.inline ?? "";
        else if (local === "rPh") phonetic = phonetic || x.depth;
        else if (local === "t" && !phonetic && cell.inline !== undefined) into = 2;
        continue;
      }
      switch (local) {
        case "row": {
          endRow();
          const r = Number(x.attr("r"));
          const next = Number.isInteger(r) && r >= 1 && r <= 1048576 ? r : rowNumber + 1;
          if (next <= rowNumber) sortedRows = false;
          rowNumber = next;
          col = 0;
          sortedCols = true;
          row = { row: rowNumber, cols: [], values: [], styles: [], used: [] };
          rows.push(row);
          break;
        }
        case "c": {
          const ref = x.attr("r");
          const at = ref === undefined ? undefined : parseCell(ref);
          if (!row) {
            // A cell outside any `<row>` (not valid, but cheap to read): its own row.
            rowNumber = at ? at.row : rowNumber + 1;
            row = { row: rowNumber, cols: [], values: [], styles: [], used: [] };
            rows.push(row);
          }
          const c = at ? at.col : col + 1;
          if (c <= col) sortedCols = false;
          col = c;
          const s = x.attr("s");
          cellStyle = s === undefined ? -1 : Number.parseInt(s, 10);
          if (!(cellStyle >= 0)) cellStyle = -1;
          cell = { type: x.attr("t") ?? "n", v: undefined, inline: undefined, formula: false };
          inCell = true;
          into = 0;
          phonetic = 0;
          if (++ctx.cells.count > MAX_CELLS) {
            throw new ReadFailure("limit", ctx.part, undefined, {
              limit: { kind: "cells", cells: MAX_CELLS },
            });
          }
          break;
        }
        case "mergeCell":
          if (merges.length < MAX_MERGES) {
            const range = parseRange(x.attr("ref") ?? "");
            if (range) merges.push(range);
          }
          break;
        case "tablePart": {
          const id = relId(x);
          if (id) tableIds.push(id);
          break;
        }
        default:
          break;
      }
      continue;
    }
    // CLOSE
    if (inCell) {
      if (local === "c") {
        inCell = false;
        const r = row as SheetRow;
        const isDate = cellStyle >= 0 && ctx.formats.dates[cellStyle] === true;
        r.cols.push(col);
        r.values.push(cellValue(cell, ctx.strings, isDate, ctx.date1904));
        r.styles.push(cellStyle);
        // An empty inline string is an empty cell (it shows nothing, and counts for nothing).
        r.used.push(
          cell.formula || cell.v !== undefined || (cell.inline !== undefined && cell.inline !== ""),
        );
      } else if (local === "v" || local === "t") into = 0;
      else if (phonetic && x.depth === phonetic) phonetic = 0;
    } else if (local === "row" || local === "sheetData") endRow();
  }
  endRow();
  if (!sortedRows) rows.sort((a, b) => a.row - b.row);
  return { rows, merges, tableIds };
}
