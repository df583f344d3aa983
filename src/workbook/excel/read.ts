/// <reference types="office-js" />
/**
 * Reads a workbook in exactly two round trips, whatever its size:
 * 1. find: sheets, tables (with their sheet) and workbook-level names;
 * 2. read: every table's range, and the used range of every sheet without a table
 *    (values, number formats and value types loaded together), with the conditional formats
 *    of the sheets holding a table (ids and formulas only: see rules.ts).
 */
import type { CellError, RawCell, RawGrid, RawTable, WorkbookSnapshot } from "../../domain/raw";
import { nameTargetSheet } from "./addresses";
import { emptyRules, markedRules, queueRuleList, type RuleKnowledge } from "./rules";

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
  /** Plan vivant's conditional formats as the last read listed them; used by one write only. */
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

function knowledgeOf(
  sheets: { name: string; position: number }[],
  tables: string[],
  names: Record<string, string>,
): WorkbookKnowledge {
  const ownerFormula = Object.entries(names).find(([name]) => sameName(name, OWNER_NAME))?.[1];
  const target = nameTargetSheet(ownerFormula);
  const owned = target === undefined ? undefined : sheets.find((s) => sameName(s.name, target))?.name;
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
 * Reads every table and every table-less sheet's used range: two `sync()` calls, the second
 * also listing the conditional formats of the sheets with a table. Should that listing make
 * Excel fail (it has known bugs on some kinds of rules), the ranges are read again without it
 * (one more round trip, on that failure only) rather than failing the read.
 */
export async function readSnapshot(
  ctx: Excel.RequestContext,
  now: number = Date.now(),
): Promise<{ snapshot: WorkbookSnapshot; knowledge: WorkbookKnowledge; syncs: number }> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = ctx.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  const names = ctx.workbook.names;
  names.load("items/name,items/type,items/value,items/formula");
  await ctx.sync();

  const withTable = new Set(tables.items.map((table) => table.worksheet.name));
  const queueReads = (listRules: boolean) => ({
    tableReads: tables.items.map((table) => {
      const range = table.getRange();
      range.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
      return { name: table.name, sheet: table.worksheet.name, range };
    }),
    sheetReads: worksheets.items
      .filter((sheet) => !withTable.has(sheet.name))
      .map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,values,numberFormat,valueTypes");
        return { sheet: sheet.name, range };
      }),
    ruleLists: listRules
      ? worksheets.items
          .filter((sheet) => withTable.has(sheet.name))
          .map((sheet) => ({ sheet: sheet.name, list: queueRuleList(sheet) }))
      : [],
  });
  let reads = queueReads(true);
  let syncs = 2;
  const rules = emptyRules(now);
  try {
    await ctx.sync();
    for (const { sheet, list } of reads.ruleLists) rules.sheets.set(sheet.toLowerCase(), markedRules(list));
  } catch (error) {
    if (reads.ruleLists.length === 0) throw error;
    reads = queueReads(false);
    await ctx.sync();
    syncs += 1;
    for (const sheet of withTable) rules.unavailable.add(sheet.toLowerCase());
  }
  const { tableReads, sheetReads } = reads;

  const rawTables: RawTable[] = tableReads.map(({ name, sheet, range }) => ({
    name,
    ...toGrid(sheet, range as LoadedRange),
  }));
  const rawSheets: RawGrid[] = sheetReads
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => toGrid(sheet, range as LoadedRange));
  const sheetList = worksheets.items
    .map((sheet) => ({ name: sheet.name, position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  const nameMap = definedNames(names.items);
  const knowledge = knowledgeOf(
    sheetList,
    tableReads.map((t) => t.name),
    nameMap,
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

/** Learns the workbook's structure only (sheets, tables, names): one `sync()`. */
export async function discover(ctx: Excel.RequestContext): Promise<WorkbookKnowledge> {
  const worksheets = ctx.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const tables = ctx.workbook.tables;
  tables.load("items/name");
  const names = ctx.workbook.names;
  names.load("items/name,items/type,items/value,items/formula");
  await ctx.sync();
  const sheetList = worksheets.items
    .map((sheet) => ({ name: sheet.name, position: sheet.position }))
    .sort((a, b) => a.position - b.position);
  return knowledgeOf(
    sheetList,
    tables.items.map((t) => t.name),
    definedNames(names.items),
  );
}
