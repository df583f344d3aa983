/**
 * Cell-level edits of an existing worksheet part, read with the XML tokenizer. Only the rows
 * that change are rebuilt and spliced in at their own place; every other byte of the part
 * (other rows, comments, formulas, shared formulas, extensions) is kept. A part whose main
 * namespace has a prefix (`<x:row>`, `<x:c>`) gets new rows and cells with that prefix.
 */
import { PackageError } from "./errors";
import { a1, parseA1, parseRange, rangeA1 } from "./cell-xml";
import { CLOSE, END, OPEN, TEXT, XmlError, XmlTokenizer } from "./tokenizer";
import { findElement, getAttr, qualify, removeAttr, setAttr } from "./xml";

export interface CellEl {
  row: number;
  col: number;
  /** The whole `<c>` element. */
  text: string;
  /** What stood between the previous cell (or the row's start tag) and this one: spaces, comments. */
  before?: string;
}

export interface RowEl {
  row: number;
  open: string;
  cells: CellEl[];
  /** Text after the last cell and before `</row>` (e.g. an extLst), kept as is. */
  tail: string;
  text: string;
  changed: boolean;
  /** Span of the row in the part (absent for a row Plan vivant adds). */
  start?: number;
  end?: number;
  /** Whether the row element was written with an `r` attribute. */
  numbered?: boolean;
  /** Qualified name of the row element, e.g. `row` or `x:row`. */
  name?: string;
}

export interface SheetData {
  xml: string;
  rows: RowEl[];
  /** Span of the `<sheetData>` element. */
  start: number;
  end: number;
  /** Offsets of its content (right after its start tag, and of its end tag). */
  innerStart: number;
  innerEnd: number;
  /** Its start tag, and whether it is self-closing (`<sheetData/>`). */
  open: string;
  selfClosing: boolean;
  /** Its qualified name and prefix (`x` in `<x:sheetData>`; "" when none). */
  name: string;
  prefix: string;
}

function prefixOf(name: string, local: string): string {
  return name.length > local.length ? name.slice(0, name.length - local.length - 1) : "";
}

/** The sheet's rows and cells, positions as Excel reads them (a row or cell without `r` follows the previous one). */
export function parseSheetData(xml: string, part: string): SheetData {
  try {
    return scanSheetData(xml, part);
  } catch (e) {
    if (e instanceof XmlError) throw new PackageError("unsupported-xml", { part });
    throw e;
  }
}

function scanSheetData(xml: string, part: string): SheetData {
  const x = new XmlTokenizer(xml);
  let data: SheetData | undefined;
  let sheetDepth = -1;
  let row: RowEl | undefined;
  let rowOpenEnd = 0;
  let lastEnd = 0;
  let lastRow = 0;
  let col = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (!data) {
        if (x.depth === 2 && x.local === "sheetData") {
          sheetDepth = x.depth;
          data = {
            xml,
            rows: [],
            start: x.start,
            end: x.end,
            innerStart: x.end,
            innerEnd: x.end,
            open: xml.slice(x.start, x.end),
            selfClosing: x.selfClosing,
            name: x.name,
            prefix: prefixOf(x.name, x.local),
          };
        }
        continue;
      }
      if (x.depth === sheetDepth + 1 && x.local === "row") {
        const r = x.attr("r");
        const n = r !== undefined && /^\d+$/.test(r.trim()) ? Number(r) : lastRow + 1;
        lastRow = n;
        col = 0;
        row = {
          row: n,
          open: xml.slice(x.start, x.end),
          cells: [],
          tail: "",
          text: "",
          changed: false,
          start: x.start,
          end: x.end,
          numbered: r !== undefined,
          name: x.name,
        };
        rowOpenEnd = x.end;
        lastEnd = x.end;
        if (x.selfClosing) {
          x.next();
          row.text = row.open;
          data.rows.push(row);
          row = undefined;
        }
      } else if (row && x.depth === sheetDepth + 2 && x.local === "c") {
        const start = x.start;
        const ref = x.attr("r");
        col = ref ? (parseA1(ref)?.col ?? col + 1) : col + 1;
        x.skipElement();
        row.cells.push({
          row: row.row,
          col,
          text: xml.slice(start, x.end),
          before: xml.slice(lastEnd, start),
        });
        lastEnd = x.end;
      } else x.skipElement();
    } else if (t === CLOSE && data) {
      if (row && x.depth === sheetDepth + 1) {
        row.tail = xml.slice(row.cells.length ? lastEnd : rowOpenEnd, x.start);
        row.end = x.end;
        row.text = xml.slice(row.start as number, x.end);
        data.rows.push(row);
        row = undefined;
      } else if (x.depth === sheetDepth) {
        if (!data.selfClosing) {
          data.innerEnd = x.start;
          data.end = x.end;
        }
        return data;
      }
    }
  }
  throw new PackageError("unsupported-xml", { part });
}

/** What a `<c>` element holds, read by the tokenizer. */
export interface CellContent {
  /** `t` attribute (`s`, `inlineStr`, `b`, `str`, `e`, or undefined for a number). */
  type: string | undefined;
  style: string | undefined;
  /** The `<f>` element: its text, `t` and `ref` attributes. */
  formula: { text: string; type: string | undefined; ref: string | undefined } | undefined;
  /** The `<v>` text, if any. */
  value: string | undefined;
  /** The text of an inline string (`<is>`), runs concatenated. */
  inline: string | undefined;
}

export function readCell(text: string): CellContent {
  const x = new XmlTokenizer(text);
  const out: CellContent = {
    type: undefined,
    style: undefined,
    formula: undefined,
    value: undefined,
    inline: undefined,
  };
  let inside: "f" | "v" | "t" | undefined;
  let inIs = false;
  let inPhonetic = false;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (x.depth === 1) {
        out.type = x.attr("t");
        out.style = x.attr("s");
      } else if (x.depth === 2 && x.local === "f") {
        out.formula = { text: "", type: x.attr("t"), ref: x.attr("ref") };
        inside = "f";
      } else if (x.depth === 2 && x.local === "v") {
        out.value = "";
        inside = "v";
      } else if (x.depth === 2 && x.local === "is") {
        inIs = true;
        out.inline = "";
      } else if (inIs && x.local === "rPh") inPhonetic = true;
      else if (inIs && !inPhonetic && x.local === "t") inside = "t";
    } else if (t === CLOSE) {
      if (x.local === "rPh") inPhonetic = false;
      else if (x.depth === 2 && x.local === "is") inIs = false;
      if (x.local === "f" || x.local === "v" || x.local === "t") inside = undefined;
    } else if (t === TEXT && inside) {
      const s = x.text();
      if (inside === "f" && out.formula) out.formula.text += s;
      else if (inside === "v") out.value += s;
      else out.inline += s;
    }
  }
  return out;
}

/** True when a cell holds a value or a formula (not just a style). */
export function cellHasContent(text: string): boolean {
  const c = readCell(text);
  return c.formula !== undefined || (c.value !== undefined && c.value !== "") || !!c.inline;
}

export function cellStyleOf(text: string | undefined): number {
  return text ? Number(getAttr(text, "s") ?? 0) || 0 : 0;
}

const indexes = new WeakMap<SheetData, Map<number, RowEl>>();

/** The row numbered `row` (the first, if the part repeats a number), found in constant time. */
function rowOf(data: SheetData, row: number): RowEl | undefined {
  let index = indexes.get(data);
  if (!index) {
    index = new Map();
    for (const r of data.rows) if (!index.has(r.row)) index.set(r.row, r);
    indexes.set(data, index);
  }
  return index.get(row);
}

export function findCell(data: SheetData, row: number, col: number): CellEl | undefined {
  return rowOf(data, row)?.cells.find((c) => c.col === col);
}

/** Refuses to overwrite the first cell of a shared or array formula (other cells depend on it). */
export function checkOverwritable(cell: CellEl | undefined, sheet: string): void {
  if (!cell) return;
  const f = readCell(cell.text).formula;
  if (f && f.ref !== undefined && (f.type === "shared" || f.type === "array")) {
    throw new PackageError("shared-formula", { cell: `${sheet}!${a1(cell.row, cell.col)}` });
  }
}

/** Puts `cellText` (a full `<c>` element, or "" to remove the cell) at (row, col). */
export function putCell(data: SheetData, row: number, col: number, cellText: string): void {
  let line = rowOf(data, row);
  if (!line) {
    line = { row, open: `<row r="${row}">`, cells: [], tail: "", text: "", changed: true };
    const last = data.rows[data.rows.length - 1];
    const at = !last || last.row < row ? -1 : data.rows.findIndex((r) => r.row > row);
    if (at < 0) data.rows.push(line);
    else data.rows.splice(at, 0, line);
    indexes.get(data)?.set(row, line);
  }
  line.changed = true;
  const idx = line.cells.findIndex((c) => c.col >= col);
  const existing = idx >= 0 && line.cells[idx].col === col;
  if (!cellText) {
    if (existing) line.cells.splice(idx, 1);
    return;
  }
  const cell: CellEl = {
    row,
    col,
    text: qualify(cellText, data.prefix),
    before: existing ? line.cells[idx].before : "",
  };
  if (existing) line.cells[idx] = cell;
  else if (idx < 0) line.cells.push(cell);
  else line.cells.splice(idx, 0, cell);
}

/** A changed row as XML: its own start tag (numbered, `spans` dropped), every cell numbered. */
function renderRow(r: RowEl, prefix: string): string {
  const name = r.name ?? (prefix ? `${prefix}:row` : "row");
  let open = r.name ? r.open : `<${name} r="${r.row}">`;
  if (open.endsWith("/>")) open = `${open.slice(0, -2).trimEnd()}>`;
  open = removeAttr(setAttr(open, "r", String(r.row)), "spans");
  const cells = r.cells.map(
    (c) =>
      (c.before ?? "") +
      (getAttr(c.text, "r") !== undefined ? c.text : setAttr(c.text, "r", a1(c.row, c.col))),
  );
  if (!cells.length && !r.tail.trim() && !/\s(s|ht|hidden|customFormat|customHeight)\s*=/.test(open))
    return "";
  return `${open}${cells.join("")}${r.tail}</${name}>`;
}

/**
 * The worksheet xml with the changed rows rebuilt in place, new rows inserted in order, and the
 * dimension widened. A row written without `r` after a change is numbered, so that no position
 * Excel infers moves.
 */
export function renderSheetData(data: SheetData): string {
  const xml = data.xml;
  let out = "";
  let cursor = data.innerStart;
  let shifted = false;
  for (const r of data.rows) {
    const original = r.start !== undefined && r.end !== undefined;
    if (original) out += xml.slice(cursor, r.start);
    if (r.changed || (shifted && !r.numbered)) {
      out += renderRow(r, data.prefix);
      shifted = true;
    } else out += r.text;
    if (original) cursor = r.end as number;
  }
  out += xml.slice(cursor, data.innerEnd);
  let head = xml.slice(0, data.start);
  let body: string;
  if (data.selfClosing) {
    body = out ? `${data.open.slice(0, -2).trimEnd()}>${out}</${data.name}>` : data.open;
  } else body = xml.slice(data.start, data.innerStart) + out + xml.slice(data.innerEnd, data.end);
  let tail = xml.slice(data.end);
  let result = head + body + tail;
  const dim = findElement(result, "dimension");
  const filled = data.rows.filter((r) => r.cells.length);
  if (dim && filled.length) {
    const old = parseRange(getAttr(dim.open, "ref") ?? "A1");
    let top = old?.top ?? Infinity;
    let bottom = old?.bottom ?? 0;
    let left = old?.left ?? Infinity;
    let right = old?.right ?? 0;
    for (const r of filled) {
      top = Math.min(top, r.row);
      bottom = Math.max(bottom, r.row);
      for (const c of r.cells) {
        left = Math.min(left, c.col);
        right = Math.max(right, c.col);
      }
    }
    head = result.slice(0, dim.start);
    tail = result.slice(dim.end);
    result = head + setAttr(dim.open, "ref", rangeA1(top, left, bottom, right)) + tail;
  }
  return result;
}
