/**
 * Where each action stands at the reference date R: its current status and progress,
 * and its flags (late, blocked, stale, due-soon) as the contract defines them.
 */
import type { Action, ActionState, Flag, FlagKind, Suivi, Workbook } from "./model";
import { isOpen, type StatusId } from "./vocabulary";

export const FLAG_KINDS: readonly FlagKind[] = ["late", "blocked", "stale", "due-soon"];

/** Follow-ups in history order: by date, then further down the table last. */
export function bySuiviOrder(a: Suivi, b: Suivi): number {
  return a.date - b.date || a.row - b.row;
}

export function actionStates(wb: Workbook): ActionState[] {
  const byAction = new Map<string, Suivi[]>();
  for (const suivi of wb.suivis) {
    const list = byAction.get(suivi.action);
    if (list) list.push(suivi);
    else byAction.set(suivi.action, [suivi]);
  }
  return wb.actions.map((action) => {
    const suivis = (byAction.get(action.no) ?? []).sort(bySuiviOrder);
    return stateOf(action, suivis, wb);
  });
}

function stateOf(action: Action, suivis: Suivi[], wb: Workbook): ActionState {
  const lastSuivi = suivis[suivis.length - 1];
  const status: StatusId = lastSuivi
    ? lastSuivi.status
    : action.recurrence === "ongoing"
      ? "ongoing"
      : "not-started";
  let progress: number | undefined;
  for (let i = suivis.length - 1; i >= 0 && progress === undefined; i--) progress = suivis[i].progress;
  const state: ActionState = { action, status, lastSuivi, suivis, flags: [] };
  if (progress !== undefined) state.progress = progress;
  state.flags = flagsOf(state, wb);
  return state;
}

function flagsOf(state: ActionState, wb: Workbook): Flag[] {
  const { action, status, lastSuivi } = state;
  const R = wb.referenceDate;
  const { followUpDays, noticeDays, start } = wb.settings;
  const flags: Flag[] = [];
  if (!isOpen(status)) return flags;
  const ongoing = status === "ongoing" || action.recurrence === "ongoing";
  if (!ongoing && action.due !== undefined && action.due < R) {
    flags.push({ action: action.no, kind: "late", days: R - action.due });
  }
  if (status === "blocked") flags.push({ action: action.no, kind: "blocked" });
  const notYet = action.plannedStart !== undefined && action.plannedStart > R;
  if (!notYet) {
    const since = lastSuivi?.date ?? action.plannedStart ?? start;
    if (since === undefined) flags.push({ action: action.no, kind: "stale" });
    else if (R - since > followUpDays) flags.push({ action: action.no, kind: "stale", days: R - since });
  }
  if (
    !ongoing &&
    status === "not-started" &&
    action.due !== undefined &&
    action.due >= R &&
    action.due <= R + noticeDays
  ) {
    flags.push({ action: action.no, kind: "due-soon", days: action.due - R });
  }
  return flags;
}

export function allFlags(states: readonly ActionState[]): Flag[] {
  return states.flatMap((s) => s.flags);
}
