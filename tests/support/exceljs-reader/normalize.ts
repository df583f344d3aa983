/**
 * Package normalization before ExcelJS reads an .xlsx file.
 *
 * ExcelJS 4.4 finds parts by fixed names and relationship targets by the exact relative
 * spelling it writes itself (`../tables/table1.xml` from a sheet). Other producers write
 * valid packages it cannot read: openpyxl writes absolute targets (`/xl/tables/table1.xml`),
 * openpyxl puts comments at `xl/comments/comment1.xml`
 * (and their drawing at `xl/drawings/commentsDrawing1.vml`), and OPC part names are
 * case-insensitive. Here every internal relationship target is resolved per OPC rules and,
 * only where ExcelJS would miss it, rewritten relative to its source part; parts that
 * ExcelJS finds by name (sheets, tables, comments) are renamed to its canonical names.
 * A package that needs nothing is handed over untouched (no re-zip). The normalized bytes
 * are for ExcelJS to read only ([Content_Types].xml is not updated for renamed parts):
 * never save them in place of the user's file.
 */
import JSZip from "jszip";
import { relativeTarget, relsOf, resolveTarget, sourceOfRels } from "../../../src/workbook/xlsx/rels";

export { relativeTarget, relsOf, resolveTarget, sourceOfRels };

/** The office document relationship: which part is the workbook. */
const OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_TYPE = {
  worksheet: /\/worksheet$/,
  table: /\/table$/,
  comments: /\/comments$/,
  vmlDrawing: /\/vmlDrawing$/,
} as const;

/** The part names ExcelJS 4.4 recognises (see exceljs/lib/xlsx/xlsx.js `load`). */
const CANONICAL = {
  worksheet: { test: /^xl\/worksheets\/sheet\d+\.xml$/, make: (n: number) => `xl/worksheets/sheet${n}.xml` },
  table: { test: /^xl\/tables\/table\d+\.xml$/, make: (n: number) => `xl/tables/table${n}.xml` },
  comments: { test: /^xl\/comments\d+\.xml$/, make: (n: number) => `xl/comments${n}.xml` },
  vmlDrawing: {
    test: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    make: (n: number) => `xl/drawings/vmlDrawing${n}.vml`,
  },
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface PreparedPackage {
  /** The bytes to hand ExcelJS: the input itself when nothing had to change. */
  bytes: Uint8Array;
  /** Part names (after renaming) whose content or name changed, for diagnostics and tests. */
  changed: string[];
  /** The text of `xl/workbook.xml`. */
  workbookXml: string;
}

export class PackageError extends Error {
  constructor(
    message: string,
    readonly kind: "not-xlsx" | "unreadable",
  ) {
    super(message);
    this.name = "PackageError";
  }
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : XML_ENTITIES[e],
  );
}

function encodeXmlAttr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[2] ?? m[3]) : undefined;
}

/** The relationships of a `.rels` part, in document order. */
export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const tag = m[0];
    out.push({
      id: attr(tag, "Id") ?? "",
      type: attr(tag, "Type") ?? "",
      target: attr(tag, "Target") ?? "",
      external: (attr(tag, "TargetMode") ?? "").toLowerCase() === "external",
    });
  }
  return out;
}

function renderRels(rels: Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${encodeXmlAttr(r.id)}" Type="${encodeXmlAttr(r.type)}" Target="${encodeXmlAttr(r.target)}"` +
        `${r.external ? ' TargetMode="External"' : ""}/>`,
    )
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`
  );
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  );
}

/** The bytes as a Uint8Array (a Node Buffer is one): no Buffer, so the page can run it in a browser. */
function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/**
 * Opens an .xlsx package and makes it readable by ExcelJS.
 * Throws PackageError `not-xlsx` for anything that is not a spreadsheetml zip package
 * (text, .xls, .ods, .xlsb), `unreadable` for a damaged zip.
 */
const EMPTY_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>';

export async function preparePackage(data: Uint8Array | ArrayBuffer): Promise<PreparedPackage> {
  const input = toBytes(data);
  if (!isZip(input)) throw new PackageError("not a zip archive", "not-xlsx");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch (e) {
    throw new PackageError(`damaged zip archive: ${(e as Error).message}`, "unreadable");
  }

  // Part names are case-insensitive (OPC); ExcelJS also strips a leading slash.
  const byLower = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) byLower.set(name.replace(/^\//, "").toLowerCase(), name);
  }
  const entryOf = (part: string): string | undefined => byLower.get(part.toLowerCase());
  const read = (part: string): Promise<string> | undefined => {
    const entry = entryOf(part);
    return entry === undefined ? undefined : zip.file(entry)!.async("string");
  };

  const rootRels = read("_rels/.rels");
  if (!rootRels || !entryOf("[Content_Types].xml"))
    throw new PackageError("no package relationships", "not-xlsx");
  const officeDoc = parseRels(await rootRels).find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
  const workbookPart = officeDoc ? resolveTarget("", officeDoc.target) : "";
  if (!/\.xml$/i.test(workbookPart) || !entryOf(workbookPart))
    throw new PackageError("no spreadsheetml workbook part", "not-xlsx");
  if (workbookPart.toLowerCase() !== "xl/workbook.xml") {
    throw new PackageError(`workbook part at ${workbookPart}, not xl/workbook.xml`, "unreadable");
  }
  const workbookXml = await read(workbookPart)!;
  if (!/<(?:\w+:)?workbook\b/.test(workbookXml))
    throw new PackageError("no spreadsheetml workbook part", "not-xlsx");

  // Load every .rels part (small) with the part it describes, by canonical (lower-case-resolved) name.
  const relsParts = [...byLower.values()].filter((n) => /(^|\/)_rels\/[^/]*\.rels$/i.test(n));
  const relsXml = await Promise.all(relsParts.map((n) => zip.file(n)!.async("string")));
  const canon = (part: string): string => (entryOf(part) ?? part).replace(/^\//, "");
  const sources = relsParts.map((n) => canon(sourceOfRels(n.replace(/^\//, ""))));
  const rels = relsXml.map(parseRels);

  // Parts ExcelJS finds by name: rename those that do not follow its naming.
  const rename = new Map<string, string>();
  const taken = new Set([...byLower.keys()]);
  const wanted = (part: string, kind: keyof typeof CANONICAL): void => {
    const c = CANONICAL[kind];
    if (c.test.test(part) || rename.has(part) || !entryOf(part)) return;
    let n = 1;
    while (taken.has(c.make(n).toLowerCase())) n++;
    const next = c.make(n);
    taken.add(next.toLowerCase());
    rename.set(part, next);
  };
  rels.forEach((list, i) => {
    for (const r of list) {
      if (r.external) continue;
      const part = canon(resolveTarget(sources[i], r.target));
      if (sources[i] === "xl/workbook.xml" && REL_TYPE.worksheet.test(r.type)) wanted(part, "worksheet");
      else if (REL_TYPE.table.test(r.type)) wanted(part, "table");
      else if (REL_TYPE.comments.test(r.type)) wanted(part, "comments");
      else if (REL_TYPE.vmlDrawing.test(r.type)) wanted(part, "vmlDrawing");
    }
  });
  const renamed = (part: string): string => rename.get(part) ?? part;

  // Rewrite the .rels parts whose targets ExcelJS would not find, relative to their (renamed) source.
  const changed: string[] = [];
  const newRels = new Map<string, string>();
  rels.forEach((list, i) => {
    const source = renamed(sources[i]);
    let dirty = rename.has(sources[i]);
    const next = list.map((r) => {
      if (r.external) return r;
      const part = renamed(canon(resolveTarget(sources[i], r.target)));
      const target = relativeTarget(source, part);
      if (target === r.target) return r;
      dirty = true;
      return { ...r, target };
    });
    if (dirty) newRels.set(relsParts[i], renderRels(next));
  });

  // Drawings: the snapshot never uses them, and ExcelJS 4.4 cannot parse a drawing written
  // without the `xdr:` prefix (openpyxl's charts): it then fails on "reading 'anchors'".
  // The copy handed to ExcelJS gets empty drawings; the user's file is never touched.
  const drawings = [...byLower.values()].filter((n) => /^\/?xl\/drawings\/[^/]+\.xml$/i.test(n));

  if (newRels.size === 0 && rename.size === 0 && drawings.length === 0)
    return { bytes: input, changed, workbookXml };

  for (const entry of drawings) {
    zip.file(entry, EMPTY_DRAWING, { compression: "STORE" });
    changed.push(entry);
  }

  for (const [entry, xml] of newRels) {
    const source = renamed(sources[relsParts.indexOf(entry)]);
    const target = source === "" ? "_rels/.rels" : relsOf(source);
    zip.remove(entry);
    zip.file(target, xml, { compression: "STORE" });
    changed.push(target);
  }
  for (const [from, to] of rename) {
    const entry = entryOf(from)!;
    const content = await zip.file(entry)!.async("uint8array");
    zip.remove(entry);
    zip.file(to, content, { compression: "STORE" });
    changed.push(to);
  }
  // Untouched entries keep their compressed bytes (JSZip reuses them when the method matches).
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, changed, workbookXml };
}

/** Workbook-level defined names of `xl/workbook.xml`: name -> formula or constant text as stored (`"1"` for a text constant). */
export function definedNamesOf(workbookXml: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of workbookXml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g,
  )) {
    const attrs = ` ${m[1]}`;
    if (attr(attrs, "localSheetId") !== undefined) continue;
    const name = attr(attrs, "name");
    if (!name || name.startsWith("_xlnm.")) continue;
    out[name] = decodeXml(m[2] ?? "").replace(/^=/, "");
  }
  return out;
}
