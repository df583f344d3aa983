/** Adds one fiche de suivi: validated, then appended to `Suivis` in one write. */
import type { Day } from "../domain/dates";
import { rowFormats, suiviRow } from "../domain/forms/rows";
import { hasErrors, type FieldErrors, type SuiviField, type SuiviInput } from "../domain/forms/inputs";
import { validateSuivi } from "../domain/forms/validate-suivi";
import { readWorkbook } from "../domain/read";
import { SUIVIS } from "../domain/schema";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import type { WorkbookSnapshot } from "../domain/raw";
import { appendBatch } from "./table-write";
import { snapshotOf, writeApplied } from "./written";

export type AddSuiviResult =
  | { ok: true; action: string; warnings: FieldErrors<SuiviField>; snapshot?: WorkbookSnapshot }
  | { ok: false; errors: FieldErrors<SuiviField> };

export async function addSuivi(
  port: WorkbookPort,
  input: SuiviInput,
  options: { today: Day; referenceDate?: Day; from?: WorkbookSnapshot },
): Promise<AddSuiviResult> {
  const before = await snapshotOf(port, options.from);
  const wb = readWorkbook(before, { today: options.today, referenceDate: options.referenceDate });
  const found = wb.tables.Suivis;
  if (!found) throw new WorkbookError("Table Suivis not found", "missing-table", { table: "Suivis" });
  const errors = validateSuivi(input, wb);
  if (hasErrors(errors)) return { ok: false, errors };
  const batch = appendBatch(found, suiviRow(found, input, wb.lang), rowFormats(found, SUIVIS));
  const { snapshot } = await writeApplied(port, before, batch);
  return { ok: true, action: input.action.trim(), warnings: errors, snapshot };
}
