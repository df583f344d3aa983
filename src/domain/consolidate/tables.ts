/**
 * The regional `Actions` and `Suivis` tables: every municipality's rows, a Municipalité
 * column first, the contract's columns in the regional workbook's language after it.
 * The computed columns of each action are computed here, at the regional reference date.
 */
import { computedColumns } from "../bilan/computed-columns";
import type { Lang } from "../lang";
import type { ColumnPlan, PlanValue, TablePlan } from "../layout/sheet-plan";
import type { Action, Suivi } from "../model";
import { ACTIONS, SUIVIS, type ColumnSpec } from "../schema";
import { CLIENTELES, RECURRENCES, SOURCES, STATUSES, YES_NO, label, type Term } from "../vocabulary";
import { consolidateText } from "../../i18n/consolidate";
import type { MunicipalPlan } from "./types";

export const REGIONAL_TABLES = {
  actions: "ActionsRegion",
  suivis: "SuivisRegion",
  problems: "ProblemesRegion",
  skipped: "FichiersExclus",
} as const;

export const TABLE_STYLE = "TableStyleMedium2";

const TERMS: Record<string, readonly Term[]> = {
  clientele: CLIENTELES,
  recurrence: RECURRENCES,
  status: STATUSES,
  source: SOURCES,
};

/** How a contract column is shown in a report: its format, no validation (nothing is typed here). */
export function reportColumn(spec: ColumnSpec, lang: Lang): ColumnPlan {
  const column: ColumnPlan = { header: spec[lang], width: spec.width };
  if (spec.type === "id") column.format = "text";
  if (spec.type === "date" || spec.key === "lastSuivi") column.format = "date";
  if (spec.type === "amount") column.format = spec.fr.includes("($)") ? "money" : "number";
  if (spec.type === "progress" || spec.key === "currentProgress" || spec.key === "priority")
    column.format = "integer";
  if (spec.type === "text" && spec.width >= 26) column.wrap = true;
  return column;
}

/** A typed value as the workbook shows it: vocabulary ids as labels, booleans as Oui/Non. */
function shown(key: string, value: unknown, lang: Lang): PlanValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return label(YES_NO, value ? "yes" : "no", lang);
  const terms = TERMS[key];
  if (terms && typeof value === "string") return terms.find((t) => t.id === value)?.[lang] ?? value;
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

function municipalityColumn(lang: Lang): ColumnPlan {
  return { header: consolidateText[lang].municipality, width: 28, wrap: true };
}

const ACTION_FIELD: Record<string, keyof Action> = { action: "text" };

export function actionsTable(plans: readonly MunicipalPlan[], lang: Lang): TablePlan {
  return actionsTableOf(
    plans.flatMap((p) => actionRows(p, lang)),
    lang,
  );
}

/** One municipality's rows of the regional Actions table. */
export function actionRows(plan: MunicipalPlan, lang: Lang): PlanValue[][] {
  const rows: PlanValue[][] = [];
  const computed = computedColumns(plan.states, lang);
  plan.states.forEach((state, i) => {
    const c = computed[i];
    const values: Record<string, PlanValue> = {
      currentStatus: c.status,
      currentProgress: c.progress,
      lastSuivi: c.lastSuivi,
      alert: c.alert === "" ? null : c.alert,
    };
    rows.push([
      plan.name,
      ...ACTIONS.columns.map((spec) =>
        spec.key in values
          ? values[spec.key]
          : shown(spec.key, state.action[ACTION_FIELD[spec.key] ?? (spec.key as keyof Action)], lang),
      ),
    ]);
  });
  return rows;
}

export function actionsTableOf(rows: PlanValue[][], lang: Lang): TablePlan {
  return {
    name: REGIONAL_TABLES.actions,
    row: 1,
    col: 1,
    columns: [municipalityColumn(lang), ...ACTIONS.columns.map((c) => reportColumn(c, lang))],
    rows,
    style: TABLE_STYLE,
  };
}

export function suivisTable(plans: readonly MunicipalPlan[], lang: Lang): TablePlan {
  return suivisTableOf(
    plans.flatMap((p) => suiviRows(p, lang)),
    lang,
  );
}

/** One municipality's rows of the regional Suivis table. */
export function suiviRows(plan: MunicipalPlan, lang: Lang): PlanValue[][] {
  return plan.wb.suivis.map((suivi) => [
    plan.name,
    ...SUIVIS.columns.map((spec) => shown(spec.key, suivi[spec.key as keyof Suivi], lang)),
  ]);
}

export function suivisTableOf(rows: PlanValue[][], lang: Lang): TablePlan {
  return {
    name: REGIONAL_TABLES.suivis,
    row: 1,
    col: 1,
    columns: [municipalityColumn(lang), ...SUIVIS.columns.map((c) => reportColumn(c, lang))],
    rows,
    style: TABLE_STYLE,
  };
}
