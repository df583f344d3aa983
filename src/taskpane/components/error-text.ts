/** A failure as a person reads it: WorkbookError codes map to the task pane's messages. */
import type { TaskpaneStrings } from "../../i18n/taskpane";
import type { WorkbookError } from "../../workbook/port";

function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "WorkbookError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

export function errorText(error: unknown, text: TaskpaneStrings): string {
  if (isWorkbookError(error) && error.code in text.errors) return text.errors[error.code](error.params ?? {});
  return text.unexpected(error instanceof Error ? error.message : String(error));
}
