/// <reference types="office-js" />
/**
 * Writes a WriteBatch in one round trip (one `sync()`), or one per 4 MB chunk when the
 * payload is bigger than Excel on the web accepts in a request. Everything that can be
 * refused for a known reason (a missing table, a sheet that already exists) is refused
 * before anything is sent: an Office batch is not a transaction.
 *
 * Conditional formats Plan vivant owns are replaced by tag, never with `clearAll()`, and never
 * by ids from an earlier read (an id is a position: rules.ts). Where the read saw none of Plan
 * vivant's rules on a sheet, the planned ones are added in the batch. Where it saw some, the
 * batch ends with a fresh listing of that sheet's rules; rules already as planned are left
 * alone (no round trip more), and otherwise the next round trip deletes Plan vivant's own, by
 * the ids just listed, then adds the planned ones. Should Excel refuse a delete (OfficeDev/
 * office-js#5222 on Windows: a rule sharing a cell with another), the planned rules are added in
 * one more round trip without deleting anything, the write succeeds, and `rulesLeft` says how
 * many of Plan vivant's earlier rules may still be there. The user's rules are never deleted.
 *
 * The owned sheet is marked as Plan vivant's (the workbook-level name and the name scoped to
 * the sheet) in the very step that creates it: a batch failing later leaves a sheet the next
 * write recognises and replaces, never an orphan that would push the report to `Bilan (2)`.
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
import {
  carrying,
  freshRules,
  listRules,
  markedRules,
  queueRuleList,
  replacement,
  type MarkedRule,
  type RuleKnowledge,
} from "./rules";
import { WriteQueue } from "./write-queue";

export interface WriteOutcome {
  result: WriteResult;
  /**
   * Round trips spent: 1 unless the payload passed the budget; plus 1 when conditional
   * formats are replaced without a read just before (the rules are listed first); plus 1 when
   * Plan vivant's rules on a sheet are not as planned (deleted and added again), and 1 more
   * when Excel refuses that delete (the planned rules are then added alone).
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
 * One sheet's conditional formats in the batch. `now`: added in the batch itself (a sheet it
 * creates, untagged rules, or no rule of Plan vivant's seen there). `later`: Plan vivant's rules
 * are there, so the batch ends with a fresh listing and the planned rules wait for it. Where
 * Excel could not list the rules, tagged rules are neither deleted nor added (never a
 * duplicate, never a loss); untagged ones, which no write can find again, are only ever added.
 */
interface RuleChange {
  sheet: string;
  now: ConditionalFormatPlan[];
  later?: { tags: Set<string>; plans: ConditionalFormatPlan[] };
}

function ruleChanges(batch: WriteBatch, rules: RuleKnowledge | undefined): RuleChange[] {
  const created = new Set((batch.create?.sheets ?? []).map((s) => lower(s.name)));
  const bySheet = new Map<string, { sheet: string; plans: ConditionalFormatPlan[] }>();
  for (const { sheet, rules: plans } of batch.conditionalFormats ?? []) {
    const entry = bySheet.get(lower(sheet)) ?? { sheet, plans: [] };
    entry.plans.push(...plans);
    bySheet.set(lower(sheet), entry);
  }
  return [...bySheet.values()].map(({ sheet, plans }) => {
    const tags = new Set(plans.flatMap((r) => (r.tag ? [r.tag] : [])));
    if (tags.size === 0 || created.has(lower(sheet))) return { sheet, now: plans };
    const listed = rules?.sheets.get(lower(sheet));
    if (!listed) return { sheet, now: plans.filter((r) => !r.tag) };
    if (carrying(listed, tags).length === 0) return { sheet, now: plans };
    return { sheet, now: [], later: { tags, plans } };
  });
}

/** A sheet whose tagged rules wait for a fresh listing: queued in the batch, or made before it. */
interface Listing {
  sheet: string;
  tags: Set<string>;
  plans: ConditionalFormatPlan[];
  list?: Excel.ConditionalFormatCollection;
  own?: MarkedRule[];
}

/** What a sheet's fresh listing asks for: Plan vivant's rules to delete, rules to add. */
interface Pending {
  sheet: string;
  remove: string[];
  add: ConditionalFormatPlan[];
}

/** Plays one round trip of rule changes: deletes first (all sheets), then adds. */
async function playRules(
  context: Excel.RequestContext,
  pending: readonly Pending[],
  withDeletes: boolean,
): Promise<number> {
  const q = new WriteQueue();
  const getters = new Map<string, () => Excel.Worksheet>();
  const sheet = (name: string) => {
    const known = getters.get(lower(name));
    if (known) return known;
    const getter = q.make((c) => c.workbook.worksheets.getItem(name));
    getters.set(lower(name), getter);
    return getter;
  };
  if (withDeletes) for (const p of pending) deleteConditionalFormats(q, sheet(p.sheet), p.remove);
  for (const p of pending) if (p.add.length > 0) renderConditionalFormats(q, sheet(p.sheet), p.add);
  return q.play(context);
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

  // 1. The owned sheet is replaced first: if the workbook changed since it was read,
  //    Office fails here, before anything else is touched. The new sheet is marked as Plan
  //    vivant's (both names) in the step that creates it, so no later failure orphans it.
  const owned = batch.ownedSheet;
  let ownedName: string | undefined;
  let ownedSheet: (() => Excel.Worksheet) | undefined;
  let replaced: string | undefined;
  if (owned) {
    ownedName = ownedSheetName(knowledge, owned.name);
    const previous = knowledge.ownedSheet;
    const position = previous ? knowledge.sheets.find((s) => s.name === previous)?.position : undefined;
    // Deleting the sheet deletes the name scoped to it; the workbook-level one is deleted apart.
    if (previous) q.add((c) => c.workbook.worksheets.getItem(previous).delete());
    replaced = previous;
    if (knowledge.names.has(lower(OWNER_NAME))) q.add((c) => c.workbook.names.getItem(OWNER_NAME).delete());
    const name = ownedName;
    ownedSheet = q.make((c) => {
      const sheet = c.workbook.worksheets.add(name);
      if (position !== undefined) sheet.position = position;
      // Left visible: a hidden name might not be listed back by every Excel, and the
      // owned sheet would then be taken for a user's one.
      c.workbook.names.add(OWNER_NAME, sheet.getRange("A1"));
      sheet.names.add(OWNER_NAME, sheet.getRange("A1"));
      return sheet;
    });
    next.sheets = next.sheets.filter((s) => s.name !== previous);
    next.sheets.push({ name, position: position ?? next.sheets.length });
    next.names.add(lower(OWNER_NAME));
    next.ownedSheet = ownedName;
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
  for (const { sheet, now } of changes) {
    if (now.length > 0) renderConditionalFormats(q, sheetGetter(sheet), now);
  }

  // 4. The owned sheet's content.
  if (owned && ownedSheet) {
    const sheet = ownedSheet;
    renderSheet(q, support, sheet, owned, resolverFor(owned, sheet));
  }

  // 5. Where Plan vivant's rules are there: a fresh listing, after everything else (or the
  //    one this write made just before, when there was no read).
  const listedHere = new Set(missing.map(lower));
  const lists: Listing[] = [];
  for (const { sheet, later } of changes) {
    if (!later) continue;
    const entry: Listing = { sheet, ...later };
    if (listedHere.has(lower(sheet))) entry.own = rules?.sheets.get(lower(sheet)) ?? [];
    else {
      const target = sheetGetter(sheet);
      q.add(() => {
        entry.list = queueRuleList(target());
      });
    }
    lists.push(entry);
  }

  let syncs = await q.play(
    context,
    support.screenUpdating ? (c) => c.application.suspendScreenUpdatingUntilNextSync() : undefined,
  );

  // 6. Plan vivant's rules not as planned: deleted by the ids just listed, then added again.
  const pending: Pending[] = [];
  for (const { sheet, tags, plans, list, own: listed } of lists) {
    const own = carrying(listed ?? (list ? markedRules(list) : []), tags);
    const { remove, add } = replacement(
      own,
      plans.filter((r) => r.tag),
    );
    const untagged = plans.filter((r) => !r.tag);
    const adds = add.length > 0 ? plans : untagged;
    if (remove.length > 0 || adds.length > 0) pending.push({ sheet, remove, add: adds });
  }
  const result: WriteResult = ownedName ? { ownedSheet: ownedName } : {};
  if (ownedName && replaced) result.replacedSheet = replaced;
  if (pending.length > 0) {
    const deletes = pending.some((p) => p.remove.length > 0);
    try {
      syncs += await playRules(context, pending, deletes);
    } catch (error) {
      if (!deletes) throw error;
      // Excel refused a delete (office-js#5222): the rules are added without deleting any.
      const left = pending.filter((p) => p.remove.length > 0);
      result.rulesLeft = left.map((p) => ({ sheet: p.sheet, rules: p.remove.length }));
      syncs += 1 + (await playRules(context, pending, false));
    }
  }
  // `next` has no rules: their ids changed, the next write lists them again (or a read does).
  return { result, syncs: syncs + listings, knowledge: next };
}
