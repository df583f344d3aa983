/**
 * Adopts an existing plan: proposes how its columns map to the contract's, then, once the
 * person confirmed, creates the tracking tables filled with the converted actions in one
 * write. The original sheet is only read; where the tables go is the caller's choice (the
 * same workbook, or a new file).
 */
import {
  adoptSources,
  adoptedWorkbookPlan,
  convertPlan,
  isUsable,
  mappingIssues,
  proposeMapping,
  type AdoptSource,
  type ColumnMapping,
  type ConvertedPlan,
  type MappingIssues,
  type Proposal,
} from "../domain/adopt";
import type { Day } from "../domain/dates";
import type { Lang } from "../domain/lang";
import type { WorkbookPlan } from "../domain/layout/sheet-plan";
import type { WorkbookSnapshot } from "../domain/raw";
import { TABLES } from "../domain/schema";
import { adoptText } from "../i18n/adopt";
import { WorkbookError, type WorkbookPort } from "../workbook/port";

/** A source as the person picked it. */
export interface SourceRef {
  kind: AdoptSource["kind"];
  name: string;
}

export function sourceOf(snapshot: WorkbookSnapshot, ref: SourceRef): AdoptSource | undefined {
  return adoptSources(snapshot).find((s) => s.kind === ref.kind && s.name === ref.name);
}

export type AdoptResult =
  | { ok: true; plan: WorkbookPlan; converted: ConvertedPlan; proposal: Proposal }
  | { ok: false; issues: MappingIssues }
  | { ok: false; noHeader: true };

export interface AdoptOptions {
  lang: Lang;
  today: Day;
  /** Where the tracking tables go; by default the workbook the plan was read from. */
  into?: WorkbookPort;
}

/** Reads the source, converts it with the confirmed mapping and writes the tracking tables in one batch. */
export async function adoptPlan(
  port: WorkbookPort,
  ref: SourceRef,
  mapping: readonly ColumnMapping[],
  options: AdoptOptions,
): Promise<AdoptResult> {
  const snapshot = await port.read();
  const source = sourceOf(snapshot, ref);
  if (!source) throw new WorkbookError(`No sheet or table ${ref.name}`, "not-found", { name: ref.name });
  const proposal = proposeMapping(source);
  if (!proposal) return { ok: false, noHeader: true };
  const issues = mappingIssues(mapping);
  if (!isUsable(issues)) return { ok: false, issues };
  const converted = convertPlan(source, proposal.headerIndex, mapping, {
    lang: options.lang,
    today: options.today,
    suiviNote: adoptText[options.lang].suiviNote,
  });
  const target = options.into ?? port;
  const existing = target === port ? snapshot : undefined;
  if (existing) refuseTakenTables(existing);
  const plan = adoptedWorkbookPlan(converted, {
    lang: options.lang,
    existingSheets: existing?.sheetNames ?? [],
  });
  await target.write({ create: plan });
  return { ok: true, plan, converted, proposal };
}

/** A table of the template's name already in the workbook would clash with the new one. */
function refuseTakenTables(snapshot: WorkbookSnapshot): void {
  const names = new Set(TABLES.map((t) => t.name.toLowerCase()));
  const taken = snapshot.tables.find((t) => names.has(t.name.toLowerCase()));
  if (taken) throw new WorkbookError(`Table ${taken.name} exists`, "exists", { name: taken.name });
}
