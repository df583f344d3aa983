/** Appending data rows right below an Excel table, extending the table to cover them. */
import type { FormatName } from "../../../domain/layout/sheet-plan";
import { sheetRef } from "../../../domain/text";
import { openStyles, saveStyles } from "./bilan-sheet";
import { cellXml, parseRange, rangeA1 } from "./cell-xml";
import { PackageError } from "./errors";
import { parseRels, REL } from "./rels";
import {
  cellHasContent,
  cellStyleOf,
  checkOverwritable,
  findCell,
  parseSheetData,
  putCell,
  renderSheetData,
} from "./sheet-data";
import { readWorkbookInfo, type SheetEntry } from "./workbook-xml";
import { findElement, findElements, getAttr, setAttr, splice } from "./xml";
import { loadPackage, readRequired, readText, relsPathOf, resolveTarget, savePackage } from "./zip";
import type JSZip from "jszip";

export interface FoundTable {
  sheet: SheetEntry;
  sheetPart: string;
  tablePart: string;
  xml: string;
}

/** Finds a table by name (Excel compares table names without case). */
export async function findTable(zip: JSZip, tableName: string): Promise<FoundTable> {
  const info = await readWorkbookInfo(zip);
  for (const sheet of info.sheets) {
    if (!sheet.part) continue;
    for (const rel of parseRels(await readText(zip, relsPathOf(sheet.part)))) {
      if (rel.type !== REL.table || rel.external) continue;
      const tablePart = resolveTarget(sheet.part, rel.target);
      const xml = await readText(zip, tablePart);
      const table = xml ? findElement(xml, "table") : undefined;
      if (!xml || !table) continue;
      const names = [getAttr(table.open, "name"), getAttr(table.open, "displayName")];
      if (names.some((n) => n?.toLowerCase() === tableName.toLowerCase())) {
        return { sheet, sheetPart: sheet.part, tablePart, xml };
      }
    }
  }
  throw new PackageError("table-not-found", { table: tableName });
}

/**
 * Appends `rows` right below table `tableName` and extends its range (and its autoFilter).
 * When the table's last data row is entirely empty, it is filled first. Refuses when a table
 * has a total row or when a cell below the table, within its columns, is not empty. New
 * cells take the style of the cell above them; `formats[i]` sets column i's number format.
 */
export async function appendTableRows(
  xlsx: Uint8Array,
  tableName: string,
  rows: (string | number | boolean | null)[][],
  formats?: (FormatName | undefined)[],
): Promise<Uint8Array> {
  const zip = await loadPackage(xlsx);
  const found = await findTable(zip, tableName);
  const tableEl = findElement(found.xml, "table");
  const range = tableEl ? parseRange(getAttr(tableEl.open, "ref") ?? "") : undefined;
  if (!tableEl || !range) throw new PackageError("unsupported-xml", { part: found.tablePart });
  if (Number(getAttr(tableEl.open, "totalsRowCount") ?? 0) > 0) {
    throw new PackageError("table-has-totals", { table: tableName });
  }
  if (!rows.length) return xlsx;
  const width = range.right - range.left + 1;
  if (rows.some((r) => r.length > width))
    throw new Error(`A row has more values than table ${tableName} has columns`);

  const headerRows = Number(getAttr(tableEl.open, "headerRowCount") ?? 1);
  const firstData = range.top + headerRows;
  const data = parseSheetData(await readRequired(zip, found.sheetPart), found.sheetPart);
  const rowEmpty = (row: number): boolean => {
    for (let col = range.left; col <= range.right; col++) {
      const cell = findCell(data, row, col);
      if (cell && cellHasContent(cell.text)) return false;
    }
    return true;
  };
  const hasData = range.bottom >= firstData;
  const start = hasData && rowEmpty(range.bottom) ? range.bottom : Math.max(range.bottom + 1, firstData);
  const end = start + rows.length - 1;
  for (let row = Math.max(start, range.bottom + 1); row <= end; row++) {
    if (!rowEmpty(row)) {
      const where = `${sheetRef(found.sheet.name)}!${rangeA1(Math.max(start, range.bottom + 1), range.left, end, range.right)}`;
      throw new PackageError("cells-not-empty", { table: tableName, range: where });
    }
  }

  const info = await readWorkbookInfo(zip);
  const styles = await openStyles(zip, info);
  const styleRow = hasData ? range.bottom : range.top;
  const columnStyles = Array.from({ length: width }, (_v, i) => {
    const base = hasData ? cellStyleOf(findCell(data, styleRow, range.left + i)?.text) : 0;
    const format = formats?.[i];
    return format ? styles.book.withFormat(base, format) : base;
  });
  rows.forEach((values, r) => {
    const row = start + r;
    for (let i = 0; i < width; i++) {
      const col = range.left + i;
      checkOverwritable(findCell(data, row, col), found.sheet.name);
      const keep = cellStyleOf(findCell(data, row, col)?.text);
      const style = formats?.[i] ? columnStyles[i] : keep || columnStyles[i];
      putCell(data, row, col, cellXml(row, col, values[i] ?? null, style));
    }
  });
  zip.file(found.sheetPart, renderSheetData(data));

  const bottom = Math.max(range.bottom, end);
  const ref = rangeA1(range.top, range.left, bottom, range.right);
  let tableXml = splice(found.xml, tableEl.start, tableEl.innerStart, setAttr(tableEl.open, "ref", ref));
  // The table's own autoFilter (a child of <table>), not one inside an extension.
  const filter = findElements(tableXml, "autoFilter").find((f) => f.depth === 2);
  if (filter) tableXml = splice(tableXml, filter.start, filter.innerStart, setAttr(filter.open, "ref", ref));
  zip.file(found.tablePart, tableXml);
  await saveStyles(zip, styles.save);
  return savePackage(zip);
}
