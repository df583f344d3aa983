/**
 * Applies a write batch to an existing .xlsx package by editing its parts (never by
 * re-saving it through ExcelJS), then refuses the result if any part of the user's would
 * be lost or damaged: the file is only ever replaced by a package that keeps everything.
 */
import { ALERT_TAG } from "../../domain/bilan/computed-columns";
import type { Lang } from "../../domain/lang";
import { fileErrorMessage } from "../../i18n/files";
import { WorkbookError, type CellWrite, type WriteBatch, type WriteResult } from "../port";
import { appendTableRows } from "./package/append-rows";
import { writeOwnedSheet } from "./package/bilan-sheet";
import { setConditionalFormats, writeCells } from "./package/cells";
import { compareParts } from "./package/parts";
import { readWorkbookInfo, setDefinedName } from "./package/workbook-xml";
import { decodePart, PartDecodeError } from "./package/decode";
import { checkWellFormed, XmlError } from "./package/tokenizer";
import { loadPackage, partPaths, savePackage } from "./package/zip";
import type JSZip from "jszip";

/** The defined name that marks the Bilan sheet as Plan vivant's. */
export const BILAN_OWNER = "PlanVivant.Bilan";

export async function editXlsx(
  input: Uint8Array,
  batch: WriteBatch,
  options: { lang?: Lang; file?: string } = {},
): Promise<{ bytes: Uint8Array; result: WriteResult }> {
  let bytes: Uint8Array = input;
  const result: WriteResult = {};
  if (batch.create) {
    for (const sheet of batch.create.sheets) bytes = (await writeOwnedSheet(bytes, sheet, {})).bytes;
    bytes = await setDefinedNames(bytes, batch.create.definedNames);
  }
  for (const append of batch.append ?? []) {
    bytes = await appendTableRows(bytes, append.table, append.rows, append.formats);
  }
  for (const [sheet, cells] of bySheet(batch.cells ?? [])) {
    bytes = await writeCells(
      bytes,
      sheet,
      cells.map((c) => ({
        row: c.row,
        col: c.col,
        value: c.value === true || c.value === false ? String(c.value) : c.value,
        format: c.format,
      })),
    );
  }
  for (const cf of batch.conditionalFormats ?? []) {
    const tag = cf.rules.find((r) => r.tag)?.tag ?? ALERT_TAG;
    bytes = await setConditionalFormats(bytes, cf.sheet, cf.rules, tag);
  }
  if (batch.ownedSheet) {
    const written = await writeOwnedSheet(bytes, batch.ownedSheet, { ownerName: BILAN_OWNER });
    bytes = written.bytes;
    result.ownedSheet = written.sheetName;
    if (written.replaced !== undefined) result.replacedSheet = written.replaced;
  }
  await checkWrittenParts(input, bytes, options);
  const askedCells = new Map<string, Set<string>>();
  for (const c of batch.cells ?? []) {
    const key = c.sheet.toLowerCase();
    const set = askedCells.get(key) ?? new Set<string>();
    set.add(`${c.row}:${c.col}`);
    askedCells.set(key, set);
  }
  const lost = await compareParts(input, bytes, { ownerNames: [BILAN_OWNER], askedCells });
  if (lost.length > 0) {
    const cause = lost.map((p) => `${p.path}${p.detail ? ` (${p.detail})` : ""}`).join(", ");
    const params: Record<string, string> = { cause };
    if (options.file) params.file = options.file;
    throw new WorkbookError(
      fileErrorMessage("would-lose", options.lang ?? "fr", params),
      "would-lose",
      params,
    );
  }
  return { bytes, result };
}

/**
 * Parses back, with the XML tokenizer, every XML part the edit wrote or changed: a part that is
 * not well-formed refuses the write (`damaged`, naming the part), so nothing is written.
 */
export async function checkWrittenParts(
  input: Uint8Array,
  output: Uint8Array,
  options: { lang?: Lang; file?: string } = {},
): Promise<void> {
  if (output === input) return;
  const before = await loadPackage(input);
  const after = await loadPackage(output);
  for (const path of partPaths(after)) {
    if (!/\.(xml|rels|vml)$/i.test(path) && path !== "[Content_Types].xml") continue;
    const y = await (after.file(path) as JSZip.JSZipObject).async("uint8array");
    const old = before.file(path);
    if (old && sameBytes(await old.async("uint8array"), y)) continue;
    try {
      checkWellFormed(decodePart(y));
    } catch (e) {
      const cause = e instanceof XmlError ? e.message : e instanceof PartDecodeError ? e.message : String(e);
      const params: Record<string, string> = { part: path, cause };
      if (options.file) params.file = options.file;
      throw new WorkbookError(fileErrorMessage("damaged", options.lang ?? "fr", params), "damaged", params);
    }
  }
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function bySheet(cells: CellWrite[]): Map<string, CellWrite[]> {
  const out = new Map<string, CellWrite[]>();
  for (const cell of cells) {
    const list = out.get(cell.sheet);
    if (list) list.push(cell);
    else out.set(cell.sheet, [cell]);
  }
  return out;
}

async function setDefinedNames(bytes: Uint8Array, names: Record<string, string>): Promise<Uint8Array> {
  if (Object.keys(names).length === 0) return bytes;
  const zip = await loadPackage(bytes);
  const info = await readWorkbookInfo(zip);
  let xml = info.xml;
  for (const [name, value] of Object.entries(names)) xml = setDefinedName(xml, name, value);
  zip.file(info.path, xml);
  return savePackage(zip);
}
