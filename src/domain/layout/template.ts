/**
 * The tracking workbook (docs/workbook.md) as a sheet plan: the empty
 * template, or the same workbook filled with typed rows (the demo, an import).
 * Sheets in order: Paramètres, Plan d'action, Suivis, Acteurs, Rencontres, Listes.
 */
import { ALERT_ROWS_AHEAD, alertConditionalFormats } from "../bilan/computed-columns";
import type { Day } from "../dates";
import { yearOf } from "../dates";
import type { Lang } from "../lang";
import type { Action, Acteur, Instance, Place, Rencontre, Suivi } from "../model";
import { LANG_NAME } from "../read";
import {
  ACTEURS,
  ACTIONS,
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_NOTICE_DAYS,
  FORMAT_VERSION,
  LISTE_INSTANCES,
  LISTS,
  PARAMETRES,
  RENCONTRES,
  SETTINGS,
  SUIVIS,
  VERSION_NAME,
  type ColumnSpec,
  type ListName,
  type SettingKey,
  type TableSpec,
} from "../schema";
import {
  CLIENTELES,
  DEFAULT_AREAS,
  DEFAULT_INSTANCES,
  STATUTORY_TEXTS,
  PLAN_TYPES,
  RECURRENCES,
  SOURCES,
  STATUSES,
  YES_NO,
  label,
  type PlanTypeId,
  type Term,
} from "../vocabulary";
import { columnLetters } from "../text";
import { templateText } from "../../i18n/template";
import {
  emptySheet,
  type CellPlan,
  type ColumnPlan,
  type ConditionalFormatPlan,
  type PlanValue,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from "./sheet-plan";

export interface TemplateOptions {
  lang: Lang;
  organisation?: string;
  /** Default PFM-MADA. */
  planType?: PlanTypeId;
  title?: string;
  coordinator?: string;
  start?: Day;
  end?: Day;
  /** Default 90 and 30 days. */
  followUpDays?: number;
  noticeDays?: number;
}

/** Typed rows, as the model has them without their place in the workbook. */
export type ActionRow = Partial<Omit<Action, keyof Place>>;
export type SuiviRow = Partial<Omit<Suivi, keyof Place>>;
export type ActeurRow = Partial<Omit<Acteur, keyof Place>>;
export type RencontreRow = Partial<Omit<Rencontre, keyof Place>>;

export interface TemplateData {
  actions?: ActionRow[];
  suivis?: SuiviRow[];
  acteurs?: ActeurRow[];
  rencontres?: RencontreRow[];
  /** `ListeChamps` values; default: the thirteen DEFAULT_AREAS in the workbook language. */
  areas?: string[];
  /** `ListeInstances` rows; default: DEFAULT_INSTANCES in the workbook language. */
  instances?: Instance[];
}

/** Table styles and tab colours: blues for the plan, greens for people, greys for the rest. */
export const TEMPLATE_STYLE = {
  data: "TableStyleMedium2",
  people: "TableStyleMedium7",
  settings: "TableStyleLight9",
  lists: "TableStyleLight1",
  tabs: {
    Parametres: "7F7F7F",
    Actions: "1F4E79",
    Suivis: "2E75B6",
    Acteurs: "548235",
    Rencontres: "70AD47",
    Listes: "BFBFBF",
  },
  hint: "7F7F7F",
} as const;

/** The closed vocabularies behind each list table (ListeChamps is open: see `areas`). */
const LIST_TERMS: Record<Exclude<ListName, "ListeChamps">, readonly Term[]> = {
  ListeClienteles: CLIENTELES,
  ListeStatuts: STATUSES,
  ListeRecurrences: RECURRENCES,
  ListeOuiNon: YES_NO,
  ListeSources: SOURCES,
  ListePriorites: [],
  ListeTypesPlan: PLAN_TYPES,
  ListeInstances: DEFAULT_INSTANCES,
};

/** Lists a value outside of which is accepted: areas (with a warning), bodies, and Source (which names the body of a meeting). */
const OPEN_LISTS: readonly ListName[] = ["ListeChamps", "ListeInstances", "ListeSources"];

/**
 * A column specifier of a structured reference, e.g. `[Statut]`: `'`, `[`, `]` and `#` are
 * escaped with `'`, and a header with special characters other than spaces is bracketed
 * twice, e.g. `[[Champ d''action]]`, `[[Oui/Non]]` (Excel's rules for table references).
 */
export function structuredColumn(header: string): string {
  const escaped = header.replace(/(['[\]#])/g, "'$1");
  return /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/.test(header) ? `[[${escaped}]]` : `[${escaped}]`;
}

function listHeader(list: ListName, lang: Lang): string {
  const spec = LISTS.find((t) => t.name === list) as TableSpec;
  return spec.columns[0][lang];
}

/** The data-validation source of a list column, e.g. `INDIRECT("ListeStatuts[Statut]")`. */
export function listSource(list: ListName, lang: Lang): string {
  return `INDIRECT("${list}${structuredColumn(listHeader(list, lang))}")`;
}

function columnPlan(spec: ColumnSpec, lang: Lang): ColumnPlan {
  const t = templateText[lang];
  const plan: ColumnPlan = { header: spec[lang], width: spec.width };
  if (spec.list) {
    const open = OPEN_LISTS.includes(spec.list);
    plan.validation = { kind: "list", source: listSource(spec.list, lang), strict: !open };
    plan.error =
      spec.list === "ListeChamps"
        ? { title: t.areaTitle, message: t.areaMessage }
        : spec.list === "ListeInstances"
          ? { title: t.instanceTitle, message: t.instanceMessage }
          : spec.list === "ListeStatuts"
            ? { title: t.statusTitle, message: t.statusMessage }
            : { title: t.choiceTitle, message: t.choiceMessage(listHeader(spec.list, lang)) };
    if (spec.list === "ListePriorites") plan.format = "integer";
    return plan;
  }
  switch (spec.type) {
    case "id":
      plan.format = "text";
      break;
    case "date":
      plan.format = "date";
      plan.validation = { kind: "date" };
      plan.error = { title: t.dateTitle, message: t.dateMessage };
      break;
    case "amount": {
      const money = spec.fr.includes("($)");
      plan.format = money ? "money" : "number";
      plan.validation = { kind: "decimal", min: 0 };
      plan.error = money
        ? { title: t.moneyTitle, message: t.moneyMessage }
        : { title: t.hoursTitle, message: t.hoursMessage };
      break;
    }
    case "progress":
      plan.format = "integer";
      plan.validation = { kind: "decimal", min: 0, max: 100 };
      plan.error = { title: t.progressTitle, message: t.progressMessage };
      break;
    case "integer":
      plan.format = "integer";
      plan.validation = { kind: "whole", min: 0 };
      plan.error = { title: t.wholeTitle, message: t.wholeMessage };
      break;
    case "computed":
      if (spec.key === "currentProgress") plan.format = "integer";
      if (spec.key === "lastSuivi") plan.format = "date";
      break;
    case "text":
      if (spec.width >= 26) plan.wrap = true;
      break;
    default:
      break;
  }
  return plan;
}

/** A typed value as the workbook shows it: ids of vocabularies become labels, booleans Oui/Non. */
function cellValue(spec: ColumnSpec, value: unknown, lang: Lang): PlanValue {
  if (spec.type === "computed" || value === undefined || value === null) return null;
  if (typeof value === "boolean") return label(YES_NO, value ? "yes" : "no", lang);
  if (typeof value === "string" && spec.list && spec.list !== "ListeChamps") {
    const term = LIST_TERMS[spec.list].find((x) => x.id === value);
    return term ? term[lang] : value;
  }
  return typeof value === "string" || typeof value === "number" ? value : String(value);
}

/** Schema column key -> row property, where they differ. */
const PROPERTY: Record<string, string> = { action: "text" };

function tableRows(spec: TableSpec, rows: readonly object[] | undefined, lang: Lang): PlanValue[][] {
  const key = (column: ColumnSpec) =>
    spec.name === "Actions" ? (PROPERTY[column.key] ?? column.key) : column.key;
  return (rows ?? []).map((row) =>
    spec.columns.map((column) => cellValue(column, (row as Record<string, unknown>)[key(column)], lang)),
  );
}

function tablePlan(spec: TableSpec, lang: Lang, rows: PlanValue[][], style: string, col = 1): TablePlan {
  return { name: spec.name, row: 1, col, columns: spec.columns.map((c) => columnPlan(c, lang)), rows, style };
}

function sheet(spec: TableSpec, lang: Lang, tabColor: string, tables: TablePlan[]): SheetPlan {
  return { ...emptySheet(spec.sheet[lang]), tabColor, freeze: { rows: 1 }, tables };
}

function settingValue(key: SettingKey, options: TemplateOptions): PlanValue {
  const values: Record<SettingKey, PlanValue | undefined> = {
    organisation: options.organisation,
    planType: label(PLAN_TYPES, options.planType ?? "PFM-MADA", options.lang),
    title: options.title,
    coordinator: options.coordinator,
    start: options.start,
    end: options.end,
    followUpDays: options.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS,
    noticeDays: options.noticeDays ?? DEFAULT_NOTICE_DAYS,
    referenceDate: undefined,
    publicSpending: label(YES_NO, "no", options.lang),
  };
  return values[key] ?? null;
}

function settingsSheet(options: TemplateOptions): SheetPlan {
  const { lang } = options;
  const rows = SETTINGS.map((s) => [s[lang], settingValue(s.key, options)]);
  const table = tablePlan(PARAMETRES, lang, rows, TEMPLATE_STYLE.settings);
  table.columns[1].wrap = true;
  const hintCol = PARAMETRES.columns.length + 2;
  const cells: CellPlan[] = SETTINGS.flatMap((s, i): CellPlan[] => {
    const hint: CellPlan = {
      row: i + 2,
      col: hintCol,
      value: templateText[lang].settingHints[s.key],
      style: { italic: true, color: TEMPLATE_STYLE.hint },
    };
    const value = rows[i][1];
    // Dates share the Valeur column with text and numbers: they get their format cell by cell.
    if (s.type === "date" && typeof value === "number") {
      return [{ row: i + 2, col: 2, value, style: { format: "date", align: "left" } }, hint];
    }
    return [hint];
  });
  return {
    ...sheet(PARAMETRES, lang, TEMPLATE_STYLE.tabs.Parametres, [table]),
    cells,
    widths: { [hintCol - 1]: 3, [hintCol]: 70 },
  };
}

/** The values of each list table, in the workbook language. */
export function listValues(list: ListName, lang: Lang, areas?: readonly string[]): PlanValue[] {
  if (list === "ListeChamps") return [...(areas ?? DEFAULT_AREAS.map((a) => a[lang]))];
  if (list === "ListePriorites") return [1, 2, 3];
  return LIST_TERMS[list].map((t) => t[lang]);
}

/** The rows of `ListeInstances`: each body and the text of its point statutaire, in the workbook language. */
export function instanceRows(lang: Lang, instances?: readonly Instance[]): PlanValue[][] {
  const list = instances ?? DEFAULT_INSTANCES.map((i) => ({ name: i[lang], text: i.text }));
  return list.map((i) => [i.name, label(STATUTORY_TEXTS, i.text, lang)]);
}

/** The list tables side by side, one blank narrow column between two. */
function listsSheet(lang: Lang, areas?: readonly string[], instances?: readonly Instance[]): SheetPlan {
  const widths: Record<number, number> = {};
  let col = 1;
  const tables = LISTS.map((spec) => {
    const rows =
      spec === LISTE_INSTANCES
        ? instanceRows(lang, instances)
        : listValues(spec.name as ListName, lang, areas).map((v) => [v]);
    const table = tablePlan(spec, lang, rows, TEMPLATE_STYLE.lists, col);
    if (spec.name === "ListePriorites") table.columns[0].format = "integer";
    if (spec === LISTE_INSTANCES) {
      table.columns[1].validation = {
        kind: "list",
        source: listChoices(STATUTORY_TEXTS, lang),
        strict: true,
      };
      table.columns[1].error = {
        title: templateText[lang].choiceTitle,
        message: templateText[lang].choiceMessage(spec.columns[1][lang]),
      };
    }
    col += spec.columns.length;
    if (spec !== LISTS[LISTS.length - 1]) widths[col] = 3;
    col += 1;
    return table;
  });
  return { ...sheet(LISTS[0], lang, TEMPLATE_STYLE.tabs.Listes, tables), widths };
}

/** A literal list source, e.g. `"Court,Détaillé"` (commas whatever the locale). */
function listChoices(terms: readonly Term[], lang: Lang): string {
  return `"${terms.map((t) => t[lang]).join(",")}"`;
}

/** The colours of late and blocked rows on the `Actions` table, from its Alerte column. */
function alertRulesOf(table: TablePlan, lang: Lang): ConditionalFormatPlan[] {
  const alert = ACTIONS.columns.findIndex((c) => c.key === "alert");
  if (alert < 0) return [];
  const firstRow = table.row + 1;
  const lastRow = firstRow + Math.max(table.rows.length, 1) - 1 + ALERT_ROWS_AHEAD;
  const range = `${columnLetters(table.col)}${firstRow}:${columnLetters(table.col + table.columns.length - 1)}${lastRow}`;
  return alertConditionalFormats({ range, alertCol: table.col + alert, firstRow, lang });
}

/**
 * The whole tracking workbook: the empty template, or filled with `data`.
 * Tables without data have `rows: []` (the host adds the one empty row Excel needs).
 */
export function templatePlan(options: TemplateOptions, data: TemplateData = {}): WorkbookPlan {
  const { lang } = options;
  const { tabs } = TEMPLATE_STYLE;
  const table = (spec: TableSpec, rows: readonly object[] | undefined, style: string) =>
    tablePlan(spec, lang, tableRows(spec, rows, lang), style);
  const wide = { landscape: true, fitToWidth: true };
  const actions = sheet(ACTIONS, lang, tabs.Actions, [table(ACTIONS, data.actions, TEMPLATE_STYLE.data)]);
  actions.conditionalFormats = alertRulesOf(actions.tables[0], lang);
  const suivis = sheet(SUIVIS, lang, tabs.Suivis, [table(SUIVIS, data.suivis, TEMPLATE_STYLE.data)]);
  return {
    lang,
    sheets: [
      { ...settingsSheet(options), print: { landscape: false, fitToWidth: true } },
      { ...actions, freeze: { rows: 1, cols: 1 }, print: wide },
      { ...suivis, print: wide },
      {
        ...sheet(ACTEURS, lang, tabs.Acteurs, [table(ACTEURS, data.acteurs, TEMPLATE_STYLE.people)]),
        print: wide,
      },
      {
        ...sheet(RENCONTRES, lang, tabs.Rencontres, [
          table(RENCONTRES, data.rencontres, TEMPLATE_STYLE.people),
        ]),
        print: wide,
      },
      listsSheet(lang, data.areas, data.instances),
    ],
    definedNames: { [VERSION_NAME]: `"${FORMAT_VERSION}"`, [LANG_NAME]: `"${lang}"` },
  };
}

/** The default title of a plan from its type and years, e.g. `Plan d'action PFM-MADA 2025-2028`. */
export function defaultPlanTitle(lang: Lang, planType: PlanTypeId, start: Day, end: Day): string {
  return templateText[lang].planTitle(planType, yearOf(start), yearOf(end));
}
