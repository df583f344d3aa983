/**
 * One cell's value as the snapshot holds it, from its type (`t`), its `<v>` text, its inline
 * string and whether it has a formula: shared and inline strings as plain text, booleans,
 * errors as `{ error }`, numbers; a number whose style is a date format, and an ISO date
 * (`t="d"`), become a whole day serial (1900 system, whatever the workbook's date system). A
 * formula reads as its cached result: null without one, and for an empty text result.
 */
import { dayFromIso } from "../../../domain/dates";
import type { RawCell } from "../../../domain/raw";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH = 25_569;
/** Days between the 1900 and 1904 systems' day zero. */
const OFFSET_1904 = 1462;
/** Day zero of the 1900 system (1899-12-30), in ms. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** The largest time a JavaScript Date holds. */
const MAX_MS = 8.64e15;

/**
 * A date-formatted serial as a whole day of the 1900 system, rounded to the millisecond first
 * (so 45000.99999999 is still day 45000), as the reader has always done; null out of range.
 */
export function daySerial(value: number, date1904: boolean): RawCell {
  const ms = Math.round((value - UNIX_EPOCH + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY);
  if (!(Math.abs(ms) <= MAX_MS)) return null;
  return Math.floor((ms - EPOCH_MS) / MS_PER_DAY);
}

/** The day of an ISO 8601 date or date-time (`2026-03-15`, `2026-03-15T10:30:00`), or null. */
export function isoDay(text: string): RawCell {
  const s = text.trim();
  return dayFromIso(s.length > 10 && s[10] === "T" ? s.slice(0, 10) : s) ?? null;
}

export interface CellParts {
  type: string;
  /** The `<v>` text, undefined when there is none. */
  v: string | undefined;
  /** The `<is>` text of an inline string, undefined when there is none. */
  inline: string | undefined;
  formula: boolean;
}

export function cellValue(c: CellParts, strings: string[], isDate: boolean, date1904: boolean): RawCell {
  const { v } = c;
  let value: RawCell;
  switch (c.type) {
    case "s":
      value = v === undefined ? null : (strings[Number.parseInt(v, 10)] ?? null);
      break;
    case "str":
      value = v ?? null;
      break;
    case "inlineStr":
      value = c.inline || (v ?? null);
      break;
    case "b": {
      const b = v?.trim();
      value = b === undefined ? null : !(b === "0" || b === "false");
      break;
    }
    case "e":
      value = v === undefined ? null : { error: v };
      break;
    case "d":
      value = v === undefined ? null : isoDay(v);
      break;
    default: {
      if (v === undefined) {
        value = null;
        break;
      }
      const n = Number.parseFloat(v);
      value = Number.isFinite(n) ? (isDate ? daySerial(n, date1904) : n) : null;
    }
  }
  return c.formula && value === "" ? null : value;
}
