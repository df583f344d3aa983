/**
 * Office.js failures turned into WorkbookErrors a person can act on.
 * Office rejects a batch with an OfficeExtension.Error whose `code` says why.
 */
import type { Lang } from "../../domain/lang";
import { excelErrorMessage } from "../../i18n/excel";
import { WorkbookError, type WorkbookErrorCode } from "../port";
import { FLOOR_VERSION } from "./requirements";

/** What the adapter was doing when Office failed: decides the code of a generic failure. */
export type ExcelOperation = "read" | "write" | "select" | "change";

export function workbookError(
  code: WorkbookErrorCode,
  lang: Lang,
  params: Record<string, string> = {},
): WorkbookError {
  return new WorkbookError(excelErrorMessage(code, lang, params), code, params);
}

export function requirementError(lang: Lang): WorkbookError {
  return workbookError("requirement-set", lang, { set: `ExcelApi ${FLOOR_VERSION}` });
}

function officeCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function officeMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { message?: unknown }).message === "string"
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** Maps any failure of an Office batch to a WorkbookError; WorkbookErrors pass through. */
export function toWorkbookError(error: unknown, operation: ExcelOperation, lang: Lang): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  const reason = code ?? officeMessage(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return workbookError("cell-edit", lang, { reason });
    case "ApiNotAvailable":
    case "ApiNotFound":
      return workbookError("requirement-set", lang, { set: `ExcelApi ${FLOOR_VERSION}`, reason });
    case "ItemNotFound":
      return workbookError("not-found", lang, { name: officeMessage(error), reason });
    case "ItemAlreadyExists":
      return workbookError("exists", lang, { name: officeMessage(error), reason });
    case "AccessDenied":
    case "InvalidOperation":
    case "EditModeCanceled":
      return workbookError(operation === "read" ? "unreadable" : "write-refused", lang, { reason });
    default:
      return workbookError(operation === "read" ? "unreadable" : "write-refused", lang, { reason });
  }
}
