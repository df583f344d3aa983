/**
 * Reading the municipal workbooks of a consolidation: each one either read at the regional
 * reference date, or left out with its cause in the user's language (never a stack trace).
 */
import { readFileSync, statSync } from "node:fs";
import { blockingProblems } from "../../domain/check";
import type { MunicipalPlan, SkippedFile } from "../../domain/consolidate";
import type { Day } from "../../domain/dates";
import type { WorkbookErrorCode } from "../../domain/errors";
import { actionStates } from "../../domain/flags";
import type { Lang } from "../../domain/lang";
import { readWorkbook } from "../../domain/read";
import { fileErrorMessage } from "../../i18n/files";
import { problemMessage } from "../../i18n/problems";
import { WorkbookError } from "../../workbook/port";
import { readFailure } from "../files";
import { XlsxPort } from "../../workbook/xlsx/file-port";
import { ZLIB_CODEC } from "../zlib-codec";

export type MunicipalRead = { plan: Omit<MunicipalPlan, "name"> } | { skipped: SkippedFile };

/**
 * The file's bytes, or why it cannot be read: the same causes as any command's input. Read
 * synchronously: the workbooks are read one after the other anyway, and a promise-based stat and
 * read of each of a thousand small files cost more than reading them.
 */
function bytesOf(file: string): Buffer | WorkbookErrorCode {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return "is-directory";
    // A device or a pipe is no workbook (and reading one may never end).
    if (!stat.isFile()) return "not-xlsx";
    const bytes = readFileSync(file);
    return bytes.length === 0 ? "empty-file" : bytes;
  } catch (error) {
    return readFailure(error) ?? "unreadable";
  }
}

export async function readMunicipal(
  file: string,
  options: { lang: Lang; today: Day; referenceDate: Day },
): Promise<MunicipalRead> {
  const { lang } = options;
  const skip = (cause: string): MunicipalRead => ({ skipped: { file, cause } });
  const bytes = bytesOf(file);
  if (typeof bytes === "string") return skip(fileErrorMessage(bytes, lang));
  let snapshot;
  try {
    snapshot = await new XlsxPort(bytes, { file, lang, codec: ZLIB_CODEC }).read();
  } catch (error) {
    if (error instanceof WorkbookError)
      return skip(fileErrorMessage(error.code, lang, { ...error.params, file: undefined }));
    return skip(fileErrorMessage("unreadable", lang, { cause: (error as Error)?.message ?? String(error) }));
  }
  const wb = readWorkbook(snapshot, { today: options.today, referenceDate: options.referenceDate });
  const blocking = blockingProblems(wb);
  if (blocking.length > 0) return skip(blocking.map((p) => problemMessage(p, lang)).join(" "));
  return { plan: { file, wb, states: actionStates(wb) } };
}
