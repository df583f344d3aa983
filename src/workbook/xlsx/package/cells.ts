/**
 * Writing cells and Plan vivant's conditional formats into an existing worksheet (the
 * computed columns of the Actions table: Statut actuel, Avancement (%), Dernier suivi,
 * Alerte, and the highlight of late or blocked rows).
 *
 * How Plan vivant recognises its own conditional-format rules: each rule's formula is
 * written as `AND(<formula>,N("PlanVivant.<tag>")=0)`. `N()` of a text is 0, so the rule
 * means exactly `<formula>`; the marker is a string literal, which Excel and LibreOffice keep
 * verbatim when they save, unlike dxf ids (renumbered) or priorities (renumbered when the
 * user edits rules). `setConditionalFormats(..., tag)` removes only rules carrying that
 * marker, and leaves the user's own rules (and their priorities) untouched.
 */
import {
  hasMarker,
  ownFormula,
  type ConditionalFormatPlan,
  type FormatName,
} from "../../../domain/layout/sheet-plan";
import { openStyles, saveStyles } from "./bilan-sheet";
import { cellXml } from "./cell-xml";
import { CONTENT_TYPES, removeOverrides } from "./content-types";
import { parseRels, REL, removeRels } from "./rels";
import { conditionalFormatXml } from "./sheet-xml";
import {
  checkOverwritable,
  cellStyleOf,
  findCell,
  parseSheetData,
  putCell,
  readCell,
  renderSheetData,
} from "./sheet-data";
import { readWorkbookInfo, sheetByName, type WorkbookInfo } from "./workbook-xml";
import {
  findElements,
  getAttr,
  insertionPoint,
  qualify,
  rootBounds,
  unescapeXml,
  type XmlElement,
} from "./xml";
import { loadPackage, readRequired, resolveTarget, savePackage } from "./zip";
import type JSZip from "jszip";

export interface CellWrite {
  row: number;
  col: number;
  value: string | number | null;
  format?: FormatName;
}

/** Drops calcChain.xml (a cache Excel rebuilds) after a formula cell was overwritten. */
export async function dropCalcChain(zip: JSZip, info: WorkbookInfo): Promise<void> {
  const rel = parseRels(info.rels).find((r) => r.type === REL.calcChain);
  if (!rel || !info.rels) return;
  const path = resolveTarget(info.path, rel.target);
  zip.remove(path);
  zip.file(info.relsPath, removeRels(info.rels, [rel.id]));
  zip.file(CONTENT_TYPES, removeOverrides(await readRequired(zip, CONTENT_TYPES), [path]));
}

/**
 * Updates or inserts cells of sheet `sheetName` (rows and cells kept in order). A cell keeps
 * its style; `format` gives it a number format on top of that style. Text is stored as an
 * inline string, never as a formula. `null` empties the cell (its style stays).
 */
export async function writeCells(
  xlsx: Uint8Array,
  sheetName: string,
  cells: CellWrite[],
): Promise<Uint8Array> {
  const zip = await loadPackage(xlsx);
  const info = await readWorkbookInfo(zip);
  const part = sheetByName(info, sheetName).part as string;
  const data = parseSheetData(await readRequired(zip, part), part);
  const styles = await openStyles(zip, info);
  let formulaLost = false;
  for (const cell of cells) {
    const existing = findCell(data, cell.row, cell.col);
    checkOverwritable(existing, sheetName);
    if (existing && readCell(existing.text).formula) formulaLost = true;
    let style = cellStyleOf(existing?.text);
    if (cell.format) style = styles.book.withFormat(style, cell.format);
    putCell(data, cell.row, cell.col, cellXml(cell.row, cell.col, cell.value, style));
  }
  zip.file(part, renderSheetData(data));
  await saveStyles(zip, styles.save);
  if (formulaLost) await dropCalcChain(zip, info);
  return savePackage(zip);
}

/** True when a `<cfRule>` element is one Plan vivant wrote with `tag`. */
export function isOwnRule(ruleXml: string, tag: string): boolean {
  return hasMarker(unescapeXml(ruleXml), tag);
}

const BEFORE_CF = [
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
];

/**
 * Replaces the conditional-format rules Plan vivant added to sheet `sheetName` under `tag`
 * by `rules` (see the module comment for how they are recognised). Their priorities come
 * after the user's rules.
 */
export async function setConditionalFormats(
  xlsx: Uint8Array,
  sheetName: string,
  rules: ConditionalFormatPlan[],
  tag: string,
): Promise<Uint8Array> {
  const zip = await loadPackage(xlsx);
  const info = await readWorkbookInfo(zip);
  const part = sheetByName(info, sheetName).part as string;
  let xml = await readRequired(zip, part);

  // Each block's rules, by span (blocks and rules both come in document order): one pass.
  const blocks = findElements(xml, "conditionalFormatting");
  const allRules = findElements(xml, "cfRule");
  const cuts: [number, number][] = [];
  let k = 0;
  for (const block of blocks) {
    const inBlock: XmlElement[] = [];
    while (k < allRules.length && allRules[k].start < block.start) k++;
    while (k < allRules.length && allRules[k].end <= block.end) inBlock.push(allRules[k++]);
    const own = inBlock.filter((r) => isOwnRule(r.text, tag));
    if (!own.length) continue;
    if (own.length === inBlock.length) cuts.push([block.start, block.end]);
    else for (const r of own) cuts.push([r.start, r.end]);
  }
  for (const [from, to] of cuts.reverse()) xml = xml.slice(0, from) + xml.slice(to);

  if (rules.length) {
    const styles = await openStyles(zip, info);
    const priorities = findElements(xml, "cfRule").map((r) => Number(getAttr(r.open, "priority") ?? 0));
    let priority = Math.max(0, ...priorities);
    const added = rules
      .map((rule) => {
        const formula = ownFormula({ ...rule, tag });
        return conditionalFormatXml(rule, styles.book.dxf(rule.fill, rule.color), ++priority, formula);
      })
      .join("");
    const root = rootBounds(xml, "worksheet");
    const at = insertionPoint(xml, root.openEnd, root.closeStart, BEFORE_CF);
    xml = xml.slice(0, at) + qualify(added, root.prefix) + xml.slice(at);
    await saveStyles(zip, styles.save);
  }
  zip.file(part, xml);
  return savePackage(zip);
}
