/**
 * What a postpone or a drop writes: a fiche de suivi (status Reportée or Abandonnée, the
 * reason in Obstacles, the progress kept) and, for a postpone, the action's new due date
 * written in place. Nothing is erased: the previous due date stays in the fiche's text.
 */
import type { Day } from "../dates";
import { emptySuiviInput, type SuiviInput } from "../forms/inputs";
import type { PlacedValue } from "../forms/rows";
import type { ActionState, FoundTable } from "../model";
import type { DropInput, PostponeInput } from "./inputs";

const str = (value: number | undefined): string => (value === undefined ? "" : String(value));

/** The fiche de suivi of a postpone; `note` says what changed, e.g. "Échéance reportée du … au …". */
export function postponeSuivi(input: PostponeInput, state: ActionState, note: string): SuiviInput {
  return {
    ...emptySuiviInput(input.date.trim()),
    action: state.action.no,
    status: "postponed",
    progress: str(state.progress),
    obstacles: input.reason.trim(),
    nextSteps: note,
  };
}

export function dropSuivi(input: DropInput, state: ActionState): SuiviInput {
  return {
    ...emptySuiviInput(input.date.trim()),
    action: state.action.no,
    status: "dropped",
    progress: str(state.progress),
    obstacles: input.reason.trim(),
  };
}

/** The action's Échéance cell with its new date; undefined when `Actions` has no Échéance column. */
export function dueCell(found: FoundTable, state: ActionState, due: Day): PlacedValue | undefined {
  const col = found.columns.due;
  if (col === undefined) return undefined;
  return { sheet: found.sheet, row: state.action.row, col, value: due, format: "date" };
}
