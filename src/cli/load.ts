/** Opening a tracking workbook file for a command: bytes -> snapshot -> typed workbook and states. */
import { blockingProblems } from "../domain/check";
import { today, type Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import type { ActionState, Workbook } from "../domain/model";
import type { WorkbookSnapshot } from "../domain/raw";
import { readWorkbook } from "../domain/read";
import { cliText } from "../i18n/cli";
import { problemMessage } from "../i18n/problems";
import { editXlsx } from "../workbook/xlsx/edit";
import { XlsxPort } from "../workbook/xlsx/file-port";
import { isMacroEnabled } from "../workbook/xlsx/macro";
import { CliError } from "./errors";
import { fromWorkbookError, readBytes } from "./files";
import { ZLIB_CODEC } from "./zlib-codec";

export interface Loaded {
  /** The file as a workbook port: the same calls the task pane makes, on the file's bytes. */
  port: XlsxPort;
  snapshot: WorkbookSnapshot;
  wb: Workbook;
  states: ActionState[];
  /** Whether the package is macro-enabled (its content types say so): its outputs stay .xlsm. */
  macro: boolean;
}

export async function loadFile(
  file: string,
  options: { lang?: Lang; referenceDate?: Day; now?: Date },
): Promise<Loaded> {
  const messageLang = options.lang ?? "fr";
  const bytes = await readBytes(file, messageLang);
  const port = new XlsxPort(bytes, {
    file,
    lang: messageLang,
    codec: ZLIB_CODEC,
    edit: (data, batch) => editXlsx(data, batch, { file, lang: messageLang }),
  });
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await port.read();
  } catch (error) {
    throw fromWorkbookError(error, file, messageLang);
  }
  const wb = readWorkbook(snapshot, { today: today(options.now), referenceDate: options.referenceDate });
  const lang = options.lang ?? wb.lang;
  const blocking = blockingProblems(wb);
  if (blocking.length > 0) {
    const causes = blocking.map((p) => problemMessage(p, lang)).join(" ");
    throw new CliError(cliText[lang].unusable(file, causes), 2);
  }
  return { port, snapshot, wb, states: actionStates(wb), macro: await isMacroEnabled(bytes) };
}
