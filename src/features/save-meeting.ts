/**
 * « Enregistrer les suivis »: every changed entry of the round appended to `Suivis` as one
 * batch, stamped with the meeting's day and body (Source), the meeting's `Rencontres` row
 * listing them (written in place, or added), and the computed columns of those actions
 * refreshed: ONE write, from the plan already loaded. Nothing is written when one entry is
 * invalid; the invalid ones are named.
 */
import type { Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import { placeRow, rowFormats, suiviValues } from "../domain/forms/rows";
import type { Lang } from "../domain/lang";
import {
  checkRound,
  meetingRow,
  rencontreValues,
  typedSuivis,
  type EntryIssues,
  type Reflection,
  type RoundEntry,
} from "../domain/meeting";
import type { FormatName, PlanValue } from "../domain/layout/sheet-plan";
import type { FoundTable, Workbook } from "../domain/model";
import { RENCONTRES, SUIVIS } from "../domain/schema";
import { WorkbookError, type CellWrite, type WorkbookPort, type WriteBatch } from "../workbook/port";
import { computedCells } from "./make-bilan";
import type { WorkbookSnapshot } from "../domain/raw";
import { applyBatch } from "../domain/apply-batch";
import { appendBatch } from "./table-write";

export interface SaveMeetingInput {
  date: Day;
  instance: string;
  /** The actions reviewed, in the order of the round. */
  reviewed: readonly string[];
  entries: readonly RoundEntry[];
  /** The entries as they were prefilled: an entry equal to its prefill is not a change. */
  prefills: readonly RoundEntry[];
  reflection?: Reflection;
}

export type SaveMeetingResult =
  | {
      ok: true;
      /** The actions whose follow-up was written. */
      saved: string[];
      warnings: EntryIssues[];
      /** Whether the meeting's row went to `Rencontres` (false without that table). */
      meetingRecorded: boolean;
      /** Headers of `Rencontres` columns the workbook lacks, so their part was not recorded. */
      missingColumns: string[];
      /** The workbook as the write left it, when the caller gave the snapshot `wb` was read from. */
      snapshot?: WorkbookSnapshot;
    }
  | { ok: false; invalid: EntryIssues[] };

/** The Rencontres columns this save fills; those the workbook lacks are named to the person. */
const MEETING_KEYS = ["suivis", "wellDone", "toImprove", "inspires"] as const;

function missingHeaders(found: FoundTable | undefined, lang: Lang): string[] {
  if (!found) return [];
  return RENCONTRES.columns
    .filter((c) => (MEETING_KEYS as readonly string[]).includes(c.key) && found.columns[c.key] === undefined)
    .map((c) => c[lang]);
}

export async function saveMeeting(
  port: WorkbookPort,
  wb: Workbook,
  input: SaveMeetingInput,
  before?: WorkbookSnapshot,
): Promise<SaveMeetingResult> {
  const suivisAt = wb.tables.Suivis;
  if (!suivisAt) throw new WorkbookError("Table Suivis not found", "missing-table", { table: "Suivis" });
  const check = checkRound(wb, input.entries, input.prefills, input.date);
  if (!check.ok) return { ok: false, invalid: check.invalid };
  const { lang } = wb;
  const batch: WriteBatch = { append: [], cells: [] };
  const formats = rowFormats(suivisAt, SUIVIS);
  const rows = check.inputs.map((suivi) =>
    placeRow(suivisAt, { ...suiviValues(suivi, lang), source: input.instance }),
  );
  if (rows.length > 0) addRows(batch, suivisAt, rows, formats);

  const recorded = check.inputs.map((s) => ({
    action: s.action.trim(),
    status: s.status as Exclude<typeof s.status, "">,
  }));
  const rencontres = wb.tables.Rencontres;
  if (rencontres) {
    const values = rencontreValues(
      {
        date: input.date,
        instance: input.instance,
        reviewed: input.reviewed,
        recorded,
        reflection: input.reflection,
      },
      lang,
    );
    const existing = meetingRow(wb, input.date, input.instance);
    if (existing) {
      // The row prepared before the meeting: fill what the meeting adds, keep what people typed.
      for (const key of ["actions", ...MEETING_KEYS] as const) {
        const col = rencontres.columns[key];
        if (col === undefined || values[key] === undefined) continue;
        if (key === "actions" && existing.actions) continue;
        batch.cells!.push({ sheet: rencontres.sheet, row: existing.row, col, value: values[key] });
      }
    } else addRows(batch, rencontres, [placeRow(rencontres, values)], rowFormats(rencontres, RENCONTRES));
  }

  // The computed columns of the actions the round changed, as they stand after it.
  const actionsAt = wb.tables.Actions;
  if (actionsAt && recorded.length > 0) {
    const added = typedSuivis(check.inputs, input.date, suivisAt.sheet, suivisAt.endRow);
    const after = actionStates({ ...wb, suivis: [...wb.suivis, ...added] });
    const changed = new Set(recorded.map((r) => r.action));
    batch.cells!.push(
      ...computedCells(
        actionsAt,
        after.filter((s) => changed.has(s.action.no)),
        lang,
      ),
    );
  }
  if (batch.append!.length === 0) delete batch.append;
  if (batch.cells!.length === 0) delete batch.cells;
  const result = await port.write(batch);
  return {
    ok: true,
    snapshot: before ? applyBatch(before, batch, result) : undefined,
    saved: recorded.map((r) => r.action),
    warnings: check.warnings,
    meetingRecorded: Boolean(rencontres),
    missingColumns: missingHeaders(rencontres, lang),
  };
}

/** Rows appended to a real table, or written as cells under a header row found on its sheet. */
function addRows(
  batch: WriteBatch,
  found: FoundTable,
  rows: PlanValue[][],
  formats: (FormatName | undefined)[],
): void {
  if (found.real) {
    batch.append!.push({ table: found.name, rows, formats });
    return;
  }
  rows.forEach((row, i) => {
    const cells = appendBatch({ ...found, endRow: found.endRow + i }, row, formats).cells as CellWrite[];
    batch.cells!.push(...cells);
  });
}
