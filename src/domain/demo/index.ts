/**
 * The built-in demo: the PFM-MADA plan of an invented municipality, Saint-Clément-du-Lac,
 * with a year of follow-ups. Every date counts from `today`, so the demo always shows at
 * `today`: late, blocked, stale and due-soon actions, a few warnings and no error.
 */
import { addMonths, dayFromIso, dayToIso, type Day } from "../dates";
import type { Lang } from "../lang";
import { withComputedColumns } from "../layout/computed-fill";
import type { WorkbookPlan } from "../layout/sheet-plan";
import { defaultPlanTitle, templatePlan, type TemplateData, type TemplateOptions } from "../layout/template";
import { DEFAULT_AREAS } from "../vocabulary";
import { COMMUNITY_ACTIONS } from "./plan-community";
import { FAMILY_ACTIONS } from "./plan-family";
import { PLACES_ACTIONS } from "./plan-places";
import { DEMO_ACTEURS, DEMO_RENCONTRES } from "./people";
import { MUNICIPALITY } from "./porteurs";
import { COMMUNITY_SUIVIS } from "./suivis-community";
import { FAMILY_SUIVIS } from "./suivis-family";
import { MOBILITY_SUIVIS } from "./suivis-mobility";
import { PARTICIPATION_SUIVIS } from "./suivis-participation";
import { PLACES_SUIVIS } from "./suivis-places";
import { pick, type Bi, type DemoAction, type DemoSuivi } from "./types";

export const DEMO_ACTIONS: readonly DemoAction[] = [...PLACES_ACTIONS, ...COMMUNITY_ACTIONS, ...FAMILY_ACTIONS];

/** Follow-ups in date order, as people would have typed them. */
export const DEMO_SUIVIS: readonly DemoSuivi[] = [
  ...PLACES_SUIVIS,
  ...MOBILITY_SUIVIS,
  ...COMMUNITY_SUIVIS,
  ...PARTICIPATION_SUIVIS,
  ...FAMILY_SUIVIS,
]
  .map((s, i) => ({ s, i }))
  .sort((a, b) => a.s.at - b.s.at || a.i - b.i)
  .map(({ s }) => s);

export { DEMO_ACTEURS, DEMO_RENCONTRES };

/** The plan starts on the first day of the month 14 months before today and runs four years. */
export function demoPlanStart(today: Day): Day {
  return addMonths(dayFromIso(`${dayToIso(today).slice(0, 8)}01`) as Day, -14);
}

export function demoPlanEnd(today: Day): Day {
  return addMonths(demoPlanStart(today), 48) - 1;
}

export function demoOptions(today: Day, lang: Lang): TemplateOptions {
  const start = demoPlanStart(today);
  const end = demoPlanEnd(today);
  return {
    lang,
    organisation: MUNICIPALITY[lang],
    planType: "PFM-MADA",
    title: defaultPlanTitle(lang, "PFM-MADA", start, end),
    coordinator: "Julie Tremblay",
    start,
    end,
  };
}

const offset = (today: Day, days: number | undefined): Day | undefined =>
  days === undefined ? undefined : today + days;

function text(value: Bi | number | undefined, lang: Lang): string | number | undefined {
  return typeof value === "number" ? value : pick(value, lang);
}

function areaLabel(area: string | Bi, lang: Lang): string {
  if (typeof area !== "string") return area[lang];
  const term = DEFAULT_AREAS.find((a) => a.id === area);
  if (!term) throw new Error(`Unknown demo area ${area}`);
  return term[lang];
}

export function demoData(today: Day, lang: Lang): TemplateData {
  return {
    actions: DEMO_ACTIONS.map((a) => ({
      no: a.no,
      area: areaLabel(a.area, lang),
      objective: pick(a.objective, lang),
      text: a.text[lang],
      clientele: a.clientele,
      porteur: pick(a.porteur, lang),
      partners: pick(a.partners, lang),
      partnersRole: pick(a.partnersRole, lang),
      plannedStart: offset(today, a.start),
      due: offset(today, a.due),
      recurrence: a.recurrence,
      budget: a.budget,
      hours: a.hours,
      expectedResult: pick(a.expectedResult, lang),
      indicator: pick(a.indicator, lang),
      target: text(a.target, lang),
      priority: a.priority,
    })),
    suivis: DEMO_SUIVIS.map((s) => ({
      date: today + s.at,
      action: s.no,
      status: s.status,
      progress: s.progress,
      achievements: pick(s.achievements, lang),
      obstacles: pick(s.obstacles, lang),
      nextSteps: pick(s.nextSteps, lang),
      spent: s.spent,
      hours: s.hours,
      indicatorValue: text(s.indicatorValue, lang),
      bonCoup: s.bonCoup,
      source: s.source,
      filledBy: s.filledBy,
    })),
    acteurs: DEMO_ACTEURS.map((p) => ({
      name: p.name,
      organisation: p.organisation[lang],
      type: p.type[lang],
      role: p.role[lang],
      email: p.email,
      phone: p.phone,
    })),
    rencontres: DEMO_RENCONTRES.map((r) => ({
      date: today + r.at,
      instance: r.instance[lang],
      statutory: r.statutory,
      actions: r.actions,
      decisions: r.decisions[lang],
      ...(r.reflection
        ? {
            wellDone: r.reflection.wellDone[lang],
            toImprove: r.reflection.toImprove[lang],
            inspires: r.reflection.inspires[lang],
          }
        : {}),
    })),
  };
}

/**
 * The demo workbook as every host writes it (`plan-vivant demo`, Démarrer, the standalone page):
 * the template filled with the demo's data, its computed columns already filled at `today`.
 */
export function demoPlan(today: Day, lang: Lang, options: Partial<TemplateOptions> = {}): WorkbookPlan {
  return withComputedColumns(templatePlan({ ...demoOptions(today, lang), ...options }, demoData(today, lang)), today);
}
