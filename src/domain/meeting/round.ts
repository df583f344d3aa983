/**
 * Around the table: one entry per action to review, prefilled from where the action stands
 * (its last follow-up); an entry left as it was is not a change. The changed entries become
 * fiches de suivi dated the meeting's day, checked with the single fiche's own rules.
 */
import { dayToIso, type Day } from "../dates";
import {
  emptySuiviInput,
  hasErrors,
  type FieldErrors,
  type SuiviField,
  type SuiviInput,
} from "../forms/inputs";
import { validateSuivi } from "../forms/validate-suivi";
import type { ActionState, Suivi, Workbook } from "../model";
import { parseProgress } from "../read/values";
import type { StatusId } from "../vocabulary";
import type { ReviewItem } from "./agenda";

/** What the committee fills for one action: a short note goes to Réalisations. */
export interface RoundEntry {
  action: string;
  status: StatusId | "";
  progress: string;
  note: string;
  obstacles: string;
  bonCoup: boolean;
}

export type RoundField = Exclude<keyof RoundEntry, "action">;

/** The fields of an entry in screen order. */
export const ROUND_FIELDS: readonly RoundField[] = ["status", "progress", "note", "obstacles", "bonCoup"];

/** An action's entry as it stands: status, progress and obstacles of its last follow-up; no note, no bon coup. */
export function prefilledEntry(state: ActionState): RoundEntry {
  return {
    action: state.action.no,
    status: state.status,
    progress: state.progress === undefined ? "" : String(state.progress),
    note: "",
    obstacles: state.lastSuivi?.obstacles ?? "",
    bonCoup: false,
  };
}

export function prefilledEntries(items: readonly ReviewItem[]): RoundEntry[] {
  return items.map((item) => prefilledEntry(item.state));
}

/** Whether the person changed anything (spaces around a value do not count). */
export function isChanged(entry: RoundEntry, prefill: RoundEntry): boolean {
  return ROUND_FIELDS.some((field) => {
    const a = entry[field];
    const b = prefill[field];
    return typeof a === "string" && typeof b === "string" ? a.trim() !== b.trim() : a !== b;
  });
}

/** The fiche de suivi of an entry, dated the meeting's day. */
export function entryInput(entry: RoundEntry, date: Day): SuiviInput {
  return {
    ...emptySuiviInput(dayToIso(date)),
    action: entry.action,
    status: entry.status,
    progress: entry.progress,
    achievements: entry.note,
    obstacles: entry.obstacles,
    bonCoup: entry.bonCoup ? "yes" : "",
  };
}

/** The round's field of a fiche's field (Réalisations is the note). */
export function roundFieldOf(field: SuiviField): RoundField | "date" | "action" | undefined {
  if (field === "achievements") return "note";
  if (field === "date" || field === "action") return field;
  return (ROUND_FIELDS as readonly string[]).includes(field) ? (field as RoundField) : undefined;
}

export interface EntryIssues {
  action: string;
  errors: FieldErrors<SuiviField>;
}

export type RoundCheck =
  | { ok: true; inputs: SuiviInput[]; warnings: EntryIssues[] }
  | { ok: false; invalid: EntryIssues[]; warnings: EntryIssues[] };

/** The changed entries checked as fiches de suivi: all of them valid, or the invalid ones named. */
export function checkRound(
  wb: Workbook,
  entries: readonly RoundEntry[],
  prefills: readonly RoundEntry[],
  date: Day,
): RoundCheck {
  const before = new Map(prefills.map((p) => [p.action, p]));
  const inputs: SuiviInput[] = [];
  const invalid: EntryIssues[] = [];
  const warnings: EntryIssues[] = [];
  for (const entry of entries) {
    const prefill = before.get(entry.action);
    if (prefill && !isChanged(entry, prefill)) continue;
    const input = entryInput(entry, date);
    const errors = validateSuivi(input, wb);
    if (hasErrors(errors)) invalid.push({ action: entry.action, errors });
    else if (Object.keys(errors).length > 0) warnings.push({ action: entry.action, errors });
    inputs.push(input);
  }
  return invalid.length > 0 ? { ok: false, invalid, warnings } : { ok: true, inputs, warnings };
}

/** The typed follow-ups of the round, placed after the table's last row: for the states after the save. */
export function typedSuivis(
  inputs: readonly SuiviInput[],
  date: Day,
  sheet: string,
  firstRow: number,
): Suivi[] {
  return inputs.map((input, i) => {
    const progress = parseProgress(input.progress.trim());
    const suivi: Suivi = {
      sheet,
      row: firstRow + i,
      date,
      action: input.action.trim(),
      status: input.status as StatusId,
    };
    if (progress.ok && progress.value !== undefined) suivi.progress = progress.value;
    if (input.obstacles.trim()) suivi.obstacles = input.obstacles.trim();
    if (input.bonCoup === "yes") suivi.bonCoup = true;
    return suivi;
  });
}
