/** Checks the suivi form with the reader's own rules (src/domain/read/values.ts). Pure. */
import type { Workbook } from "../model";
import { parseAmount, parseDate, parseProgress } from "../read/values";
import type { StatusId } from "../vocabulary";
import type { FieldErrors, SuiviField, SuiviInput } from "./inputs";

/** The fields of the suivi form in screen order: where focus goes on a failed submit. */
export const SUIVI_FIELDS: readonly SuiviField[] = [
  "action",
  "date",
  "status",
  "progress",
  "achievements",
  "obstacles",
  "nextSteps",
  "spent",
  "hours",
  "indicatorValue",
  "bonCoup",
  "source",
  "filledBy",
];

/** Statuses that need a reason, given in Obstacles. */
export const NEEDS_REASON: readonly StatusId[] = ["postponed", "blocked", "dropped"];

export function needsReason(status: StatusId | ""): boolean {
  return status !== "" && NEEDS_REASON.includes(status);
}

export function validateSuivi(input: SuiviInput, wb: Workbook): FieldErrors<SuiviField> {
  const errors: FieldErrors<SuiviField> = {};
  const date = parseDate(input.date.trim());
  if (!date.ok) errors.date = { severity: "error", key: "invalid-date" };
  else if (date.value === undefined) errors.date = { severity: "error", key: "required" };
  else if (date.value > wb.referenceDate) errors.date = { severity: "error", key: "future-date" };

  const no = input.action.trim();
  if (!no) errors.action = { severity: "error", key: "required" };
  else if (!wb.actions.some((a) => a.no === no)) {
    errors.action = { severity: "error", key: "unknown-action", params: { no } };
  }
  if (!input.status) errors.status = { severity: "error", key: "required" };

  const progress = parseProgress(input.progress.trim());
  if (!progress.ok) errors.progress = { severity: "error", key: "invalid-progress" };
  else if (input.status === "done" && progress.value !== undefined && progress.value < 100) {
    errors.progress = { severity: "warning", key: "done-not-complete" };
  }
  for (const field of ["spent", "hours"] as const) {
    if (!parseAmount(input[field].trim()).ok) errors[field] = { severity: "error", key: "invalid-number" };
  }
  if (needsReason(input.status) && !input.obstacles.trim()) {
    errors.obstacles = { severity: "error", key: "reason-required" };
  }
  return errors;
}
