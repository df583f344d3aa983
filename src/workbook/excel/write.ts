/// <reference types="office-js" />
/**
 * Writes a WriteBatch in one round trip (one `sync()`), or one per 4 MB chunk when the
 * payload is bigger than Excel on the web accepts in a request. Everything that can be
 * refused for a known reason (a missing table, a sheet that already exists) is refused
 * before anything is sent: an Office batch is not a transaction.
 *
 * Conditional formats Plan vivant owns are replaced by tag: the rules carrying the tag's
 * marker, as the read just before listed them, are deleted by id first in the batch (a rule
 * gone since fails the batch before anything else is touched), then the new ones are added.
 * The user's rules are never deleted: no `clearAll()`.
 */
import type { Lang } from "../../domain/lang";
import type { ConditionalFormatPlan, SheetPlan } from "../../domain/layout/sheet-plan";
import type { AppendPlan, WriteBatch, WriteResult } from "../port";
import { a1Range, asFormula, splitReference } from "./addresses";
import { cellBlocks, cellFormat, hasAny, rowBytes, rowSlices, type CellInput, type CellSpot } from "./cells";
import { workbookError } from "./errors";
import { OWNER_NAME, type WorkbookKnowledge } from "./read";
import {
  deleteConditionalFormats,
  renderConditionalFormats,
  renderSheet,
  type ResolveRange,
} from "./render-sheet";
import type { ExcelSupport } from "./requirements";
import { freshRules, idsCarrying, listRules, type RuleKnowledge } from "./rules";
import { WriteQueue } from "./write-queue";

export interface WriteOutcome {
  result: WriteResult;
  /**
   * Round trips spent: 1 unless the payload passed the budget, plus 1 when conditional
   * formats are replaced without a fresh listing of the rules (no read just before).
   */
  syncs: number;
  /** The structure after the write, for the next one. */
  knowledge: WorkbookKnowledge;
}

const lower = (name: string) => name.toLowerCase();

function hasSheet(knowledge: WorkbookKnowledge, name: string): boolean {
  return knowledge.sheets.some((s) => lower(s.name) === lower(name));
}

/** The owned sheet's name: the plan's, or `Bilan (2)`, `Bilan (3)`... when a user's sheet has it. */
export function ownedSheetName(knowledge: WorkbookKnowledge, base: string): string {
  const owned = knowledge.ownedSheet;
  const taken = (name: string) =>
    hasSheet(knowledge, name) && (owned === undefined || lower(owned) !== lower(name));
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base} (${n})`)) n += 1;
  return `${base} (${n})`;
}

function checkBatch(batch: WriteBatch, knowledge: WorkbookKnowledge, lang: Lang): void {
  const created = new Set<string>();
  for (const sheet of batch.create?.sheets ?? []) {
    if (hasSheet(knowledge, sheet.name)) throw workbookError("exists", lang, { name: sheet.name });
    created.add(lower(sheet.name));
    for (const table of sheet.tables) {
      if (knowledge.tables.has(lower(table.name))) throw workbookError("exists", lang, { name: table.name });
    }
  }
  const createdTables = new Set(
    (batch.create?.sheets ?? []).flatMap((s) => s.tables.map((t) => lower(t.name))),
  );
  for (const append of batch.append ?? []) {
    const name = lower(append.table);
    if (!knowledge.tables.has(name) && !createdTables.has(name)) {
      throw workbookError("missing-table", lang, { table: append.table });
    }
  }
  const sheets = [
    ...(batch.cells ?? []).map((c) => c.sheet),
    ...(batch.conditionalFormats ?? []).map((c) => c.sheet),
  ];
  for (const sheet of sheets) {
    if (!hasSheet(knowledge, sheet) && !created.has(lower(sheet)))
      throw workbookError("not-found", lang, { name: sheet });
  }
}

/** A resolver of a sheet plan's references: its own sheet name means the sheet as actually named. */
function resolverFor(plan: SheetPlan, sheet: () => Excel.Worksheet): ResolveRange {
  return (context, reference) => {
    const { sheet: name, address } = splitReference(reference);
    if (name === undefined || lower(name) === lower(plan.name)) return sheet().getRange(address);
    return context.workbook.worksheets.getItem(name).getRange(address);
  };
}

/**
 * Rows appended to a table: `rows.add` with every text cell empty, then the new rows' `@`
 * formats, then their text (a string written into a General cell would be parsed: cells.ts).
 * `rows.add` takes boolean, string and number only (Office.js types it
 * `(boolean | string | number)[][]` and nothing documents what null does; Excel refuses it
 * with InvalidArgument), so an empty cell is "" there: Plan vivant's tables have no
 * calculated column whose formula "" could break, their computed columns are written as values.
 */
function queueAppend(q: WriteQueue, append: AppendPlan): void {
  if (append.rows.length === 0) return;
  const table = q.make((context) => context.workbook.tables.getItem(append.table));
  const width = Math.max(...append.rows.map((r) => r.length));
  const safe: (string | number | boolean)[][] = [];
  const formats: (string | null)[][] = [];
  const texts: CellInput[][] = [];
  for (const row of append.rows) {
    const cells = Array.from({ length: width }, (_, j) => row[j] ?? null);
    const fmt = cells.map((value, j) => cellFormat(value, append.formats?.[j]));
    formats.push(fmt);
    // Text waits for its `@` format; an empty cell is "" (never null, see above).
    safe.push(cells.map((value, j) => (fmt[j] === "@" || value === null ? "" : value)));
    texts.push(cells.map((value, j) => (fmt[j] === "@" ? value : null)));
  }
  const sizes = safe.map((row, r) => rowBytes(row) + rowBytes(formats[r]) + rowBytes(texts[r]));
  for (const [start, end] of rowSlices(sizes, q.budget / 2)) {
    const count = end - start;
    const rows = safe.slice(start, end);
    const fmt = formats.slice(start, end);
    const text = texts.slice(start, end);
    const bytes = sizes.slice(start, end).reduce((a, b) => a + b, 200);
    q.add(() => {
      table().rows.add(undefined, rows);
      if (!hasAny(fmt) && !hasAny(text)) return;
      const added = table()
        .getDataBodyRange()
        .getLastRow()
        .getOffsetRange(-(count - 1), 0)
        .getResizedRange(count - 1, 0);
      if (hasAny(fmt)) added.numberFormat = fmt;
      if (hasAny(text)) added.values = text;
    }, bytes);
  }
}

/**
 * What the batch's conditional formats need: per sheet, the ids of Plan vivant's rules to
 * delete and the rules to add. Sheets created by the batch have no rules yet. Where Excel
 * could not list the rules, tagged rules are neither deleted nor added (never a duplicate,
 * never a loss); untagged ones, which no write can find again, are only ever added.
 */
function ruleChanges(
  batch: WriteBatch,
  rules: RuleKnowledge | undefined,
): { sheet: string; remove: string[]; add: ConditionalFormatPlan[] }[] {
  const created = new Set((batch.create?.sheets ?? []).map((s) => lower(s.name)));
  return (batch.conditionalFormats ?? []).map(({ sheet, rules: plans }) => {
    const tags = new Set(plans.flatMap((r) => (r.tag ? [r.tag] : [])));
    if (tags.size === 0 || created.has(lower(sheet))) {
      return { sheet, remove: [], add: plans };
    }
    const listed = rules?.sheets.get(lower(sheet));
    if (!listed) return { sheet, remove: [], add: plans.filter((r) => !r.tag) };
    return { sheet, remove: idsCarrying(listed, tags), add: plans };
  });
}

/** Sheets whose tagged rules are replaced but whose rules are not (freshly) listed. */
function unlisted(batch: WriteBatch, rules: RuleKnowledge | undefined): string[] {
  const created = new Set((batch.create?.sheets ?? []).map((s) => lower(s.name)));
  const names = new Map<string, string>();
  for (const { sheet, rules: plans } of batch.conditionalFormats ?? []) {
    const key = lower(sheet);
    if (created.has(key) || !plans.some((r) => r.tag)) continue;
    if (rules?.sheets.has(key) || rules?.unavailable.has(key)) continue;
    names.set(key, sheet);
  }
  return [...names.values()];
}

export async function writeBatch(
  context: Excel.RequestContext,
  batch: WriteBatch,
  knowledge: WorkbookKnowledge,
  support: ExcelSupport,
  lang: Lang,
  now: number = Date.now(),
): Promise<WriteOutcome> {
  checkBatch(batch, knowledge, lang);
  // Plan vivant's rules as the read just before listed them; listed here (one round trip)
  // only when there was no such read.
  let rules = freshRules(knowledge.rules, now);
  let listings = 0;
  const missing = unlisted(batch, rules);
  if (missing.length > 0) {
    rules = await listRules(context, missing, rules, now);
    listings = 1;
  }
  const changes = ruleChanges(batch, rules);
  const q = new WriteQueue();
  const sheets = new Map<string, () => Excel.Worksheet>();
  const sheetGetter = (name: string) => {
    const known = sheets.get(lower(name));
    if (known) return known;
    const getter = q.make((c) => c.workbook.worksheets.getItem(name));
    sheets.set(lower(name), getter);
    return getter;
  };
  const next: WorkbookKnowledge = {
    sheets: [...knowledge.sheets],
    tables: new Set(knowledge.tables),
    names: new Set(knowledge.names),
    ownedSheet: knowledge.ownedSheet,
  };

  // 0. Plan vivant's previous rules, by id: a rule gone since the listing fails the batch
  //    here, before anything else is touched.
  const removed = new Set<string>(); // a sheet named twice in the batch: each rule deleted once
  for (const { sheet, remove } of changes) {
    const ids = remove.filter((id) => !removed.has(`${lower(sheet)}\n${id}`));
    for (const id of ids) removed.add(`${lower(sheet)}\n${id}`);
    if (ids.length > 0) deleteConditionalFormats(q, sheetGetter(sheet), ids);
  }

  // 1. The owned sheet is replaced first: if the workbook changed since it was read,
  //    Office fails here, before anything else is touched.
  const owned = batch.ownedSheet;
  let ownedName: string | undefined;
  let ownedSheet: (() => Excel.Worksheet) | undefined;
  if (owned) {
    ownedName = ownedSheetName(knowledge, owned.name);
    const previous = knowledge.ownedSheet;
    const position = previous ? knowledge.sheets.find((s) => s.name === previous)?.position : undefined;
    if (previous) q.add((c) => c.workbook.worksheets.getItem(previous).delete());
    if (knowledge.names.has(lower(OWNER_NAME))) q.add((c) => c.workbook.names.getItem(OWNER_NAME).delete());
    const name = ownedName;
    ownedSheet = q.make((c) => {
      const sheet = c.workbook.worksheets.add(name);
      if (position !== undefined) sheet.position = position;
      return sheet;
    });
    next.sheets = next.sheets.filter((s) => s.name !== previous);
    next.sheets.push({ name, position: position ?? next.sheets.length });
  }

  // 2. Missing sheets, tables and names.
  for (const plan of batch.create?.sheets ?? []) {
    const sheet = q.make((c) => c.workbook.worksheets.add(plan.name));
    sheets.set(lower(plan.name), sheet);
    renderSheet(q, support, sheet, plan, resolverFor(plan, sheet));
    next.sheets.push({ name: plan.name, position: next.sheets.length });
    for (const table of plan.tables) next.tables.add(lower(table.name));
  }
  for (const [name, value] of Object.entries(batch.create?.definedNames ?? {})) {
    if (knowledge.names.has(lower(name))) q.add((c) => c.workbook.names.getItem(name).delete());
    q.add((c) => {
      c.workbook.names.add(name, asFormula(value));
    });
    next.names.add(lower(name));
  }

  // 3. Appended rows, cells in place, conditional formats.
  for (const append of batch.append ?? []) queueAppend(q, append);
  const cellsBySheet = new Map<string, { sheet: string; cells: CellSpot[] }>();
  for (const cell of batch.cells ?? []) {
    const entry = cellsBySheet.get(lower(cell.sheet)) ?? { sheet: cell.sheet, cells: [] };
    entry.cells.push(cell);
    cellsBySheet.set(lower(cell.sheet), entry);
  }
  for (const { sheet, cells } of cellsBySheet.values()) {
    const target = sheetGetter(sheet);
    for (const block of cellBlocks(cells)) {
      const width = block.values[0].length;
      q.grid(
        (first, count) =>
          target().getRange(
            a1Range(block.row + first, block.col, block.row + first + count - 1, block.col + width - 1),
          ),
        block.values,
        block.formats,
      );
    }
  }
  for (const { sheet, add } of changes) {
    if (add.length > 0) renderConditionalFormats(q, sheetGetter(sheet), add);
  }

  // 4. The owned sheet's content, then the name that marks it as Plan vivant's.
  if (owned && ownedSheet) {
    const sheet = ownedSheet;
    renderSheet(q, support, sheet, owned, resolverFor(owned, sheet));
    q.add((c) => {
      // Left visible: a hidden name might not be listed back by every Excel, and the
      // owned sheet would then be taken for a user's one.
      c.workbook.names.add(OWNER_NAME, sheet().getRange("A1"));
    });
    next.names.add(lower(OWNER_NAME));
    next.ownedSheet = ownedName;
  }

  const syncs = await q.play(
    context,
    support.screenUpdating ? (c) => c.application.suspendScreenUpdatingUntilNextSync() : undefined,
  );
  // `next` has no rules: their ids changed, the next write lists them again (or a read does).
  return { result: ownedName ? { ownedSheet: ownedName } : {}, syncs: syncs + listings, knowledge: next };
}
