/**
 * Reading what people actually type: one parser per kind of cell. Pure and shared by
 * the workbook reader and the task pane's forms ("validating as you type").
 */
import { dayFromParts, MAX_DAY, MIN_DAY, type Day } from "../dates";
import { isCellError, type RawCell } from "../raw";
import { fold } from "../text";
import type { Term } from "../vocabulary";

/** A parsed cell: a value, `undefined` for an empty cell, or a failure. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; outOfRange?: boolean };

const EMPTY = { ok: true, value: undefined } as const;
const FAIL = { ok: false } as const;

export function isEmpty(value: RawCell): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** The text a cell shows, for messages: `#N/A`, `15/13/2026`, `TRUE`. */
export function cellText(value: RawCell): string {
  if (value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const DAY_FIRST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

/** Excel serials; ISO text `2026-03-15`; day-first text `15/03/2026` or `15-03-2026`. */
export function parseDate(value: RawCell): Parsed<Day> {
  if (isEmpty(value)) return EMPTY;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < MIN_DAY || value > MAX_DAY) return FAIL;
    return { ok: true, value: Math.floor(value) };
  }
  if (typeof value !== "string") return FAIL;
  const text = value.trim();
  let m = ISO.exec(text);
  if (m) return wrapDay(dayFromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  m = DAY_FIRST.exec(text);
  if (m) return wrapDay(dayFromParts(Number(m[3]), Number(m[2]), Number(m[1])));
  return FAIL;
}

function wrapDay(day: Day | undefined): Parsed<Day> {
  return day === undefined ? FAIL : { ok: true, value: day };
}

const SPACES = /[\s\u00a0\u202f\u2007]/g;

/** A number typed as text: `1 234,56 $`, `1234.5`, `$1,234.56`, `50 %`. */
export function numberFromText(text: string): number | undefined {
  let t = text.replace(SPACES, "");
  t = t.replace(/^\$/, "").replace(/\$$/, "").replace(/%$/, "");
  if (/^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) t = t.replace(/,/g, "");
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(",", ".");
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function toNumber(value: RawCell): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return numberFromText(value);
  return undefined;
}

/** A number >= 0: money, hours. */
export function parseAmount(value: RawCell): Parsed<number> {
  if (isEmpty(value)) return EMPTY;
  const n = toNumber(value);
  if (n === undefined || n < 0) return FAIL;
  return { ok: true, value: n };
}

/** A whole number >= 0 (settings in days). */
export function parseWhole(value: RawCell): Parsed<number> {
  const parsed = parseAmount(value);
  if (!parsed.ok || parsed.value === undefined) return parsed;
  return Number.isInteger(parsed.value) ? parsed : FAIL;
}

/** Progress 0..100; a percent-formatted cell counts as its percent (0.5 shown as 50 % is 50). */
export function parseProgress(value: RawCell, format?: string | null): Parsed<number> {
  if (isEmpty(value)) return EMPTY;
  let n = toNumber(value);
  if (n === undefined) return FAIL;
  if (typeof value === "number" && format && isPercentFormat(format)) n = Math.round(n * 100 * 1e6) / 1e6;
  if (n < 0 || n > 100) return { ok: false, outOfRange: true };
  return { ok: true, value: n };
}

/** A number format that shows a percent: `0%`, `0.00%`, not a `%` inside quotes. */
export function isPercentFormat(format: string): boolean {
  return format.replace(/"[^"]*"|\\./g, "").includes("%");
}

/** An id is text: the number 3 is the id `3`. */
export function parseId(value: RawCell): string | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? undefined : t;
  }
  return undefined;
}

/** Free text, trimmed; numbers and booleans as they show. */
export function parseText(value: RawCell): string | undefined {
  if (value === null || isCellError(value)) return undefined;
  const t = String(value).trim();
  return t === "" ? undefined : t;
}

/** Text or a number kept as a number (targets, indicator values). */
export function parseTextOrNumber(value: RawCell): string | number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  return parseText(value);
}

const termCache = new WeakMap<readonly Term[], Map<string, string>>();

function termIndex(terms: readonly Term[]): Map<string, string> {
  let index = termCache.get(terms);
  if (!index) {
    index = new Map();
    for (const t of terms) {
      for (const label of [t.fr, t.en, t.id]) index.set(fold(label), t.id);
    }
    termCache.set(terms, index);
  }
  return index;
}

/** A value of a closed list, ignoring case and accents, in French or English. */
export function parseTerm<Id extends string>(terms: readonly Term<Id>[], value: RawCell): Parsed<Id> {
  if (isEmpty(value)) return EMPTY;
  if (typeof value !== "string" && typeof value !== "number") return FAIL;
  const index = termIndex(terms);
  const raw = String(value);
  const id = index.get(raw) ?? index.get(fold(raw));
  if (id !== undefined) index.set(raw, id);
  return id === undefined ? FAIL : { ok: true, value: id as Id };
}
