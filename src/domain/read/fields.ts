/**
 * Typed reads of one cell of the current row: a bad cell is reported by its cell and
 * counts as empty; the row is kept.
 */
import type { Day } from "../dates";
import { isCellError } from "../raw";
import type { Term } from "../vocabulary";
import type { RowCursor } from "./rows";
import { parseAmount, parseDate, parseProgress, parseTerm, parseText, parseTextOrNumber } from "./values";

export function readDate(cur: RowCursor, key: string): Day | undefined {
  const parsed = parseDate(cur.get(key));
  if (parsed.ok) return parsed.value;
  cur.report("error", "invalid-date", key);
  return undefined;
}

export function readAmount(cur: RowCursor, key: string): number | undefined {
  const parsed = parseAmount(cur.get(key));
  if (parsed.ok) return parsed.value;
  cur.report("error", "invalid-number", key);
  return undefined;
}

export function readProgress(cur: RowCursor, key: string): number | undefined {
  const parsed = parseProgress(cur.get(key), cur.format(key));
  if (parsed.ok) return parsed.value;
  cur.report("error", parsed.outOfRange ? "invalid-progress" : "invalid-number", key);
  return undefined;
}

export function readChoice<Id extends string>(
  cur: RowCursor,
  key: string,
  terms: readonly Term<Id>[],
): Id | undefined {
  const raw = cur.get(key);
  if (isCellError(raw)) {
    cur.report("error", "error-value", key);
    return undefined;
  }
  const parsed = parseTerm(terms, raw);
  if (parsed.ok) return parsed.value;
  cur.report("warning", "invalid-choice", key, { choices: terms.map((t) => t.fr).join(", ") });
  return undefined;
}

export function readText(cur: RowCursor, key: string): string | undefined {
  const raw = cur.get(key);
  if (isCellError(raw)) {
    cur.report("error", "error-value", key);
    return undefined;
  }
  return parseText(raw);
}

export function readTextOrNumber(cur: RowCursor, key: string): string | number | undefined {
  const raw = cur.get(key);
  if (isCellError(raw)) {
    cur.report("error", "error-value", key);
    return undefined;
  }
  return parseTextOrNumber(raw);
}
