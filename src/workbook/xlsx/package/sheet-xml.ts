/** A SheetPlan rendered as worksheet XML (a whole new part: the sheet Plan vivant owns). */
import {
  ownFormula,
  pageTextCode,
  type CellStyle,
  type ConditionalFormatPlan,
  type PageText,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
  type Validation,
} from "../../../domain/layout/sheet-plan";
import { a1, cellXml, rangeA1, type CellValue } from "./cell-xml";
import type { StyleBook } from "./styles";
import { argb, escapeAttr, escapeText } from "./xml";

export const SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetParts {
  /** Relationship id of the sheet's drawing, when it has charts. */
  drawingRelId?: string;
  /** Relationship ids of the sheet's table parts, in plan order. */
  tableRelIds?: string[];
  /**
   * What a whole new workbook needs (the package writer sets it; the bilan's sheet keeps the
   * output it always had): the empty data row of a table without rows carries its columns'
   * formats, a rule with a tag is written with its marker and range (`ownFormula`), every planned
   * row height is written (also for a row without cells), a one-cell merge is left out.
   */
  newWorkbook?: boolean;
  /**
   * Rows of tables kept outside the plan, by table name (see RowSource): such a table's rows
   * are read from its source, in order, as the sheet is written; its planned rows are ignored.
   */
  rows?: ReadonlyMap<string, RowSource>;
}

/**
 * The data rows of a table that are too many to hold as a plan's arrays (a regional
 * consolidation's): how many there are, and each of them in order, read again at every pass.
 */
export interface RowSource {
  readonly count: number;
  [Symbol.iterator](): Iterator<readonly PlanValue[]>;
}

/** Rows and columns a table of the plan covers: header row, then at least one data row. */
export function tableRange(table: TablePlan, count = table.rows.length): string {
  const bottom = table.row + Math.max(1, count);
  return rangeA1(table.row, table.col, bottom, table.col + table.columns.length - 1);
}

/** One put of a value at a place: the `<c>` elements of a row are its puts in order (the last wins). */
interface Put {
  col: number;
  value: CellValue;
  style: number;
}

/** Whether cellXml writes an element for the value (a blank cell is written only with a style). */
function present(value: CellValue, style: number): boolean {
  return (
    !(value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) ||
    style !== 0
  );
}

/** The `<conditionalFormatting>` element of one rule. */
export function conditionalFormatXml(
  rule: ConditionalFormatPlan,
  dxfId: number,
  priority: number,
  formula = rule.formula,
): string {
  return (
    `<conditionalFormatting sqref="${escapeAttr(rule.range.replace(/\$/g, ""))}">` +
    `<cfRule type="expression" dxfId="${dxfId}" priority="${priority}"><formula>${escapeText(formula)}</formula></cfRule>` +
    `</conditionalFormatting>`
  );
}

function validationXml(v: Validation, sqref: string, error?: { title: string; message: string }): string {
  const err = error
    ? ` showErrorMessage="1" errorTitle="${escapeAttr(error.title)}" error="${escapeAttr(error.message)}"`
    : ' showErrorMessage="1"';
  const bounds = (min?: number, max?: number): { op: string; f: string } => {
    if (min !== undefined && max !== undefined)
      return { op: ' operator="between"', f: `<formula1>${min}</formula1><formula2>${max}</formula2>` };
    if (min !== undefined) return { op: ' operator="greaterThanOrEqual"', f: `<formula1>${min}</formula1>` };
    if (max !== undefined) return { op: ' operator="lessThanOrEqual"', f: `<formula1>${max}</formula1>` };
    return { op: ' operator="greaterThanOrEqual"', f: "<formula1>-1E+307</formula1>" };
  };
  switch (v.kind) {
    case "list":
      return `<dataValidation type="list" allowBlank="1"${v.strict ? ' errorStyle="stop"' : ' errorStyle="warning"'}${err} sqref="${sqref}"><formula1>${escapeText(v.source)}</formula1></dataValidation>`;
    case "date":
      return `<dataValidation type="date" operator="between" allowBlank="1"${err} sqref="${sqref}"><formula1>1</formula1><formula2>2958465</formula2></dataValidation>`;
    case "decimal":
    case "whole": {
      const b = bounds(v.min, v.max);
      return `<dataValidation type="${v.kind}"${b.op} allowBlank="1"${err} sqref="${sqref}">${b.f}</dataValidation>`;
    }
  }
}

function headerFooterText(text: PageText): string {
  return escapeText(pageTextCode(text));
}

/** Renders the worksheet part of `plan`, adding the styles it needs to `styles`. */
export function renderSheet(plan: SheetPlan, styles: StyleBook, parts: SheetParts = {}): string {
  return [...sheetPieces(plan, styles, parts)].join("");
}

/**
 * The worksheet part of `plan` in pieces, a row of cells at a time, so that a sheet of many rows
 * is written without its whole text or a grid of its cells held: the styles it needs are added
 * to `styles` at once (the call), the XML is made as the pieces are read.
 */
export function sheetPieces(plan: SheetPlan, styles: StyleBook, parts: SheetParts = {}): Iterable<string> {
  const widths = new Map<number, number>();
  const validations: string[] = [];
  const tables = plan.tables.map((table) => {
    const source = parts.rows?.get(table.name);
    const count = source ? source.count : table.rows.length;
    const header = styles.cellStyle({ bold: true });
    const columnStyles = table.columns.map((column, i) => {
      const col = table.col + i;
      widths.set(col, column.width);
      const style: CellStyle = {};
      if (column.format) style.format = column.format;
      if (column.wrap) style.wrap = true;
      const s = styles.cellStyle(style);
      if (column.validation) {
        const last = table.row + Math.max(1, count);
        validations.push(
          validationXml(column.validation, rangeA1(table.row + 1, col, last, col), column.error),
        );
      }
      return s;
    });
    // The empty data row of a table without rows, written in a new workbook with its formats.
    const bottom = table.row + (count > 0 ? count : parts.newWorkbook ? 1 : 0);
    return { table, header, columnStyles, bottom, rowAt: rowReader(table, source) };
  });
  for (const [col, width] of Object.entries(plan.widths ?? {})) widths.set(Number(col), width);
  const cellsByRow = new Map<number, Put[]>();
  for (const cell of plan.cells) {
    const style = styles.cellStyle(cell.style);
    let line = cellsByRow.get(cell.row);
    if (!line) cellsByRow.set(cell.row, (line = []));
    line.push({ col: cell.col, value: cell.value, style });
  }

  /** The puts on sheet row `r`, in the order they were planned: tables first, then cells. */
  const putsOf = (r: number): Put[] => {
    const puts: Put[] = [];
    for (const { table, header, columnStyles, bottom, rowAt } of tables) {
      if (r < table.row || r > bottom) continue;
      if (r === table.row) {
        table.columns.forEach((c, i) => puts.push({ col: table.col + i, value: c.header, style: header }));
        continue;
      }
      const values = rowAt(r - table.row - 1);
      columnStyles.forEach((style, i) =>
        puts.push({ col: table.col + i, value: values?.[i] ?? null, style }),
      );
    }
    const cells = cellsByRow.get(r);
    if (cells) puts.push(...cells);
    return puts;
  };
  /** The columns of row r that hold an element, each with its last put. */
  const lineOf = (r: number): Map<number, Put> => {
    const line = new Map<number, Put>();
    for (const put of putsOf(r)) {
      if (present(put.value, put.style)) line.set(put.col, put);
      else line.delete(put.col);
    }
    return line;
  };

  const candidates = new Set<number>(cellsByRow.keys());
  for (const { table, bottom } of tables) for (let r = table.row; r <= bottom; r++) candidates.add(r);
  const filled: number[] = [];
  let maxCol = 1;
  for (const r of [...candidates].sort((a, b) => a - b)) {
    const line = lineOf(r);
    if (line.size === 0) continue;
    filled.push(r);
    for (const c of line.keys()) maxCol = Math.max(maxCol, c);
  }
  const dimension = filled.length ? rangeA1(filled[0], 1, filled[filled.length - 1], maxCol) : "A1";
  const rows = parts.newWorkbook ? withHeights(filled, plan.heights) : filled;

  const head: string[] = [];
  head.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  head.push(`<worksheet xmlns="${SHEET_NS}" xmlns:r="${REL_NS}">`);
  const sheetPr =
    (plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : "") +
    (plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "");
  if (sheetPr) head.push(`<sheetPr>${sheetPr}</sheetPr>`);
  head.push(`<dimension ref="${dimension}"/>`);
  head.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(plan.freeze)}</sheetView></sheetViews>`);
  head.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (widths.size) {
    const cols = [...widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
    head.push(`<cols>${cols.join("")}</cols>`);
  }
  head.push("<sheetData>");

  const tail: string[] = ["</sheetData>"];
  const merged = parts.newWorkbook ? plan.merges.filter((m) => m.rows > 1 || m.cols > 1) : plan.merges;
  if (merged.length) {
    const merges = merged.map(
      (m) => `<mergeCell ref="${rangeA1(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1)}"/>`,
    );
    tail.push(`<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`);
  }
  plan.conditionalFormats.forEach((rule, i) => {
    const formula = parts.newWorkbook ? ownFormula(rule) : rule.formula;
    tail.push(conditionalFormatXml(rule, styles.dxf(rule.fill, rule.color), i + 1, formula));
  });
  if (validations.length)
    tail.push(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  tail.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (plan.print) {
    const p = plan.print;
    tail.push(
      `<pageSetup orientation="${p.landscape ? "landscape" : "portrait"}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    );
    if (p.header || p.footer) {
      tail.push(
        "<headerFooter>" +
          (p.header ? `<oddHeader>${headerFooterText(p.header)}</oddHeader>` : "") +
          (p.footer ? `<oddFooter>${headerFooterText(p.footer)}</oddFooter>` : "") +
          "</headerFooter>",
      );
    }
  }
  if (parts.drawingRelId) tail.push(`<drawing r:id="${parts.drawingRelId}"/>`);
  const tableIds = parts.tableRelIds ?? [];
  if (tableIds.length) {
    tail.push(
      `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    );
  }
  tail.push("</worksheet>");

  function* pieces(): Generator<string> {
    yield head.join("");
    for (const r of rows) {
      const line = lineOf(r);
      const cols = [...line.keys()].sort((a, b) => a - b);
      const height = plan.heights?.[r];
      const ht = height ? ` ht="${height}" customHeight="1"` : "";
      let xml = `<row r="${r}"${ht}>`;
      for (const c of cols) {
        const put = line.get(c) as Put;
        xml += cellXml(r, c, put.value, put.style);
      }
      yield `${xml}</row>`;
    }
    yield tail.join("");
  }
  return { [Symbol.iterator]: pieces };
}

/**
 * Data row i of a table: from its plan, or from its source, read on in order (a pass that starts
 * over, or goes back, reads the source again from its first row).
 */
function rowReader(
  table: TablePlan,
  source: RowSource | undefined,
): (i: number) => readonly PlanValue[] | undefined {
  if (!source) return (i) => table.rows[i];
  let rows = source[Symbol.iterator]();
  let at = -1;
  let current: readonly PlanValue[] | undefined;
  return (i) => {
    if (i < at) {
      rows = source[Symbol.iterator]();
      at = -1;
    }
    while (at < i) {
      const next = rows.next();
      current = next.done ? undefined : next.value;
      at++;
    }
    return current;
  };
}

/** The rows that have cells and the rows that have a planned height, in order. */
function withHeights(filled: number[], heights: SheetPlan["heights"]): number[] {
  const all = new Set(filled);
  for (const r of Object.keys(heights ?? {})) all.add(Number(r));
  return [...all].sort((a, b) => a - b);
}

function paneXml(freeze: SheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && !freeze.cols)) return "";
  const rows = Math.max(0, freeze.rows);
  const cols = Math.max(0, freeze.cols ?? 0);
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${a1(rows + 1, cols + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${a1(rows + 1, cols + 1)}" sqref="${a1(rows + 1, cols + 1)}"/>`
  );
}

/** The table part of a table of the plan. */
export function tableXml(table: TablePlan, id: number, name: string, count = table.rows.length): string {
  const ref = tableRange(table, count);
  const columns = table.columns
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(c.header)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${SHEET_NS}" id="${id}" name="${escapeAttr(name)}" displayName="${escapeAttr(name)}" ref="${ref}" headerRowCount="1">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeAttr(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
