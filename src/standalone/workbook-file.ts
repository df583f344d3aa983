/**
 * The workbook files of the standalone page, as XlsxPorts: an opened file (checked before the
 * task pane gets it), the built-in demo or an empty template (made as `plan-vivant demo` / `init`
 * make them). Loaded lazily by the page: this module brings ExcelJS and JSZip.
 */
import { blockingProblems } from "../domain/check";
import type { Day } from "../domain/dates";
import { demoPlan } from "../domain/demo";
import type { Lang } from "../domain/lang";
import { templatePlan } from "../domain/layout/template";
import { readWorkbook } from "../domain/read";
import { problemMessage } from "../i18n/problems";
import { standaloneText } from "../i18n/standalone";
import { editXlsx } from "../workbook/xlsx/edit";
import { XlsxPort } from "../workbook/xlsx/file-port";
import { isMacroEnabled, XLSM_EXTENSION, XLSM_TYPE } from "../workbook/xlsx/macro";
import { writeXlsx } from "../workbook/xlsx/write";

export type StartKind = "demo" | "empty";

/** File names of the workbooks the page makes (the CLI's demo file has the same name). */
export const DEFAULT_NAMES: Record<StartKind, string> = {
  demo: "plan-vivant-demo.xlsx",
  empty: "plan-vivant.xlsx",
};

/** A workbook that cannot be used: the message names the file and the cause. */
export class UnusableFile extends Error {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
    this.name = "UnusableFile";
  }
}

/** The port over `bytes`: writes go through the package editor and its no-data-loss guard. */
export function filePort(bytes: Uint8Array, file: string, lang: Lang): XlsxPort {
  return new XlsxPort(bytes, {
    file,
    lang,
    edit: (data, batch) => editXlsx(data, batch, { file, lang }),
  });
}

/**
 * Opens a file the person picked: refuses what is not an .xlsx workbook (the WorkbookError
 * message names the file) and a half-made tracking workbook (one of Actions and Suivis, or a
 * required column, missing). A workbook with no tracking table at all opens: the task pane
 * then offers to create the tables or to adopt the plan the workbook already holds.
 */
export async function openWorkbookFile(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
  day: Day,
): Promise<XlsxPort> {
  const port = filePort(bytes, file, lang);
  const wb = readWorkbook(await port.read(), { today: day });
  const blocking = blockingProblems(wb);
  const untouched = !wb.tables.Actions && !wb.tables.Suivis;
  if (blocking.length > 0 && !untouched) {
    const causes = blocking.map((p) => problemMessage(p, lang)).join(" ");
    throw new UnusableFile(standaloneText[lang].partialTables(file, causes), file);
  }
  return port;
}

/** A new workbook: the built-in demo (a fictional municipality, a year of follow-ups) or empty. */
export async function newWorkbook(kind: StartKind, lang: Lang, day: Day): Promise<XlsxPort> {
  const plan = kind === "demo" ? demoPlan(day, lang) : templatePlan({ lang });
  return filePort(await writeXlsx(plan), DEFAULT_NAMES[kind], lang);
}

const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The name and media type to download a workbook under: a macro-enabled package (its content
 * types say so, whatever its name) keeps, or gets, the .xlsm extension, which Excel requires to
 * open it; any other keeps its name.
 */
export async function savedFile(bytes: Uint8Array, name: string): Promise<{ name: string; type: string }> {
  if (!(await isMacroEnabled(bytes))) return { name, type: XLSX_MEDIA_TYPE };
  const dot = name.lastIndexOf(".");
  const base = dot > 0 ? name.slice(0, dot) : name;
  const kept = name.slice(dot).toLowerCase() === XLSM_EXTENSION ? name : `${base}${XLSM_EXTENSION}`;
  return { name: kept, type: XLSM_TYPE };
}
