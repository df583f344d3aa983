/**
 * « Aujourd'hui »: what needs the coordinator's attention at the reference date, from the plan
 * already read (its action states and flags, its Rencontres, its problems): no read of its own.
 */
import { dayToIso } from "../dates";
import type { Lang } from "../lang";
import type { ActionState, FlagKind, Workbook } from "../model";
import { itemsByPorteur } from "../relances/groups";

/** One action to act on, with the days its flag counts (late: past due; stale: since; due-soon: left). */
export interface TodayAction {
  no: string;
  text: string;
  porteur?: string;
  /** Absent for blocked, and for a stale action never followed up. */
  days?: number;
  /** AAAA-MM-JJ, when the action has a due date. */
  due?: string;
}

export interface NextMeeting {
  /** AAAA-MM-JJ. */
  date: string;
  instance?: string;
  /** Its row in Rencontres. */
  sheet: string;
  row: number;
}

export interface PorteurToRemind {
  porteur: string;
  /** How many of their actions a relance would name. */
  actions: number;
}

export interface Today {
  referenceDate: string;
  late: TodayAction[];
  blocked: TodayAction[];
  stale: TodayAction[];
  dueSoon: TodayAction[];
  /** The first meeting of Rencontres dated on or after the reference date, if one is planned. */
  nextMeeting?: NextMeeting;
  porteurs: PorteurToRemind[];
  /** Actions to follow up that name no porteur (nobody to remind). */
  withoutPorteur: number;
  problems: { errors: number; warnings: number };
}

/** Whether nothing at all asks for attention. */
export function isQuiet(today: Today): boolean {
  return (
    today.late.length + today.blocked.length + today.stale.length + today.dueSoon.length === 0 &&
    today.nextMeeting === undefined &&
    today.porteurs.length === 0 &&
    today.problems.errors + today.problems.warnings === 0
  );
}

function flagged(states: readonly ActionState[], kind: FlagKind): TodayAction[] {
  return states.flatMap((state) => {
    const flag = state.flags.find((f) => f.kind === kind);
    if (!flag) return [];
    const { action } = state;
    const item: TodayAction = { no: action.no, text: action.text };
    if (action.porteur?.trim()) item.porteur = action.porteur.trim();
    if (flag.days !== undefined) item.days = flag.days;
    if (action.due !== undefined) item.due = dayToIso(action.due);
    return [item];
  });
}

/** Most days first; no days (never followed up) before all. Stable: plan order otherwise. */
function mostDaysFirst(a: TodayAction, b: TodayAction): number {
  if (a.days === undefined || b.days === undefined)
    return (a.days === undefined ? 0 : 1) - (b.days === undefined ? 0 : 1);
  return b.days - a.days;
}
const fewestDaysFirst = (a: TodayAction, b: TodayAction) => (a.days ?? 0) - (b.days ?? 0);

function nextMeetingOf(wb: Workbook): NextMeeting | undefined {
  let next: Workbook["rencontres"][number] | undefined;
  for (const r of wb.rencontres) {
    if (r.date === undefined || r.date < wb.referenceDate) continue;
    if (!next || r.date < (next.date as number)) next = r;
  }
  if (!next || next.date === undefined) return undefined;
  const meeting: NextMeeting = { date: dayToIso(next.date), sheet: next.sheet, row: next.row };
  if (next.instance?.trim()) meeting.instance = next.instance.trim();
  return meeting;
}

export function todayOf(wb: Workbook, states: readonly ActionState[], lang: Lang): Today {
  const { groups, withoutPorteur } = itemsByPorteur(states, lang);
  const errors = wb.problems.filter((p) => p.severity === "error").length;
  const today: Today = {
    referenceDate: dayToIso(wb.referenceDate),
    late: flagged(states, "late").sort(mostDaysFirst),
    blocked: flagged(states, "blocked"),
    stale: flagged(states, "stale").sort(mostDaysFirst),
    dueSoon: flagged(states, "due-soon").sort(fewestDaysFirst),
    porteurs: groups.map((g) => ({
      porteur: g.porteur,
      actions: new Set(g.items.map((i) => i.action)).size,
    })),
    withoutPorteur: new Set(withoutPorteur.map((i) => i.action)).size,
    problems: { errors, warnings: wb.problems.length - errors },
  };
  const meeting = nextMeetingOf(wb);
  if (meeting) today.nextMeeting = meeting;
  return today;
}
