/**
 * Macro-enabled workbooks (.xlsm): their workbook part has the macro-enabled content type and
 * the package holds a VBA project. The editor keeps both as they are; a caller names the
 * output `.xlsm` (Excel refuses an .xlsx that holds macros).
 */
import type JSZip from "jszip";
import { CONTENT_TYPES, parseContentTypes } from "./content-types";
import { workbookPath } from "./workbook-xml";
import { loadPackage, partPaths, readText } from "./zip";

export const MACRO_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/** Whether an opened package is macro-enabled: the workbook's content type, or a VBA project part. */
export async function isMacroEnabledZip(zip: JSZip): Promise<boolean> {
  const types = await readText(zip, CONTENT_TYPES);
  if (types !== undefined) {
    const part = await workbookPath(zip);
    const type = parseContentTypes(types).overrides.get(part);
    if (type?.toLowerCase() === MACRO_WORKBOOK_TYPE) return true;
  }
  return partPaths(zip).some((p) => /(^|\/)vbaProject\.bin$/i.test(p));
}

/** Whether the bytes of a package are a macro-enabled workbook (.xlsm). */
export async function isMacroEnabled(bytes: Uint8Array): Promise<boolean> {
  return isMacroEnabledZip(await loadPackage(bytes));
}
