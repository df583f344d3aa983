/**
 * A strict fake of the Excel JavaScript object model, just wide enough for the adapter:
 * - every call is queued and runs only at `sync()`, in order, like Office's batches;
 * - a property read before `load()` + `sync()` throws (PropertyNotLoaded);
 * - `getItem` of a missing item fails the sync with ItemNotFound, `getItemOrNullObject`
 *   gives a null object whose `isNullObject` is readable only after a sync;
 * - syncs are counted, and each sync's request and response payloads are measured;
 * - as Excel on the web (`platform = "web"`), a sync whose request or loaded response passes
 *   `payloadLimit` (5 MB) fails with Request/ResponsePayloadSizeLimitExceeded, and what it
 *   loaded stays unreadable (loads are delivered only when the whole sync succeeds).
 * Formatting calls that the fake does not model (format, charts, freeze panes, page layout,
 * data validation) are recorded in the sheet's log at sync time. Conditional formats are
 * modelled (add, getItem, delete, load of id, type and a custom rule's formula), and
 * `clearAll()` is also logged, so that tests can tell it was never called.
 */
import { columnLetters } from "../../../../src/domain/text";
import {
  FakeSheet,
  FakeTable,
  FakeWorkbook,
  MAX_COLS,
  MAX_ROWS,
  type FakeCell,
  type FakeRule,
} from "./model";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

type Action = () => void;

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
}

const bytesOf = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/** Excel on the web refuses requests and responses over 5 MB (desktop Excel has no such limit). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

export class FakeContext {
  syncs = 0;
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  /** Where this Excel runs: only "web" limits payloads. */
  platform: "desktop" | "web" = "desktop";
  /** Bytes a request or a response may carry on the web. */
  payloadLimit = WEB_PAYLOAD_LIMIT;
  private queue: { run: Action; bytes: number }[] = [];
  private response = 0;
  private deliveries: Action[] = [];
  readonly workbook: FakeWorkbookApi;
  readonly application: FakeApplication;

  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookApi(this);
    this.application = new FakeApplication(this);
  }

  enqueue(run: Action, bytes = 0): void {
    this.queue.push({ run, bytes });
  }

  respond(value: unknown): void {
    this.response += bytesOf(value);
  }

  /** Hands a loaded value to its proxy once the whole sync has succeeded (never after a failure). */
  deliver(commit: Action): void {
    this.deliveries.push(commit);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const queue = this.queue;
    this.queue = [];
    const request = queue.reduce((sum, a) => sum + a.bytes, 0);
    this.requestBytes.push(request);
    this.response = 0;
    this.deliveries = [];
    try {
      if (this.model.cellEditMode && queue.length > 0) {
        throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      }
      if (this.platform === "web" && request > this.payloadLimit) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${request} bytes) has exceeded the limit.`,
        );
      }
      for (const action of queue) action.run();
      if (this.platform === "web" && this.response > this.payloadLimit) {
        throw new FakeOfficeError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${this.response} bytes) has exceeded the limit.`,
        );
      }
      for (const commit of this.deliveries) commit();
    } finally {
      this.deliveries = [];
      this.responseBytes.push(this.response);
    }
  }

  get pending(): number {
    return this.queue.length;
  }
}

/** Parses `A1`, `$A$1:$C$9`, `C:E` or `2:4` into 1-based bounds; `""` is the whole sheet. */
export function parseAddress(address: string): { r1: number; c1: number; r2: number; c2: number } {
  if (address === "") return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const part = (text: string) => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(text.toUpperCase());
    if (!m || (m[1] === "" && m[2] === ""))
      throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`);
    return { col: m[1] ? colNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const [a, b = a] = address.split(":");
  const first = part(a);
  const last = part(b);
  return {
    r1: first.row ?? 1,
    c1: first.col ?? 1,
    r2: last.row ?? MAX_ROWS,
    c2: last.col ?? MAX_COLS,
  };
}

function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Base of every proxy object: resolved at its place in the queue, loaded props readable after sync. */
abstract class FakeObject<M> {
  private target: M | null | undefined;
  private resolved = false;
  private readonly loaded = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    resolve: (() => M | null) | M,
    nullable = false,
    private readonly what = "object",
  ) {
    if (typeof resolve === "function") {
      context.enqueue(() => {
        const found = (resolve as () => M | null)();
        if (found === null && !nullable) throw new FakeOfficeError("ItemNotFound", `${what} not found`);
        this.target = found;
        this.resolved = true;
      });
    } else {
      this.target = resolve;
      this.resolved = true;
    }
  }

  /** The model object, at sync time; an operation on a null object fails the batch. */
  protected m(): M {
    if (!this.resolved) throw new Error(`fake: ${this.what} used before it was resolved`);
    if (this.target === null || this.target === undefined) {
      throw new FakeOfficeError("InvalidObjectPath", `${this.what} is a null object`);
    }
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.resolved) notLoaded(`${this.what}.isNullObject`);
    return this.target === null;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const text =
      typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec?.select ?? "");
    if (!text) throw new Error("fake: load() without properties");
    const props = text.split(",").map((p) => p.trim());
    this.context.enqueue(() => {
      if (this.target === null) return;
      for (const prop of props) {
        const value = this.read(prop);
        this.context.respond(value);
        this.context.deliver(() => this.loaded.set(prop.split("/")[0], value));
      }
    });
    return this;
  }

  /** A loaded property, or PropertyNotLoaded. */
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) notLoaded(`${this.what}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Reads a property (or `nav/prop` path) from the model at sync time. */
  protected abstract read(prop: string): unknown;

  /** Queues a property write. */
  protected write(run: (model: M) => void, bytes = 50): void {
    this.context.enqueue(() => run(this.m()), bytes);
  }
}

/**
 * Records calls on objects the fake does not model, in a sheet's log, at sync time.
 * Paths are described lazily, at sync, so that ranges passed as arguments show their address.
 */
function recorder(
  ctx: FakeContext,
  sheet: () => FakeSheet,
  label: () => string,
  path: () => string,
): unknown {
  const describe = (value: unknown): string => {
    if (value instanceof FakeRange) return value.addressNow();
    return JSON.stringify(value) ?? String(value);
  };
  return new Proxy(() => undefined, {
    get(_t, prop) {
      if (prop === "then") return undefined;
      return recorder(ctx, sheet, label, () => `${path()}.${String(prop)}`);
    },
    set(_t, prop, value) {
      ctx.enqueue(() => sheet().log.push(`${label()}${path()}.${String(prop)} = ${describe(value)}`), 50);
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const call = () => `${path()}(${args.map(describe).join(", ")})`;
      ctx.enqueue(() => sheet().log.push(`${label()}${call()}`), 50);
      return recorder(ctx, sheet, label, call);
    },
  });
}

interface RangeModel {
  sheet: FakeSheet;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export class FakeRange extends FakeObject<RangeModel> {
  constructor(ctx: FakeContext, resolve: () => RangeModel | null, nullable = false) {
    super(ctx, resolve, nullable, "Range");
  }

  addressNow(): string {
    const r = this.m();
    return `${sheetRef(r.sheet.name)}!${columnLetters(r.c1)}${r.r1}:${columnLetters(r.c2)}${r.r2}`;
  }

  private grid<T>(cell: (c: FakeCell | undefined) => T): T[][] {
    const r = this.m();
    const out: T[][] = [];
    for (let row = r.r1; row <= r.r2; row += 1) {
      const line: T[] = [];
      for (let col = r.c1; col <= r.c2; col += 1) line.push(cell(r.sheet.cell(row, col)));
      out.push(line);
    }
    return out;
  }

  protected read(prop: string): unknown {
    const r = this.m();
    switch (prop) {
      case "values":
        return this.grid((c) => (c ? (c.formula !== undefined ? 0 : c.value) : ""));
      case "numberFormat":
        return this.grid((c) => c?.format ?? "General");
      case "valueTypes":
        return this.grid((c) =>
          !c || c.value === ""
            ? "Empty"
            : c.error
              ? "Error"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      case "rowIndex":
        return r.r1 - 1;
      case "columnIndex":
        return r.c1 - 1;
      case "address":
        return this.addressNow();
      case "rowCount":
        return r.r2 - r.r1 + 1;
      case "columnCount":
        return r.c2 - r.c1 + 1;
      default:
        throw new Error(`fake: Range.${prop} is not modelled`);
    }
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.prop("valueTypes");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }

  private checkShape(grid: unknown[][], r: RangeModel): void {
    if (
      !Array.isArray(grid) ||
      grid.length !== r.r2 - r.r1 + 1 ||
      grid.some((row) => row.length !== r.c2 - r.c1 + 1)
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
  }

  private static refuseProtected(sheet: FakeSheet): void {
    if (sheet.protectedSheet) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
  }

  set numberFormat(grid: unknown[][]) {
    this.write((r) => {
      FakeRange.refuseProtected(r.sheet);
      this.checkShape(grid, r);
      grid.forEach((line, i) =>
        line.forEach((format, j) => {
          if (format === null) return;
          const cell = r.sheet.cell(r.r1 + i, r.c1 + j) ?? { value: "" };
          r.sheet.put(r.r1 + i, r.c1 + j, { ...cell, format: String(format) });
        }),
      );
    }, bytesOf(grid));
  }

  set values(grid: unknown[][]) {
    this.write((r) => {
      FakeRange.refuseProtected(r.sheet);
      this.checkShape(grid, r);
      grid.forEach((line, i) => line.forEach((value, j) => writeCell(r.sheet, r.r1 + i, r.c1 + j, value)));
    }, bytesOf(grid));
  }

  private derive(make: (r: RangeModel) => RangeModel): FakeRange {
    return new FakeRange(this.context, () => make(this.m()));
  }

  /** The cell at (row, column) from the range's top-left, 0-based; it may lie outside the range. */
  getCell(row: number, column: number): FakeRange {
    return this.derive((r) => ({
      ...r,
      r1: r.r1 + row,
      r2: r.r1 + row,
      c1: r.c1 + column,
      c2: r.c1 + column,
    }));
  }
  getLastRow(): FakeRange {
    return this.derive((r) => ({ ...r, r1: r.r2 }));
  }
  getOffsetRange(rows: number, cols: number): FakeRange {
    return this.derive((r) => ({ ...r, r1: r.r1 + rows, r2: r.r2 + rows, c1: r.c1 + cols, c2: r.c2 + cols }));
  }
  getResizedRange(rows: number, cols: number): FakeRange {
    return this.derive((r) => ({ ...r, r2: r.r2 + rows, c2: r.c2 + cols }));
  }
  select(): void {
    this.context.enqueue(() => {
      this.context.model.selection = this.addressNow();
    });
  }
  merge(across: boolean): void {
    this.context.enqueue(() =>
      this.m().sheet.log.push(`${this.addressNow().split("!")[1]}.merge(${across})`),
    );
  }
  private record(path: string): never {
    return recorder(
      this.context,
      () => this.m().sheet,
      () => this.addressNow().split("!")[1],
      () => path,
    ) as never;
  }
  get format(): never {
    return this.record(".format");
  }
  get dataValidation(): never {
    return this.record(".dataValidation");
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, () => this.m());
  }
}

/** Writes one value as Excel does through Range.values in the cell's current format. */
function writeCell(sheet: FakeSheet, row: number, col: number, value: unknown): void {
  if (value === null) return; // null leaves the cell untouched
  const cell = sheet.cell(row, col);
  const format = cell?.format;
  if (value === "") {
    sheet.put(row, col, format ? { value: "", format } : undefined);
    return;
  }
  if (typeof value === "string" && format !== "@") {
    if (/^[=+\-@]/.test(value)) {
      sheet.put(row, col, { value: 0, formula: value, format });
      return;
    }
    if (/^-?\d+(\.\d+)?$/.test(value.trim())) {
      sheet.put(row, col, { value: Number(value), format });
      return;
    }
  }
  sheet.put(row, col, { value: value as string | number | boolean, format });
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  constructor(ctx: FakeContext, resolve: (() => FakeSheet | null) | FakeSheet, nullable = false) {
    super(ctx, resolve, nullable, "Worksheet");
  }

  protected read(prop: string): unknown {
    const sheet = this.m();
    if (prop === "name") return sheet.name;
    if (prop === "position") return this.context.model.sheets.indexOf(sheet);
    if (prop === "visibility") return sheet.visibility;
    throw new Error(`fake: Worksheet.${prop} is not modelled`);
  }

  /** For handles made from a loaded collection: preload their properties. */
  preload(prop: string, value: unknown): void {
    (this as unknown as { loaded: Map<string, unknown> }).loaded.set(prop, value);
  }

  get name(): string {
    return this.prop("name");
  }
  get position(): number {
    return this.prop("position");
  }
  set position(position: number) {
    this.write((sheet) => {
      const list = this.context.model.sheets;
      list.splice(list.indexOf(sheet), 1);
      list.splice(Math.min(position, list.length), 0, sheet);
    });
  }
  set tabColor(color: string) {
    this.write((sheet) => {
      sheet.tabColor = color;
    });
  }
  set visibility(visibility: string) {
    this.write((sheet) => {
      sheet.visibility = visibility;
    });
  }

  getRange(address = ""): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.m(), ...parseAddress(address) }));
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const used = this.m().usedRange();
        return used ? { sheet: this.m(), ...used } : null;
      },
      true,
    );
  }
  delete(): void {
    this.write((sheet) => {
      if (sheet.protectedSheet) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      this.context.model.deleteSheet(sheet);
    });
  }
  activate(): void {
    this.write((sheet) => {
      this.context.model.activeSheet = sheet.name;
    });
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.m());
  }
  private record(path: string): never {
    return recorder(
      this.context,
      () => this.m(),
      () => "",
      () => path,
    ) as never;
  }
  get charts(): never {
    return this.record("charts");
  }
  get freezePanes(): never {
    return this.record("freezePanes");
  }
  get pageLayout(): never {
    return this.record("pageLayout");
  }
}

export class FakeTableApi extends FakeObject<FakeTable> {
  constructor(ctx: FakeContext, resolve: (() => FakeTable | null) | FakeTable, nullable = false) {
    super(ctx, resolve, nullable, "Table");
  }

  protected read(prop: string): unknown {
    const table = this.m();
    if (prop === "name") return table.name;
    if (prop === "worksheet/name") return table.sheet.name;
    if (prop === "style") return table.style;
    // Every fake table shows its header row and no total row.
    if (prop === "showHeaders") return true;
    if (prop === "showTotals") return false;
    // The data body's rows (the header excluded), as Excel's TableRowCollection counts them.
    if (prop === "rows/count") return table.lastRow - table.row;
    if (prop === "columns/count") return table.lastCol - table.col + 1;
    throw new Error(`fake: Table.${prop} is not modelled`);
  }

  get showHeaders(): boolean {
    return this.prop("showHeaders");
  }
  get showTotals(): boolean {
    return this.prop("showTotals");
  }
  /** Only `count` is readable, after `load("columns/count")` on the table or its collection. */
  get columns(): { count: number } {
    const count = (): number => this.prop("columns");
    return {
      get count() {
        return count();
      },
    };
  }

  get name(): string {
    return this.prop("name");
  }
  set name(name: string) {
    this.write((table) => {
      if (this.context.model.table(name))
        throw new FakeOfficeError("ItemAlreadyExists", `Table ${name} exists`);
      table.name = name;
    });
  }
  set style(style: string) {
    this.write((table) => {
      table.style = style;
    });
  }
  /** The worksheet: its name is readable after `load("worksheet/name")` on the table or its collection. */
  get worksheet(): FakeWorksheet {
    const loaded = (this as unknown as { loaded: Map<string, unknown> }).loaded;
    const sheet = new FakeWorksheet(this.context, () => this.m().sheet);
    if (loaded.has("worksheet")) sheet.preload("name", loaded.get("worksheet"));
    return sheet;
  }
  private range(part: "all" | "body" | "header"): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.m();
      const r1 = part === "body" ? t.row + 1 : t.row;
      const r2 = part === "header" ? t.row : t.lastRow;
      return { sheet: t.sheet, r1, c1: t.col, r2, c2: t.lastCol };
    });
  }
  getRange(): FakeRange {
    return this.range("all");
  }
  getDataBodyRange(): FakeRange {
    return this.range("body");
  }
  getHeaderRowRange(): FakeRange {
    return this.range("header");
  }
  get rows() {
    const count = (): number => this.prop("rows");
    return {
      /** Readable after `load("rows/count")` on the table or its collection. */
      get count() {
        return count();
      },
      add: (index: number | undefined | null, values: unknown[][]) => {
        if (index !== undefined && index !== null) throw new Error("fake: rows.add only appends");
        this.write((table) => {
          if (table.sheet.protectedSheet)
            throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
          const width = table.lastCol - table.col + 1;
          if (values.some((row) => row.length !== width)) {
            throw new FakeOfficeError("InvalidArgument", "Row width does not match the table.");
          }
          const start = table.lastRow + 1;
          values.forEach((row, i) =>
            row.forEach((value, j) => writeCell(table.sheet, start + i, table.col + j, value)),
          );
          table.lastRow = start + values.length - 1;
        }, bytesOf(values));
        return {};
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: (event: unknown) => Promise<unknown>) => {
        this.write((table) => table.handlers.add(handler));
        return {
          context: this.context,
          remove: () => this.write((table) => table.handlers.delete(handler)),
        };
      },
    };
  }
}

class FakeCollection<T> {
  private loadedItems: T[] | undefined;

  constructor(
    protected readonly context: FakeContext,
    private readonly what: string,
  ) {}

  protected loadItems(props: string, make: (props: string[]) => T[]): void {
    const list = props
      .split(",")
      .map((p) => p.trim())
      .map((p) => {
        if (!p.startsWith("items/")) throw new Error(`fake: ${this.what}.load("${p}") is not modelled`);
        return p.slice("items/".length);
      });
    this.context.enqueue(() => {
      const items = make(list);
      this.context.deliver(() => {
        this.loadedItems = items;
      });
    });
  }

  get items(): T[] {
    if (!this.loadedItems) notLoaded(`${this.what}.items`);
    return this.loadedItems;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
  }

  load(props: string): this {
    this.loadItems(props, (list) =>
      this.context.model.sheets.map((sheet, position) => {
        const handle = new FakeWorksheet(this.context, sheet);
        for (const prop of list) {
          const value = prop === "name" ? sheet.name : prop === "position" ? position : notLoaded(prop);
          handle.preload(prop, value);
          this.context.respond(value);
        }
        return handle;
      }),
    );
    return this;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const model = this.context.model;
      return model.sheet(model.activeSheet ?? "") ?? model.sheets[0] ?? null;
    });
  }
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const model = this.context.model;
      if (model.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${name} exists`);
      return model.addSheet(name);
    });
  }
}

export class FakeTableCollection extends FakeCollection<FakeTableApi> {
  constructor(
    ctx: FakeContext,
    private readonly onSheet?: () => FakeSheet,
  ) {
    super(ctx, "TableCollection");
  }

  load(props: string): this {
    this.loadItems(props, (list) =>
      this.context.model.tables
        .filter((t) => !this.onSheet || t.sheet === this.onSheet())
        .map((table) => {
          const handle = new FakeTableApi(this.context, table);
          const access = handle as unknown as { loaded: Map<string, unknown>; read(p: string): unknown };
          for (const prop of list) {
            const value = access.read(prop);
            access.loaded.set(prop.split("/")[0], value);
            this.context.respond(value);
          }
          return handle;
        }),
    );
    return this;
  }

  getItem(name: string): FakeTableApi {
    return new FakeTableApi(this.context, () => this.context.model.table(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeTableApi {
    return new FakeTableApi(this.context, () => this.context.model.table(name) ?? null, true);
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableApi {
    if (typeof address === "string" || !hasHeaders)
      throw new Error("fake: tables.add takes a Range with headers");
    const range = address as unknown as { m(): RangeModel };
    return new FakeTableApi(this.context, () => {
      const r = range.m();
      if (this.onSheet && r.sheet !== this.onSheet())
        throw new FakeOfficeError("InvalidArgument", "Other sheet");
      const model = this.context.model;
      const overlap = model.tables.some(
        (t) =>
          t.sheet === r.sheet && t.row <= r.r2 && r.r1 <= t.lastRow && t.col <= r.c2 && r.c1 <= t.lastCol,
      );
      if (overlap) throw new FakeOfficeError("InvalidOperation", "Tables can't overlap.");
      const table = new FakeTable(
        `Table${model.tables.length + 1}`,
        r.sheet,
        r.r1,
        r.c1,
        r.r2 === r.r1 ? r.r1 + 1 : r.r2,
        r.c2,
      );
      model.tables.push(table);
      return table;
    });
  }
  get onAdded() {
    return {
      add: (handler: (event: unknown) => Promise<unknown>) => {
        this.context.enqueue(() => this.context.model.tableAddedHandlers.add(handler));
        return {
          context: this.context,
          remove: () => this.context.enqueue(() => this.context.model.tableAddedHandlers.delete(handler)),
        };
      },
    };
  }
}

interface NameItem {
  name: string;
  formula: string;
  visible: boolean;
}

export class FakeNamedItem extends FakeObject<NameItem> {
  constructor(ctx: FakeContext, resolve: (() => NameItem | null) | NameItem, nullable = false) {
    super(ctx, resolve, nullable, "NamedItem");
  }
  protected read(prop: string): unknown {
    const item = this.m();
    switch (prop) {
      case "name":
        return item.name;
      case "formula":
        return item.formula;
      case "value":
        return item.formula.replace(/^=/, "");
      case "type":
        return /!/.test(item.formula) ? "Range" : "String";
      default:
        throw new Error(`fake: NamedItem.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.prop("name");
  }
  get formula(): string {
    return this.prop("formula");
  }
  get value(): string {
    return this.prop("value");
  }
  get type(): string {
    return this.prop("type");
  }
  set visible(visible: boolean) {
    this.write((item) => {
      item.visible = visible;
    });
  }
  delete(): void {
    this.write((item) => {
      const names = this.context.model.names;
      names.splice(names.indexOf(item), 1);
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  constructor(ctx: FakeContext) {
    super(ctx, "NamedItemCollection");
  }
  load(props: string): this {
    this.loadItems(props, (list) =>
      this.context.model.names.map((item) => {
        const handle = new FakeNamedItem(this.context, item);
        const loaded = handle as unknown as { loaded: Map<string, unknown>; read(p: string): unknown };
        for (const prop of list) {
          const value = loaded.read(prop);
          loaded.loaded.set(prop, value);
          this.context.respond(value);
        }
        return handle;
      }),
    );
    return this;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.model.name(name) ?? null);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.model.name(name) ?? null, true);
  }
  add(name: string, reference: string | FakeRange): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const model = this.context.model;
      if (model.name(name)) throw new FakeOfficeError("ItemAlreadyExists", `Name ${name} exists`);
      let formula: string;
      if (typeof reference === "string") {
        formula = reference;
      } else {
        const r = (reference as unknown as { m(): RangeModel }).m();
        formula = `=${sheetRef(r.sheet.name)}!$${columnLetters(r.c1)}$${r.r1}`;
      }
      const item = { name, formula, visible: true };
      model.names.push(item);
      return item;
    });
  }
}

const NOT_PERMITTED = "This operation is not permitted for the current object.";

function intersects(rule: FakeRule, r: RangeModel): boolean {
  return rule.r1 <= r.r2 && r.r1 <= rule.r2 && rule.c1 <= r.c2 && r.c1 <= rule.c2;
}

type Loaded = { loaded: Map<string, unknown>; read(prop: string): unknown };

/**
 * A conditional format. Loadable: `id`, `type`, `priority`, `custom/rule/formula` (fails the
 * sync unless the format is Custom, as Excel does) and `customOrNullObject/rule/formula`.
 */
export class FakeConditionalFormatApi extends FakeObject<FakeRule> {
  constructor(ctx: FakeContext, resolve: (() => FakeRule | null) | FakeRule, nullable = false) {
    super(ctx, resolve, nullable, "ConditionalFormat");
  }

  private sheetOf(rule: FakeRule): FakeSheet | undefined {
    return this.context.model.sheets.find((s) => s.conditionalFormats.includes(rule));
  }

  protected read(prop: string): unknown {
    const rule = this.m();
    if (this.context.model.conditionalFormatsUnlistable && prop.includes("/")) {
      throw new FakeOfficeError("GeneralException", "An internal error has occurred.");
    }
    switch (prop) {
      case "id":
        return rule.id;
      case "type":
        return rule.type;
      case "priority":
        return this.sheetOf(rule)?.conditionalFormats.indexOf(rule) ?? -1;
      case "custom/rule/formula":
        if (rule.type !== "Custom") throw new FakeOfficeError("InvalidOperation", NOT_PERMITTED);
        return rule.formula ?? "";
      case "customOrNullObject/rule/formula":
        return rule.type === "Custom" ? { formula: rule.formula ?? "" } : null;
      default:
        throw new Error(`fake: ConditionalFormat.${prop} is not modelled`);
    }
  }

  private get loadedProps(): Map<string, unknown> {
    return (this as unknown as Loaded).loaded;
  }

  get id(): string {
    return this.prop("id");
  }
  get type(): string {
    return this.prop("type");
  }
  get priority(): number {
    return this.prop("priority");
  }

  /** The custom format: writable parts, and the rule's formula once loaded through `custom/rule/formula`. */
  get custom() {
    const edit = (run: (rule: FakeRule) => void) =>
      this.write((rule) => {
        if (rule.type !== "Custom") throw new FakeOfficeError("InvalidOperation", NOT_PERMITTED);
        run(rule);
      });
    const loaded = this.loadedProps;
    return {
      rule: {
        get formula(): string {
          if (!loaded.has("custom")) notLoaded("CustomConditionalFormat.rule.formula");
          return loaded.get("custom") as string;
        },
        set formula(formula: string) {
          edit((rule) => {
            rule.formula = formula;
          });
        },
      },
      format: {
        fill: {
          set color(color: string) {
            edit((rule) => {
              rule.fill = color;
            });
          },
        },
        font: {
          set color(color: string) {
            edit((rule) => {
              rule.color = color;
            });
          },
        },
      },
    };
  }

  /** Read-only view loaded through `customOrNullObject/rule/formula`: a null object unless Custom. */
  get customOrNullObject() {
    const loaded = this.loadedProps;
    const value = (): { formula: string } | null => {
      if (!loaded.has("customOrNullObject")) notLoaded("ConditionalFormat.customOrNullObject");
      return loaded.get("customOrNullObject") as { formula: string } | null;
    };
    return {
      get isNullObject(): boolean {
        return value() === null;
      },
      rule: {
        get formula(): string {
          const custom = value();
          if (custom === null)
            throw new FakeOfficeError("InvalidObjectPath", "customOrNullObject is a null object");
          return custom.formula;
        },
      },
    };
  }

  delete(): void {
    this.write((rule) => {
      const sheet = this.sheetOf(rule);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "ConditionalFormat not found");
      if (sheet.protectedSheet) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(rule), 1);
    });
  }
}

/** The conditional formats that intersect a range, in priority order. */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormatApi> {
  constructor(
    ctx: FakeContext,
    private readonly range: () => RangeModel,
  ) {
    super(ctx, "ConditionalFormatCollection");
  }

  private rules(): FakeRule[] {
    const r = this.range();
    return r.sheet.conditionalFormats.filter((rule) => intersects(rule, r));
  }

  load(props: string | string[]): this {
    this.loadItems(Array.isArray(props) ? props.join(",") : props, (list) =>
      this.rules().map((rule) => {
        const handle = new FakeConditionalFormatApi(this.context, rule);
        const access = handle as unknown as Loaded;
        for (const prop of list) {
          const value = access.read(prop);
          access.loaded.set(prop.split("/")[0], value);
          this.context.respond(value);
        }
        return handle;
      }),
    );
    return this;
  }

  /** A new format of the range, at the top priority. */
  add(type: string): FakeConditionalFormatApi {
    return new FakeConditionalFormatApi(this.context, () => {
      const r = this.range();
      if (r.sheet.protectedSheet) throw new FakeOfficeError("AccessDenied", "The sheet is protected.");
      const rule: FakeRule = {
        id: this.context.model.nextRuleId(),
        type,
        r1: r.r1,
        c1: r.c1,
        r2: r.r2,
        c2: r.c2,
      };
      r.sheet.conditionalFormats.unshift(rule);
      return rule;
    });
  }

  getItem(id: string): FakeConditionalFormatApi {
    return new FakeConditionalFormatApi(this.context, () => this.rules().find((r) => r.id === id) ?? null);
  }

  getItemOrNullObject(id: string): FakeConditionalFormatApi {
    return new FakeConditionalFormatApi(
      this.context,
      () => this.rules().find((r) => r.id === id) ?? null,
      true,
    );
  }

  /** Removes every format that intersects the range (the user's too): logged, so tests can forbid it. */
  clearAll(): void {
    this.context.enqueue(() => {
      const r = this.range();
      r.sheet.log.push(
        `${columnLetters(r.c1)}${r.r1}:${columnLetters(r.c2)}${r.r2}.conditionalFormats.clearAll()`,
      );
      for (const rule of this.rules())
        r.sheet.conditionalFormats.splice(r.sheet.conditionalFormats.indexOf(rule), 1);
    }, 50);
  }
}

export class FakeWorkbookApi {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

export class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue(() => this.context.model.log.push("suspendScreenUpdatingUntilNextSync"));
  }
}

/** An ExcelRun over one fake context: what the adapter gets instead of Excel.run. */
export function fakeRun(ctx: FakeContext) {
  return <T>(
    batch: (context: Excel.RequestContext) => Promise<T>,
    context?: Excel.RequestContext,
  ): Promise<T> => batch((context ?? ctx) as unknown as Excel.RequestContext);
}

export { FakeSheet, FakeTable, FakeWorkbook };
