/**
 * What Excel makes of a value written through `Range.values` (or `rows.add`) into a cell
 * formatted General: the same as typing it (Microsoft Learn, "Range.values": "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula"; Excel's own data entry then recognises numbers,
 * percents, currency, booleans, dates and times in the workbook's locale, and a leading
 * apostrophe keeps the rest as text, the apostrophe not being part of the value: "Format
 * numbers as text", support.microsoft.com). A cell formatted `@` (Text) keeps any string as is.
 */
import type { FakeCell } from "../fake/model";

export type Locale = "fr-CA" | "en-US";

const MONTHS: Record<Locale, string[][]> = {
  "en-US": [
    ["january", "jan"],
    ["february", "feb"],
    ["march", "mar"],
    ["april", "apr"],
    ["may"],
    ["june", "jun"],
    ["july", "jul"],
    ["august", "aug"],
    ["september", "sep", "sept"],
    ["october", "oct"],
    ["november", "nov"],
    ["december", "dec"],
  ],
  "fr-CA": [
    ["janvier", "janv", "jan"],
    ["février", "fevrier", "févr", "fevr", "fév", "fev"],
    ["mars", "mar"],
    ["avril", "avr"],
    ["mai"],
    ["juin"],
    ["juillet", "juil"],
    ["août", "aout"],
    ["septembre", "sept", "sep"],
    ["octobre", "oct"],
    ["novembre", "nov"],
    ["décembre", "decembre", "déc", "dec"],
  ],
};

/** The month (1-12) a word names in the locale (abbreviations with or without a dot). */
function monthOf(word: string, locale: Locale): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const index = MONTHS[locale].findIndex((names) => names.includes(w));
  return index < 0 ? undefined : index + 1;
}

/** Excel's serial of a date (1900 date system): days since 1899-12-30. */
export function dateSerial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCMonth() !== month - 1) return undefined;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86_400_000);
}

const fullYear = (text: string) => (text.length <= 2 ? 2000 + Number(text) : Number(text));

/** A date in one of the forms Excel recognises for the locale, or undefined. */
function parseDate(text: string, locale: Locale, year: number): FakeCell | undefined {
  const t = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return dated(dateSerial(+m[1], +m[2], +m[3]), "yyyy-mm-dd");
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$/.exec(t);
  if (m) {
    const [a, b] = [+m[1], +m[2]];
    const y = m[3] ? fullYear(m[3]) : year;
    // en-US reads month/day, fr-CA day/month.
    const serial = locale === "en-US" ? dateSerial(y, a, b) : dateSerial(y, b, a);
    return dated(serial, m[3] ? "m/d/yyyy" : "d-mmm");
  }
  // "5 mars", "5 mars 2025", "5-Jan", "5 Jan 25"
  m = /^(\d{1,2})[\s-]+([\p{L}]+\.?)(?:[\s-]+(\d{2}|\d{4}))?$/u.exec(t);
  if (m) {
    const month = monthOf(m[2], locale);
    if (month) return dated(dateSerial(m[3] ? fullYear(m[3]) : year, month, +m[1]), "d-mmm");
  }
  // "Jan 5", "January 5, 2025", "Septembre 2025", "mars 2025", "Sep-25"
  m = /^([\p{L}]+\.?)[\s-]+(\d{1,4})(?:,?\s+(\d{4}))?$/u.exec(t);
  if (m) {
    const month = monthOf(m[1], locale);
    if (month) {
      const n = m[2];
      if (m[3]) return dated(dateSerial(+m[3], month, +n), "d-mmm-yy");
      if (n.length === 4) return dated(dateSerial(+n, month, 1), "mmm-yy");
      if (+n > 31 || (n.length === 2 && /-/.test(t)))
        return dated(dateSerial(fullYear(n), month, 1), "mmm-yy");
      return dated(dateSerial(year, month, +n), "d-mmm");
    }
  }
  return undefined;
}

function dated(serial: number | undefined, format: string): FakeCell | undefined {
  return serial === undefined ? undefined : { value: serial, format };
}

/** A number in the locale's notation (thousands, decimals, sign, parentheses, exponent). */
function parseNumber(text: string, locale: Locale): number | undefined {
  let t = text.trim();
  let sign = 1;
  if (/^\(.*\)$/.test(t)) {
    sign = -1;
    t = t.slice(1, -1).trim();
  }
  if (/^[+-]/.test(t)) {
    if (t[0] === "-") sign = -sign;
    t = t.slice(1);
  }
  const [group, decimal] = locale === "en-US" ? [",", "."] : [" ", ","];
  const grouped =
    locale === "en-US" ? /^\d{1,3}(,\d{3})+(\.\d*)?$/ : /^\d{1,3}([ \u00a0\u202f]\d{3})+(,\d*)?$/;
  if (grouped.test(t))
    t = t
      .split(group)
      .join("")
      .replace(/[\u00a0\u202f]/g, "");
  // The other locale's decimal mark is not one here ("1.2" is a date in French, "1,5" text in English).
  if (decimal === ",") {
    if (t.includes(".")) return undefined;
    t = t.replace(",", ".");
  } else if (t.includes(",")) return undefined;
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  return sign * Number(t);
}

/**
 * The cell Excel keeps for `value` written into `cell` (its format decides: `@` keeps text).
 * `year` is the current year, for dates written without one ("Jan 5").
 */
export function enteredCell(
  value: string | number | boolean,
  format: string | undefined,
  locale: Locale,
  year: number,
): FakeCell {
  const keep = format === undefined ? {} : { format };
  if (typeof value !== "string" || format === "@") return { value, ...keep };
  if (value.startsWith("'")) return { value: value.slice(1), ...keep };
  const t = value.trim();
  if (t === "") return { value, ...keep };
  if (/^[=@]/.test(t) || (/^[+-]/.test(t) && parseNumber(t, locale) === undefined && t.length > 1)) {
    return { value: 0, formula: t.startsWith("=") ? t : `=${t}`, ...keep };
  }
  const general = format === undefined || format === "General";
  const number = parseNumber(t, locale);
  if (number !== undefined) return { value: number, ...keep };
  const percent = /^(.*?)\s?%$/.exec(t);
  if (percent) {
    const n = parseNumber(percent[1], locale);
    if (n !== undefined) return { value: n / 100, format: general ? "0%" : format };
  }
  const currency =
    locale === "en-US" ? /^\(?-?\$\s?([\d.,]+)\)?$/.exec(t) : /^-?([\d\s\u00a0,]+?)\s?\$$/.exec(t);
  if (currency) {
    const n = parseNumber(currency[1], locale);
    const negative = /^\(|^-/.test(t) ? -1 : 1;
    if (n !== undefined)
      return {
        value: negative * n,
        format: general ? (locale === "en-US" ? "$#,##0.00" : '#,##0.00 "$"') : format,
      };
  }
  const truth = locale === "en-US" ? ["TRUE", "FALSE"] : ["VRAI", "FAUX"];
  const upper = t.toUpperCase();
  if (truth.includes(upper)) return { value: upper === truth[0], ...keep };
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (time && +time[1] < 24 && +time[2] < 60) {
    return {
      value: (+time[1] * 3600 + +time[2] * 60 + +(time[3] ?? 0)) / 86_400,
      format: general ? "h:mm" : format,
    };
  }
  const date = parseDate(t, locale, year);
  if (date) return { value: date.value, format: general ? date.format : format };
  return { value, ...keep };
}
