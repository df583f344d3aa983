/** Checks the postpone and drop forms with the reader's own rules. Pure. */
import { dayToIso, type Day } from "../dates";
import type { ActionState, Workbook } from "../model";
import { parseDate } from "../read/values";
import { isOpen } from "../vocabulary";
import type { DropField, DropInput, PostponeField, PostponeInput, UpdateErrors, UpdateIssue } from "./inputs";

function checkAction(no: string, states: readonly ActionState[]): UpdateIssue | undefined {
  const trimmed = no.trim();
  if (!trimmed) return { key: "required" };
  const state = states.find((s) => s.action.no === trimmed);
  if (!state) return { key: "unknown-action", params: { no: trimmed } };
  if (!isOpen(state.status)) return { key: "closed", params: { no: trimmed, status: state.status } };
  return undefined;
}

function checkDate(value: string, wb: Workbook): UpdateIssue | undefined {
  const parsed = parseDate(value.trim());
  if (!parsed.ok) return { key: "invalid-date" };
  if (parsed.value === undefined) return { key: "required" };
  if (parsed.value > wb.referenceDate)
    return { key: "future-date", params: { date: dayToIso(wb.referenceDate) } };
  return undefined;
}

function put<Field extends string>(
  errors: UpdateErrors<Field>,
  field: Field,
  issue: UpdateIssue | undefined,
): void {
  if (issue) errors[field] = issue;
}

export function validatePostpone(
  input: PostponeInput,
  wb: Workbook,
  states: readonly ActionState[],
): UpdateErrors<PostponeField> {
  const errors: UpdateErrors<PostponeField> = {};
  put(errors, "action", checkAction(input.action, states));
  put(errors, "date", checkDate(input.date, wb));
  const due = parseDate(input.newDue.trim());
  const action = states.find((s) => s.action.no === input.action.trim())?.action;
  if (!due.ok) errors.newDue = { key: "invalid-date" };
  else if (due.value === undefined) errors.newDue = { key: "required" };
  else if (action?.due !== undefined && due.value <= action.due) {
    errors.newDue = { key: "due-not-later", params: { due: dayToIso(action.due) } };
  } else if (action?.plannedStart !== undefined && due.value < action.plannedStart) {
    errors.newDue = { key: "before-start", params: { start: dayToIso(action.plannedStart) } };
  }
  if (!input.reason.trim()) errors.reason = { key: "required" };
  return errors;
}

export function validateDrop(
  input: DropInput,
  wb: Workbook,
  states: readonly ActionState[],
): UpdateErrors<DropField> {
  const errors: UpdateErrors<DropField> = {};
  put(errors, "action", checkAction(input.action, states));
  put(errors, "date", checkDate(input.date, wb));
  if (!input.reason.trim()) errors.reason = { key: "required" };
  return errors;
}

/** The new due date of a postpone form (undefined when empty or not a date). */
export function newDueOf(input: PostponeInput): Day | undefined {
  const parsed = parseDate(input.newDue.trim());
  return parsed.ok ? parsed.value : undefined;
}
