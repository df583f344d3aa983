/**
 * Keeping the plan up to date: postpone an action (its new due date written in place, a
 * fiche de suivi Reportée that keeps the previous date) or drop it (a fiche Abandonnée).
 * One read, one write each; nothing already in `Suivis` is touched.
 */
import { dayToIso, type Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import { rowFormats, suiviRow } from "../domain/forms/rows";
import type { SuiviInput } from "../domain/forms/inputs";
import type { ActionState, Workbook } from "../domain/model";
import { readWorkbook } from "../domain/read";
import { SUIVIS } from "../domain/schema";
import {
  dropSuivi,
  dueCell,
  hasUpdateErrors,
  newDueOf,
  postponeSuivi,
  validateDrop,
  validatePostpone,
  type DropField,
  type DropInput,
  type PostponeField,
  type PostponeInput,
  type UpdateErrors,
} from "../domain/update";
import { updateText } from "../i18n/update";
import { WorkbookError, type CellWrite, type WorkbookPort, type WriteBatch } from "../workbook/port";
import type { WorkbookSnapshot } from "../domain/raw";
import { appendBatch } from "./table-write";
import { snapshotOf, writeApplied } from "./written";

export type UpdateResult<Field extends string> =
  | { ok: true; no: string; previousDue?: Day; due?: Day; snapshot?: WorkbookSnapshot }
  | { ok: false; errors: UpdateErrors<Field> };

interface UpdateOptions {
  today: Day;
  referenceDate?: Day;
  /** The snapshot the caller holds (no read then). */
  from?: WorkbookSnapshot;
}

async function load(
  port: WorkbookPort,
  options: UpdateOptions,
): Promise<{ wb: Workbook; states: ActionState[]; before: WorkbookSnapshot }> {
  const before = await snapshotOf(port, options.from);
  const wb = readWorkbook(before, { today: options.today, referenceDate: options.referenceDate });
  for (const table of ["Actions", "Suivis"] as const) {
    if (!wb.tables[table]) throw new WorkbookError(`Table ${table} not found`, "missing-table", { table });
  }
  return { wb, states: actionStates(wb), before };
}

/** The fiche de suivi appended to `Suivis`, plus cells written in place, as one batch. */
function batchOf(wb: Workbook, suivi: SuiviInput, cells: CellWrite[]): WriteBatch {
  const found = wb.tables.Suivis!;
  const batch = appendBatch(found, suiviRow(found, suivi, wb.lang), rowFormats(found, SUIVIS));
  return cells.length ? { ...batch, cells: [...(batch.cells ?? []), ...cells] } : batch;
}

export async function postponeAction(
  port: WorkbookPort,
  input: PostponeInput,
  options: UpdateOptions,
): Promise<UpdateResult<PostponeField>> {
  const { wb, states, before } = await load(port, options);
  const errors = validatePostpone(input, wb, states);
  const state = states.find((s) => s.action.no === input.action.trim());
  const due = newDueOf(input);
  const cell = state && due !== undefined ? dueCell(wb.tables.Actions!, state, due) : undefined;
  if (!errors.newDue && state && due !== undefined && !cell) errors.newDue = { key: "no-due-column" };
  if (hasUpdateErrors(errors) || !state || due === undefined || !cell) return { ok: false, errors };
  const previous = state.action.due;
  const note = updateText[wb.lang].postponedNote(
    previous === undefined ? undefined : dayToIso(previous),
    dayToIso(due),
  );
  const { snapshot } = await writeApplied(
    port,
    before,
    batchOf(wb, postponeSuivi(input, state, note), [cell]),
  );
  return {
    ok: true,
    no: state.action.no,
    due,
    ...(previous !== undefined ? { previousDue: previous } : {}),
    snapshot,
  };
}

export async function dropAction(
  port: WorkbookPort,
  input: DropInput,
  options: UpdateOptions,
): Promise<UpdateResult<DropField>> {
  const { wb, states, before } = await load(port, options);
  const errors = validateDrop(input, wb, states);
  const state = states.find((s) => s.action.no === input.action.trim());
  if (hasUpdateErrors(errors) || !state) return { ok: false, errors };
  const { snapshot } = await writeApplied(port, before, batchOf(wb, dropSuivi(input, state), []));
  return { ok: true, no: state.action.no, snapshot };
}
