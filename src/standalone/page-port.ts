/**
 * The workbook port the page gives the task pane: the file's port, plus what a page can do that a
 * file cannot: show a place (`Suivis!C7`) in the sheet preview, and tell the page when a write was
 * refused because it would lose part of the workbook. The file's port tells its listeners of every
 * write, within the write itself; the pane hears only the changes it did not make (none, in a file
 * that only the pane writes), as Excel's port tells it (src/workbook/port.ts).
 */
import type { WorkbookError, WorkbookPort } from "../workbook/port";

/** A place as the task pane names it: `Suivis!C7`, `'Plan d''action'!A4:U4`. */
export function parsePlace(reference: string): { sheet: string; row: number } | undefined {
  const bang = reference.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = reference.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const row = /^\$?[A-Z]+\$?(\d+)/i.exec(reference.slice(bang + 1));
  return row ? { sheet, row: Number(row[1]) } : undefined;
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "WorkbookError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

export function pagePort(
  port: WorkbookPort,
  page: { show(place: { sheet: string; row: number }): void; refused(error: WorkbookError): void },
): WorkbookPort {
  let writing = 0;
  return {
    read: () => port.read(),
    async write(batch) {
      writing += 1;
      try {
        return await port.write(batch);
      } catch (error) {
        if (isWorkbookError(error) && error.code === "would-lose") page.refused(error);
        throw error;
      } finally {
        writing -= 1;
      }
    },
    async select(reference) {
      const place = parsePlace(reference);
      if (place) page.show(place);
    },
    onChange: (listener) =>
      port.onChange(() => {
        if (writing === 0) listener();
      }),
  };
}
