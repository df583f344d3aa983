/** `xl/workbook.xml`: its sheets and defined names, read and edited in place. */
import type JSZip from "jszip";
import { PackageError } from "./errors";
import { parseRels, relPart } from "./rels";
import { CLOSE, END, OPEN, TEXT, XmlError, XmlTokenizer, XMLNS_NS } from "./tokenizer";
import {
  escapeAttr,
  escapeText,
  findElements,
  insertionPoint,
  qualify,
  rootBounds,
  rootPrefix,
  setAttr,
  splice,
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
  /** Span of the element in the workbook part it was read from. */
  start: number;
  end: number;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId: number | undefined;
  value: string;
  text: string;
  start: number;
  end: number;
}

/** The workbook part path, from `_rels/.rels` (usually `xl/workbook.xml`). */
export async function workbookPath(zip: JSZip): Promise<string> {
  const rels = parseRels(await readText(zip, "_rels/.rels"));
  const main = rels.find((r) => OFFICE_DOC.test(r.type));
  return main ? resolveTarget("", main.target) : "xl/workbook.xml";
}

/** Prefix bound to the relationships namespace on the root element of `xml` (e.g. `r`), if any. */
export function relPrefix(xml: string): string | undefined {
  const x = new XmlTokenizer(xml);
  if (x.next() !== OPEN) return undefined;
  for (const a of x.attributes()) {
    if (a.ns === XMLNS_NS && a.name.startsWith("xmlns:") && a.value === R_NS) return a.local;
  }
  return undefined;
}

interface Scanned {
  sheets: { name: string; sheetId: number; relId: string; start: number; end: number; text: string }[];
  names: DefinedNameEntry[];
}

/**
 * The `<sheet>` and `<definedName>` elements of a workbook part, in one pass of the tokenizer
 * (a tag in a comment is not an element; any prefix, quoting or spacing is read as XML says).
 */
function scanWorkbook(xml: string): Scanned {
  const out: Scanned = { sheets: [], names: [] };
  const x = new XmlTokenizer(xml);
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.depth !== 2) continue;
    if (x.local !== "sheets" && x.local !== "definedNames") {
      x.skipElement();
      continue;
    }
    const list: string = x.local;
    for (t = x.next(); !(t === CLOSE && x.depth === 2); t = x.next()) {
      if (t !== OPEN) continue;
      const start = x.start;
      const local: string = x.local;
      if (list === "sheets" && local === "sheet") {
        let relId = x.attrNS(R_NS, "id");
        if (relId === undefined) relId = x.attributes().find((a) => a.local === "id" && a.ns !== "")?.value;
        const name = x.attr("name") ?? "";
        const sheetId = Number(x.attr("sheetId") ?? 0);
        x.skipElement();
        out.sheets.push({
          name,
          sheetId,
          relId: relId ?? "",
          start,
          end: x.end,
          text: xml.slice(start, x.end),
        });
      } else if (list === "definedNames" && local === "definedName") {
        const name = x.attr("name") ?? "";
        const scope = x.attr("localSheetId");
        let value = "";
        const depth: number = x.depth;
        for (let u = x.next(); !(u === CLOSE && x.depth === depth); u = x.next()) {
          if (u === TEXT) value += x.text();
        }
        out.names.push({
          name,
          localSheetId: scope === undefined || scope.trim() === "" ? undefined : Number(scope),
          value,
          text: xml.slice(start, x.end),
          start,
          end: x.end,
        });
      } else x.skipElement();
    }
  }
  return out;
}

function scan(xml: string, part = "xl/workbook.xml"): Scanned {
  try {
    return scanWorkbook(xml);
  } catch (e) {
    if (e instanceof XmlError) throw new PackageError("unsupported-xml", { part });
    throw e;
  }
}

export function parseSheets(
  workbookXml: string,
  rels: string | undefined,
  workbookPart: string,
): SheetEntry[] {
  const relList = new Map(parseRels(rels).map((r) => [r.id, r] as const));
  return scan(workbookXml, workbookPart).sheets.map((el, index) => {
    const rel = relList.get(el.relId);
    return {
      name: el.name,
      sheetId: el.sheetId,
      relId: el.relId,
      part: rel ? relPart(workbookPart, rel) : undefined,
      index,
      text: el.text,
      start: el.start,
      end: el.end,
    };
  });
}

export function parseDefinedNames(workbookXml: string): DefinedNameEntry[] {
  return scan(workbookXml).names;
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
  const ids = scan(xml).sheets.map((el) => el.sheetId);
  const sheetId = Math.max(0, ...ids.filter((n) => Number.isFinite(n))) + 1;
  const prefix = relPrefix(xml);
  const idAttr = prefix
    ? `${prefix}:id="${escapeAttr(relId)}"`
    : `xmlns:r="${R_NS}" r:id="${escapeAttr(relId)}"`;
  const main = rootPrefix(xml);
  const el = qualify(
    `<sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ""}/>`,
    main,
  ).replace(/\/>$/, ` ${idAttr}/>`);
  const sheets = findElements(xml, "sheets").find((e) => e.depth === 2);
  if (!sheets) throw new PackageError("unsupported-xml", { part: "xl/workbook.xml" });
  if (sheets.selfClosing) {
    return `${xml.slice(0, sheets.start)}${sheets.open.slice(0, -2).trimEnd()}>${el}</${sheets.name}>${xml.slice(sheets.end)}`;
  }
  return splice(xml, sheets.innerEnd, sheets.innerEnd, el);
}

/** Renames the `<sheet>` element of `sheet` (found again by its position among the sheets). */
export function renameSheetElement(xml: string, sheet: SheetEntry, name: string): string {
  const el = scan(xml).sheets[sheet.index];
  if (!el) return xml;
  return splice(xml, el.start, el.end, setAttr(el.text, "name", name));
}

/**
 * Sets a defined name, workbook-level or (with `localSheetId`) scoped to a sheet: adds it, or
 * replaces the value of the existing one (its other attributes kept).
 */
export function setDefinedName(xml: string, name: string, value: string, localSheetId?: number): string {
  const existing = scan(xml).names.find(
    (n) => n.localSheetId === localSheetId && n.name.toLowerCase() === name.toLowerCase(),
  );
  const main = rootPrefix(xml);
  if (existing) {
    const x = new XmlTokenizer(existing.text);
    x.next();
    const open = existing.text.slice(0, x.end);
    const tag = x.selfClosing ? `${open.slice(0, -2).trimEnd()}>` : open;
    return splice(xml, existing.start, existing.end, `${tag}${escapeText(value)}</${x.name}>`);
  }
  const scope = localSheetId === undefined ? "" : ` localSheetId="${localSheetId}"`;
  const bare = `<definedName name="${escapeAttr(name)}"${scope}>${escapeText(value)}</definedName>`;
  const el = qualify(bare, main);
  const names = findElements(xml, "definedNames").find((e) => e.depth === 2);
  if (names) {
    if (names.selfClosing) {
      return `${xml.slice(0, names.start)}${names.open.slice(0, -2).trimEnd()}>${el}</${names.name}>${xml.slice(names.end)}`;
    }
    return splice(xml, names.innerEnd, names.innerEnd, el);
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
  return splice(xml, at, at, qualify(`<definedNames>${bare}</definedNames>`, main));
}
