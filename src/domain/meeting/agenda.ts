/**
 * A meeting's agenda: the actions to review, grouped by porteur, at the meeting's date. An
 * action is reviewed when it is late, blocked, stale or due soon at that date, or when its
 * porteur is invited (then every open action of theirs).
 */
import type { Day } from "../dates";
import { actionStates } from "../flags";
import type { ActionState, FlagKind, Instance, Rencontre, Suivi, Workbook } from "../model";
import { compareBase, fold } from "../text";
import { isOpen } from "../vocabulary";

export type ReviewReason = FlagKind | "invited";

/** Why an action is on the agenda, most pressing first. */
export const REASON_ORDER: readonly ReviewReason[] = ["blocked", "late", "stale", "due-soon", "invited"];

export interface ReviewItem {
  state: ActionState;
  reasons: ReviewReason[];
}

export interface PorteurGroup {
  /** The porteur as the workbook spells it; null for actions without one. */
  porteur: string | null;
  invited: boolean;
  items: ReviewItem[];
}

export interface Agenda {
  date: Day;
  instance: Instance;
  /** The last meeting of this body before this one (from `Rencontres`), when there is one. */
  previous?: Rencontre;
  groups: PorteurGroup[];
  /** The actions to review, in the order of the groups: the order of the round. */
  items: ReviewItem[];
  /** Every action's state at the meeting's date. */
  states: ActionState[];
  /** Follow-ups since the last meeting of this body (the whole plan without one) that postponed or dropped an action. */
  changes: Suivi[];
}

export interface AgendaOptions {
  date: Day;
  instance: Instance;
  /** Porteurs invited to the meeting, as the workbook spells them (case and accents ignored). */
  invited?: readonly string[];
}

/** The porteurs of the plan, each once, in the order of the plan. */
export function porteursOf(wb: Workbook): string[] {
  const seen = new Map<string, string>();
  for (const action of wb.actions) {
    const name = action.porteur?.trim();
    if (name && !seen.has(fold(name))) seen.set(fold(name), name);
  }
  return [...seen.values()];
}

/** The workbook as seen on `date`: the follow-ups dated until then, flags at that date. */
export function statesAt(wb: Workbook, date: Day): ActionState[] {
  return actionStates({ ...wb, referenceDate: date, suivis: wb.suivis.filter((s) => s.date <= date) });
}

/** The latest meeting of `instance` before `date` (same day excluded). */
export function previousMeeting(wb: Workbook, instance: Instance, date: Day): Rencontre | undefined {
  const key = fold(instance.name);
  return wb.rencontres
    .filter((r) => r.date !== undefined && r.date < date && fold(r.instance ?? "") === key)
    .sort((a, b) => (a.date as Day) - (b.date as Day) || a.row - b.row)
    .pop();
}

export function meetingAgenda(wb: Workbook, options: AgendaOptions): Agenda {
  const { date, instance } = options;
  const invited = new Set((options.invited ?? []).map(fold));
  const states = statesAt(wb, date);
  const groups = new Map<string, PorteurGroup>();
  for (const state of states) {
    const porteur = state.action.porteur?.trim() || null;
    const isInvited = porteur !== null && invited.has(fold(porteur));
    const reasons: ReviewReason[] = REASON_ORDER.filter((r) =>
      r === "invited" ? isInvited && isOpen(state.status) : state.flags.some((f) => f.kind === r),
    );
    if (reasons.length === 0) continue;
    const key = porteur === null ? "" : fold(porteur);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { porteur, invited: isInvited, items: [] }));
    group.items.push({ state, reasons });
  }
  const rank = (item: ReviewItem) => REASON_ORDER.indexOf(item.reasons[0]);
  for (const group of groups.values()) group.items.sort((a, b) => rank(a) - rank(b));
  // Invited porteurs first (they are in the room), then by number of actions; no porteur last.
  const byName = compareBase("fr");
  const sorted = [...groups.values()].sort(
    (a, b) =>
      Number(a.porteur === null) - Number(b.porteur === null) ||
      Number(b.invited) - Number(a.invited) ||
      b.items.length - a.items.length ||
      byName(a.porteur ?? "", b.porteur ?? ""),
  );
  const previous = previousMeeting(wb, instance, date);
  const since = previous?.date ?? Number.NEGATIVE_INFINITY;
  const changes = wb.suivis
    .filter((s) => s.date > since && s.date <= date && (s.status === "postponed" || s.status === "dropped"))
    .sort((a, b) => a.date - b.date || a.row - b.row);
  return {
    date,
    instance,
    ...(previous ? { previous } : {}),
    groups: sorted,
    items: sorted.flatMap((g) => g.items),
    states,
    changes,
  };
}
