/**
 * Range and its format: values read and written as Excel does (written strings parsed as
 * typed input in the workbook's locale, see values.ts; null leaves a cell untouched, "" clears
 * it), number formats, the derived ranges the adapter uses, row heights and column widths
 * within Excel's limits (limits.ts).
 */
import type { FakeCell, FakeSheet } from "../fake/model";
import { a1Of, boxLabel, sheetRef } from "./addresses";
import { MAX_COLUMN_WIDTH, MAX_ROW_HEIGHT } from "./limits";
import { HostError } from "./messages";
import type { Family, HostObject, HostState, RangeObject } from "./objects";
import { refuseProtected } from "./protection";
import { enteredCell } from "./values";

function grid<T>(r: RangeObject, cell: (c: FakeCell | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let row = r.r1; row <= r.r2; row += 1) {
    const line: T[] = [];
    for (let col = r.c1; col <= r.c2; col += 1) line.push(cell(r.sheet.cell(row, col)));
    out.push(line);
  }
  return out;
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === "") return "Empty";
  if (c.error) return "Error";
  if (typeof c.value === "number") return "Double";
  if (typeof c.value === "boolean") return "Boolean";
  return "String";
}

function checkShape(value: unknown, r: RangeObject): unknown[][] {
  if (
    !Array.isArray(value) ||
    value.length !== r.r2 - r.r1 + 1 ||
    value.some((row) => !Array.isArray(row) || row.length !== r.c2 - r.c1 + 1)
  ) {
    throw new HostError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return value as unknown[][];
}

/** A cell value as Office.js accepts it: boolean, string or number (null: untouched). */
export function checkCellValue(value: unknown): asserts value is string | number | boolean | null {
  if (value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean")
    throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
}

/** Writes one value into a cell as typing it would (its format decides how text is taken). */
export function enterValue(
  host: HostState,
  sheet: FakeSheet,
  row: number,
  col: number,
  value: unknown,
): void {
  checkCellValue(value);
  if (value === null) return;
  const cell = sheet.cell(row, col);
  const format = cell?.format;
  if (value === "") {
    sheet.put(row, col, format ? { value: "", format } : undefined);
    return;
  }
  sheet.put(row, col, enteredCell(value, format, host.model.locale, host.model.year));
}

function rangeOf(r: RangeObject, r1: number, c1: number, r2: number, c2: number): RangeObject {
  if (r1 < 1 || c1 < 1) throw new HostError("InvalidArgument", "The range is outside the sheet.");
  return { kind: "range", sheet: r.sheet, r1, c1, r2, c2 };
}

export const range: Family<"range"> = {
  path(_host, r, name, args) {
    const [a, b] = args as number[];
    switch (name) {
      case "Format":
        return { kind: "rangeFormat", range: r };
      case "ConditionalFormats":
        return { kind: "conditionalFormats", range: r };
      case "DataValidation":
        return { kind: "dataValidation", range: r };
      case "Worksheet":
        return { kind: "worksheet", sheet: r.sheet };
      case "GetCell":
        return rangeOf(r, r.r1 + a, r.c1 + b, r.r1 + a, r.c1 + b);
      case "GetLastRow":
        return rangeOf(r, r.r2, r.c1, r.r2, r.c2);
      case "GetRow":
        return rangeOf(r, r.r1 + a, r.c1, r.r1 + a, r.c2);
      case "GetColumn":
        return rangeOf(r, r.r1, r.c1 + a, r.r2, r.c1 + a);
      case "GetOffsetRange":
        return rangeOf(r, r.r1 + a, r.c1 + b, r.r2 + a, r.c2 + b);
      case "GetBoundingRect": {
        const other = args[0] as RangeObject;
        if (other.sheet !== r.sheet)
          throw new HostError("InvalidArgument", "The ranges are on different sheets.");
        return rangeOf(
          r,
          Math.min(r.r1, other.r1),
          Math.min(r.c1, other.c1),
          Math.max(r.r2, other.r2),
          Math.max(r.c2, other.c2),
        );
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        // The cells holding a value within this range (Range.getUsedRange, ExcelApi 1.1; OrNullObject 1.4).
        const used = r.sheet.usedRange(r);
        if (used) return rangeOf(r, used.r1, used.c1, used.r2, used.c2);
        if (name === "GetUsedRange") throw new HostError("ItemNotFound", "The range holds no value.");
        return null as never;
      }
      case "GetResizedRange":
        if (r.r2 + a < r.r1 || r.c2 + b < r.c1) throw new HostError("InvalidArgument", "Bad size.");
        return rangeOf(r, r.r1, r.c1, r.r2 + a, r.c2 + b);
      default:
        return undefined as never;
    }
  },
  get(_host, r, name) {
    switch (name) {
      case "Values":
        return grid(r, (c) => (c ? (c.formula !== undefined ? 0 : c.value) : ""));
      case "Formulas":
        return grid(r, (c) => (c ? (c.formula ?? c.value) : ""));
      case "NumberFormat":
        return grid(r, (c) => c?.format ?? "General");
      case "ValueTypes":
        return grid(r, valueType);
      case "RowIndex":
        return r.r1 - 1;
      case "ColumnIndex":
        return r.c1 - 1;
      case "RowCount":
        return r.r2 - r.r1 + 1;
      case "ColumnCount":
        return r.c2 - r.c1 + 1;
      case "Address":
        return `${sheetRef(r.sheet.name)}!${a1Of(r)}`;
      default:
        return undefined;
    }
  },
  set(host, r, name, value) {
    refuseProtected(r.sheet);
    if (name === "Values" || name === "Formulas") {
      const rows = checkShape(value, r);
      rows.forEach((line) => line.forEach((v) => checkCellValue(v)));
      rows.forEach((line, i) => line.forEach((v, j) => enterValue(host, r.sheet, r.r1 + i, r.c1 + j, v)));
      host.changed(r.sheet, r);
      return;
    }
    if (name === "NumberFormat") {
      checkShape(value, r).forEach((line, i) =>
        line.forEach((format, j) => {
          if (format === null) return;
          const cell = r.sheet.cell(r.r1 + i, r.c1 + j) ?? { value: "" };
          const rest: FakeCell = { ...cell };
          delete rest.format;
          r.sheet.put(r.r1 + i, r.c1 + j, format === "General" ? rest : { ...rest, format: String(format) });
        }),
      );
      return;
    }
    throw new HostError("GeneralException", `host: Range.${name} cannot be set here`);
  },
  call(_host, r, name, args) {
    switch (name) {
      case "_ValidateArraySize": {
        // The library's own check before a big values/numberFormat set: the grid's rows and columns.
        const [rows, cols] = args as number[];
        if (rows !== r.r2 - r.r1 + 1 || cols !== r.c2 - r.c1 + 1)
          throw new HostError(
            "InvalidArgument",
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        return null;
      }
      case "Select":
        _host.model.selection = `${sheetRef(r.sheet.name)}!${a1Of(r)}`;
        return null;
      case "Merge":
        refuseProtected(r.sheet);
        r.sheet.log.push(`${boxLabel(r)}.merge(${String(args[0] ?? false)})`);
        return null;
      default:
        return undefined;
    }
  },
};

/** The format of a range: row height and column width enforced, everything else recorded. */
export const rangeFormat: Family<"rangeFormat"> = {
  path(_host, f, name) {
    return {
      kind: "recorded",
      sheet: f.range.sheet,
      label: boxLabel(f.range),
      path: `.format.${name.charAt(0).toLowerCase()}${name.slice(1)}`,
    };
  },
  get(_host, f, name) {
    const r = f.range;
    if (name === "RowHeight") return r.sheet.rowHeights.get(r.r1) ?? 15;
    if (name === "ColumnWidth") return r.sheet.columnWidths.get(r.c1) ?? 48;
    return undefined;
  },
  set(_host, f, name, value) {
    const r = f.range;
    refuseProtected(r.sheet);
    if (name === "RowHeight" || name === "ColumnWidth") {
      const max = name === "RowHeight" ? MAX_ROW_HEIGHT : MAX_COLUMN_WIDTH;
      if (typeof value !== "number" || !(value >= 0) || value > max)
        throw new HostError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
        );
      const map = name === "RowHeight" ? r.sheet.rowHeights : r.sheet.columnWidths;
      const [from, to] = name === "RowHeight" ? [r.r1, r.r2] : [r.c1, r.c2];
      // Whole columns or rows: only the first few thousand are kept (a test never needs more).
      for (let i = from; i <= Math.min(to, from + 10_000); i += 1) map.set(i, value);
    }
    r.sheet.log.push(
      `${boxLabel(r)}.format.${name.charAt(0).toLowerCase()}${name.slice(1)} = ${JSON.stringify(value)}`,
    );
  },
};

export type { HostObject };
