/**
 * raw cells -> typed rows + located problems. Never throws on bad data: every problem
 * is reported by its cell, and a row is left out of the figures only when it cannot be placed.
 */
import type { Day } from "../dates";
import { isLang, type Lang } from "../lang";
import type { FoundTable, Problem, Workbook } from "../model";
import type { WorkbookSnapshot } from "../raw";
import {
  ACTEURS,
  ACTIONS,
  LISTS,
  PARAMETRES,
  RENCONTRES,
  SUIVIS,
  VERSION_NAME,
  type TableName,
  type TableSpec,
} from "../schema";
import { cellRef, columnLetters, fold, sheetRef } from "../text";
import { DEFAULT_AREAS } from "../vocabulary";
import { readActions } from "./actions";
import { locate, missingColumns, type Located } from "./locate";
import { readActeurs, readInstances, readList, readRencontres } from "./others";
import { readSettings } from "./settings";
import { readSuivis } from "./suivis";
import { reportDuplicates, reportOmitted, reportRowsBelow } from "./unread";

export interface ReadOptions {
  /** Today, in the caller's calendar: the reference date when none is given. */
  today: Day;
  /** The caller's reference date (e.g. `--date`), over the workbook's own. */
  referenceDate?: Day;
}

export const LANG_NAME = "PlanVivant.Langue";

export function readWorkbook(snapshot: WorkbookSnapshot, options: ReadOptions): Workbook {
  const problems: Problem[] = [];
  const tables: Partial<Record<TableName, FoundTable>> = {};
  const located = new Map<TableName, Located>();
  for (const spec of [PARAMETRES, ACTIONS, SUIVIS, ACTEURS, RENCONTRES, ...LISTS]) {
    const found = locate(spec, snapshot);
    if (found) {
      located.set(spec.name, found);
      tables[spec.name] = found.found;
    }
  }
  const lang = detectLang(snapshot, located);
  for (const spec of [PARAMETRES, ACTIONS, SUIVIS, ACTEURS, RENCONTRES, ...LISTS]) {
    const found = located.get(spec.name);
    reportDuplicates(spec, found, snapshot, problems);
    if (found) {
      reportRowsBelow(spec, found, problems);
      reportOmitted(spec, found, snapshot, problems);
    }
  }

  for (const spec of [ACTIONS, SUIVIS]) checkPresence(spec, located, lang, problems);
  for (const spec of [PARAMETRES, ACTEURS, RENCONTRES, ...LISTS]) {
    const found = located.get(spec.name);
    if (found && missingColumns(spec, found).length > 0) {
      problems.push(columnProblem(spec, found, missingColumns(spec, found)[0].key, lang, "warning"));
      located.delete(spec.name);
    }
  }

  const settings = readSettings(located.get("Parametres"), problems);
  const referenceDate = options.referenceDate ?? settings.referenceDate ?? options.today;
  const listed = readList(LISTS[0], located.get("ListeChamps"), problems);
  const areas = located.has("ListeChamps") ? listed : DEFAULT_AREAS.flatMap((a) => [a.fr, a.en]);

  const actionsAt = located.get("Actions");
  const read = actionsAt ? readActions(actionsAt, areas, problems, lang) : { actions: [], rows: 0 };
  const nos = new Set(read.actions.map((a) => a.no));
  const instances = readInstances(located.get("ListeInstances"), problems, lang);
  const suivisAt = located.get("Suivis");
  const suivis = suivisAt
    ? readSuivis(suivisAt, nos, referenceDate, problems, instances)
    : { suivis: [], rows: 0 };

  return {
    lang,
    referenceDate,
    version: constant(snapshot.definedNames[VERSION_NAME]),
    settings,
    actions: read.actions,
    suivis: suivis.suivis,
    acteurs: readActeurs(located.get("Acteurs"), problems),
    rencontres: readRencontres(located.get("Rencontres"), problems),
    areas: located.has("ListeChamps") ? listed : DEFAULT_AREAS.map((a) => a[lang]),
    instances,
    tables,
    problems,
    counts: { actions: read.rows, suivis: suivis.rows },
  };
}

/** A mandatory table: missing, or missing a required column, is an error that stops the read of it. */
function checkPresence(
  spec: TableSpec,
  located: Map<TableName, Located>,
  lang: Lang,
  problems: Problem[],
): void {
  const found = located.get(spec.name);
  if (!found) {
    problems.push({
      severity: "error",
      code: "missing-table",
      cell: sheetRef(spec.sheet[lang]),
      sheet: spec.sheet[lang],
      table: spec.name,
    });
    return;
  }
  const missing = missingColumns(spec, found);
  for (const column of missing) problems.push(columnProblem(spec, found, column.key, lang, "error"));
  if (missing.length > 0) located.delete(spec.name);
}

function columnProblem(
  spec: TableSpec,
  found: Located,
  key: string,
  lang: Lang,
  severity: "error" | "warning",
): Problem {
  const { sheet, headerRow } = found.found;
  const width = Math.max(1, found.grid.values[found.headerIndex]?.length ?? 1);
  const first = found.grid.col;
  const column = spec.columns.find((c) => c.key === key);
  return {
    severity,
    code: "missing-column",
    cell: `${cellRef(sheet, headerRow, first)}:${columnLetters(first + width - 1)}${headerRow}`,
    sheet,
    row: headerRow,
    table: spec.name,
    column: key,
    header: column ? column[lang] : key,
  };
}

/** The workbook's language: its defined name, else the language most of its headers are in. */
function detectLang(snapshot: WorkbookSnapshot, located: Map<TableName, Located>): Lang {
  const named = constant(snapshot.definedNames[LANG_NAME]);
  if (isLang(named)) return named;
  let fr = 0;
  let en = 0;
  for (const spec of [ACTIONS, SUIVIS, PARAMETRES]) {
    const found = located.get(spec.name);
    if (!found) continue;
    if (fold(found.found.sheet) === fold(spec.sheet.en) && spec.sheet.en !== spec.sheet.fr) en += 2;
    for (const column of spec.columns) {
      const header = found.found.headers[column.key];
      if (header === undefined || column.fr === column.en) continue;
      if (fold(header) === fold(column.fr)) fr++;
      else if (fold(header) === fold(column.en)) en++;
    }
  }
  return en > fr ? "en" : "fr";
}

/** The text of a constant defined name: `"1"` or `="1"` -> `1`. */
export function constant(formula: string | undefined): string | undefined {
  if (formula === undefined) return undefined;
  const m = /^=?"(.*)"$/.exec(formula.trim());
  return m ? m[1].replace(/""/g, '"') : formula.replace(/^=/, "").trim();
}
