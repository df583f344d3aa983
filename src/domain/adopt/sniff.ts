/**
 * What the values of a column say about it, whatever its header: dates, amounts, percents,
 * action numbers, long texts, or values of the workbook's lists (areas, statuses, clientèles).
 */
import type { RawCell } from "../raw";
import { isCellError } from "../raw";
import { isEmpty, isPercentFormat, numberFromText, parseDate, parseTerm } from "../read/values";
import { fold } from "../text";
import { CLIENTELES, DEFAULT_AREAS, PRIORITIES, RECURRENCES, STATUSES } from "../vocabulary";
import type { TargetKey } from "./targets";

export interface ColumnCells {
  values: RawCell[];
  formats: (string | null | undefined)[];
}

/** A number format that shows a date: `yyyy-mm-dd`, `d/m/yy`, not a percent nor an amount. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const plain = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(plain) && !plain.includes("%") && !plain.includes("0");
}

const ID = /^[A-Za-z]{0,3}[-. ]?\d{1,3}([.-]\d{1,3}){0,3}[a-z]?$/;
const AREAS = new Set(DEFAULT_AREAS.flatMap((a) => [fold(a.fr), fold(a.en)]));

interface Counts {
  filled: number;
  dates: number;
  money: number;
  numbers: number;
  percents: number;
  ids: number;
  areas: number;
  statuses: number;
  clienteles: number;
  recurrences: number;
  priorities: number;
  length: number;
  distinct: Set<string>;
}

function count(cells: ColumnCells): Counts {
  const c: Counts = {
    filled: 0,
    dates: 0,
    money: 0,
    numbers: 0,
    percents: 0,
    ids: 0,
    areas: 0,
    statuses: 0,
    clienteles: 0,
    recurrences: 0,
    priorities: 0,
    length: 0,
    distinct: new Set(),
  };
  cells.values.forEach((value, i) => {
    if (isEmpty(value) || isCellError(value)) return;
    const format = cells.formats[i];
    const text = String(value).trim();
    c.filled++;
    c.length += text.length;
    c.distinct.add(text);
    if (typeof value === "number") {
      if (isDateFormat(format)) c.dates++;
      else if (format && isPercentFormat(format)) c.percents++;
      else if (format && format.includes("$")) c.money++;
      else c.numbers++;
    } else {
      const date = parseDate(text);
      if (date.ok && date.value !== undefined) c.dates++;
      else if (numberFromText(text) !== undefined) {
        if (text.includes("$")) c.money++;
        else if (text.endsWith("%")) c.percents++;
        else c.numbers++;
      }
    }
    if (ID.test(text)) c.ids++;
    if (AREAS.has(fold(text))) c.areas++;
    if (parseTerm(STATUSES, text).ok) c.statuses++;
    if (parseTerm(CLIENTELES, text).ok) c.clienteles++;
    if (parseTerm(RECURRENCES, text).ok) c.recurrences++;
    if (parseTerm(PRIORITIES, text).ok) c.priorities++;
  });
  return c;
}

/** How much the values alone point at each target, 0 to 0.75 (values never weigh as much as a clear header). */
export function valueScores(cells: ColumnCells): Partial<Record<TargetKey, number>> {
  const c = count(cells);
  const out: Partial<Record<TargetKey, number>> = {};
  if (c.filled === 0) return out;
  const share = (n: number) => n / c.filled;
  if (share(c.areas) >= 0.6) out.area = 0.75;
  if (share(c.statuses) >= 0.6) out.status = 0.75;
  if (share(c.clienteles) >= 0.6) out.clientele = 0.75;
  if (share(c.recurrences) >= 0.6 && share(c.statuses) < share(c.recurrences)) out.recurrence = 0.7;
  if (share(c.dates) >= 0.6) {
    out.due = 0.6;
    out.plannedStart = 0.55;
  }
  if (share(c.money) >= 0.6) out.budget = 0.65;
  else if (share(c.numbers + c.money) >= 0.8 && share(c.priorities) < 0.8) out.budget = 0.4;
  if (share(c.percents) >= 0.6) out.progress = 0.65;
  if (share(c.priorities) >= 0.9 && share(c.numbers) >= 0.9) out.priority = 0.45;
  const unique = c.distinct.size === c.filled;
  if (share(c.ids) >= 0.8 && unique && share(c.dates) < 0.5) out.no = 0.65;
  const average = c.length / c.filled;
  if (average >= 25 && share(c.ids) < 0.5) {
    out.action = 0.45;
    out.objective = 0.4;
  }
  return out;
}
