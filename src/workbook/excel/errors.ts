/**
 * Office.js failures turned into WorkbookErrors a person can act on.
 * Office rejects a batch with an OfficeExtension.Error whose `code` says why.
 */
import type { Lang } from "../../domain/lang";
import { excelErrorMessage, payloadMessage } from "../../i18n/excel";
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

/**
 * Codes with which Excel on the web refuses a batch whose request or response passes 5 MB
 * (`Excel.ErrorCodes.responsePayloadSizeLimitExceeded`; the request one is Office's own).
 */
const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Whether Office refused a batch for the size of its payload (Excel on the web's 5 MB limit). */
export function isPayloadError(error: unknown): boolean {
  const code = officeCode(error);
  if (code !== undefined && PAYLOAD_CODES.has(code)) return true;
  return /PayloadSizeLimitExceeded/i.test(officeMessage(error));
}

/** Maps any failure of an Office batch to a WorkbookError; WorkbookErrors pass through. */
export function toWorkbookError(error: unknown, operation: ExcelOperation, lang: Lang): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const code = officeCode(error);
  const reason = code ?? officeMessage(error);
  if (isPayloadError(error)) {
    // Reading already goes in budget-sized pieces and retries with smaller ones: this is
    // what is left, said in the person's language rather than as a raw RichApi.Error.
    const payload = operation === "read" ? "read" : "write";
    const params = { reason, limit: "5 MB", operation: payload };
    return new WorkbookError(payloadMessage(payload, lang, params), "too-large", params);
  }
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
