/** The bilan's lists: late and blocked actions, actions without recent follow-up, bons coups. */
import { dayToIso, type Day } from "../dates";
import type { ActionState, Suivi } from "../model";
import { clean, hasFlag } from "./groups";
import type { BonCoupRow, LateBlockedRow, StaleRow } from "./types";

/** Whether a follow-up falls in the period: from `since` (inclusive) to the reference date. */
export function inPeriod(suivi: Suivi, since: Day | undefined, referenceDate: Day): boolean {
  return suivi.date <= referenceDate && (since === undefined || suivi.date >= since);
}

function latest(suivis: Suivi[], pick: (s: Suivi) => string | undefined): string | null {
  for (let i = suivis.length - 1; i >= 0; i -= 1) {
    const text = clean(pick(suivis[i]));
    if (text !== null) return text;
  }
  return null;
}

/** Follow-ups by date, then by sheet row (the order people wrote them in). */
export function byDateThenRow(a: Suivi, b: Suivi): number {
  return a.date - b.date || a.row - b.row;
}

/**
 * Late or blocked actions (one row each): most days late first, then blocked-only ones;
 * ties keep the plan's order.
 */
export function lateBlockedRows(states: ActionState[]): LateBlockedRow[] {
  const rows = states
    .map((state, order) => ({ state, order }))
    .filter(({ state }) => hasFlag(state, "late") || hasFlag(state, "blocked"))
    .map(({ state, order }) => {
      const late = state.flags.find((f) => f.kind === "late");
      const suivis = [...state.suivis].sort(byDateThenRow);
      const row: LateBlockedRow = {
        no: state.action.no,
        action: state.action.text,
        porteur: clean(state.action.porteur),
        status: state.status,
        due: state.action.due === undefined ? null : dayToIso(state.action.due),
        daysLate: late ? (late.days ?? null) : null,
        late: late !== undefined,
        blocked: hasFlag(state, "blocked"),
        obstacles: latest(suivis, (s) => s.obstacles),
        nextSteps: latest(suivis, (s) => s.nextSteps),
      };
      return { row, order };
    });
  rows.sort((a, b) => (b.row.daysLate ?? -1) - (a.row.daysLate ?? -1) || a.order - b.order);
  return rows.map((r) => r.row);
}

/** Actions flagged stale: never followed first, then the oldest last follow-up; ties keep plan order. */
export function staleRows(states: ActionState[], referenceDate: Day): StaleRow[] {
  const rows = states
    .map((state, order) => ({ state, order }))
    .filter(({ state }) => hasFlag(state, "stale"));
  const last = (s: ActionState): number => s.lastSuivi?.date ?? -Infinity;
  rows.sort((a, b) => last(a.state) - last(b.state) || a.order - b.order);
  return rows.map(({ state }) => ({
    no: state.action.no,
    action: state.action.text,
    porteur: clean(state.action.porteur),
    status: state.status,
    lastSuivi: state.lastSuivi ? dayToIso(state.lastSuivi.date) : null,
    daysSince: state.lastSuivi ? referenceDate - state.lastSuivi.date : null,
  }));
}

/** The bons coups of the period, by date then sheet row. */
export function bonCoupRows(states: ActionState[], since: Day | undefined, referenceDate: Day): BonCoupRow[] {
  const found: { suivi: Suivi; state: ActionState }[] = [];
  for (const state of states) {
    for (const suivi of state.suivis) {
      if (suivi.bonCoup === true && inPeriod(suivi, since, referenceDate)) found.push({ suivi, state });
    }
  }
  found.sort((a, b) => byDateThenRow(a.suivi, b.suivi));
  return found.map(({ suivi, state }) => ({
    date: dayToIso(suivi.date),
    no: state.action.no,
    action: state.action.text,
    achievements: clean(suivi.achievements),
  }));
}
