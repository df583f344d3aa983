/**
 * The ExcelJS-based reader Plan vivant used before its own (src/workbook/xlsx/reader), kept for
 * tests only: the differential test compares both on every workbook the tests make.
 * Reads an .xlsx file into a WorkbookSnapshot with ExcelJS, in one pass.
 * The package is first normalized (rels.ts) so that files from openpyxl, LibreOffice and
 * others load; ExcelJS is told to skip every worksheet node the snapshot does not need.
 */
import ExcelJS from "exceljs";
import { dayFromDate } from "../../../src/domain/dates";
import type { Lang } from "../../../src/domain/lang";
import type { RawCell, RawGrid, RawMerge, RawTable, WorkbookSnapshot } from "../../../src/domain/raw";
import { fileErrorMessage } from "../../../src/i18n/files";
import { WorkbookError } from "../../../src/workbook/port";
import { definedNamesOf, PackageError, preparePackage } from "./normalize";

export interface ReadOptions {
  /** Language of error messages (French by default). */
  lang?: Lang;
  /** File name shown in error messages. */
  file?: string;
}

/**
 * Worksheet nodes the snapshot never uses. Skipping them is faster and avoids ExcelJS
 * failures: data validations over whole columns (`A2:A1048576`) are expanded cell by cell,
 * hyperlinks and drawings dereference relationships that may be missing. Merged cells are read
 * as their ranges only (see MERGES below).
 */
export const IGNORED_NODES = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "conditionalFormatting",
  "extLst",
];

type Value = ExcelJS.CellValue;

/** Merged ranges kept per sheet, at most: a file may declare many, the grid needs few. */
export const MAX_MERGES = 5000;

/**
 * Where the snapshot's merges come from. ExcelJS 4.4 (pinned) expands each merged range of a sheet
 * it loads cell by cell (work proportional to the area a file declares, and the title repeated in
 * every cell of its merge). Its worksheets instead keep the ranges as written (`A1:K1`), bounded by
 * MAX_MERGES; readXlsx turns them into `snapshot.merges`. Plan vivant reads files through this
 * module only.
 */
const MERGES = Symbol("merges");
type WithMerges = { [MERGES]?: string[] };
{
  const probe = new ExcelJS.Workbook().addWorksheet("probe");
  const proto = Object.getPrototypeOf(probe) as { _parseMergeCells?: unknown };
  proto._parseMergeCells = function (this: WithMerges, model: { mergeCells?: unknown }) {
    const refs = Array.isArray(model.mergeCells) ? model.mergeCells : [];
    this[MERGES] = refs.filter((r): r is string => typeof r === "string").slice(0, MAX_MERGES);
  };
}

function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    const parts = (value as ExcelJS.CellRichTextValue).richText;
    let out = "";
    for (let i = 0; i < parts.length; i++) out += parts[i].text ?? "";
    return out;
  }
  return value == null ? "" : String(value);
}

/** One ExcelJS cell value (or formula result) as a RawCell. */
export function rawValue(value: Value | undefined): RawCell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "boolean":
      return value;
    default:
      break;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? null : dayFromDate(value);
  }
  const v = value as unknown as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? rawValue(v.result as Value) : null;
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return plainText(v);
  if ("text" in v) return plainText(v.text);
  return null;
}

const FORMULA = ExcelJS.ValueType.Formula;

/**
 * One cell as a RawCell. A formula reads as its cached result (null without one, and for
 * an empty text result). `cell.result` is read rather than `cell.value`, which drops
 * results that are 0, false or empty (ExcelJS 4.4 copies only truthy fields).
 */
export function rawCell(cell: ExcelJS.Cell): RawCell {
  if (cell.type === FORMULA) {
    const result = cell.result as Value | undefined;
    return result === "" ? null : rawValue(result);
  }
  return rawValue(cell.value);
}

function formatOf(cell: ExcelJS.Cell): string | null {
  const style = cell.style;
  const fmt = style ? style.numFmt : undefined;
  return fmt && fmt !== "General" ? fmt : null;
}

/** Cells of a sheet range as values and number formats, rows top to bottom. */
function readGrid(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): Pick<RawGrid, "values" | "formats"> {
  const width = right - left + 1;
  const values: RawCell[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const rowValues: RawCell[] = new Array(width).fill(null);
    const rowFormats: (string | null)[] = new Array(width).fill(null);
    const row = ws.findRow(r);
    if (row) {
      for (let c = 0; c < width; c++) {
        const cell = row.findCell(left + c);
        if (cell) {
          rowValues[c] = rawCell(cell);
          rowFormats[c] = formatOf(cell);
        }
      }
    }
    values.push(rowValues);
    formats.push(rowFormats);
  }
  return { values, formats };
}

interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const col = (s: string): number =>
    [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a = { row: Number(m[2]), col: col(m[1]) };
  const b = m[3] ? { row: Number(m[4]), col: col(m[3]) } : a;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function readTable(ws: ExcelJS.Worksheet, model: TableModel): RawTable | undefined {
  const range = decodeRange(model.ref ?? model.tableRef ?? "");
  const name = model.name ?? model.displayName;
  if (!range || !name) return undefined;
  const bottom = model.totalsRow ? range.bottom - 1 : range.bottom;
  if (model.headerRow === false) {
    // No header row in the sheet: the column names stand in for it, one row above.
    const grid = readGrid(ws, range.top, range.left, bottom, range.right);
    const headers = (model.columns ?? []).map((c) => c.name ?? "");
    return {
      name,
      sheet: ws.name,
      row: range.top - 1,
      col: range.left,
      values: [headers, ...grid.values],
      formats: [[], ...grid.formats!],
    };
  }
  return {
    name,
    sheet: ws.name,
    row: range.top,
    col: range.left,
    ...readGrid(ws, range.top, range.left, bottom, range.right),
  };
}

function usedRange(ws: ExcelJS.Worksheet): RawGrid {
  let top = 0;
  let bottom = 0;
  let left = 0;
  let right = 0;
  ws.eachRow((row, r) => {
    const dims = (row as unknown as { dimensions?: { min: number; max: number } }).dimensions;
    if (!dims) return;
    if (top === 0) top = r;
    bottom = r;
    left = left === 0 ? dims.min : Math.min(left, dims.min);
    right = Math.max(right, dims.max);
  });
  if (top === 0) return { sheet: ws.name, row: 1, col: 1, values: [], formats: [] };
  return { sheet: ws.name, row: top, col: left, ...readGrid(ws, top, left, bottom, right) };
}

function fail(code: "not-xlsx" | "unreadable", options: ReadOptions, cause: unknown): WorkbookError {
  const params: Record<string, string> = {};
  if (options.file) params.file = options.file;
  if (code === "unreadable") params.cause = cause instanceof Error ? cause.message : String(cause);
  const err = new WorkbookError(fileErrorMessage(code, options.lang ?? "fr", params), code, params);
  err.cause = cause;
  return err;
}

/** Reads an .xlsx file: every table, the used range of every sheet without one, sheet names and defined names. */
export async function readWithExcelJS(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  let prepared;
  try {
    prepared = await preparePackage(data);
  } catch (e) {
    throw fail(e instanceof PackageError ? e.kind : "unreadable", options, e);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES });
  } catch (e) {
    throw fail("unreadable", options, e);
  }

  const snapshot: WorkbookSnapshot = {
    tables: [],
    sheets: [],
    sheetNames: [],
    definedNames: definedNamesOf(prepared.workbookXml),
  };
  const merges: RawMerge[] = [];
  try {
    for (const ws of wb.worksheets) {
      snapshot.sheetNames.push(ws.name);
      const tables = ws.getTables() as unknown as { table?: TableModel }[];
      let found = 0;
      for (const t of tables) {
        const table = t.table ? readTable(ws, t.table) : undefined;
        if (table) {
          snapshot.tables.push(table);
          found++;
        }
      }
      if (found === 0) snapshot.sheets.push(usedRange(ws));
      for (const ref of (ws as unknown as WithMerges)[MERGES] ?? []) {
        const r = decodeRange(ref);
        if (r && (r.bottom > r.top || r.right > r.left))
          merges.push({
            sheet: ws.name,
            row: r.top,
            col: r.left,
            rows: r.bottom - r.top + 1,
            cols: r.right - r.left + 1,
          });
      }
    }
  } catch (e) {
    throw fail("unreadable", options, e);
  }
  if (merges.length > 0) snapshot.merges = merges;
  return snapshot;
}
