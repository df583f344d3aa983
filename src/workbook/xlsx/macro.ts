/**
 * Whether a package is a macro-enabled workbook (.xlsm), from what it declares rather than its
 * file name: its main part's content type in `[Content_Types].xml`. Excel opens a package only
 * under the extension its main part's type calls for, so the output of an .xlsm must be an .xlsm.
 */
import { END, OPEN, XmlTokenizer } from "./package/tokenizer";
import { partText } from "./reader/part-text";
import { isZip, ZipPackage } from "./reader/zip";

/** The main part types of a macro-enabled workbook, template and add-in (lower case). */
const MACRO_MAIN_TYPES = new Set([
  "application/vnd.ms-excel.sheet.macroenabled.main+xml",
  "application/vnd.ms-excel.template.macroenabled.main+xml",
  "application/vnd.ms-excel.addin.macroenabled.main+xml",
]);

export const XLSM_EXTENSION = ".xlsm";
/** The media type of a macro-enabled workbook, for a download. */
export const XLSM_TYPE = "application/vnd.ms-excel.sheet.macroEnabled.12";

/** Whether `[Content_Types].xml` gives a part a macro-enabled main type (content types ignore case). */
export function declaresMacros(contentTypes: string): boolean {
  const x = new XmlTokenizer(contentTypes);
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || (x.local !== "Override" && x.local !== "Default")) continue;
    const type = x.attr("ContentType");
    if (type !== undefined && MACRO_MAIN_TYPES.has(type.trim().toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether the package in `bytes` is macro-enabled. A package that cannot be opened, or whose
 * content types cannot be read, is not (the reader says what is wrong with it).
 */
export async function isMacroEnabled(bytes: Uint8Array): Promise<boolean> {
  try {
    // Only the zip's directory and its content types are read (not the whole archive).
    if (!isZip(bytes)) return false;
    const types = partText(new ZipPackage(bytes), "[Content_Types].xml");
    return types !== undefined && declaresMacros(types);
  } catch {
    return false;
  }
}
