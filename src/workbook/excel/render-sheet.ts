/// <reference types="office-js" />
/**
 * Renders sheet plans (tables, cells, styles, merges, widths, charts, conditional formats,
 * print layout) as queued Office.js operations. It decides nothing: the plan does.
 */
import type {
  CellStyle,
  ChartKind,
  ChartPlan,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  Validation,
  ColumnPlan,
} from "../../domain/layout/sheet-plan";
import { a1, a1Range, asFormula, columnsRange } from "./addresses";
import { cellFormat, cellValue, type CellInput } from "./cells";
import type { ExcelSupport } from "./requirements";
import { ownFormula } from "../../domain/layout/sheet-plan";
import type { WriteQueue } from "./write-queue";

type SheetGetter = () => Excel.Worksheet;
/** Turns a plan's reference (`Bilan!$C$8:$C$15`) into a range, following the owned sheet's real name. */
export type ResolveRange = (context: Excel.RequestContext, reference: string) => Excel.Range;

/**
 * Column width in points for a width in characters: Excel's default font draws a
 * character in 7 px plus 5 px of padding, and a point is 4/3 px (8.43 chars -> 48 pt).
 */
export function widthInPoints(characters: number): number {
  return Math.round((Math.min(characters, MAX_COLUMN_CHARACTERS) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Excel's limits ("Excel specifications and limits"): a row is at most 409 points high, a
 * column at most 255 characters wide. A larger value makes Excel refuse the whole batch.
 */
export const MAX_ROW_HEIGHT = 409;
export const MAX_COLUMN_CHARACTERS = 255;

export function hexColor(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

const CHART_TYPES: Record<ChartKind, Excel.ChartType> = {
  doughnut: "Doughnut" as Excel.ChartType,
  "bar-stacked": "BarStacked" as Excel.ChartType,
  "bar-clustered": "BarClustered" as Excel.ChartType,
  "column-clustered": "ColumnClustered" as Excel.ChartType,
  "column-stacked": "ColumnStacked" as Excel.ChartType,
};

export function chartType(kind: ChartKind): Excel.ChartType {
  return CHART_TYPES[kind];
}

const NO_LIMIT = 9.99e307;

function bounds(min: number | undefined, max: number | undefined): Excel.BasicDataValidation {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: -NO_LIMIT, formula2: NO_LIMIT, operator: "Between" };
}

/** A plan's validation as an Office.js rule. A list source is a formula, or literal values separated by commas. */
export function validationRule(validation: Validation): Excel.DataValidationRule {
  switch (validation.kind) {
    case "list": {
      const literal = validation.source.includes(",") && !/[(![]/.test(validation.source);
      return {
        list: { inCellDropDown: true, source: literal ? validation.source : asFormula(validation.source) },
      };
    }
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThanOrEqualTo" } };
    case "decimal":
      return { decimal: bounds(validation.min, validation.max) };
    case "whole":
      return { wholeNumber: bounds(validation.min, validation.max) };
  }
}

function errorAlert(column: ColumnPlan): Excel.DataValidationErrorAlert | undefined {
  const strict = column.validation?.kind !== "list" || column.validation.strict;
  if (column.error) {
    return {
      showAlert: true,
      style: strict ? "Stop" : "Warning",
      title: column.error.title,
      message: column.error.message,
    };
  }
  return strict ? undefined : { showAlert: false, style: "Warning", title: "", message: "" };
}

/** A table: values (header and rows, text kept as text), the table itself, formats, widths, validation. */
export function renderTable(q: WriteQueue, support: ExcelSupport, sheet: SheetGetter, plan: TablePlan): void {
  const { row, col } = plan;
  const width = plan.columns.length;
  const dataRows = Math.max(plan.rows.length, 1); // an empty table keeps one blank row
  const lastCol = col + width - 1;
  const values: CellInput[][] = [plan.columns.map((c) => c.header)];
  const formats: (string | null)[][] = [plan.columns.map((c) => cellFormat(c.header, undefined))];
  for (let r = 0; r < dataRows; r += 1) {
    const source = plan.rows[r];
    values.push(plan.columns.map((_, j) => (source ? cellValue(source[j] ?? null) : null)));
    formats.push(plan.columns.map((c, j) => cellFormat(source ? (source[j] ?? null) : null, c.format)));
  }
  q.grid(
    (first, count) => sheet().getRange(a1Range(row + first, col, row + first + count - 1, lastCol)),
    values,
    formats,
  );
  q.add(() => {
    const table = sheet().tables.add(sheet().getRange(a1Range(row, col, row + dataRows, lastCol)), true);
    table.name = plan.name;
    table.style = plan.style;
  });
  plan.columns.forEach((column, j) => {
    const data = () => sheet().getRange(a1Range(row + 1, col + j, row + dataRows, col + j));
    q.add(() => {
      sheet().getRange(columnsRange(col + j)).format.columnWidth = widthInPoints(column.width);
    });
    if (column.wrap) {
      q.add(() => {
        data().format.wrapText = true;
      });
    }
    if (column.validation && support.dataValidation) {
      const rule = validationRule(column.validation);
      const alert = errorAlert(column);
      q.add(() => {
        const validation = data().dataValidation;
        validation.rule = rule;
        if (alert) validation.errorAlert = alert;
      });
    }
  });
}

function styleKey(style: CellStyle): string {
  return JSON.stringify({ ...style, format: undefined });
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = hexColor(style.color);
  if (style.fill) format.fill.color = hexColor(style.fill);
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.wrap || style.top) format.verticalAlignment = "Top" as Excel.VerticalAlignment;
  if (style.align) {
    format.horizontalAlignment = (
      style.align === "left" ? "Left" : style.align === "center" ? "Center" : "Right"
    ) as Excel.HorizontalAlignment;
  }
}

/** Cells: one grid over their bounding box (untouched cells stay null), then styles by runs. */
function renderCells(q: WriteQueue, sheet: SheetGetter, plan: SheetPlan): void {
  if (plan.cells.length === 0) return;
  const top = Math.min(...plan.cells.map((c) => c.row));
  const left = Math.min(...plan.cells.map((c) => c.col));
  const bottom = Math.max(...plan.cells.map((c) => c.row));
  const right = Math.max(...plan.cells.map((c) => c.col));
  const values: CellInput[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    values.push(new Array<CellInput>(right - left + 1).fill(null));
    formats.push(new Array<string | null>(right - left + 1).fill(null));
  }
  for (const cell of plan.cells) {
    values[cell.row - top][cell.col - left] = cellValue(cell.value);
    formats[cell.row - top][cell.col - left] = cellFormat(cell.value, cell.style?.format);
  }
  q.grid(
    (first, count) => sheet().getRange(a1Range(top + first, left, top + first + count - 1, right)),
    values,
    formats,
  );

  // Styles: side-by-side cells of a row with the same look share one range.
  const styled = plan.cells
    .filter((c) => c.style && styleKey(c.style) !== "{}")
    .sort((a, b) => a.row - b.row || a.col - b.col);
  let i = 0;
  while (i < styled.length) {
    const start = styled[i];
    const key = styleKey(start.style as CellStyle);
    let end = i;
    while (
      end + 1 < styled.length &&
      styled[end + 1].row === start.row &&
      styled[end + 1].col === styled[end].col + 1 &&
      styleKey(styled[end + 1].style as CellStyle) === key
    ) {
      end += 1;
    }
    const lastCol = styled[end].col;
    const style = start.style as CellStyle;
    q.add(() => applyStyle(sheet().getRange(a1Range(start.row, start.col, start.row, lastCol)), style));
    i = end + 1;
  }
}

/**
 * Adds conditional formats, a tagged rule with its marker and range (`ownFormula`) so that a
 * later write finds it again and sees whether it is as planned. Excel puts each added format at the top priority: they are added last
 * to first, so that the plan's first rule wins. Nothing is cleared here (see write.ts).
 */
export function renderConditionalFormats(
  q: WriteQueue,
  sheet: SheetGetter,
  rules: readonly ConditionalFormatPlan[],
): void {
  for (const rule of [...rules].reverse()) {
    const formula = asFormula(ownFormula(rule));
    q.add(() => {
      const format = sheet()
        .getRange(rule.range)
        .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = hexColor(rule.fill);
      if (rule.color) format.custom.format.font.color = hexColor(rule.color);
    });
  }
}

/**
 * Deletes conditional formats of a sheet by id (Plan vivant's, `ids` from a listing made in the
 * round trip just before, in its priority order). They go lowest priority first: should an Excel number its ids by position (the
 * reference describes `id` as "the priority of the conditional format"), deleting one never
 * shifts the id of another still to delete.
 */
export function deleteConditionalFormats(q: WriteQueue, sheet: SheetGetter, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const order = [...ids].reverse();
  q.add(() => {
    const formats = sheet().getRange().conditionalFormats;
    for (const id of order) formats.getItem(id).delete();
  });
}

function renderChart(q: WriteQueue, sheet: SheetGetter, chart: ChartPlan, resolve: ResolveRange): void {
  if (chart.series.length === 0) return;
  q.add((context) => {
    const made = sheet().charts.add(
      chartType(chart.kind),
      resolve(context, chart.series[0].values),
      "Columns",
    );
    made.title.text = chart.title;
    chart.series.forEach((plan, index) => {
      const series = index === 0 ? made.series.getItemAt(0) : made.series.add(plan.name);
      series.name = plan.name;
      series.setValues(resolve(context, plan.values));
      series.setXAxisValues(resolve(context, chart.categories));
      if (plan.color) series.format.fill.setSolidColor(hexColor(plan.color));
    });
    (chart.pointColors ?? []).forEach((color, index) => {
      made.series.getItemAt(0).points.getItemAt(index).format.fill.setSolidColor(hexColor(color));
    });
    const { row, col, rows, cols } = chart.anchor;
    made.setPosition(a1(row, col), a1(row + rows - 1, col + cols - 1));
  });
}

/**
 * A whole sheet plan on a sheet (new, or the owned sheet just re-made): tab, tables,
 * values then formats, merges, widths, freeze panes, conditional formats, charts, print layout.
 */
export function renderSheet(
  q: WriteQueue,
  support: ExcelSupport,
  sheet: SheetGetter,
  plan: SheetPlan,
  resolve: ResolveRange,
): void {
  if (plan.tabColor) {
    const color = hexColor(plan.tabColor);
    q.add(() => {
      sheet().tabColor = color;
    });
  }
  for (const table of plan.tables) renderTable(q, support, sheet, table);
  renderCells(q, sheet, plan);
  for (const merge of plan.merges) {
    q.add(() =>
      sheet()
        .getRange(a1Range(merge.row, merge.col, merge.row + merge.rows - 1, merge.col + merge.cols - 1))
        .merge(false),
    );
  }
  for (const [col, width] of Object.entries(plan.widths ?? {})) {
    q.add(() => {
      sheet().getRange(columnsRange(Number(col))).format.columnWidth = widthInPoints(width);
    });
  }
  for (const [row, height] of Object.entries(plan.heights ?? {})) {
    q.add(() => {
      sheet().getRange(`${row}:${row}`).format.rowHeight = Math.min(height, MAX_ROW_HEIGHT);
    });
  }
  if (plan.freeze) {
    const { rows, cols = 0 } = plan.freeze;
    q.add(() => {
      const panes = sheet().freezePanes;
      if (rows > 0 && cols > 0) panes.freezeAt(sheet().getRange(a1Range(1, 1, rows, cols)));
      else if (rows > 0) panes.freezeRows(rows);
      else if (cols > 0) panes.freezeColumns(cols);
    });
  }
  renderConditionalFormats(q, sheet, plan.conditionalFormats);
  for (const chart of plan.charts) renderChart(q, sheet, chart, resolve);
  if (plan.print && support.pageLayout) {
    const print = plan.print;
    q.add(() => {
      const layout = sheet().pageLayout;
      layout.orientation = (print.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      const pages = layout.headersFooters.defaultForAllPages;
      // Office.js takes each position's text with Excel's codes: literal ampersands doubled.
      const code = (text: string | undefined): string => (text ?? "").replace(/&/g, "&&");
      if (print.header) {
        pages.leftHeader = code(print.header.left);
        pages.centerHeader = code(print.header.center);
        pages.rightHeader = code(print.header.right);
      }
      if (print.footer) {
        pages.leftFooter = code(print.footer.left);
        pages.centerFooter = code(print.footer.center);
        pages.rightFooter = code(print.footer.right);
      }
    });
  }
  if (plan.hidden) {
    q.add(() => {
      sheet().visibility = "Hidden" as Excel.SheetVisibility;
    });
  }
}
