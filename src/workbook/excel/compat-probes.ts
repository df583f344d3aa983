/// <reference types="office-js" />
/**
 * The operations of the compatibility check, each tried on the temporary sheet (compat.ts):
 * the Office.js calls Plan vivant's adapter makes, with what Excel should give back checked.
 * Each probe queues its operations, syncs (once, or twice where a second batch needs what the
 * first made), then checks the values it loaded; it throws Excel's own error when Excel refuses
 * the batch, a CompatMismatch when Excel did something else. A probe reaches its objects by name,
 * never through a proxy of another probe's batch: a batch that failed leaves nothing half-bound.
 *
 * Where each probe works on the sheet: tables A1:B3 and D1:E3 (+ total row), text G1:G4, rules
 * I1:I6 and I4:I9, a chart over A1:B3, a row height on row 20, a list validation on M1:M5.
 */

/** The temporary sheet and its two tables' names, unique in the workbook. */
export interface CompatPlace {
  sheet: string;
  plain: string;
  totals: string;
}

/** Round trips so far: each probe adds one before each of its syncs. */
export interface SyncTally {
  syncs: number;
  /** Told the temporary sheet's id once Excel made it (its events are the check's own). */
  onSheet?: (id: string) => void;
}

export type Probe = (context: Excel.RequestContext, place: CompatPlace, tally: SyncTally) => Promise<void>;

/** Excel did the operation but gave back something else than documented. */
export class CompatMismatch extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = "CompatMismatch";
  }
}

function expectEqual(what: string, got: unknown, expected: unknown): void {
  if (JSON.stringify(got) !== JSON.stringify(expected))
    throw new CompatMismatch(`${what}: ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
}

const TABLE_ROWS = [
  ["Nom", "Valeur"],
  ["a", 1],
  ["b", 2],
];

/** Free text Excel's parser would take for dates, a percent: kept as typed in a text-formatted cell. */
export const DATE_LIKE_TEXTS = ["mars 2025", "Septembre 2025", "Jan 5", "40 %"];

/** The highest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;

const sheetOf = (context: Excel.RequestContext, place: CompatPlace) =>
  context.workbook.worksheets.getItem(place.sheet);

/** worksheets.add and visibility = Hidden: the sheet the other probes work on, out of sight. */
export const hiddenSheet: Probe = async (context, place, tally) => {
  const sheet = context.workbook.worksheets.add(place.sheet);
  sheet.visibility = "Hidden";
  sheet.load("visibility,id");
  tally.syncs += 1;
  await context.sync();
  tally.onSheet?.(sheet.id);
  expectEqual("worksheet.visibility", sheet.visibility, "Hidden");
};

/** tables.add, with and without a total row: getRange() holds the total row, getDataBodyRange() not. */
export const tables: Probe = async (context, place, tally) => {
  const sheet = sheetOf(context, place);
  sheet.getRange("A1:B3").values = TABLE_ROWS;
  sheet.getRange("D1:E3").values = TABLE_ROWS;
  const plain = sheet.tables.add(sheet.getRange("A1:B3"), true);
  plain.name = place.plain;
  const totals = sheet.tables.add(sheet.getRange("D1:E3"), true);
  totals.name = place.totals;
  totals.showTotals = true;
  const plainAll = plain.getRange().load("rowCount");
  const plainBody = plain.getDataBodyRange().load("rowCount");
  const totalsAll = totals.getRange().load("rowCount");
  const totalsBody = totals.getDataBodyRange().load("rowCount");
  totals.rows.load("count");
  tally.syncs += 1;
  await context.sync();
  expectEqual("table.getRange() rows", plainAll.rowCount, 3);
  expectEqual("table.getDataBodyRange() rows", plainBody.rowCount, 2);
  expectEqual("table with a total row, getRange() rows", totalsAll.rowCount, 4);
  expectEqual("table with a total row, getDataBodyRange() rows", totalsBody.rowCount, 2);
  expectEqual("table with a total row, rows.count", totals.rows.count, 2);
};

/** rows.add at the end of a table, with strings and numbers only (no null). */
export const rowsAdd: Probe = async (context, place, tally) => {
  const table = sheetOf(context, place).tables.getItem(place.plain);
  table.rows.add(undefined, [["c", 3]]);
  const body = table.getDataBodyRange().load("rowCount,values");
  tally.syncs += 1;
  await context.sync();
  expectEqual("getDataBodyRange() rows after rows.add", body.rowCount, 3);
  expectEqual("the added row", body.values[2], ["c", 3]);
};

/** Text that looks like a date, written with the text format (@) first: it stays text. */
export const textDates: Probe = async (context, place, tally) => {
  const range = sheetOf(context, place).getRange(`G1:G${DATE_LIKE_TEXTS.length}`);
  range.numberFormat = DATE_LIKE_TEXTS.map(() => ["@"]);
  range.values = DATE_LIKE_TEXTS.map((text) => [text]);
  range.load("values");
  tally.syncs += 1;
  await context.sync();
  expectEqual(
    "values read back",
    range.values.map((row) => row[0]),
    DATE_LIKE_TEXTS,
  );
};

/** conditionalFormats.add (Custom, formula and fill) on two ranges sharing cells, then listed. */
export const conditionalFormats: Probe = async (context, place, tally) => {
  const sheet = sheetOf(context, place);
  const first = sheet.getRange("I1:I6").conditionalFormats.add("Custom");
  first.custom.rule.formula = "=I1>1";
  first.custom.format.fill.color = "#FDE2E1";
  const second = sheet.getRange("I4:I9").conditionalFormats.add("Custom");
  second.custom.rule.formula = "=I4>2";
  second.custom.format.fill.color = "#FFF4CE";
  const listed = sheet.getRange("I1:I9").conditionalFormats.load("items/type");
  tally.syncs += 1;
  await context.sync();
  expectEqual(
    "conditional formats listed",
    listed.items.map((rule) => rule.type),
    ["Custom", "Custom"],
  );
};

/**
 * Replaces a rule whose range shares cells with another's: delete it, add its successor, list
 * again, in one batch (OfficeDev/office-js#5222: on Windows the delete throws ItemNotFound).
 */
export const sharedRuleDelete: Probe = async (context, place, tally) => {
  const sheet = sheetOf(context, place);
  const formats = sheet.getRange("I1:I9").conditionalFormats;
  // The rule added last has the top priority: the one on I4:I9, which shares I4:I6 with I1:I6.
  formats.getItemAt(0).delete();
  const successor = sheet.getRange("I4:I9").conditionalFormats.add("Custom");
  successor.custom.rule.formula = "=I4>3";
  successor.custom.format.fill.color = "#FFF4CE";
  formats.load("items/type");
  tally.syncs += 1;
  await context.sync();
  expectEqual(
    "conditional formats after the replacement",
    formats.items.map((rule) => rule.type),
    ["Custom", "Custom"],
  );
};

/** charts.add over a table's cells, a title and a position, as the Bilan's charts. */
export const chart: Probe = async (context, place, tally) => {
  const sheet = sheetOf(context, place);
  const made = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
  made.title.text = "Plan vivant";
  made.setPosition("K1", "P12");
  tally.syncs += 1;
  await context.sync();
};

/** format.rowHeight at Excel's maximum, 409 points, read back. */
export const rowHeights: Probe = async (context, place, tally) => {
  const format = sheetOf(context, place).getRange("A20").format;
  format.rowHeight = MAX_ROW_HEIGHT;
  format.load("rowHeight");
  tally.syncs += 1;
  await context.sync();
  if (Math.abs(format.rowHeight - MAX_ROW_HEIGHT) >= 1)
    throw new CompatMismatch(`format.rowHeight: ${format.rowHeight}, expected ${MAX_ROW_HEIGHT}`);
};

/** onChanged.add, then the handler removed: how the pane follows the tracking tables. */
export const events: Probe = async (context, place, tally) => {
  const registered = sheetOf(context, place).onChanged.add(async () => undefined);
  tally.syncs += 1;
  await context.sync();
  registered.remove();
  tally.syncs += 1;
  await context.sync();
};

/** A drop-down list (ExcelApi 1.8), as the tracking tables' Statut column. */
export const dataValidation: Probe = async (context, place, tally) => {
  const validation = sheetOf(context, place).getRange("M1:M5").dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: "Oui,Non" } };
  validation.load("type");
  tally.syncs += 1;
  await context.sync();
  expectEqual("dataValidation.type", validation.type, "List");
};

/** Page layout (ExcelApi 1.9): orientation, fit to one page wide, as the Bilan's printing. */
export const pageLayout: Probe = async (context, place, tally) => {
  const layout = sheetOf(context, place).pageLayout;
  layout.orientation = "Landscape";
  layout.zoom = { horizontalFitToPages: 1 };
  layout.load("orientation");
  tally.syncs += 1;
  await context.sync();
  expectEqual("pageLayout.orientation", layout.orientation, "Landscape");
};
