/**
 * Fifteen municipal tracking workbooks for the consolidation tests, made from the demo with
 * variations (language, size, customised areas, English headers without a language name,
 * missing optional columns, no Organisation, data errors), written with the project's writer,
 * and two files that cannot be used.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dayFromIso, type Day } from "../../src/domain/dates";
import { demoData, demoOptions } from "../../src/domain/demo";
import type { Lang } from "../../src/domain/lang";
import type { WorkbookPlan } from "../../src/domain/layout/sheet-plan";
import {
  templatePlan,
  type ActionRow,
  type SuiviRow,
  type TemplateData,
} from "../../src/domain/layout/template";
import { LANG_NAME } from "../../src/domain/read";
import { ACTIONS, SUIVIS } from "../../src/domain/schema";
import type { StatusId } from "../../src/domain/vocabulary";
import { writeXlsx } from "../../src/workbook/xlsx/write";

export const REFERENCE = "2026-11-26";
const today = dayFromIso(REFERENCE) as Day;

interface Variant {
  file: string;
  lang: Lang;
  /** Organisation setting; undefined: none (the file name names the municipality). */
  organisation?: string;
  /** How many demo actions (35 in all); above 35, the plan is repeated with new numbers. */
  actions: number;
  customAreas?: boolean;
  /** English headers detected from the headers alone (no PlanVivant.Langue name). */
  noLangName?: boolean;
  /** Optional columns removed from Actions and Suivis, by schema key. */
  drop?: string[];
  /** Adds follow-ups with an unknown action and an invalid status. */
  errors?: boolean;
}

export const VARIANTS: Variant[] = [
  { file: "saint-adrien.xlsx", lang: "fr", organisation: "Municipalité de Saint-Adrien", actions: 35 },
  { file: "lac-aux-herons.xlsx", lang: "en", organisation: "Town of Lac-aux-Hérons", actions: 20 },
  {
    file: "riviere-bleue.xlsx",
    lang: "fr",
    organisation: "Ville de Rivière-Bleue",
    actions: 12,
    customAreas: true,
  },
  { file: "mont-vert.xlsx", lang: "en", actions: 8, noLangName: true },
  {
    file: "sainte-rose.xlsx",
    lang: "fr",
    organisation: "Paroisse de Sainte-Rose",
    actions: 5,
    drop: ["budget", "hours", "partners", "priority", "currentStatus", "alert"],
  },
  {
    file: "val-des-pins.xlsx",
    lang: "fr",
    organisation: "Municipalité de Val-des-Pins",
    actions: 60,
    errors: true,
  },
  {
    file: "pointe-claire-du-lac.xlsx",
    lang: "en",
    organisation: "Municipality of Pointe-du-Lac",
    actions: 30,
    customAreas: true,
    drop: ["objective", "spent"],
  },
  { file: "saint-bruno.xlsx", lang: "fr", actions: 15 },
  {
    file: "notre-dame.xlsx",
    lang: "fr",
    organisation: "Municipalité de Notre-Dame-des-Monts",
    actions: 25,
    errors: true,
    drop: ["clientele", "source", "bonCoup"],
  },
  {
    file: "grand-etang.xlsx",
    lang: "en",
    organisation: "Township of Grand-Étang",
    actions: 10,
    noLangName: true,
    drop: ["hours", "recurrence"],
  },
  { file: "saint-adrien-2.xlsx", lang: "fr", organisation: "Municipalité de Saint-Adrien", actions: 6 },
  {
    file: "les-cedres.xlsx",
    lang: "fr",
    organisation: "Municipalité des Cèdres",
    actions: 45,
    customAreas: true,
  },
  { file: "beauvoir.xlsx", lang: "en", organisation: "Village of Beauvoir", actions: 18 },
  { file: "petit-saguenay.xlsx", lang: "fr", organisation: "Municipalité de Petit-Saguenay", actions: 3 },
  {
    file: "lac-etchemin.xlsx",
    lang: "fr",
    organisation: "Municipalité de Lac-Etchemin",
    actions: 22,
    drop: ["plannedStart", "due"],
  },
];

const CUSTOM_AREAS: Record<Lang, string[]> = {
  fr: [
    "Aménagement du territoire",
    "Vie communautaire",
    "Transport et mobilité",
    "Sécurité",
    "Saines habitudes de vie",
  ],
  en: ["Land use planning", "Community life", "Transportation and mobility", "Safety", "Healthy lifestyles"],
};

function variantData(v: Variant): TemplateData {
  const demo = demoData(today, v.lang);
  const all = demo.actions ?? [];
  const actions: ActionRow[] = [];
  const suivis: SuiviRow[] = [];
  for (let copy = 0; actions.length < v.actions; copy++) {
    const prefix = copy === 0 ? "" : `${copy + 1}-`;
    const taken = all.slice(0, v.actions - actions.length);
    const nos = new Set(taken.map((a) => a.no));
    actions.push(...taken.map((a) => ({ ...a, no: `${prefix}${a.no}` })));
    suivis.push(
      ...(demo.suivis ?? [])
        .filter((s) => nos.has(s.action as string))
        .map((s) => ({ ...s, action: `${prefix}${s.action}` })),
    );
  }
  const data: TemplateData = { ...demo, actions, suivis };
  if (v.customAreas) {
    const areas = CUSTOM_AREAS[v.lang];
    data.areas = areas;
    data.actions = actions.map((a, i) => ({ ...a, area: i % 7 === 6 ? undefined : areas[i % areas.length] }));
  }
  if (v.errors) {
    data.suivis = [
      ...suivis,
      { date: today - 3, action: "99.9", status: "in-progress" },
      { date: today - 2, action: actions[0].no, status: "Peut-être" as StatusId },
    ];
  }
  return data;
}

function dropColumns(plan: WorkbookPlan, keys: string[]): void {
  for (const spec of [ACTIONS, SUIVIS]) {
    const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === spec.name);
    if (!table) throw new Error(`no table ${spec.name}`);
    const keep = spec.columns.map((c, i) => (keys.includes(c.key) ? -1 : i)).filter((i) => i >= 0);
    table.columns = keep.map((i) => table.columns[i]);
    table.rows = table.rows.map((r) => keep.map((i) => r[i]));
  }
}

export function variantPlan(v: Variant): WorkbookPlan {
  const options = { ...demoOptions(today, v.lang), organisation: v.organisation };
  const plan = templatePlan(options, variantData(v));
  if (v.drop) dropColumns(plan, v.drop);
  if (v.noLangName) delete plan.definedNames[LANG_NAME];
  return plan;
}

export const UNUSABLE = {
  notXlsx: "notes-du-comite.xlsx",
  noSuivis: "sans-suivis.xlsx",
};

/** Writes every variant into `dir`, plus the unusable files; returns the usable files' paths. */
export async function writeMunicipalWorkbooks(
  dir: string,
): Promise<{ usable: string[]; unusable: string[] }> {
  const usable: string[] = [];
  for (const v of VARIANTS) {
    const file = path.join(dir, v.file);
    writeFileSync(file, await writeXlsx(variantPlan(v)));
    usable.push(file);
  }
  const notXlsx = path.join(dir, UNUSABLE.notXlsx);
  writeFileSync(notXlsx, "Compte rendu du comité de suivi, version texte.\n");
  const noSuivis = variantPlan({
    file: UNUSABLE.noSuivis,
    lang: "fr",
    organisation: "Sans suivis",
    actions: 4,
  });
  noSuivis.sheets = noSuivis.sheets.filter((s) => !s.tables.some((t) => t.name === "Suivis"));
  const noSuivisFile = path.join(dir, UNUSABLE.noSuivis);
  writeFileSync(noSuivisFile, await writeXlsx(noSuivis));
  return { usable, unusable: [notXlsx, noSuivisFile] };
}
