/**
 * Keeping the plan up to date: postponing an action (a new due date and why) or dropping it
 * (and why). Both leave a fiche de suivi behind, so the history in `Suivis` tells the story.
 */
export interface PostponeInput {
  /** The action's No. */
  action: string;
  /** The date of the fiche de suivi, AAAA-MM-JJ. */
  date: string;
  newDue: string;
  reason: string;
}

export interface DropInput {
  action: string;
  date: string;
  reason: string;
}

export type PostponeField = keyof PostponeInput;
export type DropField = keyof DropInput;

/** Why a field is refused; messages live in src/i18n/update.ts. */
export type UpdateIssueKey =
  | "required"
  | "unknown-action"
  | "closed"
  | "invalid-date"
  | "future-date"
  | "due-not-later"
  | "before-start"
  | "no-due-column";

export interface UpdateIssue {
  key: UpdateIssueKey;
  params?: Record<string, string>;
}

export type UpdateErrors<Field extends string> = Partial<Record<Field, UpdateIssue>>;

export function emptyPostponeInput(action = "", date = ""): PostponeInput {
  return { action, date, newDue: "", reason: "" };
}

export function emptyDropInput(action = "", date = ""): DropInput {
  return { action, date, reason: "" };
}

export function hasUpdateErrors(errors: UpdateErrors<string>): boolean {
  return Object.values(errors).some((issue) => issue !== undefined);
}
