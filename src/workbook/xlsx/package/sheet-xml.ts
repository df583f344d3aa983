/** A SheetPlan rendered as worksheet XML (a whole new part: the sheet Plan vivant owns). */
import {
  markedFormula,
  pageTextCode,
  type CellStyle,
  type ConditionalFormatPlan,
  type PageText,
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
   * formats, a rule with a tag is written with its marker (`markedFormula`), every planned
   * row height is written (also for a row without cells), a one-cell merge is left out.
   */
  newWorkbook?: boolean;
}

/** Rows and columns a table of the plan covers: header row, then at least one data row. */
export function tableRange(table: TablePlan): string {
  const bottom = table.row + Math.max(1, table.rows.length);
  return rangeA1(table.row, table.col, bottom, table.col + table.columns.length - 1);
}

interface Grid {
  cells: Map<number, Map<number, string>>;
  put(row: number, col: number, value: CellValue, style: number): void;
}

function grid(): Grid {
  const cells = new Map<number, Map<number, string>>();
  return {
    cells,
    put(row, col, value, style) {
      const xml = cellXml(row, col, value, style);
      let line = cells.get(row);
      if (!line) cells.set(row, (line = new Map()));
      if (xml) line.set(col, xml);
      else line.delete(col);
    },
  };
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
  const g = grid();
  const widths = new Map<number, number>();
  const validations: string[] = [];

  for (const table of plan.tables) {
    const headerStyle = styles.cellStyle({ bold: true });
    table.columns.forEach((column, i) => {
      const col = table.col + i;
      widths.set(col, column.width);
      g.put(table.row, col, column.header, headerStyle);
      const style: CellStyle = {};
      if (column.format) style.format = column.format;
      if (column.wrap) style.wrap = true;
      const s = styles.cellStyle(style);
      table.rows.forEach((row, r) => g.put(table.row + 1 + r, col, row[i] ?? null, s));
      if (parts.newWorkbook && table.rows.length === 0) g.put(table.row + 1, col, null, s);
      if (column.validation) {
        const last = table.row + Math.max(1, table.rows.length);
        validations.push(
          validationXml(column.validation, rangeA1(table.row + 1, col, last, col), column.error),
        );
      }
    });
  }
  for (const [col, width] of Object.entries(plan.widths ?? {})) widths.set(Number(col), width);
  for (const cell of plan.cells) g.put(cell.row, cell.col, cell.value, styles.cellStyle(cell.style));

  const filled = [...g.cells.keys()].filter((r) => (g.cells.get(r)?.size ?? 0) > 0).sort((a, b) => a - b);
  let maxCol = 1;
  for (const r of filled) maxCol = Math.max(maxCol, ...(g.cells.get(r)?.keys() ?? []));
  const dimension = filled.length ? rangeA1(filled[0], 1, filled[filled.length - 1], maxCol) : "A1";
  const rows = parts.newWorkbook ? withHeights(filled, plan.heights) : filled;

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  out.push(`<worksheet xmlns="${SHEET_NS}" xmlns:r="${REL_NS}">`);
  const sheetPr =
    (plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : "") +
    (plan.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "");
  if (sheetPr) out.push(`<sheetPr>${sheetPr}</sheetPr>`);
  out.push(`<dimension ref="${dimension}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(plan.freeze)}</sheetView></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (widths.size) {
    const cols = [...widths.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
    out.push(`<cols>${cols.join("")}</cols>`);
  }
  out.push("<sheetData>");
  for (const r of rows) {
    const line = g.cells.get(r) ?? new Map<number, string>();
    const cols = [...line.keys()].sort((a, b) => a - b);
    const height = plan.heights?.[r];
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    out.push(`<row r="${r}"${ht}>${cols.map((c) => line.get(c)).join("")}</row>`);
  }
  out.push("</sheetData>");
  const merged = parts.newWorkbook ? plan.merges.filter((m) => m.rows > 1 || m.cols > 1) : plan.merges;
  if (merged.length) {
    const merges = merged.map(
      (m) => `<mergeCell ref="${rangeA1(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1)}"/>`,
    );
    out.push(`<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`);
  }
  plan.conditionalFormats.forEach((rule, i) => {
    const formula = parts.newWorkbook && rule.tag ? markedFormula(rule.formula, rule.tag) : rule.formula;
    out.push(conditionalFormatXml(rule, styles.dxf(rule.fill, rule.color), i + 1, formula));
  });
  if (validations.length)
    out.push(`<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>`);
  out.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (plan.print) {
    const p = plan.print;
    out.push(
      `<pageSetup orientation="${p.landscape ? "landscape" : "portrait"}"${p.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`,
    );
    if (p.header || p.footer) {
      out.push(
        "<headerFooter>" +
          (p.header ? `<oddHeader>${headerFooterText(p.header)}</oddHeader>` : "") +
          (p.footer ? `<oddFooter>${headerFooterText(p.footer)}</oddFooter>` : "") +
          "</headerFooter>",
      );
    }
  }
  if (parts.drawingRelId) out.push(`<drawing r:id="${parts.drawingRelId}"/>`);
  const tableIds = parts.tableRelIds ?? [];
  if (tableIds.length) {
    out.push(
      `<tableParts count="${tableIds.length}">${tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    );
  }
  out.push("</worksheet>");
  return out.join("");
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
export function tableXml(table: TablePlan, id: number, name: string): string {
  const ref = tableRange(table);
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
