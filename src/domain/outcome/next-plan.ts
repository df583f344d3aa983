/**
 * The next plan from this one: a new tracking workbook with the settings, people, lists and
 * meeting bodies carried over, and the actions that go on (not completed, or chosen by the
 * person) with their previous No and one line of their history. Their dates are left empty:
 * the committee gives them new ones in the new plan. Nothing of the old workbook is changed.
 */
import { dayToIso, yearOf, type Day } from "../dates";
import type { ActionState, Workbook } from "../model";
import type { WorkbookPlan } from "../layout/sheet-plan";
import { defaultPlanTitle, templatePlan, type ActeurRow, type ActionRow } from "../layout/template";
import { label } from "../vocabulary";
import { nextPlanText } from "../../i18n/outcome";
import { OUTCOMES, carriesOver, outcomeOf } from "./outcome";

const NOTE_MAX = 80;

export interface NextPlanOptions {
  start: Day;
  end: Day;
  /** The actions to carry over, by No; by default those not completed nor dropped. */
  carry?: ReadonlySet<string>;
}

/** The Nos carried over by default: partly done, not done or ongoing at the reference date. */
export function defaultCarry(states: readonly ActionState[]): Set<string> {
  return new Set(states.filter((s) => carriesOver(outcomeOf(s).id)).map((s) => s.action.no));
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= NOTE_MAX ? flat : `${flat.slice(0, NOTE_MAX - 1).trimEnd()}…`;
}

/** `Plan 2025-2028 : partiellement réalisée (60 %), 4 suivis, dernier le 2028-07-01 : Attente de la subvention`. */
export function historyLine(wb: Workbook, state: ActionState): string {
  const { start, end } = wb.settings;
  const years = start !== undefined && end !== undefined ? ` ${yearOf(start)}-${yearOf(end)}` : "";
  const plan = `Plan${years}`;
  const outcome = outcomeOf(state);
  const last = state.lastSuivi;
  const note = last?.obstacles ?? last?.achievements ?? last?.nextSteps;
  return nextPlanText[wb.lang].history({
    plan,
    outcome: label(OUTCOMES, outcome.id, wb.lang),
    progress: state.progress ?? null,
    suivis: state.suivis.length,
    last: last ? dayToIso(last.date) : null,
    note: note ? short(note) : null,
  });
}

/** The fields of an action that go on to the next plan: everything but its place and its dates. */
const DROPPED_KEYS = new Set(["row", "sheet", "plannedStart", "due", "previousNo", "history"]);

function carried(wb: Workbook, state: ActionState): ActionRow {
  const rest = Object.fromEntries(Object.entries(state.action).filter(([key]) => !DROPPED_KEYS.has(key)));
  return { ...rest, previousNo: state.action.no, history: historyLine(wb, state) };
}

export interface NextPlan {
  plan: WorkbookPlan;
  /** The Nos carried over, in the plan's order. */
  carried: string[];
  /** The new plan's title, e.g. `Plan d'action PFM-MADA 2029-2032`. */
  title: string;
}

export function nextPlan(wb: Workbook, states: readonly ActionState[], options: NextPlanOptions): NextPlan {
  const carry = options.carry ?? defaultCarry(states);
  const kept = states.filter((s) => carry.has(s.action.no));
  const { settings, lang } = wb;
  const acteurs: ActeurRow[] = wb.acteurs.map((a) =>
    Object.fromEntries(Object.entries(a).filter(([key]) => key !== "row" && key !== "sheet")),
  );
  const title = defaultPlanTitle(lang, settings.planType, options.start, options.end);
  const plan = templatePlan(
    {
      lang,
      organisation: settings.organisation,
      planType: settings.planType,
      title,
      coordinator: settings.coordinator,
      start: options.start,
      end: options.end,
      followUpDays: settings.followUpDays,
      noticeDays: settings.noticeDays,
    },
    {
      actions: kept.map((s) => carried(wb, s)),
      acteurs,
      areas: wb.areas,
      instances: wb.instances,
    },
  );
  return { plan, carried: kept.map((s) => s.action.no), title };
}
