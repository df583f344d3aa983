/**
 * Rows the forms write: values in the table's own column order (extra user columns get
 * null), dates as day serials, choices as workbook-language labels, numbers as numbers.
 * Pure: hosts turn these into an append or in-place cell writes.
 */
import type { FoundTable } from "../model";
import type { Lang } from "../lang";
import type { FormatName, PlanValue } from "../layout/sheet-plan";
import { ACTIONS, type TableSpec } from "../schema";
import { parseAmount, parseDate, parseProgress } from "../read/values";
import { CLIENTELES, RECURRENCES, SOURCES, STATUSES, YES_NO, label } from "../vocabulary";
import type { ActionInput, SuiviInput } from "./inputs";

type Values = Record<string, PlanValue>;

const text = (value: string): PlanValue => value.trim() || null;

function day(value: string): PlanValue {
  const parsed = parseDate(value.trim());
  return parsed.ok && parsed.value !== undefined ? parsed.value : null;
}

function amount(value: string): PlanValue {
  const parsed = parseAmount(value.trim());
  return parsed.ok && parsed.value !== undefined ? parsed.value : null;
}

/** A plain number stays a number (`12`, `3,5`); anything else is text. */
function textOrNumber(value: string): PlanValue {
  const trimmed = value.trim();
  if (/^-?\d+([.,]\d+)?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  return trimmed || null;
}

/** The action form's values by schema column key (computed columns left out). */
export function actionValues(input: ActionInput, lang: Lang): Values {
  const priority = input.priority.trim();
  return {
    no: text(input.no),
    area: text(input.area),
    objective: text(input.objective),
    action: text(input.action),
    clientele: input.clientele ? label(CLIENTELES, input.clientele, lang) : null,
    porteur: text(input.porteur),
    partners: text(input.partners),
    partnersRole: text(input.partnersRole),
    plannedStart: day(input.plannedStart),
    due: day(input.due),
    recurrence: input.recurrence ? label(RECURRENCES, input.recurrence, lang) : null,
    budget: amount(input.budget),
    hours: amount(input.hours),
    expectedResult: text(input.expectedResult),
    indicator: text(input.indicator),
    target: textOrNumber(input.target),
    priority: priority ? Number(priority) : null,
  };
}

/** The suivi form's values by schema column key. */
export function suiviValues(input: SuiviInput, lang: Lang): Values {
  const progress = parseProgress(input.progress.trim());
  return {
    date: day(input.date),
    action: text(input.action),
    status: input.status ? label(STATUSES, input.status, lang) : null,
    progress: progress.ok && progress.value !== undefined ? progress.value : null,
    achievements: text(input.achievements),
    obstacles: text(input.obstacles),
    nextSteps: text(input.nextSteps),
    spent: amount(input.spent),
    hours: amount(input.hours),
    indicatorValue: textOrNumber(input.indicatorValue),
    bonCoup: input.bonCoup ? label(YES_NO, input.bonCoup, lang) : null,
    source: input.source ? label(SOURCES, input.source, lang) : null,
    filledBy: text(input.filledBy),
  };
}

/** First sheet column and number of columns of a found table, extra columns included. */
export function tableSpan(found: FoundTable): { col: number; width: number } {
  const cols = Object.values(found.columns);
  const min = cols.length ? Math.min(...cols) : 1;
  const max = cols.length ? Math.max(...cols) : 1;
  const col = found.col ?? min;
  const width = found.width ?? Math.max(max - col + 1, cols.length + found.extraHeaders.length);
  return { col, width };
}

/** Values placed in the table's own column order; columns the values do not name get null. */
export function placeRow(found: FoundTable, values: Values): PlanValue[] {
  const { col, width } = tableSpan(found);
  const row: PlanValue[] = new Array(width).fill(null);
  for (const [key, sheetCol] of Object.entries(found.columns)) {
    if (key in values && sheetCol - col >= 0 && sheetCol - col < width) row[sheetCol - col] = values[key];
  }
  return row;
}

const FORMAT_BY_KEY: Record<string, FormatName> = {
  budget: "money",
  spent: "money",
  hours: "number",
  progress: "number",
  priority: "integer",
};

/** The number format a schema column takes when Plan vivant writes it. */
export function columnFormat(spec: TableSpec, key: string): FormatName | undefined {
  const column = spec.columns.find((c) => c.key === key);
  if (!column) return undefined;
  if (column.type === "date") return "date";
  return FORMAT_BY_KEY[key];
}

/** Number formats per column of the table, in its own column order. */
export function rowFormats(found: FoundTable, spec: TableSpec): (FormatName | undefined)[] {
  const { col, width } = tableSpan(found);
  const formats: (FormatName | undefined)[] = new Array(width).fill(undefined);
  for (const [key, sheetCol] of Object.entries(found.columns)) {
    if (sheetCol - col >= 0 && sheetCol - col < width) formats[sheetCol - col] = columnFormat(spec, key);
  }
  return formats;
}

export function actionRow(found: FoundTable, input: ActionInput, lang: Lang): PlanValue[] {
  return placeRow(found, actionValues(input, lang));
}

export function suiviRow(found: FoundTable, input: SuiviInput, lang: Lang): PlanValue[] {
  return placeRow(found, suiviValues(input, lang));
}

/** One cell to write in place (same shape as the port's CellWrite). */
export interface PlacedValue {
  sheet: string;
  row: number;
  col: number;
  value: PlanValue;
  format?: FormatName;
}

/**
 * An edited action written in place on its own row: only the schema columns the form
 * holds, never extra columns nor computed ones.
 */
export function actionCells(found: FoundTable, row: number, input: ActionInput, lang: Lang): PlacedValue[] {
  const values = actionValues(input, lang);
  const cells: PlacedValue[] = [];
  for (const [key, value] of Object.entries(values)) {
    const col = found.columns[key];
    if (col === undefined) continue;
    const format = columnFormat(ACTIONS, key);
    cells.push({ sheet: found.sheet, row, col, value, ...(format ? { format } : {}) });
  }
  return cells;
}
