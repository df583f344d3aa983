/**
 * The state behind the fake Excel object model: sheets of cells, tables, names, a log of
 * the formatting calls. Tests seed it directly and assert on it after the adapter ran.
 */
export interface FakeCell {
  value: string | number | boolean;
  /** A number format code; absent means General. */
  format?: string;
  /** Set when a string was taken as a formula (it started with `=` in a non-text cell). */
  formula?: string;
  error?: boolean;
}

/** A conditional format of a sheet, as Excel keeps it (an id, a type, where it applies, its rule). */
export interface FakeRule {
  id: string;
  /** `Custom`, `DataBar`, `ColorScale`, `CellValue`... */
  type: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** A custom rule's formula, as set (with its `=`). */
  formula?: string;
  fill?: string;
  color?: string;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  /** Formatting and other calls the fake records without modelling (format, charts, panes...). */
  readonly log: string[] = [];
  /** Conditional formats in priority order: the first one wins. */
  readonly conditionalFormats: FakeRule[] = [];
  visibility = "Visible";
  tabColor = "";
  /** A protected sheet (Review > Protect Sheet) refuses every write: AccessDenied. */
  protectedSheet = false;
  /** Row heights and column widths set through `format.rowHeight` / `columnWidth`, in points. */
  readonly rowHeights = new Map<number, number>();
  readonly columnWidths = new Map<number, number>();
  /** Data validation per cell (`row * MAX_COLS + col`): its type, e.g. `List` (absent: None). */
  readonly validations = new Map<number, string>();
  /** Page layout's orientation (File > Print), Portrait until set. */
  orientation = "Portrait";

  constructor(public name: string) {}

  private key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }

  put(row: number, col: number, cell: FakeCell | undefined): void {
    if (cell === undefined) this.cells.delete(this.key(row, col));
    else this.cells.set(this.key(row, col), cell);
  }

  /** The bounding box of cells holding a value (within `inside`, when given), or undefined for none. */
  usedRange(inside?: {
    r1: number;
    c1: number;
    r2: number;
    c2: number;
  }): { r1: number; c1: number; r2: number; c2: number } | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === "") continue;
      const row = Math.floor(key / MAX_COLS);
      const col = key % MAX_COLS;
      if (inside && (row < inside.r1 || row > inside.r2 || col < inside.c1 || col > inside.c2)) continue;
      r1 = Math.min(r1, row);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, row);
      c2 = Math.max(c2, col);
    }
    return r2 === 0 ? undefined : { r1, c1, r2, c2 };
  }
}

export class FakeTable {
  style = "TableStyleMedium2";
  showHeaders = true;
  /** A total row (Table Design > Total Row): the table's last row, in getRange() but not in the data body. */
  showTotals = false;

  constructor(
    public name: string,
    public sheet: FakeSheet,
    public row: number,
    public col: number,
    public lastRow: number,
    public lastCol: number,
  ) {}

  /** The data body's last row: above the total row when there is one. */
  get bodyLastRow(): number {
    return this.showTotals ? this.lastRow - 1 : this.lastRow;
  }
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  /** The sheet a worksheet-scoped name belongs to (`worksheet.names`); absent: workbook-level. */
  sheet?: FakeSheet;
}

/** A change to the workbook that Excel reports through onChanged events. */
export interface FakeChange {
  sheet: FakeSheet;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  /** "Local" for the person at this Excel, "Remote" for a co-author. */
  source: "Local" | "Remote";
}

export type FakeValue = string | number | boolean | null | { error: string };

/** A workbook whose cells, tables and names a test writes straight into the model. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Defined names, workbook-level and worksheet-scoped (`sheet` set). */
  readonly names: FakeName[] = [];
  /** A cell is being edited: every batch is refused. */
  cellEditMode = false;
  /** The locale Excel parses entered values in (numbers, dates, booleans). */
  locale: "fr-CA" | "en-US" = "fr-CA";
  /** The current year, for dates entered without one ("Jan 5"). */
  year = 2026;
  /** Review > Protect Workbook (structure): sheets cannot be added, deleted, moved or renamed. */
  protectedStructure = false;
  /**
   * OfficeDev/office-js#5222 (Excel on Windows): deleting a conditional format whose range
   * shares a cell with another format's throws ItemNotFound. Off: the documented behaviour.
   */
  bug5222 = false;
  /** Whoever listens to user edits (the host, to raise change events). */
  readonly changeListeners = new Set<(change: FakeChange) => void>();
  /** Excel fails to list conditional formats (it has such bugs on some kinds of rules). */
  conditionalFormatsUnlistable = false;
  activeSheet: string | undefined;
  selection: string | undefined;
  /** Workbook-level calls (screen updating...). */
  readonly log: string[] = [];
  private ruleIds = 0;

  /** A fresh conditional format id: never given twice, like Excel's. */
  nextRuleId(): string {
    this.ruleIds += 1;
    return `{CF-${this.ruleIds}}`;
  }

  /** Seeds a conditional format (a user's own, say) at the lowest priority; returns it. */
  seedRule(sheetName: string, rule: Omit<FakeRule, "id">): FakeRule {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const made = { ...rule, id: this.nextRuleId() };
    sheet.conditionalFormats.push(made);
    return made;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A workbook-level name. */
  name(name: string): FakeName | undefined {
    return this.names.find((n) => !n.sheet && n.name.toLowerCase() === name.toLowerCase());
  }

  /** A name scoped to a sheet. */
  sheetName(sheet: FakeSheet, name: string): FakeName | undefined {
    return this.names.find((n) => n.sheet === sheet && n.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Seeds cells from (row, col), 1-based. */
  seed(
    sheetName: string,
    row: number,
    col: number,
    values: FakeValue[][],
    formats?: (string | undefined)[][],
  ): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const format = formats?.[r]?.[c];
        if (value === null && !format) return;
        if (value !== null && typeof value === "object") {
          sheet.put(row + r, col + c, { value: value.error, error: true, format });
        } else {
          sheet.put(row + r, col + c, { value: value ?? "", format });
        }
      }),
    );
  }

  /** Seeds a table: its header row at (row, col) and rows below. */
  seedTable(
    sheetName: string,
    name: string,
    header: string[],
    rows: FakeValue[][],
    at: {
      row?: number;
      col?: number;
      formats?: (string | undefined)[];
      /** A total row's cells: the table shows its total row. */
      totals?: FakeValue[];
    } = {},
  ): FakeTable {
    const row = at.row ?? 1;
    const col = at.col ?? 1;
    const formats = at.formats ? [[], ...rows.map(() => at.formats as (string | undefined)[])] : undefined;
    this.seed(sheetName, row, col, [header, ...rows], formats);
    const body = row + Math.max(rows.length, 1);
    if (at.totals) this.seed(sheetName, body + 1, col, [at.totals]);
    const table = new FakeTable(
      name,
      this.sheet(sheetName) as FakeSheet,
      row,
      col,
      at.totals ? body + 1 : body,
      col + header.length - 1,
    );
    table.showTotals = at.totals !== undefined;
    this.tables.push(table);
    return table;
  }

  /** A person edits cells of a table (or a co-author, `Remote`): Excel raises its onChanged events. */
  changeTable(name: string, source: "Local" | "Remote" = "Local"): void {
    const table = this.table(name);
    if (!table) throw new Error(`no table ${name}`);
    const change = {
      sheet: table.sheet,
      r1: table.row + 1,
      c1: table.col,
      r2: table.lastRow,
      c2: table.lastCol,
    };
    for (const listener of this.changeListeners) listener({ ...change, source });
  }

  /** A person types a value into one cell (or a co-author, `Remote`): Excel raises its onChanged events. */
  editCell(
    sheetName: string,
    row: number,
    col: number,
    value: string | number | boolean,
    source: "Local" | "Remote" = "Local",
  ): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    sheet.put(row, col, { ...sheet.cell(row, col), value });
    for (const listener of this.changeListeners)
      listener({ sheet, r1: row, c1: col, r2: row, c2: col, source });
  }

  deleteSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i -= 1) {
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    }
    for (let i = this.names.length - 1; i >= 0; i -= 1) {
      if (this.names[i].sheet === sheet) this.names.splice(i, 1);
    }
    for (const name of this.names) {
      const quoted = `'${sheet.name.replace(/'/g, "''")}'!`;
      if (name.formula.includes(`${sheet.name}!`) || name.formula.includes(quoted))
        name.formula = "=#REF!$A$1";
    }
  }
}
