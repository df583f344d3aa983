/**
 * Converting the rows of an adopted plan into `Actions` rows (and a first fiche de suivi
 * where the plan gives a status or a progress), with the domain's reading rules. Every
 * cell that cannot be converted is listed by its cell in the ORIGINAL sheet and its cause.
 */
import type { Day } from "../dates";
import type { Lang } from "../lang";
import type { ActionRow, SuiviRow } from "../layout/template";
import { isCellError, type RawCell } from "../raw";
import {
  cellText,
  isEmpty,
  parseAmount,
  parseDate,
  parseId,
  parseProgress,
  parseTerm,
  parseText,
  parseTextOrNumber,
} from "../read/values";
import { cellRef, fold } from "../text";
import { CLIENTELES, DEFAULT_AREAS, PRIORITIES, RECURRENCES, STATUSES, type StatusId } from "../vocabulary";
import { isDateFormat } from "./sniff";
import type { AdoptSource } from "./sources";
import { targetOf, type TargetKey } from "./targets";

/** One source column and what it becomes (undefined: ignored). */
export interface ColumnMapping {
  col: number;
  target?: TargetKey;
}

export type UnconvertedCause =
  | "missing-id"
  | "duplicate-id"
  | "missing-action-text"
  | "error-value"
  | "invalid-date"
  | "year-only"
  | "invalid-number"
  | "invalid-progress"
  | "invalid-choice"
  | "invalid-status";

export interface UnconvertedCell {
  /** The cell in the original sheet, e.g. `'Plan MADA'!C7`. */
  cell: string;
  row: number;
  col: number;
  target: TargetKey;
  /** The source column's header. */
  header: string;
  value?: string;
  cause: UnconvertedCause;
}

export interface SkippedRow {
  row: number;
  /** The cell that gave the row away, e.g. `Plan!A24` holding "Total". */
  cell: string;
  reason: "total";
}

export interface ConvertedPlan {
  actions: ActionRow[];
  suivis: SuiviRow[];
  /** `ListeChamps`: the default areas, then the plan's own, as typed. */
  areas: string[];
  unconvertible: UnconvertedCell[];
  skipped: SkippedRow[];
}

export interface ConvertOptions {
  lang: Lang;
  /** The date of the first fiches de suivi (status or progress taken from the plan). */
  today: Day;
  /** The text of those fiches, e.g. "Statut repris du plan adopté (Plan MADA, ligne 7)". */
  suiviNote: (sheet: string, row: number) => string;
}

const TOTAL = /^(sous total|grand total|total|totaux|somme|sum)\b/;

function isTotalRow(row: readonly RawCell[]): number | undefined {
  const i = row.findIndex((cell) => typeof cell === "string" && TOTAL.test(fold(cell)));
  return i >= 0 ? i : undefined;
}

type Value = string | number | undefined;
type Converted = { ok: true; value: Value } | { ok: false; cause: UnconvertedCause };

const done = (value: Value): Converted => ({ ok: true, value });
const fail = (cause: UnconvertedCause): Converted => ({ ok: false, cause });

/** A year alone (2026) is not a date: as a serial it would be a day of 1905. */
function isYearOnly(value: RawCell, format: string | null | undefined): boolean {
  if (typeof value === "number")
    return Number.isInteger(value) && value >= 1900 && value <= 2100 && !isDateFormat(format);
  return typeof value === "string" && /^\s*\d{4}\s*$/.test(value);
}

function convertCell(key: TargetKey, value: RawCell, format: string | null | undefined): Converted {
  if (isEmpty(value)) return done(undefined);
  if (isCellError(value)) return fail("error-value");
  const type = targetOf(key).column.type;
  switch (type) {
    case "date": {
      if (isYearOnly(value, format)) return fail("year-only");
      const parsed = parseDate(value);
      return parsed.ok ? done(parsed.value) : fail("invalid-date");
    }
    case "amount": {
      const parsed = parseAmount(value);
      return parsed.ok ? done(parsed.value) : fail("invalid-number");
    }
    case "progress": {
      const parsed = parseProgress(value, format);
      if (parsed.ok) return done(parsed.value);
      return fail(parsed.outOfRange ? "invalid-progress" : "invalid-number");
    }
    case "status": {
      const parsed = parseTerm(STATUSES, value);
      return parsed.ok ? done(parsed.value) : fail("invalid-status");
    }
    case "choice": {
      const terms = key === "clientele" ? CLIENTELES : key === "recurrence" ? RECURRENCES : PRIORITIES;
      const parsed = parseTerm(terms, value);
      if (!parsed.ok) return fail("invalid-choice");
      return done(key === "priority" && parsed.value !== undefined ? Number(parsed.value) : parsed.value);
    }
    case "text-or-number":
      return done(parseTextOrNumber(value));
    default:
      return done(parseText(value));
  }
}

/** An area as the workbook's list spells it, or as typed when the list lacks it. */
function areaLabel(value: string, lang: Lang): { label: string; known: boolean } {
  const term = DEFAULT_AREAS.find((a) => fold(a.fr) === fold(value) || fold(a.en) === fold(value));
  return term ? { label: term[lang], known: true } : { label: value, known: false };
}

/** Status and progress of a first fiche de suivi; none when the plan says nothing more than "not started". */
function firstSuivi(status: StatusId | undefined, progress: number | undefined): SuiviRow | undefined {
  const inferred: StatusId =
    status ??
    (progress === 100 ? "done" : progress !== undefined && progress > 0 ? "in-progress" : "not-started");
  if (inferred === "not-started" && !progress) return undefined;
  return { status: inferred, ...(progress !== undefined ? { progress } : {}) };
}

export function convertPlan(
  source: AdoptSource,
  headerIndex: number,
  mapping: readonly ColumnMapping[],
  options: ConvertOptions,
): ConvertedPlan {
  const { grid, sheet } = source;
  const mapped = mapping.filter((m): m is Required<ColumnMapping> => m.target !== undefined);
  const headers = grid.values[headerIndex] ?? [];
  const headerOf = (col: number) => {
    const cell = headers[col - grid.col] ?? null;
    return isEmpty(cell) ? "" : cellText(cell);
  };
  const out: ConvertedPlan = {
    actions: [],
    suivis: [],
    areas: DEFAULT_AREAS.map((a) => a[options.lang]),
    unconvertible: [],
    skipped: [],
  };
  const seen = new Set<string>();
  const areas = new Set(out.areas.map(fold));

  for (let i = headerIndex + 1; i < grid.values.length; i++) {
    const row = grid.values[i] ?? [];
    const sheetRow = grid.row + i;
    const cellOf = (col: number): RawCell => row[col - grid.col] ?? null;
    const formatOf = (col: number) => grid.formats?.[i]?.[col - grid.col];
    const at = (col: number) => cellRef(sheet, sheetRow, col);
    if (mapped.every((m) => isEmpty(cellOf(m.col)))) continue; // blank, or only ignored columns
    const total = isTotalRow(row);
    if (total !== undefined) {
      out.skipped.push({ row: sheetRow, cell: at(grid.col + total), reason: "total" });
      continue;
    }
    const problems: UnconvertedCell[] = [];
    const report = (m: Required<ColumnMapping>, cause: UnconvertedCause) => {
      const value = cellOf(m.col);
      problems.push({
        cell: at(m.col),
        row: sheetRow,
        col: m.col,
        target: m.target,
        header: headerOf(m.col),
        cause,
        ...(isEmpty(value) ? {} : { value: cellText(value) }),
      });
    };
    const values: Partial<Record<TargetKey, Value>> = {};
    for (const m of mapped) {
      const converted = convertCell(m.target, cellOf(m.col), formatOf(m.col));
      if (converted.ok) values[m.target] = converted.value;
      else report(m, converted.cause);
    }
    const noColumn = mapped.find((m) => m.target === "no");
    const actionColumn = mapped.find((m) => m.target === "action");
    const no = noColumn ? parseId(cellOf(noColumn.col)) : undefined;
    let placed = true;
    if (noColumn && no === undefined && !isCellError(cellOf(noColumn.col))) {
      report(noColumn, "missing-id");
      placed = false;
    } else if (no !== undefined && seen.has(no)) {
      report(noColumn as Required<ColumnMapping>, "duplicate-id");
      placed = false;
    }
    if (no === undefined) placed = false;
    if (actionColumn && values.action === undefined && !isCellError(cellOf(actionColumn.col))) {
      report(actionColumn, "missing-action-text");
    }
    if (values.action === undefined) placed = false;
    out.unconvertible.push(...problems);
    if (!placed || no === undefined) continue;
    seen.add(no);

    const action: ActionRow = { no, text: String(values.action) };
    for (const m of mapped) {
      const value = values[m.target];
      if (value === undefined || ["no", "action", "status", "progress"].includes(m.target)) continue;
      (action as Record<string, unknown>)[m.target] = value;
    }
    if (typeof action.area === "string") {
      const { label, known } = areaLabel(action.area, options.lang);
      action.area = label;
      if (!known && !areas.has(fold(label))) {
        areas.add(fold(label));
        out.areas.push(label);
      }
    }
    out.actions.push(action);
    const suivi = firstSuivi(values.status as StatusId | undefined, values.progress as number | undefined);
    if (suivi)
      out.suivis.push({
        date: options.today,
        action: no,
        ...suivi,
        achievements: options.suiviNote(sheet, sheetRow),
      });
  }
  return out;
}
