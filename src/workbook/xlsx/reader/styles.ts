/**
 * Number formats per cell style: the styles part's custom `numFmts` and its `cellXfs`, each
 * style index mapped to its format code (built-in ids as Excel defines them: 9 and 10 percents,
 * 14 to 22 and 45 to 47 dates and times). General is null. Whether a code is a date format
 * follows the rule the .xlsx reader has always used (ExcelJS's): letters y m d h s b outside
 * quotes and brackets.
 */
import { END, OPEN, type XmlTokenizer } from "../package/tokenizer";

/** Built-in format codes by id (ECMA-376 §18.8.30), those with a code independent of the locale. */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface CellFormats {
  /** Format code per style index (`s` of a cell); null for General or an unknown id. */
  codes: (string | null)[];
  /** Whether each style's format is a date format. */
  dates: boolean[];
}

export const NO_FORMATS: CellFormats = { codes: [], dates: [] };

/** Whether a format code shows a date or a time. */
export function isDateFormat(code: string): boolean {
  let quoted = false;
  let bracket = false;
  // A quote or bracket opens only when it closes later: the last of each, found once.
  const lastQuote = code.lastIndexOf('"');
  const lastBracket = code.lastIndexOf("]");
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (bracket) {
      if (c === "]") bracket = false;
      continue;
    }
    if (c === '"' && lastQuote > i) quoted = true;
    else if (c === "[" && lastBracket > i) bracket = true;
    else if (c === "y" || c === "m" || c === "d" || c === "h" || c === "M" || c === "s" || c === "b")
      return true;
  }
  return false;
}

/**
 * A format code with its escapes undone (`yyyy\-mm\-dd`, as LibreOffice writes it, is
 * `yyyy-mm-dd`): the domain recognises formats by their code, whoever wrote the file.
 */
function unescape(code: string): string {
  if (code.indexOf("\\") < 0) return code;
  let out = "";
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "\\" && i + 1 < code.length) i++;
    out += code[i];
  }
  return out;
}

export function parseStyles(x: XmlTokenizer): CellFormats {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) {
      if (inCellXfs && x.depth === inCellXfs && x.local === "cellXfs") inCellXfs = 0;
      continue;
    }
    const local = x.local;
    if (local === "numFmt") {
      const id = Number(x.attr("numFmtId"));
      const code = x.attr("formatCode");
      if (Number.isInteger(id) && code) custom.set(id, unescape(code));
    } else if (local === "cellXfs") {
      if (!x.selfClosing) inCellXfs = x.depth;
    } else if (local === "xf" && inCellXfs && x.depth === inCellXfs + 1) {
      ids.push(Number(x.attr("numFmtId") ?? 0));
    }
  }
  const codes = ids.map((id) => {
    const code = custom.get(id) ?? BUILT_IN[id] ?? null;
    return code === null || code === "General" || id === 0 ? null : code;
  });
  return { codes, dates: codes.map((c) => c !== null && isDateFormat(c)) };
}
