/** Saves the action form: a new row appended to `Actions`, or the edited action's row written in place. */
import type { Day } from "../domain/dates";
import { actionCells, actionRow, rowFormats } from "../domain/forms/rows";
import { hasErrors, type ActionField, type ActionInput, type FieldErrors } from "../domain/forms/inputs";
import { validateAction } from "../domain/forms/validate-action";
import { readWorkbook } from "../domain/read";
import { ACTIONS } from "../domain/schema";
import { WorkbookError, type WorkbookPort } from "../workbook/port";
import type { WorkbookSnapshot } from "../domain/raw";
import { appendBatch } from "./table-write";
import { snapshotOf, writeApplied } from "./written";

export type SaveActionResult =
  | {
      ok: true;
      no: string;
      mode: "added" | "updated";
      warnings: FieldErrors<ActionField>;
      snapshot?: WorkbookSnapshot;
    }
  | { ok: false; errors: FieldErrors<ActionField> };

export async function saveAction(
  port: WorkbookPort,
  input: ActionInput,
  options: { today: Day; editingNo?: string; from?: WorkbookSnapshot },
): Promise<SaveActionResult> {
  const before = await snapshotOf(port, options.from);
  const wb = readWorkbook(before, { today: options.today });
  const found = wb.tables.Actions;
  if (!found) throw new WorkbookError("Table Actions not found", "missing-table", { table: "Actions" });
  const errors = validateAction(input, wb, { editingNo: options.editingNo });
  if (hasErrors(errors)) return { ok: false, errors };
  const no = input.no.trim();
  if (options.editingNo !== undefined) {
    const action = wb.actions.find((a) => a.no === options.editingNo);
    if (!action) {
      return {
        ok: false,
        errors: { no: { severity: "error", key: "unknown-action", params: { no: options.editingNo } } },
      };
    }
    const { snapshot } = await writeApplied(port, before, {
      cells: actionCells(found, action.row, input, wb.lang),
    });
    return { ok: true, no, mode: "updated", warnings: errors, snapshot };
  }
  const batch = appendBatch(found, actionRow(found, input, wb.lang), rowFormats(found, ACTIONS));
  const { snapshot } = await writeApplied(port, before, batch);
  return { ok: true, no, mode: "added", warnings: errors, snapshot };
}
