/**
 * Dates are whole Excel day serials (1900 system): 1 = 1900-01-01, 45000 = 2023-03-15.
 * Serials from 61 on match Excel exactly (Excel's phantom 1900-02-29 is serial 60).
 */
export type Day = number;

const EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return Math.round((ms - EPOCH_MS) / MS_PER_DAY);
}

export function dayFromIso(iso: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Days already written out: a plan's rows share a few hundred dates (bounded, started over when full). */
const isoOfDay = new Map<number, string>();
const ISO_OF_DAY_MAX = 10_000;

export function dayToIso(day: Day): string {
  const whole = Math.floor(day);
  const known = isoOfDay.get(whole);
  if (known !== undefined) return known;
  const iso = new Date(EPOCH_MS + whole * MS_PER_DAY).toISOString().slice(0, 10);
  if (isoOfDay.size >= ISO_OF_DAY_MAX) isoOfDay.clear();
  isoOfDay.set(whole, iso);
  return iso;
}

/** The day of a JavaScript Date, read in UTC (how ExcelJS hands dates over). */
export function dayFromDate(date: Date): Day {
  return Math.floor((date.getTime() - EPOCH_MS) / MS_PER_DAY);
}

/** Today in the local calendar of the machine running Plan vivant. */
export function today(now: Date = new Date()): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

export function yearOf(day: Day): number {
  return Number(dayToIso(day).slice(0, 4));
}

export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = dayToIso(day).split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return dayFromParts(year, month, Math.min(d, last)) as Day;
}

/** Serials Plan vivant accepts as dates: 1900-01-01 to 9999-12-31. */
export const MIN_DAY = 1;
export const MAX_DAY = 2_958_465;
