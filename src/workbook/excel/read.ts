/// <reference types="office-js" />
/**
 * Reads a workbook in exactly two round trips, whatever its size, where Excel allows it:
 * 1. find: sheets, tables (with their sheet and size) and workbook-level names;
 * 2. read: every table's range, and the used range of every sheet without a table
 *    (values, number formats and value types loaded together), with the conditional formats
 *    of the sheets holding a table (ids and formulas only: see rules.ts) and, when the
 *    workbook-level `PlanVivant.Bilan` points at a sheet of the list, the name of that spelling
 *    scoped to that sheet (queueScopedOwner).
 * Nothing is ever called on an object that may be a null object: Microsoft documents that a
 * `...OrNullObject` method gives an object whose `isNullObject` is true, not what a method or a
 * navigation on it does in Excel. So the scoped name is looked up on a sheet the find round
 * trip listed (`worksheets.getItem`), never through the workbook-level name's range.
 * Excel on the web refuses a response over 5 MB: there, when the estimated size passes
 * PAYLOAD_BUDGET, step 2 reads the tables in row slices, one round trip per budget-sized
 * chunk (see planReads), and the grids are put back together as one read would give them.
 * There too, the used ranges of the sheets without a table are sliced like tables: their
 * sizes ride on the last chunk (four numbers a sheet) with the cells of their top-left block
 * where there is room left; a sheet bigger than that block is read again in chunks of its own
 * (one round trip more per budget-sized chunk).
 * Table-less sheets are read whole, not skimmed: adoption finds a plan in a plain range of any
 * sheet (a header row anywhere, its rows below), and what a municipal workbook holds besides
 * (budgets, lists, a registry export of 150,000 rows) is only known once read; slicing keeps
 * every response under the limit whatever they hold.
 */
import type { CellError, RawCell, RawGrid, RawTable, WorkbookSnapshot } from "../../domain/raw";
import { nameTargetSheet } from "./addresses";
import { isPayloadError } from "./errors";
import { emptyRules, markedRules, queueRuleList, type RuleKnowledge } from "./rules";
import { PAYLOAD_BUDGET } from "./write-queue";

/** The defined name through which Plan vivant marks the sheet it owns (the Bilan). */
export const OWNER_NAME = "PlanVivant.Bilan";

/** What the adapter knows of the workbook's structure since its last read, to write without asking. */
export interface WorkbookKnowledge {
  sheets: { name: string; position: number }[];
  /** Table names, folded to lower case (Excel compares them so). */
  tables: Set<string>;
  /** Workbook-level defined names, lower case. */
  names: Set<string>;
  /** The sheet Plan vivant owns, when its owner name points to an existing sheet. */
  ownedSheet?: string;
  /**
   * Plan vivant's conditional formats as the last read listed them, for the next write only: it
   * tells whether Excel lists them and whether Plan vivant has any there, never which to delete.
   */
  rules?: RuleKnowledge;
}

const ERROR_TEXT =
  /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** One cell as the domain takes it: '' -> null, an error value -> { error }. */
export function rawCell(value: unknown, valueType: string | undefined): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (
    valueType === "Error" ||
    (valueType === undefined && typeof value === "string" && ERROR_TEXT.test(value))
  ) {
    return { error: String(value) } satisfies CellError;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

interface LoadedRange {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

function toGrid(sheet: string, range: LoadedRange): RawGrid {
  const values = range.values.map((row, r) =>
    row.map((value, c) => rawCell(value, range.valueTypes?.[r]?.[c])),
  );
  const formats = range.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null)));
  return { sheet, row: range.rowIndex + 1, col: range.columnIndex + 1, values, formats };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The listed sheet the workbook-level `PlanVivant.Bilan` points at, as Excel spells it; undefined
 * without that name, with a broken one, or when it points at no sheet of the list.
 */
function ownerCandidate(
  sheets: readonly { name: string }[],
  names: Record<string, string>,
): string | undefined {
  const formula = Object.entries(names).find(([name]) => sameName(name, OWNER_NAME))?.[1];
  const target = nameTargetSheet(formula);
  return target === undefined ? undefined : sheets.find((s) => sameName(s.name, target))?.name;
}

/**
 * Queues the name `PlanVivant.Bilan` scoped to `sheet`, a sheet the find round trip listed
 * (Worksheet.names, ExcelApi 1.4). Only the last object may be a null object, and it is only
 * loaded: nothing is chained on it.
 */
function queueScopedOwner(context: Excel.RequestContext, sheet: string): Excel.NamedItem {
  const scoped = context.workbook.worksheets.getItem(sheet).names.getItemOrNullObject(OWNER_NAME);
  scoped.load("formula");
  return scoped;
}

/** The scoped owner name's formula, as queueScopedOwner loaded it (undefined: there is none). */
function scopedFormula(scoped: Excel.NamedItem | undefined): string | undefined {
  return scoped === undefined || scoped.isNullObject || typeof scoped.formula !== "string"
    ? undefined
    : scoped.formula;
}

/**
 * The sheet Plan vivant owns: the one the workbook-level name `PlanVivant.Bilan` points at,
 * when the name of the same spelling scoped to that sheet points at it too (docs/workbook.md).
 * A workbook-level name alone (copied with a sheet, typed by hand, left by an older version)
 * makes no sheet Plan vivant's: that sheet is the user's.
 */
function knowledgeOf(
  sheets: { name: string; position: number }[],
  tables: string[],
  names: Record<string, string>,
  scoped: string | undefined,
): WorkbookKnowledge {
  const candidate = ownerCandidate(sheets, names);
  const scopedTarget = nameTargetSheet(scoped);
  const agree = candidate !== undefined && scopedTarget !== undefined && sameName(candidate, scopedTarget);
  const owned = agree ? candidate : undefined;
  return {
    sheets,
    tables: new Set(tables.map((t) => t.toLowerCase())),
    names: new Set(Object.keys(names).map((n) => n.toLowerCase())),
    ownedSheet: owned,
  };
}

function definedNames(items: Excel.NamedItem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const formula =
      typeof item.formula === "string" && item.formula !== "" ? item.formula : String(item.value ?? "");
    out[item.name] = formula.replace(/^=/, "");
  }
  return out;
}

/**
 * Estimated bytes of one cell in a read's response, for its values, numberFormat and valueTypes
 * together (JSON, UTF-8). The two per-cell strings alone take about 20 bytes (`"General",` and
 * `"String",`); a value takes 3 (empty) to 10 (a date serial, a number, an action code) and a
 * free-text cell (Réalisations, Obstacles...) 30 to 100 and more. A typical follow-up row averages
 * 24 to 33 bytes a cell (measured on the test workbooks: 10 to 50,000 follow-ups), so 64 leaves
 * twice that as margin while keeping two round trips up to about 60,000 cells, i.e. some
 * 4,000 follow-ups, far above a municipal plan. Cells longer than that are caught by the retry
 * with half-size slices (readSnapshot).
 */
export const READ_BYTES_PER_CELL = 64;
/** Rough bytes of one read part without its cells (object path, row and column indexes). */
const PART_BYTES = 200;
/** Columns A to Z: the width of the block a web read takes of each table-less sheet at first. */
const BLOCK_COLUMNS = 26;

/** A table's size as the find round trip learns it (header and total rows included). */
export interface TableSize {
  rows: number;
  columns: number;
}

/**
 * Rows [start, start + count) of the grid at `table` in the list planReads was given (the
 * find's tables, then the used ranges of the sheets without a table); `whole` reads it as is.
 */
export interface TablePart {
  table: number;
  start: number;
  count: number;
  whole: boolean;
}

/** Estimated bytes of the response that reads these tables whole, in one round trip. */
export function estimateReadBytes(
  sizes: readonly TableSize[],
  bytesPerCell: number = READ_BYTES_PER_CELL,
): number {
  return sizes.reduce((sum, size) => sum + PART_BYTES + size.rows * size.columns * bytesPerCell, 0);
}

/**
 * Splits the tables' reads into chunks whose estimated response stays under `budget`, in order:
 * a table that fits in the room left reads whole, a bigger one reads in row slices that fill
 * each chunk (a single row larger than the budget gets a chunk of its own). `reserved` is the
 * room the first chunk keeps for the conditional-format listings (and, read in one chunk, the
 * table-less sheets' sizes).
 * The number of chunks depends on the payload only (about its estimate / budget).
 */
export function planReads(
  sizes: readonly TableSize[],
  budget: number = PAYLOAD_BUDGET,
  bytesPerCell: number = READ_BYTES_PER_CELL,
  reserved = 0,
): TablePart[][] {
  const chunks: TablePart[][] = [];
  let current: TablePart[] = [];
  let used = reserved;
  const close = () => {
    chunks.push(current);
    current = [];
    used = 0;
  };
  sizes.forEach((size, table) => {
    const rowBytes = Math.max(1, size.columns * bytesPerCell);
    const rows = Math.max(size.rows, 1); // a table's range always has a row
    let start = 0;
    while (start < rows) {
      const fit = Math.floor((budget - used - PART_BYTES) / rowBytes);
      if (fit < 1 && (current.length > 0 || used > 0)) {
        close();
        continue;
      }
      const count = Math.min(Math.max(fit, 1), rows - start);
      current.push({ table, start, count, whole: start === 0 && count === rows });
      used += PART_BYTES + count * rowBytes;
      start += count;
    }
  });
  if (current.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** How readSnapshot may split its reads. */
export interface ReadOptions {
  /** Excel on the web: responses over 5 MB are refused, so big reads go in slices. */
  web?: boolean;
  /** Estimated response bytes per round trip (default PAYLOAD_BUDGET). */
  budget?: number;
  /** Estimated response bytes per cell (default READ_BYTES_PER_CELL). */
  bytesPerCell?: number;
  /**
   * Called once the tables are found (their names and ids loaded), before the read's round
   * trip: what it queues (event registrations) goes with that round trip, at no extra cost.
   */
  beforeRead?: (tables: readonly Excel.Table[]) => void;
}

/**
 * A table's rows and columns from what the find round trip loaded (ExcelApi 1.1): its header
 * and data body, never its total row (Table Design > Total Row: `getRange()` holds it, the
 * data body does not; a total row is neither an action nor a follow-up).
 */
function tableSize(table: Excel.Table): TableSize {
  const rows = table.rows.count + (table.showHeaders ? 1 : 0);
  return { rows, columns: table.columns.count };
}

/** The header and data body of a table: its range without the total row, when it shows one. */
function headerAndBody(table: Excel.Table): Excel.Range {
  return table.showTotals ? table.getRange().getResizedRange(-1, 0) : table.getRange();
}

/** Puts a table's row slices back together, as one read of its range would have given them. */
function joinSlices(slices: readonly LoadedRange[]): LoadedRange {
  const first = slices[0];
  if (slices.length === 1) return first;
  return {
    rowIndex: first.rowIndex,
    columnIndex: first.columnIndex,
    values: slices.flatMap((s) => s.values),
    numberFormat: slices.flatMap((s) => s.numberFormat),
    valueTypes: slices.flatMap((s) => s.valueTypes),
  };
}

/** Raised when a table read in slices changed size between them: its grid would not be one state. */
function changedWhileRead(table: string): Error {
  return Object.assign(new Error(`The table ${table} changed while it was being read.`), {
    code: "TableChangedDuringRead",
  });
}

/**
 * Reads every table and every table-less sheet's used range: two `sync()` calls, the second
 * also listing the conditional formats of the sheets with a table. Should that listing make
 * Excel fail (it has known bugs on some kinds of rules), the ranges are read again without it
 * (one more round trip, on that failure only) rather than failing the read.
 *
 * On Excel on the web (`options.web`), when the tables' estimated response passes the budget,
 * the big tables are read in row slices: one more round trip per budget-sized chunk. Should
 * Office still refuse a response for its size (cells longer than estimated), the read starts
 * over once with half-size slices; a second refusal is thrown (toWorkbookError words it).
 */
export async function readSnapshot(
  context: Excel.RequestContext,
  now: number = Date.now(),
  options: ReadOptions = {},
): Promise<{ snapshot: WorkbookSnapshot; knowledge: WorkbookKnowledge; syncs: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = context.workbook.tables;
  // The sizes cost a few bytes a table, in this same round trip: rows/count and columns/count
  // (TableRowCollection, TableColumnCollection) and showHeaders/showTotals, all ExcelApi 1.1.
  tables.load(
    "items/name,items/id,items/worksheet/name,items/showHeaders,items/showTotals,items/rows/count,items/columns/count",
  );
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value,items/formula");
  await context.sync();
  let syncs = 1;
  const sheetList = worksheets.items
    .map((sheet) => ({ name: sheet.name, position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  const nameMap = definedNames(names.items);
  const candidate = ownerCandidate(sheetList, nameMap);

  const found = tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name }));
  const withTable = new Set(found.map((table) => table.sheet));
  const sizes = tables.items.map(tableSize);
  const web = options.web === true;
  const bytesPerCell = options.bytesPerCell ?? READ_BYTES_PER_CELL;
  const reserved = PART_BYTES * worksheets.items.length;
  let budget = options.budget ?? PAYLOAD_BUDGET;
  // Desktop Excel has no payload limit: one round trip, whatever the size.
  options.beforeRead?.(tables.items);
  let split = web && reserved + estimateReadBytes(sizes, bytesPerCell) > budget;
  let listRules = true;
  let retried = false;
  const rules = emptyRules(now);

  // On desktop, the used ranges are read whole. On the web, their place and size, and the
  // cells of the sheet's top-left block (A1 to column Z, as many rows as the room left in the
  // last chunk allows): a sheet that fits in it (lists, a Bilan, notes) is read with the
  // tables, in the same round trip; a bigger one is read again, in slices (readSheets).
  const queueSheets = (room: number) => {
    const sheets = worksheets.items.filter((sheet) => !withTable.has(sheet.name));
    const rows = Math.floor(room / Math.max(1, sheets.length) / (BLOCK_COLUMNS * bytesPerCell));
    return sheets.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      if (!web) {
        range.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
        return { sheet, range, block: undefined };
      }
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      if (rows < 1) return { sheet, range, block: undefined };
      // Range.getUsedRangeOrNullObject (ExcelApi 1.4): the cells holding a value in the block.
      const block = sheet.getRangeByIndexes(0, 0, rows, BLOCK_COLUMNS).getUsedRangeOrNullObject(true);
      block.load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes");
      return { sheet, range, block };
    });
  };
  const chunkBytes = (chunk: readonly TablePart[]) =>
    chunk.reduce((sum, part) => sum + PART_BYTES + part.count * sizes[part.table].columns * bytesPerCell, 0);
  const queueRules = () =>
    worksheets.items
      .filter((sheet) => withTable.has(sheet.name))
      .map((sheet) => ({ sheet: sheet.name, list: queueRuleList(sheet) }));
  const queuePart = (part: TablePart) => {
    const table = tables.items[part.table];
    const all = headerAndBody(table);
    if (part.whole) {
      all.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
      return { part, range: all, check: undefined };
    }
    const slice = all.getCell(part.start, 0).getResizedRange(part.count - 1, sizes[part.table].columns - 1);
    slice.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
    // With a table's last slice, its whole range's size: the slices must add up to it.
    const last = part.start + part.count >= sizes[part.table].rows;
    if (last) all.load("rowCount,columnCount");
    return { part, range: slice, check: last ? all : undefined };
  };

  /**
   * The table-less sheets' grids. On the web their sizes came with the last chunk: their rows
   * are read in budget-sized chunks of their own (planReads), each part a block of the used
   * range by its indexes (Worksheet.getRangeByIndexes, ExcelApi 1.7).
   */
  const readSheets = async (reads: ReturnType<typeof queueSheets>) => {
    const used = reads.filter(({ range }) => !range.isNullObject);
    if (!web) return used.map(({ sheet, range }) => ({ sheet: sheet.name, range: range as LoadedRange }));
    const whole = (block: Excel.Range | undefined, range: Excel.Range) =>
      block !== undefined &&
      !block.isNullObject &&
      block.rowIndex === range.rowIndex &&
      block.columnIndex === range.columnIndex &&
      block.rowCount === range.rowCount &&
      block.columnCount === range.columnCount;
    const read = new Map(
      used.filter(({ block, range }) => whole(block, range)).map(({ sheet, block }) => [sheet.name, block]),
    );
    const present = used.filter(({ sheet }) => !read.has(sheet.name));
    const sheetSizes = present.map(({ range }) => ({ rows: range.rowCount, columns: range.columnCount }));
    const parts: LoadedRange[][] = present.map(() => []);
    if (present.length > 0) {
      for (const chunk of planReads(sheetSizes, budget, bytesPerCell)) {
        const queued = chunk.map((part) => {
          const { sheet, range } = present[part.table];
          const block = sheet.getRangeByIndexes(
            range.rowIndex + part.start,
            range.columnIndex,
            part.count,
            range.columnCount,
          );
          block.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
          return { index: part.table, block };
        });
        syncs += 1;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload-sized chunk of the table-less sheets (Excel on the web's response limit), never per sheet or row
        await context.sync();
        for (const { index, block } of queued) parts[index].push(block as unknown as LoadedRange);
      }
    }
    const sliced = new Map(present.map(({ sheet }, i) => [sheet.name, joinSlices(parts[i])]));
    return used.map(({ sheet }) => ({
      sheet: sheet.name,
      range: (read.get(sheet.name) as LoadedRange | undefined) ?? (sliced.get(sheet.name) as LoadedRange),
    }));
  };

  // The estimate was too low for these cells: start over once, with half-size slices; any
  // other failure, or a second refusal, is thrown.
  const startOver = (error: unknown) => {
    if (!isPayloadError(error) || retried) throw error;
    retried = true;
    split = true;
    budget /= 2;
  };

  for (;;) {
    const chunks: TablePart[][] = split
      ? planReads(sizes, budget, bytesPerCell, reserved)
      : [sizes.map((size, table) => ({ table, start: 0, count: size.rows, whole: true }))];
    const slices: LoadedRange[][] = sizes.map(() => []);
    const checks: { table: number; range: Excel.Range }[] = [];
    let sheetReads: ReturnType<typeof queueSheets> = [];
    let scoped: Excel.NamedItem | undefined;
    try {
      for (const [index, chunk] of chunks.entries()) {
        const queue = (withRules: boolean) => ({
          parts: chunk.map(queuePart),
          // The table-less sheets go with the last chunk, where the room left is.
          sheets:
            index === chunks.length - 1
              ? queueSheets(budget - (index === 0 ? reserved : 0) - chunkBytes(chunk))
              : [],
          lists: index === 0 && withRules ? queueRules() : [],
          // the owned sheet's own name, with the first chunk: no round trip of its own
          owner: index === 0 && candidate !== undefined ? queueScopedOwner(context, candidate) : undefined,
        });
        let reads = queue(listRules);
        // One round trip per budget-sized chunk: their count depends on the payload only
        // (a chunk's estimated response is at most the budget), never on the number of tables.
        try {
          syncs += 1;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload-sized chunk (Excel on the web's response limit), never per table or row
          await context.sync();
          for (const { sheet, list } of reads.lists) rules.sheets.set(sheet.toLowerCase(), markedRules(list));
        } catch (error) {
          if (reads.lists.length === 0 || isPayloadError(error)) throw error;
          reads = queue(false);
          syncs += 1;
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- at most once per read: the first chunk again without the rule listing Excel refused
          await context.sync();
          listRules = false;
          for (const sheet of withTable) rules.unavailable.add(sheet.toLowerCase());
        }
        for (const { part, range, check } of reads.parts) {
          slices[part.table].push(range as LoadedRange);
          if (check) checks.push({ table: part.table, range: check });
        }
        if (index === 0) scoped = reads.owner;
        if (index === chunks.length - 1) sheetReads = reads.sheets;
      }
    } catch (error) {
      startOver(error);
      continue;
    }

    let sheetGrids: { sheet: string; range: LoadedRange }[];
    try {
      sheetGrids = await readSheets(sheetReads);
    } catch (error) {
      startOver(error);
      continue;
    }

    const joined = slices.map(joinSlices);
    for (const { table, range } of checks) {
      if (range.rowCount !== joined[table].values.length || range.columnCount !== sizes[table].columns) {
        throw changedWhileRead(found[table].name);
      }
    }
    const rawTables: RawTable[] = found.map(({ name, sheet }, i) => ({ name, ...toGrid(sheet, joined[i]) }));
    const rawSheets: RawGrid[] = sheetGrids.map(({ sheet, range }) => toGrid(sheet, range));
    const knowledge = knowledgeOf(
      sheetList,
      found.map((t) => t.name),
      nameMap,
      scopedFormula(scoped),
    );
    knowledge.rules = rules;
    return {
      snapshot: {
        tables: rawTables,
        sheets: rawSheets,
        sheetNames: sheetList.map((s) => s.name),
        definedNames: nameMap,
      },
      knowledge,
      syncs,
    };
  }
}

/**
 * Learns the workbook's structure only (sheets, tables, names): one `sync()`, and a second one
 * only when the workbook-level `PlanVivant.Bilan` points at a listed sheet, for the name scoped
 * to that sheet (which sheet to look on is known only once the names are read).
 */
export async function discover(
  context: Excel.RequestContext,
): Promise<{ knowledge: WorkbookKnowledge; syncs: number }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/type,items/value,items/formula");
  await context.sync();
  let syncs = 1;
  const sheetList = worksheets.items
    .map((sheet) => ({ name: sheet.name, position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  const nameMap = definedNames(names.items);
  const candidate = ownerCandidate(sheetList, nameMap);
  let scoped: Excel.NamedItem | undefined;
  if (candidate !== undefined) {
    scoped = queueScopedOwner(context, candidate);
    await context.sync();
    syncs += 1;
  }
  const knowledge = knowledgeOf(
    sheetList,
    tables.items.map((t) => t.name),
    nameMap,
    scopedFormula(scoped),
  );
  return { knowledge, syncs };
}
