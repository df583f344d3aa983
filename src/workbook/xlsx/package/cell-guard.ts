/**
 * The guard's cell-by-cell comparison of a worksheet: every cell of the input must come out
 * the same (value, type, formula, style), and no cell may gain content, outside what Plan
 * vivant owns there: the computed columns of the Actions table (Statut actuel, Avancement (%),
 * Dernier suivi, Alerte, see src/domain/bilan/computed-columns.ts), the rows it appended to a
 * table, and the cells the write asked for. Work proportional to the cells present.
 */
import { COMPUTED_COLUMNS } from "../../../domain/bilan/computed-columns";
import { ACTIONS } from "../../../domain/schema";
import { fold } from "../../../domain/text";
import { a1, parseRange } from "./cell-xml";
import { parseSheetData, readCell, type SheetData } from "./sheet-data";
import { findElement, findElements, getAttr } from "./xml";

/** A table of the sheet, as its part says. */
export interface TableShape {
  name: string;
  ref: string;
  headerRows: number;
  columns: string[];
}

export function tableShape(xml: string): TableShape | undefined {
  const table = findElement(xml, "table");
  if (!table) return undefined;
  return {
    name: getAttr(table.open, "name") ?? getAttr(table.open, "displayName") ?? "",
    ref: getAttr(table.open, "ref") ?? "",
    headerRows: Number(getAttr(table.open, "headerRowCount") ?? 1),
    columns: findElements(xml, "tableColumn").map((c) => getAttr(c.open, "name") ?? ""),
  };
}

const COMPUTED_HEADERS = new Set(
  COMPUTED_COLUMNS.flatMap(({ key }) => {
    const spec = ACTIONS.columns.find((c) => c.key === key);
    return spec ? [spec.fr, spec.en, ...(spec.aliases ?? [])].map(fold) : [];
  }),
);

type Rect = { top: number; left: number; bottom: number; right: number };

/**
 * The rectangles of a sheet Plan vivant owns, from its tables before and after the write.
 * `fillable` ones (a table's last data row, which an append fills first when it is empty) are
 * owned only where the input had no content.
 */
export function ownedRects(before: TableShape[], after: TableShape[]): Rect[] & { fillable?: Rect[] } {
  const out: Rect[] & { fillable?: Rect[] } = [];
  const fillable: Rect[] = [];
  out.fillable = fillable;
  for (const t of after) {
    const range = parseRange(t.ref);
    if (!range) continue;
    const old = before.find((b) => b.name.toLowerCase() === t.name.toLowerCase());
    const oldRange = old ? parseRange(old.ref) : undefined;
    if (fold(t.name) === fold(ACTIONS.name)) {
      t.columns.forEach((name, i) => {
        if (COMPUTED_HEADERS.has(fold(name))) {
          const col = range.left + i;
          out.push({ top: range.top + t.headerRows, left: col, bottom: range.bottom, right: col });
        }
      });
    }
    if (oldRange && oldRange.bottom >= oldRange.top + (old?.headerRows ?? 1)) {
      fillable.push({
        top: oldRange.bottom,
        left: oldRange.left,
        bottom: oldRange.bottom,
        right: oldRange.right,
      });
    }
    if (oldRange && range.bottom > oldRange.bottom) {
      // Appended rows; the last data row too, which is filled first when it was empty.
      const top = Math.max(oldRange.bottom, oldRange.top + (old?.headerRows ?? 1));
      out.push({ top, left: range.left, bottom: range.bottom, right: range.right });
    }
  }
  return out;
}

function signature(text: string): string {
  const c = readCell(text);
  const f = c.formula ? `${c.formula.type ?? ""}:${c.formula.ref ?? ""}:${c.formula.text}` : "";
  return `${c.type ?? ""}|${c.style ?? ""}|${c.value ?? ""}|${c.inline ?? ""}|${f}`;
}

function cellsOf(data: SheetData): Map<string, { row: number; col: number; text: string }> {
  const out = new Map<string, { row: number; col: number; text: string }>();
  for (const r of data.rows)
    for (const c of r.cells) if (!out.has(`${c.row}:${c.col}`)) out.set(`${c.row}:${c.col}`, c);
  return out;
}

/**
 * The cells (A1 references, in sheet order, at most `limit`) that differ between the two
 * versions of a worksheet outside `owned` and `asked` (`"row:col"` keys).
 */
export function changedCells(
  before: string,
  after: string,
  owned: Rect[] & { fillable?: Rect[] },
  asked: Set<string> | undefined,
  limit = 5,
): { cells: string[]; count: number } {
  const x = cellsOf(parseSheetData(before, ""));
  const y = cellsOf(parseSheetData(after, ""));
  const free = (row: number, col: number): boolean =>
    !asked?.has(`${row}:${col}`) &&
    !owned.some((o) => row >= o.top && row <= o.bottom && col >= o.left && col <= o.right);

  const inside = (rects: Rect[], row: number, col: number): boolean =>
    rects.some((o) => row >= o.top && row <= o.bottom && col >= o.left && col <= o.right);
  const empty = (text: string): boolean => {
    const s = readCell(text);
    return !s.formula && (s.value ?? "") === "" && !s.inline;
  };
  const hits: { row: number; col: number }[] = [];
  for (const [key, c] of x) {
    if (!free(c.row, c.col)) continue;
    if (owned.fillable && inside(owned.fillable, c.row, c.col) && empty(c.text)) continue;
    const other = y.get(key);
    if (other === undefined ? signature(c.text) !== "||||" : signature(other.text) !== signature(c.text)) {
      hits.push(c);
    }
  }
  for (const [key, c] of y) {
    if (x.has(key) || !free(c.row, c.col)) continue;
    if (owned.fillable && inside(owned.fillable, c.row, c.col)) continue;
    if (!empty(c.text)) hits.push(c);
  }
  hits.sort((p, q) => p.row - q.row || p.col - q.col);
  return { cells: hits.slice(0, limit).map((h) => a1(h.row, h.col)), count: hits.length };
}
