/**
 * Outputs of a macro-enabled workbook: they keep the .xlsm extension (Excel refuses to open a
 * macro-enabled package under an .xlsx name), decided from the package's content, not its name.
 */
import path from "node:path";
import type { Lang } from "../domain/lang";
import { cliText } from "../i18n/cli";
import { fileErrorMessage } from "../i18n/files";
import { XLSM_EXTENSION } from "../workbook/xlsx/macro";
import { CliError } from "./errors";

/** The extension of a workbook written from a package: .xlsm when it holds macros, else .xlsx. */
export function workbookExtension(macro: boolean): string {
  return macro ? XLSM_EXTENSION : ".xlsx";
}

/** Refuses, before any work, to write the macro-enabled `input` under another extension than .xlsm. */
export function checkMacroOutput(out: string, input: string, macro: boolean, lang: Lang): void {
  if (macro && path.extname(out).toLowerCase() !== XLSM_EXTENSION) {
    throw new CliError(cliText[lang].unusable(out, fileErrorMessage("macro-type", lang, { file: input })), 2);
  }
}
