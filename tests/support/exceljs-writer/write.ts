/**
 * The ExcelJS writer the project used before its package writer, kept for tests only: the
 * differential test compares what both write. Renders a WorkbookPlan into a new .xlsx with ExcelJS: sheets in order, real
 * Excel tables, widths, number formats, data validation, frozen panes, tab colours,
 * styled and merged cells, conditional formats, print setup, hidden sheets and the
 * workbook-level defined names (written into xl/workbook.xml afterwards, since ExcelJS
 * only writes names that refer to ranges). Charts are added by the package editor.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FORMATS, ownFormula, pageTextCode } from "../../../src/domain/layout/sheet-plan";
import type {
  CellStyle,
  ColumnPlan,
  ConditionalFormatPlan,
  PlanValue,
  SheetPlan,
  TablePlan,
  Validation,
  WorkbookPlan,
} from "../../../src/domain/layout/sheet-plan";
import { columnLetters } from "../../../src/domain/text";

const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/** A JavaScript Date that ExcelJS writes as the given day serial in a date validation. */
const serialDate = (serial: number): Date => new Date((serial - 25569) * 86_400_000);

/** A PlanValue as ExcelJS stores it: strings stay text (ExcelJS never parses `=` in a string). */
function cellValue(value: PlanValue): ExcelJS.CellValue {
  return value === undefined ? null : value;
}

function dataValidation(v: Validation, column: ColumnPlan): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: v.kind === "list" && !v.strict ? "warning" : "stop",
    ...(column.error ? { errorTitle: column.error.title, error: column.error.message } : {}),
  } as const;
  switch (v.kind) {
    case "list":
      return { ...base, type: "list", formulae: [v.source] };
    case "date":
      return { ...base, type: "date", operator: "between", formulae: [serialDate(1), serialDate(2_958_465)] };
    case "decimal":
    case "whole": {
      const min = v.min ?? (v.kind === "whole" ? -2_147_483_648 : -1e15);
      const max = v.max ?? (v.kind === "whole" ? 2_147_483_647 : 1e15);
      return { ...base, type: v.kind, operator: "between", formulae: [min, max] };
    }
  }
}

/** ExcelJS 4.4 has `dataValidations` on worksheets but not in its typings. */
interface SheetValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function renderTable(ws: ExcelJS.Worksheet, t: TablePlan): void {
  const rows = t.rows.length > 0 ? t.rows : [t.columns.map(() => null)];
  t.columns.forEach((c, i) => {
    ws.getColumn(t.col + i).width = c.width;
  });
  ws.addTable({
    name: t.name,
    ref: `${columnLetters(t.col)}${t.row}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => t.columns.map((_c, i) => cellValue(r[i] ?? null))),
  });
  const first = t.row + 1;
  const last = t.row + rows.length;
  t.columns.forEach((c, i) => {
    const col = t.col + i;
    const numFmt = c.format ? FORMATS[c.format] : undefined;
    if (numFmt || c.wrap) {
      for (let r = first; r <= last; r++) {
        const cell = ws.getCell(r, col);
        if (numFmt) cell.numFmt = numFmt;
        if (c.wrap) cell.alignment = { wrapText: true, vertical: "top" };
      }
    }
    if (c.validation) {
      const letters = columnLetters(col);
      (ws as unknown as SheetValidations).dataValidations.add(
        `${letters}${first}:${letters}${last}`,
        dataValidation(c.validation, c),
      );
    }
  });
}

function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold || s.italic || s.size || s.color) {
    cell.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.size ? { size: s.size } : {}),
      ...(s.color ? { color: { argb: argb(s.color) } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap || s.align || s.top) {
    cell.alignment = {
      ...(s.wrap || s.top ? { vertical: "top" } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.align ? { horizontal: s.align } : {}),
    };
  }
  if (s.format) cell.numFmt = FORMATS[s.format];
}

function conditionalFormat(
  cf: ConditionalFormatPlan,
  priority: number,
): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [ownFormula(cf)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          ...(cf.color ? { font: { color: { argb: argb(cf.color) } } } : {}),
        },
      },
    ],
  };
}

function renderSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): void {
  const print = sheet.print;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.freeze
      ? { views: [{ state: "frozen", xSplit: sheet.freeze.cols ?? 0, ySplit: sheet.freeze.rows }] }
      : {}),
    ...(print
      ? {
          pageSetup: {
            orientation: print.landscape ? "landscape" : "portrait",
            ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
          },
          headerFooter: {
            ...(print.header ? { oddHeader: pageTextCode(print.header) } : {}),
            ...(print.footer ? { oddFooter: pageTextCode(print.footer) } : {}),
          },
        }
      : {}),
  } as Partial<ExcelJS.AddWorksheetOptions>);

  for (const [col, width] of Object.entries(sheet.widths ?? {})) ws.getColumn(Number(col)).width = width;
  for (const [row, height] of Object.entries(sheet.heights ?? {})) ws.getRow(Number(row)).height = height;
  for (const t of sheet.tables) renderTable(ws, t);
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row, c.col);
    cell.value = cellValue(c.value);
    if (c.style) applyStyle(cell, c.style);
  }
  for (const m of sheet.merges) {
    if (m.rows > 1 || m.cols > 1) ws.mergeCells(m.row, m.col, m.row + m.rows - 1, m.col + m.cols - 1);
  }
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
}

function escapeXml(text: string, attribute = false): string {
  const out = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return attribute ? out.replace(/"/g, "&quot;") : out;
}

/** Adds workbook-level defined names (formulas or constants such as `"1"`) to xl/workbook.xml. */
export async function addDefinedNames(xlsx: Uint8Array, names: Record<string, string>): Promise<Uint8Array> {
  const entries = Object.entries(names);
  if (entries.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("xl/workbook.xml missing from the ExcelJS output");
  let xml = await part.async("string");
  const items = entries
    .map(
      ([name, formula]) =>
        `<definedName name="${escapeXml(name, true)}">${escapeXml(formula.replace(/^=/, ""))}</definedName>`,
    )
    .join("");
  if (/<definedNames>/.test(xml)) xml = xml.replace("</definedNames>", `${items}</definedNames>`);
  else if (/<definedNames\/>/.test(xml))
    xml = xml.replace("<definedNames/>", `<definedNames>${items}</definedNames>`);
  else xml = xml.replace("</sheets>", `</sheets><definedNames>${items}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Renders a plan into a new .xlsx workbook (charts excepted); plain bytes, in Node as in a browser. */
export async function writeXlsxWithExcelJS(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan vivant";
  for (const sheet of plan.sheets) renderSheet(wb, sheet);
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  return addDefinedNames(raw, plan.definedNames);
}
