/**
 * The guard before writing a user's workbook: which parts of the input would be missing
 * from, or changed in a data-losing way in, the output. Parts Plan vivant may change are
 * compared by what they must keep (every sheet and defined name of workbook.xml, every
 * relationship, content type and style entry, the rest of a worksheet beyond its cells).
 */
import type JSZip from "jszip";
import { ownedSheet } from "./bilan-sheet";
import { parseContentTypes } from "./content-types";
import { exclusiveParts, links, sourceOfRels } from "./graph";
import { parseRels, relPart } from "./rels";
import { parseDefinedNames, readWorkbookInfo } from "./workbook-xml";
import { sheetRef } from "../../../domain/text";
import { a1 } from "./cell-xml";
import { changedCells, ownedRects, tableShape, type TableShape } from "./cell-guard";
import { PackageError } from "./errors";
import { decodePart } from "./decode";
import { parseSheetData, readCell } from "./sheet-data";
import { END, OPEN, XmlError, XmlTokenizer } from "./tokenizer";
import { findElement, findElements, getAttr } from "./xml";
import { loadPackage, partPaths, readText, relsPathOf } from "./zip";

export type PartKind =
  | "workbook"
  | "worksheet"
  | "chartsheet"
  | "table"
  | "chart"
  | "drawing"
  | "vml"
  | "media"
  | "pivot-table"
  | "pivot-cache"
  | "vba"
  | "comments"
  | "threaded-comments"
  | "persons"
  | "external-link"
  | "custom-xml"
  | "query-table"
  | "connections"
  | "slicer"
  | "timeline"
  | "embedding"
  | "control"
  | "theme"
  | "styles"
  | "shared-strings"
  | "calc-chain"
  | "content-types"
  | "relationships"
  | "doc-props"
  | "printer-settings"
  | "other";

export interface PartInfo {
  path: string;
  kind: PartKind;
}

export interface LostPart {
  kind: PartKind;
  path: string;
  /** `missing`: the part is gone; `changed`: something it held is gone (see `detail`). */
  reason: "missing" | "changed";
  /** What is gone, e.g. `sheet Suivis`, `defined name MonTotal`, `formula B7`. */
  detail?: string;
}

const KINDS: [RegExp, PartKind][] = [
  [/^\[Content_Types\]\.xml$/i, "content-types"],
  [/\.rels$/i, "relationships"],
  [/^docProps\//i, "doc-props"],
  [/^customXml\//i, "custom-xml"],
  [/vbaProject\.bin$|vbaData\.xml$/i, "vba"],
  [/^xl\/workbook\.xml$/i, "workbook"],
  [/^xl\/worksheets\/[^/]+\.xml$/i, "worksheet"],
  [/^xl\/chartsheets\//i, "chartsheet"],
  [/^xl\/tables\//i, "table"],
  [/^xl\/charts\//i, "chart"],
  [/\.vml$/i, "vml"],
  [/^xl\/drawings\//i, "drawing"],
  [/^xl\/media\//i, "media"],
  [/^xl\/pivotTables\//i, "pivot-table"],
  [/^xl\/pivotCache\//i, "pivot-cache"],
  [/^xl\/threadedComments\//i, "threaded-comments"],
  [/^xl\/persons\//i, "persons"],
  [/^xl\/comments/i, "comments"],
  [/^xl\/externalLinks\//i, "external-link"],
  [/^xl\/queryTables\//i, "query-table"],
  [/^xl\/connections\.xml$/i, "connections"],
  [/^xl\/slicer/i, "slicer"],
  [/^xl\/timeline/i, "timeline"],
  [/^xl\/embeddings\//i, "embedding"],
  [/^xl\/(activeX|ctrlProps)\//i, "control"],
  [/^xl\/theme\//i, "theme"],
  [/^xl\/styles\.xml$/i, "styles"],
  [/^xl\/sharedStrings\.xml$/i, "shared-strings"],
  [/^xl\/calcChain\.xml$/i, "calc-chain"],
  [/printerSettings/i, "printer-settings"],
];

export function kindOf(path: string): PartKind {
  return KINDS.find(([re]) => re.test(path))?.[1] ?? "other";
}

export function listParts(zip: JSZip): PartInfo[] {
  return partPaths(zip).map((path) => ({ path, kind: kindOf(path) }));
}

export interface CompareOptions {
  /** Defined names marking sheets Plan vivant owns (default: every `PlanVivant.*` name pointing to a sheet). */
  ownerNames?: string[];
  /** Cells the write asked for, by sheet name (lower case): `"row:col"` keys, 1-based. */
  askedCells?: Map<string, Set<string>>;
}

/** The tables a worksheet part links to, as they stand in `zip`. */
async function tablesOf(zip: JSZip, sheetPart: string): Promise<TableShape[]> {
  const out: TableShape[] = [];
  for (const rel of parseRels(await readText(zip, relsPathOf(sheetPart)))) {
    const target = relPart(sheetPart, rel);
    if (!target || !/\/table$/.test(rel.type)) continue;
    const xml = await readText(zip, target);
    const shape = xml ? tableShape(xml) : undefined;
    if (shape) out.push(shape);
  }
  return out;
}

async function ownedParts(
  zip: JSZip,
  ownerNames: string[] | undefined,
): Promise<{ parts: Set<string>; sheets: Set<string> }> {
  const info = await readWorkbookInfo(zip);
  const names = ownerNames ?? info.names.filter((n) => /^PlanVivant\./i.test(n.name)).map((n) => n.name);
  const parts = new Set<string>();
  const sheets = new Set<string>();
  const graph = await links(zip);
  for (const name of names) {
    const sheet = ownedSheet(info, name);
    if (!sheet?.part) continue;
    sheets.add(sheet.name.toLowerCase());
    for (const p of exclusiveParts(graph, sheet.part)) {
      parts.add(p);
      parts.add(relsPathOf(p));
    }
  }
  return { parts, sheets };
}

/** Every part of `before` that is missing from `after` or changed there in a data-losing way. */
export async function compareParts(
  before: Uint8Array,
  after: Uint8Array,
  options: CompareOptions = {},
): Promise<LostPart[]> {
  const a = await loadPackage(before);
  const b = await loadPackage(after);
  const owned = await ownedParts(a, options.ownerNames);
  const sheetNames = new Map(
    (await readWorkbookInfo(a)).sheets.filter((s) => s.part).map((s) => [s.part as string, s.name]),
  );
  const afterPaths = new Map(partPaths(b).map((p) => [p.toLowerCase(), p]));
  const lost: LostPart[] = [];
  const gone = (path: string): boolean => !afterPaths.has(path.toLowerCase());
  const tolerated = (path: string): boolean => owned.parts.has(path) || kindOf(path) === "calc-chain";

  for (const { path, kind } of listParts(a)) {
    if (owned.parts.has(path)) continue;
    const otherPath = afterPaths.get(path.toLowerCase());
    if (!otherPath) {
      if (kind !== "calc-chain") lost.push({ kind, path, reason: "missing" });
      continue;
    }
    const x = await (a.file(path) as JSZip.JSZipObject).async("uint8array");
    const y = await (b.file(otherPath) as JSZip.JSZipObject).async("uint8array");
    if (sameBytes(x, y)) continue;
    let oldXml: string;
    let newXml: string;
    try {
      oldXml = decodePart(x);
      newXml = decodePart(y);
    } catch {
      lost.push({ kind, path, reason: "changed", detail: "content" });
      continue;
    }
    let details: string[];
    try {
      details = changedDetails(kind, path, oldXml, newXml, { owned: owned.sheets, tolerated, gone });
    } catch (e) {
      if (!(e instanceof XmlError)) throw e;
      details = ["content"];
    }
    if (kind === "worksheet" && !details.includes("content")) {
      const sheet = sheetNames.get(path);
      try {
        const owned = ownedRects(await tablesOf(a, path), await tablesOf(b, otherPath));
        const asked = sheet ? options.askedCells?.get(sheet.toLowerCase()) : undefined;
        const changed = changedCells(oldXml, newXml, owned, asked);
        if (changed.count > 0) {
          const where = changed.cells.map((c) => `${sheetRef(sheet ?? path)}!${c}`).join(", ");
          details.push(`cells ${where}${changed.count > changed.cells.length ? ` (${changed.count})` : ""}`);
        }
      } catch (e) {
        if (!(e instanceof XmlError || e instanceof PackageError)) throw e;
        details.push("content");
      }
    }
    for (const detail of details) lost.push({ kind, path, reason: "changed", detail });
  }
  return lost;
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

interface Context {
  owned: Set<string>;
  tolerated: (path: string) => boolean;
  gone: (path: string) => boolean;
}

/** What a changed part lost (empty when the change keeps everything). */
export function changedDetails(
  kind: PartKind,
  path: string,
  before: string,
  after: string,
  ctx: Context,
): string[] {
  switch (kind) {
    case "workbook":
      return workbookLosses(before, after, ctx);
    case "relationships": {
      const source = sourceOfRels(path);
      const kept = new Set(parseRels(after).map((r) => `${r.type} ${relPart(source, r) ?? r.target}`));
      return parseRels(before)
        .filter((r) => {
          const target = relPart(source, r);
          if (target !== undefined && ctx.tolerated(target) && ctx.gone(target)) return false;
          return !kept.has(`${r.type} ${target ?? r.target}`);
        })
        .map((r) => `relationship ${r.id} -> ${r.target}`);
    }
    case "content-types": {
      const x = parseContentTypes(before);
      const y = parseContentTypes(after);
      const out = [...x.defaults.keys()].filter((e) => !y.defaults.has(e)).map((e) => `default .${e}`);
      for (const part of x.overrides.keys()) {
        if (y.overrides.has(part) || (ctx.tolerated(part) && ctx.gone(part))) continue;
        out.push(`override /${part}`);
      }
      return out;
    }
    case "styles":
      return stylesLosses(before, after);
    case "shared-strings": {
      const x = findElements(before, "si").map((s) => s.text);
      const y = findElements(after, "si").map((s) => s.text);
      return x.every((s, i) => y[i] === s) ? [] : ["shared strings"];
    }
    case "doc-props":
    case "calc-chain":
      return [];
    case "worksheet":
      return worksheetLosses(before, after);
    case "table":
      return tableLosses(before, after);
    default:
      return ["content"];
  }
}

function workbookLosses(before: string, after: string, ctx: Context): string[] {
  const out: string[] = [];
  const sheetNames = (xml: string): string[] =>
    findElements(xml, "sheet").map((s) => getAttr(s.open, "name") ?? "");
  const kept = new Set(sheetNames(after).map((n) => n.toLowerCase()));
  for (const name of sheetNames(before)) {
    if (!kept.has(name.toLowerCase()) && !ctx.owned.has(name.toLowerCase())) out.push(`sheet ${name}`);
  }
  const names = new Map(
    parseDefinedNames(after).map((n) => [`${n.name.toLowerCase()}#${n.localSheetId ?? ""}`, n.value]),
  );
  for (const n of parseDefinedNames(before)) {
    if (/^PlanVivant\./i.test(n.name)) continue;
    const value = names.get(`${n.name.toLowerCase()}#${n.localSheetId ?? ""}`);
    if (value === undefined || (value !== n.value && !refersToOwned(n.value, ctx)))
      out.push(`defined name ${n.name}`);
  }
  for (const el of ["pivotCache", "externalReference"]) {
    if (findElements(after, el).length < findElements(before, el).length) out.push(el);
  }
  return out;
}

function refersToOwned(value: string, ctx: Context): boolean {
  const m = /^'?((?:[^'!]|'')+)'?!/.exec(value);
  return m ? ctx.owned.has(m[1].replace(/''/g, "'").toLowerCase()) : false;
}

const STYLE_COLLECTIONS: [string, string][] = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
  ["tableStyles", "tableStyle"],
];

function collection(xml: string, name: string, child: string): string[] {
  const el = findElement(xml, name);
  if (!el || !el.inner) return [];
  return findElements(xml, child, el.start + el.open.length, el.end).map((c) => c.text);
}

function stylesLosses(before: string, after: string): string[] {
  const out: string[] = [];
  for (const [name, child] of STYLE_COLLECTIONS) {
    const x = collection(before, name, child);
    const y = collection(after, name, child);
    if (!x.every((s, i) => y[i] === s)) out.push(`styles ${name}`);
  }
  return out;
}

const FRAME_SKIPPED = new Set(["sheetData", "dimension", "conditionalFormatting"]);

/**
 * The worksheet without its cells, dimension and conditional formats: the root's children of
 * those names are cut out, found by the tokenizer in one pass (linear whatever a comment holds).
 */
export function sheetFrame(xml: string): string {
  const x = new XmlTokenizer(xml);
  let out = "";
  let last = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.depth !== 2) continue;
    const start = x.start;
    const skipped = FRAME_SKIPPED.has(x.local);
    x.skipElement();
    if (skipped) {
      out += xml.slice(last, start);
      last = x.end;
    }
  }
  return out + xml.slice(last);
}

/** Equality of two formula elements, ignoring spacing. */
function sameFormula(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const norm = (s: string): string => s.replace(/\s+/g, " ").replace(/\s*(\/?>)/g, "$1");
  return norm(a) === norm(b);
}

function formulas(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  let data;
  try {
    data = parseSheetData(xml, "");
  } catch {
    return out;
  }
  for (const row of data.rows) {
    for (const c of row.cells) {
      const f = readCell(c.text).formula;
      if (f) out.set(a1(c.row, c.col), `<f t="${f.type ?? ""}" ref="${f.ref ?? ""}">${f.text}</f>`);
    }
  }
  return out;
}

function worksheetLosses(before: string, after: string): string[] {
  const out: string[] = [];
  if (sheetFrame(before) !== sheetFrame(after)) out.push("sheet settings");
  const rules = new Set(findElements(after, "cfRule").map((r) => r.text));
  for (const r of findElements(before, "cfRule")) {
    if (!/N\((?:"|&quot;)PlanVivant\./.test(r.text) && !rules.has(r.text)) out.push("conditional format");
  }
  const f2 = formulas(after);
  for (const [ref, f] of formulas(before)) if (!sameFormula(f, f2.get(ref))) out.push(`formula ${ref}`);
  return out;
}

function tableLosses(before: string, after: string): string[] {
  const x = findElement(before, "table");
  const y = findElement(after, "table");
  if (!x || !y) return ["table"];
  const out: string[] = [];
  for (const attr of ["id", "name", "displayName"])
    if (getAttr(x.open, attr) !== getAttr(y.open, attr)) out.push(`table ${attr}`);
  const cols = (xml: string): string => findElement(xml, "tableColumns")?.text ?? "";
  if (cols(before) !== cols(after)) out.push("table columns");
  const [xs, xe] = (getAttr(x.open, "ref") ?? "").split(":");
  const [ys, ye] = (getAttr(y.open, "ref") ?? "").split(":");
  const row = (ref: string | undefined): number => Number(/\d+$/.exec(ref ?? "")?.[0] ?? 0);
  if (xs !== ys || row(ye) < row(xe) || xe?.replace(/\d+$/, "") !== ye?.replace(/\d+$/, ""))
    out.push("table range");
  return out;
}
