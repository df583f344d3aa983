/**
 * Finding the header row of a plan laid out by hand: below merged title rows and notes,
 * the row whose cells look most like column headers.
 */
import { isCellError, type RawCell, type RawGrid } from "../raw";
import { parseDate } from "../read/values";
import { numberFromText } from "../read/values";
import { headerScore } from "./similarity";
import { TARGETS } from "./targets";

/** How many rows at the top of a sheet are searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** A cell that can be a header: text that is not a number or a date. */
export function headerLabel(cell: RawCell | undefined): string | undefined {
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  if (text === "" || numberFromText(text) !== undefined) return undefined;
  const date = parseDate(text);
  return date.ok && date.value !== undefined ? undefined : text;
}

/** How much a row looks like a header row: its known headers count most, its other labels a little. */
function rowScore(row: readonly RawCell[]): number {
  let labels = 0;
  let known = 0;
  let filled = 0;
  for (const cell of row) {
    if (cell !== null && !isCellError(cell) && String(cell).trim() !== "") filled++;
    const label = headerLabel(cell);
    if (label === undefined) continue;
    labels++;
    const best = Math.max(...TARGETS.map((t) => headerScore(label, t)));
    if (best >= 0.7) known++;
  }
  // A merged title holds one cell; a header row holds several labels and little else.
  if (labels < 2) return 0;
  return known * 3 + labels - (filled - labels);
}

/** Index in `grid.values` of the header row (0 for a real table), or undefined when no row looks like one. */
export function findHeaderIndex(grid: RawGrid, isTable: boolean): number | undefined {
  if (isTable) return grid.values.length > 0 ? 0 : undefined;
  let best: number | undefined;
  let bestScore = 0;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const score = rowScore(grid.values[i]);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
