/**
 * The proposed mapping of an adopted plan: for each of its columns, the target column it
 * most likely is (by header, then by values), with a confidence; each target taken once.
 */
import { dayToIso } from "../dates";
import type { RawCell } from "../raw";
import { columnLetters } from "../text";
import { cellText, isEmpty } from "../read/values";
import { findHeaderIndex, headerLabel } from "./header-row";
import { headerScore } from "./similarity";
import { isDateFormat, valueScores, type ColumnCells } from "./sniff";
import type { AdoptSource } from "./sources";
import { REQUIRED_TARGETS, TARGETS, type TargetKey } from "./targets";

export type Confidence = "high" | "medium" | "low";

export interface SourceColumn {
  /** 1-based sheet column. */
  col: number;
  letter: string;
  /** The header as the sheet shows it ("" when the column has none). */
  header: string;
  /** The first few values, as text, to help a person decide. */
  samples: string[];
}

export interface ColumnProposal {
  source: SourceColumn;
  target?: TargetKey;
  /** 0 to 1. */
  score: number;
  confidence: Confidence;
}

export interface Proposal {
  source: AdoptSource;
  /** Index in the source grid of the header row, and its sheet row. */
  headerIndex: number;
  headerRow: number;
  columns: ColumnProposal[];
  /** Whether every required target is mapped with high confidence: safe to convert without asking. */
  complete: boolean;
}

/** Scores below this propose nothing: the column is left to the person. */
export const MIN_SCORE = 0.45;

export function confidenceOf(score: number): Confidence {
  if (score >= 0.8) return "high";
  if (score >= 0.6) return "medium";
  return "low";
}

/** The cells of one grid column below the header row. */
export function columnCells(source: AdoptSource, headerIndex: number, index: number): ColumnCells {
  const rows = source.grid.values.slice(headerIndex + 1);
  const formats = source.grid.formats?.slice(headerIndex + 1) ?? [];
  return {
    values: rows.map((r) => r[index] ?? null),
    formats: rows.map((_, i) => formats[i]?.[index]),
  };
}

function scores(header: string, cells: ColumnCells): Map<TargetKey, number> {
  const byValue = valueScores(cells);
  const out = new Map<TargetKey, number>();
  for (const target of TARGETS) {
    const h = header ? headerScore(header, target) : 0;
    const v = byValue[target.key] ?? 0;
    const score = h >= 0.6 ? Math.min(1, h + (v > 0 ? 0.05 : 0)) : Math.max(h, v);
    if (score >= MIN_SCORE) out.set(target.key, score);
  }
  return out;
}

function sourceColumn(source: AdoptSource, headerIndex: number, index: number): SourceColumn {
  const col = source.grid.col + index;
  const cell: RawCell = source.grid.values[headerIndex]?.[index] ?? null;
  const cells = columnCells(source, headerIndex, index);
  // A date cell is shown as a person sees it (AAAA-MM-JJ), not as its serial number.
  const shown = (v: RawCell, i: number): string =>
    typeof v === "number" && Number.isInteger(v) && isDateFormat(cells.formats[i])
      ? dayToIso(v)
      : cellText(v);
  const samples = cells.values
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => !isEmpty(v))
    .slice(0, 3)
    .map(({ v, i }) => shown(v, i));
  return {
    col,
    letter: columnLetters(col),
    header: headerLabel(cell) ?? (isEmpty(cell) ? "" : cellText(cell)),
    samples,
  };
}

/** Whether the required targets are mapped with high confidence. */
export function isComplete(columns: readonly { target?: TargetKey; confidence?: Confidence }[]): boolean {
  return REQUIRED_TARGETS.every((key) =>
    columns.some((c) => c.target === key && (c.confidence === undefined || c.confidence === "high")),
  );
}

/** The proposal for a source, or undefined when no row of it looks like a header row. */
export function proposeMapping(source: AdoptSource): Proposal | undefined {
  const headerIndex = findHeaderIndex(source.grid, source.kind === "table");
  if (headerIndex === undefined) return undefined;
  const width = Math.max(0, ...source.grid.values.map((r) => r.length));
  const columns: ColumnProposal[] = [];
  const candidates: { index: number; key: TargetKey; score: number }[] = [];
  for (let index = 0; index < width; index++) {
    const column = sourceColumn(source, headerIndex, index);
    const cells = columnCells(source, headerIndex, index);
    if (!column.header && cells.values.every(isEmpty)) continue;
    columns.push({ source: column, score: 0, confidence: "low" });
    for (const [key, score] of scores(column.header, cells))
      candidates.push({ index: columns.length - 1, key, score });
  }
  // Best pairs first; on equal scores, the leftmost column and the contract's order.
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const taken = new Set<TargetKey>();
  for (const { index, key, score } of candidates) {
    const proposal = columns[index];
    if (proposal.target !== undefined || taken.has(key)) continue;
    proposal.target = key;
    proposal.score = score;
    proposal.confidence = confidenceOf(score);
    taken.add(key);
  }
  return {
    source,
    headerIndex,
    headerRow: source.grid.row + headerIndex,
    columns,
    complete: isComplete(columns),
  };
}
