/** The bilan's figures at the reference date, for the whole plan or since a date. */
import { dayToIso, type Day } from "../dates";
import type { Lang } from "../lang";
import type { ActionState, Workbook } from "../model";
import { STATUS_IDS, isOpen, type StatusId } from "../vocabulary";
import {
  AreaIndex,
  clean,
  groupByArea,
  groupByClientele,
  groupByPorteur,
  hasFlag,
  zeroCounts,
} from "./groups";
import { bonCoupRows, inPeriod, lateBlockedRows, staleRows } from "./lists";
import { moneyByArea } from "./money";
import { progressOverTime } from "./progress";
import { share } from "./share";
import type { BilanFigures, BilanPeriod, BilanTotals } from "./types";
import { progressByYear } from "./years";

export interface BilanOptions {
  /** When the bilan is produced, an ISO timestamp given by the caller (the domain reads no clock). */
  generatedAt: string;
  /** Start of the period for follow-up based figures (bons coups, spending, what moved). */
  since?: Day;
  lang: Lang;
}

export { share };

function totalsOf(states: ActionState[]): BilanTotals {
  const byStatus = zeroCounts();
  for (const state of states) byStatus[state.status] += 1;
  const shares = Object.fromEntries(
    STATUS_IDS.map((id) => [id, share(byStatus[id], states.length)]),
  ) as Record<StatusId, number>;
  const count = (kind: "late" | "blocked" | "stale" | "due-soon"): number =>
    states.filter((s) => hasFlag(s, kind)).length;
  return {
    actions: states.length,
    byStatus,
    shares,
    open: states.filter((s) => isOpen(s.status)).length,
    late: count("late"),
    blocked: count("blocked"),
    stale: count("stale"),
    dueSoon: count("due-soon"),
  };
}

function periodOf(
  states: ActionState[],
  since: Day | undefined,
  referenceDate: Day,
  bonsCoups: number,
): BilanPeriod {
  let suivis = 0;
  let actions = 0;
  let done = 0;
  for (const state of states) {
    const inside = state.suivis.filter((s) => inPeriod(s, since, referenceDate)).length;
    suivis += inside;
    if (inside > 0) actions += 1;
    if (state.status === "done" && state.lastSuivi && inPeriod(state.lastSuivi, since, referenceDate))
      done += 1;
  }
  return { since: since === undefined ? null : dayToIso(since), suivis, actions, done, bonsCoups };
}

export function bilanFigures(wb: Workbook, states: ActionState[], options: BilanOptions): BilanFigures {
  const { lang, since } = options;
  const reference = wb.referenceDate;
  const settings = wb.settings;
  const areas = new AreaIndex(
    wb.areas,
    states.map((s) => s.action),
  );
  const bonsCoups = bonCoupRows(states, since, reference);
  const iso = (day: Day | undefined): string | null => (day === undefined ? null : dayToIso(day));
  return {
    lang,
    referenceDate: dayToIso(reference),
    header: {
      organisation: clean(settings.organisation),
      title: clean(settings.title),
      planType: settings.planType,
      planStart: iso(settings.start),
      planEnd: iso(settings.end),
      referenceDate: dayToIso(reference),
      generatedAt: options.generatedAt,
      since: iso(since),
      followUpDays: settings.followUpDays,
      noticeDays: settings.noticeDays,
      publicSpending: settings.publicSpending ?? false,
    },
    totals: totalsOf(states),
    period: periodOf(states, since, reference, bonsCoups.length),
    byArea: groupByArea(areas, states, lang),
    byPorteur: groupByPorteur(states, lang),
    byClientele: groupByClientele(states, lang),
    lateBlocked: lateBlockedRows(states),
    stale: staleRows(states, reference),
    bonsCoups,
    money: moneyByArea(areas, states, lang, since, reference),
    years: progressByYear(settings, states),
    progress: progressOverTime(wb, states, since),
  };
}
