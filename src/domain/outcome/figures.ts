/** The end-of-plan bilan's figures: each action's outcome, by area, clientèle and porteur, money and hours, bons coups. */
import { dayToIso } from "../dates";
import type { Lang } from "../lang";
import type { ActionState, Workbook } from "../model";
import { latestReflections } from "../meeting/record";
import { fold } from "../text";
import { CLIENTELES, label } from "../vocabulary";
import { bilanText } from "../../i18n/bilan";
import { AreaIndex, clean } from "../bilan/groups";
import { round2 } from "../bilan/money";
import { COMPLETED, OUTCOME_IDS, outcomeOf, type Outcome } from "./outcome";
import type { EndOfPlanFigures, OutcomeCounts, OutcomeGroup, OutcomeRow } from "./types";

const iso = (day: number | undefined): string | null => (day === undefined ? null : dayToIso(day));

function emptyGroup(name: string | null, text: string): OutcomeGroup {
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((id) => [id, 0])) as OutcomeCounts;
  return {
    name,
    label: text,
    actions: 0,
    outcomes,
    rate: null,
    budget: 0,
    spent: 0,
    plannedHours: 0,
    hours: 0,
  };
}

function add(group: OutcomeGroup, state: ActionState, outcome: Outcome): void {
  group.actions += 1;
  group.outcomes[outcome.id] += 1;
  group.budget += state.action.budget ?? 0;
  group.plannedHours += state.action.hours ?? 0;
  for (const suivi of state.suivis) {
    group.spent += suivi.spent ?? 0;
    group.hours += suivi.hours ?? 0;
  }
}

/** The completion rate, and sums rounded to the cent. */
function finish(group: OutcomeGroup): OutcomeGroup {
  const counted = group.actions - group.outcomes.dropped;
  const completed = COMPLETED.reduce((n, id) => n + group.outcomes[id], 0);
  group.rate = counted > 0 ? Math.round((completed / counted) * 10_000) / 10_000 : null;
  for (const key of ["budget", "spent", "plannedHours", "hours"] as const) group[key] = round2(group[key]);
  return group;
}

type Keyed = { key: string; name: string | null; label: string };

/** Groups in first-seen order after `fixed` ones, the group without a value last. */
function groupBy(
  states: readonly ActionState[],
  outcomes: readonly Outcome[],
  keyOf: (state: ActionState) => Keyed,
  fixed: readonly Keyed[] = [],
): OutcomeGroup[] {
  const groups = new Map<string, OutcomeGroup>(fixed.map((k) => [k.key, emptyGroup(k.name, k.label)]));
  let none: OutcomeGroup | undefined;
  states.forEach((state, i) => {
    const k = keyOf(state);
    if (k.name === null) {
      none ??= emptyGroup(null, k.label);
      add(none, state, outcomes[i]);
      return;
    }
    let group = groups.get(k.key);
    if (!group) groups.set(k.key, (group = emptyGroup(k.name, k.label)));
    add(group, state, outcomes[i]);
  });
  return [...groups.values(), ...(none ? [none] : [])].map(finish);
}

export function endOfPlanFigures(
  wb: Workbook,
  states: readonly ActionState[],
  options: { lang: Lang; generatedAt: string },
): EndOfPlanFigures {
  const { lang } = options;
  const t = bilanText[lang];
  const outcomes = states.map(outcomeOf);
  const areas = new AreaIndex(
    wb.areas,
    states.map((s) => s.action),
  );
  const total = emptyGroup(null, t.total);
  states.forEach((s, i) => add(total, s, outcomes[i]));
  const byArea = groupBy(
    states,
    outcomes,
    (s) => {
      const i = areas.indexOf(s.action.area);
      return { key: String(i), name: areas.names[i], label: areas.label(i, lang) };
    },
    areas.names.map((name, i) => ({ key: String(i), name, label: areas.label(i, lang) })),
  ).filter((g) => g.actions > 0);
  const byClientele = groupBy(
    states,
    outcomes,
    (s) =>
      s.action.clientele
        ? {
            key: s.action.clientele,
            name: s.action.clientele,
            label: label(CLIENTELES, s.action.clientele, lang),
          }
        : { key: "", name: null, label: t.noClientele },
    CLIENTELES.map((c) => ({ key: c.id, name: c.id, label: c[lang] })),
  );
  const byPorteur = groupBy(states, outcomes, (s) => {
    const porteur = clean(s.action.porteur);
    return porteur === null
      ? { key: "", name: null, label: t.noPorteur }
      : { key: fold(porteur), name: porteur, label: porteur };
  }).sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.actions - a.actions);
  const actions: OutcomeRow[] = states.map((s, i) => ({
    no: s.action.no,
    action: s.action.text,
    area: clean(s.action.area),
    porteur: clean(s.action.porteur),
    due: iso(s.action.due),
    outcome: outcomes[i].id,
    reason: outcomes[i].reason ?? null,
    progress: s.progress ?? null,
    lastSuivi: iso(s.lastSuivi?.date),
  }));
  const text = new Map(states.map((s) => [s.action.no, s.action.text]));
  const bonsCoups = wb.suivis
    .filter((s) => s.bonCoup && text.has(s.action))
    .sort((a, b) => a.date - b.date || a.row - b.row)
    .map((s) => ({
      date: dayToIso(s.date),
      no: s.action,
      action: text.get(s.action) as string,
      achievements: s.achievements ?? null,
    }));
  const reflections = latestReflections(wb).map((r) => ({
    date: iso(r.date),
    instance: r.instance ?? null,
    wellDone: r.wellDone ?? null,
    toImprove: r.toImprove ?? null,
    inspires: r.inspires ?? null,
  }));
  const { settings } = wb;
  return {
    lang,
    referenceDate: dayToIso(wb.referenceDate),
    header: {
      organisation: settings.organisation ?? null,
      title: settings.title ?? null,
      planStart: iso(settings.start),
      planEnd: iso(settings.end),
      ended: settings.end !== undefined && settings.end < wb.referenceDate,
      generatedAt: options.generatedAt,
    },
    total: finish(total),
    actions,
    byArea,
    byClientele,
    byPorteur,
    bonsCoups,
    reflections,
  };
}

export { planHasEnded } from "./ended";
