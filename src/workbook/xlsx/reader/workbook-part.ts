/**
 * The workbook part: its sheets in tab order (name, state, relationship id), its defined names
 * (workbook-level, and sheet-level ones with their `localSheetId`), and its date system.
 */
import { CLOSE, END, OPEN, TEXT, type XmlTokenizer } from "../package/tokenizer";

export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Strict OOXML's relationships namespace. */
export const R_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface SheetEntry {
  name: string;
  /** `visible`, `hidden` or `veryHidden`. */
  state: string;
  /** The sheet's relationship id in the workbook's `.rels`. */
  rid: string;
}

export interface DefinedName {
  name: string;
  /** The formula or constant as stored, without a leading `=`. */
  value: string;
  /** The tab index of the sheet it belongs to; undefined for a workbook-level name. */
  localSheetId?: number;
}

export interface WorkbookPart {
  /** Whether the root element is a spreadsheetml `workbook`. */
  isWorkbook: boolean;
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
}

/** An `r:id` attribute, whatever prefix the part binds to the relationships namespace. */
export function relId(x: XmlTokenizer): string | undefined {
  return x.attrNS(R_NS, "id") ?? x.attrNS(R_NS_STRICT, "id");
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

export function parseWorkbook(x: XmlTokenizer): WorkbookPart {
  const out: WorkbookPart = { isWorkbook: false, sheets: [], definedNames: [], date1904: false };
  let name: DefinedName | undefined;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (x.depth === 1) {
        out.isWorkbook = x.local === "workbook";
        if (!out.isWorkbook) return out;
        continue;
      }
      switch (x.local) {
        case "workbookPr":
          out.date1904 = isTrue(x.attr("date1904"));
          break;
        case "sheet":
          out.sheets.push({
            name: x.attr("name") ?? "",
            state: x.attr("state") ?? "visible",
            rid: relId(x) ?? "",
          });
          break;
        case "definedName": {
          const local = x.attr("localSheetId");
          name = {
            name: x.attr("name") ?? "",
            value: "",
            ...(local !== undefined ? { localSheetId: Number(local) } : {}),
          };
          break;
        }
        default:
          break;
      }
    } else if (t === TEXT && name) {
      name.value += x.text();
    } else if (t === CLOSE && name && x.local === "definedName") {
      if (name.value.startsWith("=")) name.value = name.value.slice(1);
      out.definedNames.push(name);
      name = undefined;
    }
  }
  return out;
}

/** Workbook-level defined names as the snapshot holds them (Excel's own `_xlnm.` names left out). */
export function workbookNames(names: DefinedName[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    if (n.localSheetId !== undefined || !n.name || n.name.startsWith("_xlnm.")) continue;
    out[n.name] = n.value;
  }
  return out;
}
