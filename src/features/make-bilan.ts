/**
 * Makes the bilan: reads once, computes the figures, writes the Bilan sheet, the computed
 * columns of `Actions` and their alert colours in one write, and returns the point statutaire.
 */
import {
  ALERT_ROWS_AHEAD,
  COMPUTED_COLUMNS,
  alertConditionalFormats,
  bilanFigures,
  bilanLayout,
  computedColumns,
  pointStatutaire,
} from "../domain/bilan";
import type { BilanFigures } from "../domain/bilan/types";
import { today as todayOf, type Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import type { ActionState, FoundTable } from "../domain/model";
import { tableSpan } from "../domain/forms/rows";
import type { ConditionalFormatPlan, PlanValue } from "../domain/layout/sheet-plan";
import { readWorkbook } from "../domain/read";
import { BILAN_SHEET } from "../domain/schema";
import { columnLetters } from "../domain/text";
import type { WorkbookSnapshot } from "../domain/raw";
import type { CellWrite, WorkbookPort, WriteBatch } from "../workbook/port";
import { snapshotOf, writeApplied } from "./written";

export interface BilanResult {
  /** The sheet the bilan went to (`Bilan`, or `Bilan (2)` beside a user's own `Bilan`). */
  sheet: string;
  figures: BilanFigures;
  /** The point statutaire: a short text for the council or the committee. */
  text: string;
  /** The workbook as the write left it; undefined where only a read can tell. */
  snapshot?: WorkbookSnapshot;
}

/** The four computed columns of each placed action, written on its own row. */
export function computedCells(found: FoundTable, states: ActionState[], lang: Lang): CellWrite[] {
  const rowOf = new Map(states.map((s) => [s.action.no, s.action.row]));
  const cells: CellWrite[] = [];
  for (const values of computedColumns(states, lang)) {
    const row = rowOf.get(values.no);
    if (row === undefined) continue;
    for (const { key, field, format } of COMPUTED_COLUMNS) {
      const col = found.columns[key];
      if (col === undefined) continue;
      const value: PlanValue = values[field];
      cells.push({ sheet: found.sheet, row, col, value, ...(format ? { format } : {}) });
    }
  }
  return cells;
}

/** Late and blocked rows of `Actions` coloured from their Alerte cell (none without an Alerte column). */
export function alertRules(found: FoundTable, lang: Lang): ConditionalFormatPlan[] {
  const alertCol = found.columns.alert;
  if (alertCol === undefined) return [];
  const { col, width } = tableSpan(found);
  const firstRow = found.headerRow + 1;
  const lastRow = Math.max(firstRow, found.endRow - 1) + ALERT_ROWS_AHEAD;
  const range = `${columnLetters(col)}${firstRow}:${columnLetters(col + width - 1)}${lastRow}`;
  return alertConditionalFormats({ range, alertCol, firstRow, lang });
}

export interface BilanRequest {
  referenceDate?: Day;
  since?: Day;
  lang: Lang;
  now: Date;
  /** The snapshot the caller holds (no read then). */
  from?: WorkbookSnapshot;
}

/** The bilan's figures of a workbook as read, without writing anything (the report views use it). */
export function bilanOfSnapshot(snapshot: WorkbookSnapshot, options: BilanRequest) {
  const { lang, now, since } = options;
  const wb = readWorkbook(snapshot, { today: todayOf(now), referenceDate: options.referenceDate });
  const states = actionStates(wb);
  const figures = bilanFigures(wb, states, { generatedAt: now.toISOString(), since, lang });
  return { wb, states, figures };
}

export async function makeBilan(port: WorkbookPort, options: BilanRequest): Promise<BilanResult> {
  const { lang } = options;
  const before = await snapshotOf(port, options.from);
  const { wb, states, figures } = bilanOfSnapshot(before, options);
  const sheetName = BILAN_SHEET[lang];
  const batch: WriteBatch = { ownedSheet: bilanLayout(figures, lang, sheetName) };
  const found = wb.tables.Actions;
  if (found) {
    batch.cells = computedCells(found, states, wb.lang);
    const rules = alertRules(found, wb.lang);
    if (rules.length) batch.conditionalFormats = [{ sheet: found.sheet, rules }];
  }
  const { result, snapshot } = await writeApplied(port, before, batch);
  return { sheet: result.ownedSheet ?? sheetName, figures, text: pointStatutaire(figures, lang), snapshot };
}
