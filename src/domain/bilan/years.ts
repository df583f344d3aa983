/** Progress by plan year: actions due each year, planned against done. */
import { yearOf } from "../dates";
import type { ActionState, Settings } from "../model";
import type { BilanYears } from "./types";

/** A plan longer than this is a typo (e.g. an end in 2205): its years come from the due dates. */
const MAX_PLAN_YEARS = 30;

/**
 * The years shown: from the plan start's year to the plan end's year (either missing: the
 * due dates' first or last year), plus any due year outside that span, so no action is lost.
 */
export function planYears(settings: Settings, dueYears: number[]): number[] {
  const sorted = [...new Set(dueYears)].sort((a, b) => a - b);
  let first = settings.start !== undefined ? yearOf(settings.start) : sorted[0];
  let last = settings.end !== undefined ? yearOf(settings.end) : sorted[sorted.length - 1];
  if (first === undefined) first = last;
  if (last === undefined) last = first;
  const years = new Set(sorted);
  if (first !== undefined && last !== undefined) {
    const [from, to] = first <= last ? [first, last] : [last, first];
    if (to - from < MAX_PLAN_YEARS) for (let y = from; y <= to; y += 1) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

export function progressByYear(settings: Settings, states: ActionState[]): BilanYears {
  const dueYears = states.flatMap((s) => (s.action.due === undefined ? [] : [yearOf(s.action.due)]));
  const years = planYears(settings, dueYears).map((year) => ({ year, planned: 0, done: 0 }));
  const noDue = { planned: 0, done: 0 };
  for (const state of states) {
    const due = state.action.due;
    const row = due === undefined ? noDue : years.find((y) => y.year === yearOf(due));
    if (!row) continue;
    row.planned += 1;
    if (state.status === "done") row.done += 1;
  }
  return { years, noDue };
}
