/**
 * A new .xlsx package from a WorkbookPlan, written part by part with the package layer's
 * renderers: every sheet (cells, formats, validations, panes, merges, conditional formats,
 * print setup) by `renderSheet`, its tables by `tableXml`, its charts by `chartXml` and
 * `drawingXml`, styles by the StyleBook, the workbook part with its defined names. Every part
 * is parsed back with the tokenizer as it is deflated. A sheet is made, checked and deflated a
 * few rows at a time (`sheetPieces`), so that a sheet of many rows is never held as one text.
 */
import { strToU8, Zip } from "fflate";
import type { WorkbookPlan } from "../../../domain/layout/sheet-plan";
import { FFLATE_CODEC, type ZipCodec } from "../codec";
import { chartXml, drawingXml } from "../package/chart-xml";
import { CT } from "../package/content-types";
import { sheetPieces, tableXml, type RowSource } from "../package/sheet-xml";
import { StyleBook } from "../package/styles";
import { END, firstInvalidChar, XmlError, XmlTokenizer } from "../package/tokenizer";
import {
  appXml,
  contentTypesXml,
  coreXml,
  NEW_REL,
  NEW_STYLES,
  PACKAGE_CT,
  relsXml,
  themeXml,
  workbookXml,
  type Relationship,
  type WorkbookSheet,
} from "./skeleton";

const CREATOR = "Plan vivant";

export interface NewWorkbookOptions {
  /** Draw the sheets' charts (a plan's charts are left out otherwise). */
  charts: boolean;
  /** Rows of tables kept outside the plan, by table name (a consolidation's; see RowSource). */
  rows?: ReadonlyMap<string, RowSource>;
  /** How the parts are deflated (fflate by default: see ../codec). */
  codec?: ZipCodec;
}

/** A part the writer produced that does not parse back: a defect of the writer, never of input. */
export class WriterError extends Error {
  constructor(
    readonly part: string,
    cause: XmlError,
  ) {
    super(`${part}: ${cause.message}`);
    this.name = "WriterError";
  }
}

/** A part's text: whole, or its pieces in order (made as they are read). */
export type PartText = string | Iterable<string>;

const rel = (n: number, type: string, target: string): Relationship => ({ id: `rId${n}`, type, target });

/** Every part of the new package, by path, in the order they are zipped. */
export function newWorkbookParts(plan: WorkbookPlan, options: NewWorkbookOptions): Map<string, PartText> {
  const parts = new Map<string, PartText>();
  const types = new Map<string, string>();
  const styles = new StyleBook(NEW_STYLES);
  const workbookRels: Relationship[] = [];
  const sheets: WorkbookSheet[] = [];
  let tableCount = 0;
  let drawingCount = 0;
  let chartCount = 0;

  types.set("xl/workbook.xml", PACKAGE_CT.workbook);
  plan.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const sheetRels: Relationship[] = [];
    let drawingRelId: string | undefined;
    if (options.charts && sheet.charts.length > 0) {
      const drawing = `xl/drawings/drawing${++drawingCount}.xml`;
      const chartRels = sheet.charts.map((chart, c) => {
        const chartPath = `xl/charts/chart${++chartCount}.xml`;
        parts.set(chartPath, chartXml(chart));
        types.set(chartPath, CT.chart);
        return rel(c + 1, NEW_REL.chart, `../charts/chart${chartCount}.xml`);
      });
      parts.set(
        drawing,
        drawingXml(
          sheet.charts,
          chartRels.map((r) => r.id),
        ),
      );
      parts.set(`xl/drawings/_rels/drawing${drawingCount}.xml.rels`, relsXml(chartRels));
      types.set(drawing, CT.drawing);
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push(rel(sheetRels.length + 1, NEW_REL.drawing, `../drawings/drawing${drawingCount}.xml`));
    }
    const tableRelIds = sheet.tables.map((table) => {
      const n = ++tableCount;
      const source = options.rows?.get(table.name);
      parts.set(`xl/tables/table${n}.xml`, tableXml(table, n, table.name, source?.count));
      types.set(`xl/tables/table${n}.xml`, CT.table);
      const r = rel(sheetRels.length + 1, NEW_REL.table, `../tables/table${n}.xml`);
      sheetRels.push(r);
      return r.id;
    });
    parts.set(
      path,
      sheetPieces(sheet, styles, { drawingRelId, tableRelIds, newWorkbook: true, rows: options.rows }),
    );
    types.set(path, CT.worksheet);
    if (sheetRels.length > 0) parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relsXml(sheetRels));
    workbookRels.push(rel(i + 1, NEW_REL.worksheet, `worksheets/sheet${i + 1}.xml`));
    sheets.push({ name: sheet.name, relId: `rId${i + 1}`, hidden: sheet.hidden ?? false });
  });

  const n = workbookRels.length;
  workbookRels.push(rel(n + 1, NEW_REL.styles, "styles.xml"), rel(n + 2, NEW_REL.theme, "theme/theme1.xml"));
  parts.set("xl/styles.xml", styles.toXml());
  parts.set("xl/theme/theme1.xml", themeXml());
  types.set("xl/styles.xml", CT.styles);
  types.set("xl/theme/theme1.xml", PACKAGE_CT.theme);
  parts.set("xl/workbook.xml", workbookXml(sheets, plan.definedNames));
  parts.set("xl/_rels/workbook.xml.rels", relsXml(workbookRels));
  parts.set("docProps/core.xml", coreXml(CREATOR));
  parts.set("docProps/app.xml", appXml(CREATOR));
  types.set("docProps/core.xml", PACKAGE_CT.core);
  types.set("docProps/app.xml", PACKAGE_CT.app);

  const ordered = new Map<string, PartText>();
  ordered.set("[Content_Types].xml", contentTypesXml(types));
  ordered.set(
    "_rels/.rels",
    relsXml([
      rel(1, NEW_REL.officeDocument, "xl/workbook.xml"),
      rel(2, NEW_REL.coreProperties, "docProps/core.xml"),
      rel(3, NEW_REL.extendedProperties, "docProps/app.xml"),
    ]),
  );
  for (const [path, xml] of parts) ordered.set(path, xml);
  return ordered;
}

/** Characters of a part deflated at a time. */
const BATCH = 1 << 16;

/** The part's text in batches of about BATCH characters (whole pieces: no character is cut). */
function batches(text: PartText): () => string | undefined {
  if (typeof text === "string") {
    let done = false;
    return () => {
      if (done) return undefined;
      done = true;
      return text;
    };
  }
  const pieces = text[Symbol.iterator]();
  return () => {
    let batch = "";
    for (let n = pieces.next(); !n.done; n = pieces.next()) {
      batch += n.value;
      if (batch.length >= BATCH) return batch;
    }
    return batch === "" ? undefined : batch;
  };
}

/**
 * Parses a part back with the tokenizer as `sink` takes its text: throws a WriterError unless it
 * is well-formed XML (one root, tags closed in order, no repeated attribute, no undeclared prefix
 * or entity, no DTD, no character XML 1.0 forbids).
 */
export function checkPart(
  path: string,
  text: PartText,
  sink: (batch: string) => void = () => undefined,
): void {
  const next = batches(text);
  let offset = 0;
  const source = (): string | undefined => {
    const batch = next();
    if (batch === undefined) return undefined;
    const bad = firstInvalidChar(batch);
    if (bad >= 0) throw new WriterError(path, new XmlError("a character XML does not allow", offset + bad));
    offset += batch.length;
    sink(batch);
    return batch;
  };
  try {
    const x = XmlTokenizer.streamed(source);
    for (let t = x.next(); t !== END; t = x.next()) x.verify(t);
    // Whatever follows the root (nothing but spaces, or the tokenizer said so) is read too.
    while (source() !== undefined);
  } catch (error) {
    if (error instanceof XmlError) throw new WriterError(path, error);
    throw error;
  }
}

/** Parses every part back with the tokenizer; a part that does not parse is a WriterError. */
export function checkParts(parts: ReadonlyMap<string, PartText>): void {
  for (const [path, text] of parts) checkPart(path, text);
}

/** The bytes of the new package (deflated), every part checked as it is deflated. */
export function writeNewWorkbook(plan: WorkbookPlan, options: NewWorkbookOptions): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
    size += chunk.length;
  });
  for (const [path, text] of newWorkbookParts(plan, options)) {
    const file = (options.codec ?? FFLATE_CODEC).deflated(path);
    zip.add(file);
    checkPart(path, text, (batch) => file.push(strToU8(batch)));
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
