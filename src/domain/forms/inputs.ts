/**
 * What the action and suivi forms hold: field values as the person typed them (text),
 * and ids for closed choices ("" = nothing chosen). Pure data, shared by every host.
 */
import type { ClienteleId, RecurrenceId, SourceId, StatusId, YesNoId } from "../vocabulary";

export interface ActionInput {
  no: string;
  area: string;
  objective: string;
  action: string;
  clientele: ClienteleId | "";
  porteur: string;
  partners: string;
  partnersRole: string;
  plannedStart: string;
  due: string;
  recurrence: RecurrenceId | "";
  budget: string;
  hours: string;
  expectedResult: string;
  indicator: string;
  target: string;
  /** "1", "2", "3" or "" as typed. */
  priority: string;
}

export interface SuiviInput {
  date: string;
  /** The action's No. */
  action: string;
  status: StatusId | "";
  progress: string;
  achievements: string;
  obstacles: string;
  nextSteps: string;
  spent: string;
  hours: string;
  indicatorValue: string;
  bonCoup: YesNoId | "";
  source: SourceId | "";
  filledBy: string;
}

export type ActionField = keyof ActionInput;
export type SuiviField = keyof SuiviInput;

/** Why a field is refused (error) or worth a second look (warning); messages live in src/i18n/forms.ts. */
export type FormIssueKey =
  | "required"
  | "duplicate-id"
  | "invalid-date"
  | "end-before-start"
  | "invalid-number"
  | "invalid-priority"
  | "invalid-progress"
  | "unknown-area"
  | "missing-owner"
  | "missing-due"
  | "future-date"
  | "unknown-action"
  | "reason-required"
  | "done-not-complete";

export interface FieldIssue {
  severity: "error" | "warning";
  key: FormIssueKey;
  params?: Record<string, string>;
}

export type FieldErrors<Field extends string = string> = Partial<Record<Field, FieldIssue>>;

export function emptyActionInput(): ActionInput {
  return {
    no: "",
    area: "",
    objective: "",
    action: "",
    clientele: "",
    porteur: "",
    partners: "",
    partnersRole: "",
    plannedStart: "",
    due: "",
    recurrence: "",
    budget: "",
    hours: "",
    expectedResult: "",
    indicator: "",
    target: "",
    priority: "",
  };
}

export function emptySuiviInput(date = ""): SuiviInput {
  return {
    date,
    action: "",
    status: "",
    progress: "",
    achievements: "",
    obstacles: "",
    nextSteps: "",
    spent: "",
    hours: "",
    indicatorValue: "",
    bonCoup: "",
    source: "",
    filledBy: "",
  };
}

/** Whether any field holds an error (warnings do not block a save). */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((issue) => issue?.severity === "error");
}

/** The first field in `order` that holds an error: where focus goes after a failed submit. */
export function firstErrorField<Field extends string>(
  errors: FieldErrors<Field>,
  order: readonly Field[],
): Field | undefined {
  return order.find((field) => errors[field]?.severity === "error");
}
