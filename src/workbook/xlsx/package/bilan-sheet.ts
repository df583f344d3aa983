/**
 * The sheet Plan vivant owns (the bilan): added to the package, or replaced in place with
 * its drawing, charts and tables. A workbook-level defined name (e.g. `PlanVivant.Bilan`)
 * marks which sheet is Plan vivant's; a user's own sheet of the same name is never touched.
 */
import type JSZip from "jszip";
import type { SheetPlan } from "../../../domain/layout/sheet-plan";
import { sheetRef } from "../../../domain/text";
import { chartXml, drawingXml } from "./chart-xml";
import { CONTENT_TYPES, CT, removeOverrides, setOverride } from "./content-types";
import { exclusiveParts, links } from "./graph";
import { addRel, parseRels, REL, removeRels } from "./rels";
import { renderSheet, tableXml } from "./sheet-xml";
import { StyleBook } from "./styles";
import {
  addSheetElement,
  readWorkbookInfo,
  renameSheetElement,
  setDefinedName,
  sheetOfReference,
  type SheetEntry,
  type WorkbookInfo,
} from "./workbook-xml";
import { findElements, getAttr } from "./xml";
import {
  freePartName,
  loadPackage,
  partPaths,
  readRequired,
  readText,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  savePackage,
} from "./zip";

export interface OwnedSheetOptions {
  /**
   * Workbook-level defined name marking the sheet as Plan vivant's, e.g. `PlanVivant.Bilan`.
   * Without one, the sheet is only added (the tracking sheets that `create` adds).
   */
  ownerName?: string;
}

/** A valid sheet name: no `[]:*?/\`, no leading or trailing apostrophe, at most 31 characters. */
export function cleanSheetName(name: string, maxLength = 31): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Bilan").slice(0, maxLength).trim();
}

/** `name`, or `name (2)`, `name (3)`... : the first not taken (Excel compares without case). */
export function freeSheetName(name: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const base = cleanSheetName(name);
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${cleanSheetName(base, 31 - suffix.length)}${suffix}`;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** The plan under its final sheet name: chart references to the planned name follow it. */
export function renamePlan(plan: SheetPlan, sheetName: string): SheetPlan {
  if (plan.name === sheetName) return plan;
  const prefixes = [`${sheetRef(plan.name)}!`, `'${plan.name.replace(/'/g, "''")}'!`, `${plan.name}!`];
  const move = (ref: string): string => {
    const hit = prefixes.find((p) => ref.startsWith(p));
    return hit ? `${sheetRef(sheetName)}!${ref.slice(hit.length)}` : ref;
  };
  return {
    ...plan,
    name: sheetName,
    charts: plan.charts.map((c) => ({
      ...c,
      categories: move(c.categories),
      series: c.series.map((s) => ({ ...s, values: move(s.values) })),
    })),
  };
}

/**
 * The sheet Plan vivant owns under `ownerName`, if any. The mark is two defined names that only
 * Plan vivant writes together: the workbook-level `ownerName` and a name of the same spelling
 * scoped to that very sheet (`localSheetId` = its position in `<sheets>`), both pointing at it.
 * A workbook-level name alone (copied with a sheet from another workbook, typed by hand) does
 * not make a sheet Plan vivant's: that sheet is the user's and is never replaced.
 */
export function ownedSheet(info: WorkbookInfo, ownerName: string): SheetEntry | undefined {
  const lower = ownerName.toLowerCase();
  const global = info.names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === lower);
  const sheetName = global ? sheetOfReference(global.value) : undefined;
  if (!sheetName) return undefined;
  const sheet = info.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase() && s.part);
  if (!sheet) return undefined;
  const local = info.names.find((n) => n.localSheetId === sheet.index && n.name.toLowerCase() === lower);
  if (!local) return undefined;
  const localSheet = sheetOfReference(local.value);
  if (localSheet !== undefined && localSheet.toLowerCase() !== sheet.name.toLowerCase()) return undefined;
  return sheet;
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Opens the workbook's styles part (a minimal one is created if the package has none);
 * `save` writes it back when it changed and returns the content types to keep.
 */
export async function openStyles(
  zip: JSZip,
  info: WorkbookInfo,
): Promise<{ book: StyleBook; save: (types: string) => string }> {
  const rel = parseRels(info.rels).find((r) => r.type === REL.styles);
  if (rel) {
    const path = resolveTarget(info.path, rel.target);
    const book = new StyleBook(await readRequired(zip, path), path);
    return {
      book,
      save: (types) => {
        if (book.modified) zip.file(path, book.toXml());
        return types;
      },
    };
  }
  const path = freePartName(partPaths(zip), "xl/styles", ".xml").replace(/1\.xml$/, ".xml");
  const book = new StyleBook(MINIMAL_STYLES, path);
  return {
    book,
    save: (types) => {
      zip.file(path, book.toXml());
      const added = addRel(info.rels, REL.styles, relativeTarget(info.path, path));
      info.rels = added.xml;
      return setOverride(types, path, CT.styles);
    },
  };
}

/** Writes the styles (if changed) and the content types (if that changed them). */
export async function saveStyles(zip: JSZip, save: (types: string) => string): Promise<void> {
  const types = await readRequired(zip, CONTENT_TYPES);
  const next = save(types);
  if (next !== types) zip.file(CONTENT_TYPES, next);
}

async function tableInventory(zip: JSZip): Promise<{ ids: number[]; names: string[] }> {
  const ids: number[] = [];
  const names: string[] = [];
  for (const path of partPaths(zip)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
    const xml = (await readText(zip, path)) ?? "";
    const table = findElements(xml, "table")[0];
    if (!table) continue;
    ids.push(Number(getAttr(table.open, "id") ?? 0));
    names.push(getAttr(table.open, "name") ?? "", getAttr(table.open, "displayName") ?? "");
  }
  return { ids, names };
}

/**
 * Adds `plan` as a sheet of the package (with its charts and tables), or replaces the sheet
 * the defined name `ownerName` points to. Every other part stays byte-identical, except
 * workbook.xml, its rels, [Content_Types].xml and styles.xml, which only gain entries
 * (and, when a sheet is replaced, lose those of its removed parts; calcChain.xml, a cache
 * Excel rebuilds, is then dropped).
 */
export async function writeOwnedSheet(
  xlsx: Uint8Array,
  plan: SheetPlan,
  options: OwnedSheetOptions,
): Promise<{ bytes: Uint8Array; sheetName: string; replaced?: string }> {
  const zip = await loadPackage(xlsx);
  const info = await readWorkbookInfo(zip);
  let types = await readRequired(zip, CONTENT_TYPES);
  const owned = options.ownerName === undefined ? undefined : ownedSheet(info, options.ownerName);
  const sheetName = freeSheetName(
    plan.name,
    info.sheets.filter((s) => s !== owned).map((s) => s.name),
  );

  const placed = renamePlan(plan, sheetName);

  let sheetPart: string;
  if (owned && owned.part) {
    sheetPart = owned.part;
    const graph = await links(zip);
    const removed = [...exclusiveParts(graph, sheetPart)].filter((p) => p !== sheetPart);
    for (const part of removed) {
      zip.remove(part);
      zip.remove(relsPathOf(part));
    }
    zip.remove(relsPathOf(sheetPart));
    types = removeOverrides(types, removed);
    if (owned.name !== sheetName) info.xml = renameSheetElement(info.xml, owned, sheetName);
    const calcRel = parseRels(info.rels).find((r) => r.type === REL.calcChain);
    if (calcRel && info.rels) {
      const calcPath = resolveTarget(info.path, calcRel.target);
      zip.remove(calcPath);
      types = removeOverrides(types, [calcPath]);
      info.rels = removeRels(info.rels, [calcRel.id]);
    }
  } else {
    sheetPart = freePartName(partPaths(zip), "xl/worksheets/sheet", ".xml");
    const added = addRel(info.rels, REL.worksheet, relativeTarget(info.path, sheetPart));
    info.rels = added.xml;
    info.xml = addSheetElement(info.xml, sheetName, added.id, plan.hidden ?? false);
  }
  types = setOverride(types, sheetPart, CT.worksheet);

  let sheetRels: string | undefined;
  let drawingRelId: string | undefined;
  if (plan.charts.length) {
    const taken = partPaths(zip);
    const drawingPart = freePartName(taken, "xl/drawings/drawing", ".xml");
    let drawingRels: string | undefined;
    const chartIds: string[] = [];
    for (const chart of placed.charts) {
      const chartPart = freePartName(partPaths(zip), "xl/charts/chart", ".xml");
      zip.file(chartPart, chartXml(chart));
      types = setOverride(types, chartPart, CT.chart);
      const added = addRel(drawingRels, REL.chart, relativeTarget(drawingPart, chartPart));
      drawingRels = added.xml;
      chartIds.push(added.id);
    }
    zip.file(drawingPart, drawingXml(placed.charts, chartIds));
    zip.file(relsPathOf(drawingPart), drawingRels as string);
    types = setOverride(types, drawingPart, CT.drawing);
    const added = addRel(sheetRels, REL.drawing, relativeTarget(sheetPart, drawingPart));
    sheetRels = added.xml;
    drawingRelId = added.id;
  }

  const tableRelIds: string[] = [];
  if (plan.tables.length) {
    const inventory = await tableInventory(zip);
    const takenNames = new Set(
      [...inventory.names, ...info.names.map((n) => n.name)].map((n) => n.toLowerCase()),
    );
    let nextId = Math.max(0, ...inventory.ids) + 1;
    for (const table of plan.tables) {
      let name = table.name;
      for (let n = 2; takenNames.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
      takenNames.add(name.toLowerCase());
      const tablePart = freePartName(partPaths(zip), "xl/tables/table", ".xml");
      zip.file(tablePart, tableXml(table, nextId++, name));
      types = setOverride(types, tablePart, CT.table);
      const added = addRel(sheetRels, REL.table, relativeTarget(sheetPart, tablePart));
      sheetRels = added.xml;
      tableRelIds.push(added.id);
    }
  }

  const styles = await openStyles(zip, info);
  zip.file(sheetPart, renderSheet(placed, styles.book, { drawingRelId, tableRelIds }));
  if (sheetRels) zip.file(relsPathOf(sheetPart), sheetRels);
  types = styles.save(types);

  if (options.ownerName !== undefined) {
    // Both halves of the mark (see ownedSheet): the workbook-level name and the sheet's own.
    const ref = `${sheetRef(sheetName)}!$A$1`;
    const index = owned ? owned.index : info.sheets.length;
    info.xml = setDefinedName(info.xml, options.ownerName, ref);
    info.xml = setDefinedName(info.xml, options.ownerName, ref, index);
  }
  zip.file(info.path, info.xml);
  if (info.rels !== undefined) zip.file(info.relsPath, info.rels);
  zip.file(CONTENT_TYPES, types);
  const saved = await savePackage(zip);
  return owned?.part ? { bytes: saved, sheetName, replaced: owned.name } : { bytes: saved, sheetName };
}
