/**
 * Cell-level edits of an existing worksheet part. Only the rows that change are rebuilt;
 * every other byte of the part (other rows, formulas, shared formulas, extensions) is kept.
 */
import { PackageError } from "./errors";
import { a1, parseA1, parseRange, rangeA1 } from "./cell-xml";
import { findElement, findElements, getAttr, removeAttr, setAttr } from "./xml";

export interface CellEl {
  row: number;
  col: number;
  text: string;
}

export interface RowEl {
  row: number;
  open: string;
  cells: CellEl[];
  /** Text after the last cell and before `</row>` (e.g. an extLst), kept as is. */
  tail: string;
  text: string;
  changed: boolean;
}

export interface SheetData {
  xml: string;
  rows: RowEl[];
  start: number;
  end: number;
}

export function parseSheetData(xml: string, part: string): SheetData {
  const el = findElement(xml, "sheetData");
  if (!el) throw new PackageError("unsupported-xml", { part });
  const rows: RowEl[] = [];
  let last = 0;
  for (const r of findElements(el.inner, "row")) {
    const row = Number(getAttr(r.open, "r") ?? last + 1);
    last = row;
    const cells: CellEl[] = [];
    let col = 0;
    let tail = "";
    if (r.inner) {
      const found = findElements(r.inner, "c");
      for (const c of found) {
        const ref = getAttr(c.open, "r");
        col = ref ? (parseA1(ref)?.col ?? col + 1) : col + 1;
        cells.push({ row, col, text: c.text });
      }
      tail = found.length ? r.inner.slice(found[found.length - 1].end) : r.inner;
    }
    rows.push({ row, open: r.open, cells, tail, text: r.text, changed: false });
  }
  return { xml, rows, start: el.start, end: el.end };
}

/** True when a cell holds a value or a formula (not just a style). */
export function cellHasContent(text: string): boolean {
  if (/<f\b/.test(text)) return true;
  const v = /<v>([\s\S]*?)<\/v>/.exec(text);
  if (v && v[1] !== "") return true;
  return /<is>[\s\S]*?<t\b[^>]*>[^<]+<\/t>/.test(text);
}

export function cellStyleOf(text: string | undefined): number {
  return text ? Number(getAttr(/^<c\b[^>]*>/.exec(text)?.[0] ?? "", "s") ?? 0) : 0;
}

export function findCell(data: SheetData, row: number, col: number): CellEl | undefined {
  return data.rows.find((r) => r.row === row)?.cells.find((c) => c.col === col);
}

/** Refuses to overwrite the first cell of a shared or array formula (other cells depend on it). */
export function checkOverwritable(cell: CellEl | undefined, sheet: string): void {
  if (!cell) return;
  const f = /<f\b[^>]*>/.exec(cell.text)?.[0];
  if (f && getAttr(f, "ref") !== undefined && /t="(shared|array)"/.test(f)) {
    throw new PackageError("shared-formula", { cell: `${sheet}!${a1(cell.row, cell.col)}` });
  }
}

/** Puts `cellText` (a full `<c>` element, or "" to remove the cell) at (row, col). */
export function putCell(data: SheetData, row: number, col: number, cellText: string): void {
  let line = data.rows.find((r) => r.row === row);
  if (!line) {
    line = { row, open: `<row r="${row}">`, cells: [], tail: "", text: "", changed: true };
    const at = data.rows.findIndex((r) => r.row > row);
    if (at < 0) data.rows.push(line);
    else data.rows.splice(at, 0, line);
  }
  line.changed = true;
  const idx = line.cells.findIndex((c) => c.col >= col);
  const existing = idx >= 0 && line.cells[idx].col === col;
  if (!cellText) {
    if (existing) line.cells.splice(idx, 1);
    return;
  }
  const cell = { row, col, text: cellText };
  if (existing) line.cells[idx] = cell;
  else if (idx < 0) line.cells.push(cell);
  else line.cells.splice(idx, 0, cell);
}

/** The worksheet xml with the changed rows rebuilt and the dimension widened. */
export function renderSheetData(data: SheetData): string {
  const parts = data.rows.map((r) => {
    if (!r.changed) return r.text;
    let open = removeAttr(setAttr(r.open.replace(/\s*\/>$/, ">"), "r", String(r.row)), "spans");
    if (open.endsWith("/>")) open = open.replace(/\s*\/>$/, ">");
    const cells = r.cells.map((c) =>
      /^<c\b[^>]*\sr=/.test(c.text) ? c.text : c.text.replace(/^<c\b/, `<c r="${a1(c.row, c.col)}"`),
    );
    if (!cells.length && !r.tail && !/\s(s|ht|hidden|customFormat|customHeight)=/.test(open)) return "";
    return `${open}${cells.join("")}${r.tail}</row>`;
  });
  let xml = `${data.xml.slice(0, data.start)}<sheetData>${parts.join("")}</sheetData>${data.xml.slice(data.end)}`;
  const dim = findElement(xml, "dimension");
  const filled = data.rows.filter((r) => r.cells.length);
  if (dim && filled.length) {
    const old = parseRange(getAttr(dim.open, "ref") ?? "A1");
    const top = Math.min(old?.top ?? Infinity, filled[0].row);
    const bottom = Math.max(old?.bottom ?? 0, filled[filled.length - 1].row);
    const cols = filled.flatMap((r) => r.cells.map((c) => c.col));
    const left = Math.min(old?.left ?? Infinity, ...cols);
    const right = Math.max(old?.right ?? 0, ...cols);
    xml =
      xml.slice(0, dim.start) +
      setAttr(dim.open, "ref", rangeA1(top, left, bottom, right)) +
      xml.slice(dim.end);
  }
  return xml;
}
