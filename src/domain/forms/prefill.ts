/** Form inputs prefilled from the workbook: an action to edit, a suivi starting from where the action stands. */
import { dayToIso, type Day } from "../dates";
import type { Action, ActionState } from "../model";
import { emptySuiviInput, type ActionInput, type SuiviInput } from "./inputs";

const str = (value: string | number | undefined): string => (value === undefined ? "" : String(value));
const iso = (day: Day | undefined): string => (day === undefined ? "" : dayToIso(day));

export function inputFromAction(action: Action): ActionInput {
  return {
    no: action.no,
    area: str(action.area),
    objective: str(action.objective),
    action: action.text,
    clientele: action.clientele ?? "",
    porteur: str(action.porteur),
    partners: str(action.partners),
    partnersRole: str(action.partnersRole),
    plannedStart: iso(action.plannedStart),
    due: iso(action.due),
    recurrence: action.recurrence ?? "",
    budget: str(action.budget),
    hours: str(action.hours),
    expectedResult: str(action.expectedResult),
    indicator: str(action.indicator),
    target: str(action.target),
    priority: str(action.priority),
  };
}

/** A new suivi of an action, dated `date`, starting from its current status and progress. */
export function suiviInputFor(state: ActionState, date: Day): SuiviInput {
  return {
    ...emptySuiviInput(dayToIso(date)),
    action: state.action.no,
    status: state.status,
    progress: str(state.progress),
  };
}
