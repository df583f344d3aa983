/** Checks the action form with the reader's own rules (src/domain/read/values.ts). Pure. */
import { fold } from "../text";
import type { Workbook } from "../model";
import { parseAmount, parseDate, parseId } from "../read/values";
import type { ActionField, ActionInput, FieldErrors } from "./inputs";

/** The fields of the action form in screen order: where focus goes on a failed submit. */
export const ACTION_FIELDS: readonly ActionField[] = [
  "no",
  "area",
  "objective",
  "action",
  "clientele",
  "porteur",
  "partners",
  "partnersRole",
  "plannedStart",
  "due",
  "recurrence",
  "budget",
  "hours",
  "expectedResult",
  "indicator",
  "target",
  "priority",
];

export function validateAction(
  input: ActionInput,
  wb: Workbook,
  options: { editingNo?: string } = {},
): FieldErrors<ActionField> {
  const errors: FieldErrors<ActionField> = {};
  const no = parseId(input.no.trim());
  if (no === undefined) errors.no = { severity: "error", key: "required" };
  else if (no !== options.editingNo && wb.actions.some((a) => a.no === no)) {
    errors.no = { severity: "error", key: "duplicate-id", params: { no } };
  }
  if (!input.action.trim()) errors.action = { severity: "error", key: "required" };

  const start = parseDate(input.plannedStart.trim());
  if (!start.ok) errors.plannedStart = { severity: "error", key: "invalid-date" };
  const due = parseDate(input.due.trim());
  if (!due.ok) errors.due = { severity: "error", key: "invalid-date" };
  else if (start.ok && start.value !== undefined && due.value !== undefined && due.value < start.value) {
    errors.due = { severity: "error", key: "end-before-start" };
  } else if (due.value === undefined && input.recurrence !== "ongoing") {
    errors.due = { severity: "warning", key: "missing-due" };
  }

  for (const field of ["budget", "hours"] as const) {
    if (!parseAmount(input[field].trim()).ok) errors[field] = { severity: "error", key: "invalid-number" };
  }
  const priority = input.priority.trim();
  if (priority && !["1", "2", "3"].includes(priority)) {
    errors.priority = { severity: "error", key: "invalid-priority" };
  }
  const area = input.area.trim();
  if (area && !wb.areas.some((known) => fold(known) === fold(area))) {
    errors.area = { severity: "warning", key: "unknown-area" };
  }
  if (!input.porteur.trim()) errors.porteur = { severity: "warning", key: "missing-owner" };
  return errors;
}
