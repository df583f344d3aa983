/** A mapping as the person confirmed it: checked before any conversion. */
import type { ColumnMapping } from "./convert";
import type { Proposal } from "./propose";
import { fold } from "../text";
import { REQUIRED_TARGETS, TARGETS, isTargetKey, type TargetKey } from "./targets";

export interface MappingIssues {
  /** Required targets no column maps to. */
  missing: TargetKey[];
  /** Targets more than one column maps to. */
  repeated: TargetKey[];
}

export function mappingIssues(mapping: readonly ColumnMapping[]): MappingIssues {
  const seen = new Set<TargetKey>();
  const repeated = new Set<TargetKey>();
  for (const { target } of mapping) {
    if (target === undefined) continue;
    if (seen.has(target)) repeated.add(target);
    seen.add(target);
  }
  return { missing: REQUIRED_TARGETS.filter((k) => !seen.has(k)), repeated: [...repeated] };
}

export function isUsable(issues: MappingIssues): boolean {
  return issues.missing.length === 0 && issues.repeated.length === 0;
}

/** The proposal's mapping: each source column and its proposed target. */
export function proposedMapping(proposal: Proposal): ColumnMapping[] {
  return proposal.columns.map((c) => ({ col: c.source.col, ...(c.target ? { target: c.target } : {}) }));
}

/** Words that mean "leave this column out" in a mapping file. */
const IGNORE = new Set(["", "ignorer", "ignore", "aucune", "none"]);

/** A target named by its key (`due`) or its contract header in French or English (`Échéance`, `Due date`). */
export function targetNamed(value: string): TargetKey | null | undefined {
  const folded = fold(value);
  if (IGNORE.has(folded)) return null;
  if (isTargetKey(value.trim())) return value.trim() as TargetKey;
  return TARGETS.find(
    (t) => fold(t.column.fr) === folded || fold(t.column.en) === folded || t.key.toLowerCase() === folded,
  )?.key;
}

export type OverrideResult =
  | { ok: true; mapping: ColumnMapping[] }
  | { ok: false; letter: string; value?: string; cause: "column" | "target" };

/**
 * The proposal corrected by a person's choices, by column letter: `{"A": "no", "F": "Échéance", "G": null}`.
 * Columns not named keep the proposed target.
 */
export function applyOverrides(proposal: Proposal, overrides: Record<string, unknown>): OverrideResult {
  const mapping = proposedMapping(proposal);
  for (const [rawLetter, value] of Object.entries(overrides)) {
    const letter = rawLetter.trim().toUpperCase();
    const index = proposal.columns.findIndex((c) => c.source.letter === letter);
    if (index < 0) return { ok: false, letter: rawLetter, cause: "column" };
    const target = value === null ? null : typeof value === "string" ? targetNamed(value) : undefined;
    if (target === undefined) return { ok: false, letter, value: String(value), cause: "target" };
    mapping[index] = { col: mapping[index].col, ...(target ? { target } : {}) };
  }
  return { ok: true, mapping };
}
