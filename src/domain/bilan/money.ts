/** Money and time by area: planned (from the plan) against spent (follow-ups of the period). */
import type { Day } from "../dates";
import type { Lang } from "../lang";
import type { ActionState } from "../model";
import type { AreaIndex } from "./groups";
import { inPeriod } from "./lists";
import type { BilanMoney, MoneyRow } from "./types";

/** Sums kept to the cent (dollars) and hundredth (hours), free of float dust. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function moneyByArea(
  index: AreaIndex,
  states: ActionState[],
  lang: Lang,
  since: Day | undefined,
  referenceDate: Day,
): BilanMoney {
  const rows: MoneyRow[] = index.names.map((name, i) => ({
    name,
    label: index.label(i, lang),
    budget: 0,
    spent: 0,
    plannedHours: 0,
    hours: 0,
  }));
  for (const state of states) {
    const row = rows[index.indexOf(state.action.area)];
    row.budget += state.action.budget ?? 0;
    row.plannedHours += state.action.hours ?? 0;
    for (const suivi of state.suivis) {
      if (!inPeriod(suivi, since, referenceDate)) continue;
      row.spent += suivi.spent ?? 0;
      row.hours += suivi.hours ?? 0;
    }
  }
  const total = { budget: 0, spent: 0, plannedHours: 0, hours: 0 };
  for (const row of rows) {
    for (const key of ["budget", "spent", "plannedHours", "hours"] as const) {
      row[key] = round2(row[key]);
      total[key] = round2(total[key] + row[key]);
    }
  }
  return { byArea: rows, total };
}
