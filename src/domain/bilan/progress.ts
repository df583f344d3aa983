/**
 * The plan's progress over time: for each quarter from the plan's start (or the period's start)
 * to the quarter of the reference date R, where the actions stood at the end of that quarter,
 * how many follow-ups were entered in it, and whether the follow-up habit held.
 *
 * The rule, as docs/workbook.md states it:
 * - quarters run from the quarter of `since` (else the plan start, else the first follow-up, else
 *   R) to the quarter of R, at most MAX_QUARTERS (the latest ones);
 * - `end` is the quarter's last day, or R for the last quarter;
 * - an action's status at `end` is that of its latest follow-up dated on or before `end` (on
 *   equal dates the one further down the table); none: not-started, or ongoing for a recurring
 *   action; every action of the plan is counted in every quarter;
 * - `suivis` counts the placed follow-ups dated from the quarter's first day to `end`;
 * - `followedShare` is the share of actions open at `end` whose latest follow-up on or before
 *   `end` is at most the follow-up interval before `end` (0 when no action is open).
 */
import { dayFromParts, dayToIso, type Day } from "../dates";
import type { ActionState, Workbook } from "../model";
import { isOpen, STATUS_IDS, type StatusId } from "../vocabulary";
import { share } from "./share";
import type { QuarterRow } from "./types";

/** Thirty years of quarters: a longer span is a typo in the plan dates; the latest ones are kept. */
export const MAX_QUARTERS = 120;

interface Quarter {
  year: number;
  /** 1 to 4. */
  q: number;
}

function quarterOf(day: Day): Quarter {
  const [year, month] = dayToIso(day).split("-").map(Number);
  return { year, q: Math.floor((month - 1) / 3) + 1 };
}

const indexOf = (q: Quarter): number => q.year * 4 + (q.q - 1);
const fromIndex = (i: number): Quarter => ({ year: Math.floor(i / 4), q: (i % 4) + 1 });

function firstDay(q: Quarter): Day {
  return dayFromParts(q.year, (q.q - 1) * 3 + 1, 1) as Day;
}

function lastDay(q: Quarter): Day {
  const next = fromIndex(indexOf(q) + 1);
  return (dayFromParts(next.year, (next.q - 1) * 3 + 1, 1) as Day) - 1;
}

/** `2025-T1`: the quarter's id in the figures (T for trimestre, whatever the language). */
export function quarterId(q: Quarter): string {
  return `${q.year}-T${q.q}`;
}

/** The day the quarters start from: the period's start, the plan's, the first follow-up's, or R. */
function startDay(wb: Workbook, states: readonly ActionState[], since: Day | undefined): Day {
  if (since !== undefined) return since;
  if (wb.settings.start !== undefined) return wb.settings.start;
  let first: Day | undefined;
  for (const s of states) {
    const day = s.suivis[0]?.date;
    if (day !== undefined && (first === undefined || day < first)) first = day;
  }
  return first ?? wb.referenceDate;
}

/** The quarters shown, each with its first day and its end (its last day, R for the last one). */
export function progressQuarters(
  wb: Workbook,
  states: readonly ActionState[],
  since?: Day,
): { id: string; from: Day; end: Day }[] {
  const R = wb.referenceDate;
  const last = indexOf(quarterOf(R));
  const start = Math.min(indexOf(quarterOf(startDay(wb, states, since))), last);
  const first = Math.max(start, last - MAX_QUARTERS + 1);
  const out: { id: string; from: Day; end: Day }[] = [];
  for (let i = first; i <= last; i += 1) {
    const q = fromIndex(i);
    out.push({ id: quarterId(q), from: firstDay(q), end: i === last ? R : lastDay(q) });
  }
  return out;
}

/**
 * One row per quarter. `states` hold each action's placed follow-ups in history order (by date,
 * then sheet row), as actionStates gives them; the work is one pass over each action's follow-ups.
 */
export function progressOverTime(wb: Workbook, states: readonly ActionState[], since?: Day): QuarterRow[] {
  const quarters = progressQuarters(wb, states, since);
  const interval = wb.settings.followUpDays;
  const rows = quarters.map(() => ({
    byStatus: Object.fromEntries(STATUS_IDS.map((id) => [id, 0])) as Record<StatusId, number>,
    suivis: 0,
    open: 0,
    followed: 0,
  }));
  for (const state of states) {
    const suivis = state.suivis;
    const none: StatusId = state.action.recurrence === "ongoing" ? "ongoing" : "not-started";
    let next = 0;
    quarters.forEach((q, i) => {
      const row = rows[i];
      // Follow-ups dated up to this quarter's end: those from its first day are its own.
      while (next < suivis.length && suivis[next].date <= q.end) {
        if (suivis[next].date >= q.from) row.suivis += 1;
        next += 1;
      }
      const latest = next > 0 ? suivis[next - 1] : undefined;
      const status = latest ? latest.status : none;
      row.byStatus[status] += 1;
      if (isOpen(status)) {
        row.open += 1;
        if (latest && q.end - latest.date <= interval) row.followed += 1;
      }
    });
  }
  return quarters.map((q, i) => ({
    quarter: q.id,
    end: dayToIso(q.end),
    byStatus: rows[i].byStatus,
    suivis: rows[i].suivis,
    followedShare: share(rows[i].followed, rows[i].open),
  }));
}
