/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row to fit wrapped text
 * written into a file, so a sheet plan states the heights its long texts need.
 */
import type { SheetPlan } from "./sheet-plan";

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;
/** Average characters of running text per unit of column width (units are the width of a "0"). */
const CHARS_PER_UNIT = 1;
/** Points per line of text at the default 11 pt size. */
const LINE_POINTS = 15;

/** Lines that `text` takes in a box `width` characters wide. */
export function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_UNIT));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Sets `plan.heights` for every row whose wrapped cells need more than one line, counting the
 * width of merged cells, and sets the other cells of such rows at the top, beside the text.
 * Cells merged over several rows (a paragraph) keep the height the plan gave them in rows.
 */
export function fitRowHeights(plan: SheetPlan): void {
  const width = (col: number): number => plan.widths?.[col] ?? DEFAULT_WIDTH;
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of plan.merges) spans.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
  const heights: Record<number, number> = { ...plan.heights };
  for (const cell of plan.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string") continue;
    const span = spans.get(`${cell.row},${cell.col}`) ?? { rows: 1, cols: 1 };
    if (span.rows > 1) continue;
    let box = 0;
    for (let c = cell.col; c < cell.col + span.cols; c += 1) box += width(c);
    const lines = linesOf(cell.value, box);
    if (lines < 2) continue;
    const points = Math.ceil(lines * LINE_POINTS * ((cell.style.size ?? 11) / 11));
    heights[cell.row] = Math.max(heights[cell.row] ?? 0, points);
  }
  if (Object.keys(heights).length === 0) return;
  plan.heights = heights;
  for (const cell of plan.cells) {
    if (heights[cell.row] !== undefined && !cell.style?.wrap) cell.style = { ...cell.style, top: true };
  }
}
