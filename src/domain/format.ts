/**
 * Numbers, money, shares and dates written for people, FR (Quebec) or EN.
 * FR: `1 234,56 $`, `45 %`; EN: `$1,234.56`, `45%`. Dates are always AAAA-MM-JJ.
 * French puts a no-break space (U+00A0) between thousands and before `$` and `%`, so that a
 * wrapped line never leaves `%` or `$` alone at the start of the next one.
 * Pure and independent of the machine's locale data.
 */
import { dayToIso, type Day } from "./dates";
import type { Lang } from "./lang";

/** The space French puts between thousands and before `$` / `%`: a no-break space. */
export const FR_SPACE = "\u00a0";

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A number with at most `maxDecimals` decimals (trailing zeros dropped),
 * or exactly `minDecimals` decimals when asked: FR `1 234,5`, EN `1,234.5`.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction = ""] = rounded.toFixed(maxDecimals).split(".");
  let decimals = fraction.replace(/0+$/, "");
  while (decimals.length < minDecimals) decimals += "0";
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  const grouped = group(whole, lang === "fr" ? FR_SPACE : ",");
  const mark = lang === "fr" ? "," : ".";
  return sign + grouped + (decimals ? mark + decimals : "");
}

/** A whole number: FR `1 234`, EN `1,234`. */
export function formatInteger(value: number, lang: Lang): string {
  return formatNumber(Math.round(value), lang, 0);
}

/**
 * Dollars: FR `1 234,56 $`, EN `$1,234.56`. With `cents: false`, whole dollars
 * drop their cents (`1 500 $`) and other amounts keep two decimals.
 */
export function formatMoney(value: number, lang: Lang, options: { cents?: boolean } = {}): string {
  const whole = Math.abs(Math.round(value * 100)) % 100 === 0;
  const decimals = options.cents === false && whole ? 0 : 2;
  const body = formatNumber(Math.abs(value), lang, decimals, decimals);
  const negative = value < 0 && body.replace(/[^1-9]/g, "") !== "";
  const sign = negative ? "-" : "";
  return lang === "fr" ? `${sign}${body}${FR_SPACE}$` : `${sign}$${body}`;
}

/** A share given as a fraction (0.45) shown as a whole percent: FR `45 %`, EN `45%`. */
export function formatPercent(share: number, lang: Lang): string {
  const body = formatNumber(Math.round(share * 100), lang, 0);
  return lang === "fr" ? `${body}${FR_SPACE}%` : `${body}%`;
}

/** A day as AAAA-MM-JJ; empty text for no date. */
export function formatDate(day: Day | null | undefined): string {
  return day === null || day === undefined ? "" : dayToIso(day);
}

/** `n` days, short: FR `12 j`, EN `12 d`. */
export function formatDays(days: number, lang: Lang): string {
  return `${formatInteger(days, lang)} ${lang === "fr" ? "j" : "d"}`;
}

/** French takes the singular for 0 and 1; English only for 1. */
export function isSingular(count: number, lang: Lang): boolean {
  return lang === "fr" ? Math.abs(count) < 2 : Math.abs(count) === 1;
}

/** `one` or `many` after `count`, by the language's rule. */
export function plural(count: number, lang: Lang, one: string, many: string): string {
  return isSingular(count, lang) ? one : many;
}

/** A list as a sentence: FR `A, B et C`, EN `A, B and C`. */
export function joinWords(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words.join("");
  const and = lang === "fr" ? " et " : " and ";
  return words.slice(0, -1).join(", ") + and + words[words.length - 1];
}
