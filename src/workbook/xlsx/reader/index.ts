/**
 * Plan vivant's .xlsx reader: a WorkbookSnapshot straight from the package, reading only what the
 * contract needs. The zip's central directory is listed; only the package relationships, the
 * workbook part and its relationships, the shared strings, the styles, each worksheet, its
 * relationships and its tables are inflated; each part's XML is scanned once with the tokenizer,
 * without a DOM. Work and memory follow the cells present, never a declared size or range.
 * Every failure is a ReadFailure (failure.ts) naming the part; read.ts words it.
 */
import type { RawMerge, RawOmission, RawTable, WorkbookSnapshot } from "../../../domain/raw";
import type { ZipCodec } from "../codec";
import { relsOf } from "../rels";
import { containerOf } from "./container";
import { ReadFailure } from "./failure";
import { tableGrid, usedRange } from "./grids";
import { partText, requiredText, scanPart, scanPieces } from "./part-text";
import { parseRelationships, relationshipsOf, type Relationship } from "./relationships";
import { parseSharedStrings } from "./shared-strings";
import { scanSheet } from "./sheet-scan";
import { NO_FORMATS, parseStyles } from "./styles";
import { parseTable } from "./table-part";
import { parseWorkbook, workbookNames } from "./workbook-part";
import { ZipPackage } from "./zip";

export { MAX_MERGES } from "./sheet-scan";

function isXmlPart(part: string): boolean {
  return part.toLowerCase().endsWith(".xml");
}

function notXlsx(): ReadFailure {
  return new ReadFailure("not-xlsx");
}

/** The workbook part the package relationships name, or a `not-xlsx` failure. */
function workbookPartOf(zip: ZipPackage): string {
  if (!zip.has("[Content_Types].xml")) throw notXlsx();
  const root = partText(zip, "_rels/.rels");
  if (root === undefined) throw notXlsx();
  const rels = scanPart(zip.spelling("_rels/.rels") ?? "_rels/.rels", root, (x) => parseRelationships(x, ""));
  const office = rels.find((r) => r.kind === "officedocument" && r.part !== "");
  if (!office || !isXmlPart(office.part) || !zip.has(office.part)) throw notXlsx();
  return zip.spelling(office.part) ?? office.part;
}

function byKind(rels: Relationship[], kind: string): string | undefined {
  return rels.find((r) => r.kind === kind && r.part !== "")?.part;
}

/** Reads a package's bytes into a snapshot (small parts inflated by `codec`); throws ReadFailure only. */
export function readPackage(bytes: Uint8Array, codec?: ZipCodec): WorkbookSnapshot {
  const container = containerOf(bytes);
  if (container === "empty") throw new ReadFailure("empty-file");
  if (container === "encrypted") throw new ReadFailure("encrypted");
  if (container !== "zip") throw notXlsx();
  const zip = new ZipPackage(bytes, codec);

  const workbookPart = workbookPartOf(zip);
  const workbook = scanPart(workbookPart, requiredText(zip, workbookPart), parseWorkbook);
  if (!workbook.isWorkbook) throw notXlsx();
  const workbookRels = relsOf(workbookPart);
  if (!zip.has(workbookRels)) throw new ReadFailure("damaged", workbookRels, { kind: "missing" });
  const rels = relationshipsOf(zip, workbookPart);

  const stringsPart = byKind(rels, "sharedstrings");
  const strings =
    stringsPart === undefined || !zip.has(stringsPart)
      ? []
      : scanPieces(zip, zip.spelling(stringsPart) ?? stringsPart, parseSharedStrings);
  const stylesPart = byKind(rels, "styles");
  const stylesText = stylesPart === undefined ? undefined : partText(zip, stylesPart);
  const formats =
    stylesText === undefined ? NO_FORMATS : scanPart(stylesPart as string, stylesText, parseStyles);

  const snapshot: WorkbookSnapshot = {
    tables: [],
    sheets: [],
    sheetNames: [],
    definedNames: workbookNames(workbook.definedNames),
  };
  const merges: RawMerge[] = [];
  const omitted: RawOmission[] = [];
  const cells = { count: 0 };
  const byId = new Map(rels.map((r) => [r.id, r]));
  for (const entry of workbook.sheets) {
    const rel = byId.get(entry.rid);
    if (!rel || rel.part === "")
      throw new ReadFailure("damaged", zip.spelling(workbookRels) ?? workbookRels, { kind: "missing" });
    if (rel.kind !== "worksheet") continue; // a chart sheet or a dialog sheet holds no cells
    const part = zip.spelling(rel.part) ?? rel.part;
    const scanned = scanPieces(zip, part, (x) =>
      scanSheet(x, { strings, formats, date1904: workbook.date1904, cells, part }),
    );
    const name = entry.name;
    snapshot.sheetNames.push(name);

    const tables: RawTable[] = [];
    if (scanned.tableIds.length > 0) {
      const sheetRels = new Map(relationshipsOf(zip, part).map((r) => [r.id, r]));
      for (const id of scanned.tableIds) {
        const target = sheetRels.get(id);
        if (!target || target.kind !== "table" || target.part === "") continue;
        const tablePart = zip.spelling(target.part) ?? target.part;
        const table = scanPart(tablePart, requiredText(zip, tablePart), parseTable);
        if (table) tables.push(tableGrid(name, table, scanned.rows, formats));
      }
    }
    if (tables.length > 0) snapshot.tables.push(...tables);
    else {
      const used = usedRange(name, scanned.rows, formats);
      snapshot.sheets.push(used.grid);
      if (used.omitted) omitted.push(used.omitted);
    }
    for (const m of scanned.merges) {
      if (m.bottom > m.top || m.right > m.left) {
        merges.push({
          sheet: name,
          row: m.top,
          col: m.left,
          rows: m.bottom - m.top + 1,
          cols: m.right - m.left + 1,
        });
      }
    }
  }
  if (merges.length > 0) snapshot.merges = merges;
  if (omitted.length > 0) snapshot.omitted = omitted;
  return snapshot;
}
