/** `xl/workbook.xml`: its sheets and defined names, read and edited in place. */
import type JSZip from "jszip";
import { PackageError } from "./errors";
import { parseRels, relPart } from "./rels";
import {
  escapeAttr,
  escapeText,
  findElement,
  findElements,
  getAttr,
  insertionPoint,
  rootBounds,
  unescapeXml,
} from "./xml";
import { readRequired, readText, relsPathOf, resolveTarget } from "./zip";

const OFFICE_DOC = /\/relationships\/officeDocument$/;
export const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Package path of the sheet part, e.g. `xl/worksheets/sheet1.xml`. */
  part: string | undefined;
  /** Position among the workbook's sheets (0-based), as `localSheetId` counts. */
  index: number;
  text: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | undefined;
  value: string;
  text: string;
}

/** The workbook part path, from `_rels/.rels` (usually `xl/workbook.xml`). */
export async function workbookPath(zip: JSZip): Promise<string> {
  const rels = parseRels(await readText(zip, "_rels/.rels"));
  const main = rels.find((r) => OFFICE_DOC.test(r.type));
  return main ? resolveTarget("", main.target) : "xl/workbook.xml";
}

/** Prefix bound to the relationships namespace on the root element of `xml` (e.g. `r`), if any. */
export function relPrefix(xml: string): string | undefined {
  const root = /<(?!\?)[^>]*>/.exec(xml)?.[0] ?? "";
  const m =
    /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(root);
  return m?.[1];
}

export function parseSheets(
  workbookXml: string,
  rels: string | undefined,
  workbookPart: string,
): SheetEntry[] {
  const relList = parseRels(rels);
  return findElements(workbookXml, "sheet").map((el, index) => {
    const relId = unescapeXml(/\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(el.open)?.[1] ?? "");
    const rel = relList.find((r) => r.id === relId);
    return {
      name: getAttr(el.open, "name") ?? "",
      sheetId: Number(getAttr(el.open, "sheetId") ?? 0),
      relId,
      part: rel ? relPart(workbookPart, rel) : undefined,
      index,
      text: el.text,
    };
  });
}

export function parseDefinedNames(workbookXml: string): DefinedNameEntry[] {
  return findElements(workbookXml, "definedName").map((el) => {
    const local = getAttr(el.open, "localSheetId");
    return {
      name: getAttr(el.open, "name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      value: unescapeXml(el.inner),
      text: el.text,
    };
  });
}

export interface WorkbookInfo {
  path: string;
  relsPath: string;
  xml: string;
  rels: string | undefined;
  sheets: SheetEntry[];
  names: DefinedNameEntry[];
}

export async function readWorkbookInfo(zip: JSZip): Promise<WorkbookInfo> {
  const path = await workbookPath(zip);
  const relsPath = relsPathOf(path);
  const xml = await readRequired(zip, path);
  const rels = await readText(zip, relsPath);
  return { path, relsPath, xml, rels, sheets: parseSheets(xml, rels, path), names: parseDefinedNames(xml) };
}

/** The sheet named `name` (Excel compares sheet names without case). */
export function sheetByName(info: WorkbookInfo, name: string): SheetEntry {
  const sheet = info.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet || !sheet.part) throw new PackageError("sheet-not-found", { sheet: name });
  return sheet;
}

/** The sheet name a reference such as `'Bilan (2)'!$A$1` points to, if it names one. */
export function sheetOfReference(ref: string): string | undefined {
  const m = /^\s*=?\s*(?:'((?:[^']|'')+)'|([^'!\s][^!]*))!/.exec(ref);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

/** Appends a `<sheet>` element; returns the new xml. */
export function addSheetElement(xml: string, name: string, relId: string, hidden: boolean): string {
  const ids = findElements(xml, "sheet").map((el) => Number(getAttr(el.open, "sheetId") ?? 0));
  const sheetId = Math.max(0, ...ids) + 1;
  const prefix = relPrefix(xml);
  const idAttr = prefix ? `${prefix}:id="${relId}"` : `xmlns:r="${R_NS}" r:id="${relId}"`;
  const el = `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ""} ${idAttr}/>`;
  const sheets = findElement(xml, "sheets");
  if (!sheets) throw new PackageError("unsupported-xml", { part: "xl/workbook.xml" });
  if (sheets.inner === "" && sheets.open.endsWith("/>")) {
    return (
      xml.slice(0, sheets.start) + sheets.open.replace(/\/>$/, ">") + el + "</sheets>" + xml.slice(sheets.end)
    );
  }
  const close = sheets.end - "</sheets>".length;
  return xml.slice(0, close) + el + xml.slice(close);
}

/** Renames a `<sheet>` element (found by its current text). */
export function renameSheetElement(xml: string, sheet: SheetEntry, name: string): string {
  const renamed = sheet.text.replace(/(\sname\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${escapeAttr(name)}"`);
  return xml.replace(sheet.text, renamed);
}

/** Sets a workbook-level defined name (adds it, or replaces the value of the existing one). */
export function setDefinedName(xml: string, name: string, value: string): string {
  const existing = parseDefinedNames(xml).find(
    (n) => n.localSheetId === undefined && n.name.toLowerCase() === name.toLowerCase(),
  );
  if (existing) {
    const open =
      /^<definedName\b[^>]*>/.exec(existing.text)?.[0] ?? `<definedName name="${escapeAttr(name)}">`;
    const selfClosing = open.endsWith("/>");
    const el = `${selfClosing ? open.replace(/\/>$/, ">") : open}${escapeText(value)}</definedName>`;
    return xml.replace(existing.text, el);
  }
  const el = `<definedName name="${escapeAttr(name)}">${escapeText(value)}</definedName>`;
  const names = findElement(xml, "definedNames");
  if (names) {
    if (names.inner === "" && names.open.endsWith("/>")) {
      return xml.slice(0, names.start) + `<definedNames>${el}</definedNames>` + xml.slice(names.end);
    }
    const close = names.end - "</definedNames>".length;
    return xml.slice(0, close) + el + xml.slice(close);
  }
  const root = rootBounds(xml, "workbook");
  const at = insertionPoint(xml, root.openEnd, root.closeStart, [
    "fileVersion",
    "fileSharing",
    "workbookPr",
    "workbookProtection",
    "bookViews",
    "sheets",
    "functionGroups",
    "externalReferences",
  ]);
  return xml.slice(0, at) + `<definedNames>${el}</definedNames>` + xml.slice(at);
}
