/** The regional figures: each municipality's, their sum, and actions by area and status. */
import { bilanFigures, share } from "../bilan";
import type { GroupRow } from "../bilan/types";
import { zeroCounts } from "../bilan/groups";
import { dayToIso, type Day } from "../dates";
import type { Lang } from "../lang";
import { STATUS_IDS, type StatusId } from "../vocabulary";
import { regionalAreas } from "./areas";
import type {
  MunicipalCounts,
  MunicipalDigest,
  MunicipalFigures,
  MunicipalPlan,
  RegionalFigures,
  SkippedFile,
} from "./types";

export function municipal(plan: MunicipalPlan, lang: Lang): { row: MunicipalFigures; areas: GroupRow[] } {
  const figures = bilanFigures(plan.wb, plan.states, { generatedAt: "", lang });
  const t = figures.totals;
  const errors = plan.wb.problems.filter((p) => p.severity === "error").length;
  return {
    row: {
      name: plan.name,
      file: plan.file,
      actions: t.actions,
      done: t.byStatus.done,
      late: t.late,
      blocked: t.blocked,
      stale: t.stale,
      dueSoon: t.dueSoon,
      shareDone: share(t.byStatus.done, t.actions),
      byStatus: { ...t.byStatus },
      suivis: plan.wb.suivis.length,
      errors,
      warnings: plan.wb.problems.length - errors,
    },
    areas: figures.byArea,
  };
}

function sum(rows: readonly MunicipalCounts[]): MunicipalCounts {
  const total: MunicipalCounts = {
    actions: 0,
    done: 0,
    late: 0,
    blocked: 0,
    stale: 0,
    dueSoon: 0,
    shareDone: 0,
    byStatus: zeroCounts(),
    suivis: 0,
    errors: 0,
    warnings: 0,
  };
  for (const row of rows) {
    for (const key of [
      "actions",
      "done",
      "late",
      "blocked",
      "stale",
      "dueSoon",
      "suivis",
      "errors",
      "warnings",
    ] as const)
      total[key] += row[key];
    for (const id of STATUS_IDS) total.byStatus[id] += row.byStatus[id];
  }
  total.shareDone = share(total.done, total.actions);
  return total;
}

/** Every plan must have been read at `referenceDate`, so that the figures add up at one date. */
export function regionalFigures(
  plans: readonly MunicipalPlan[],
  skipped: readonly SkippedFile[],
  options: { referenceDate: Day; lang: Lang },
): RegionalFigures {
  const each = plans.map((p) => municipal(p, options.lang));
  return figuresOf(
    each.map((e) => ({ figures: e.row, areas: e.areas })),
    skipped,
    options,
  );
}

/** The regional figures from each municipality's digest (figures and area groups). */
export function figuresOf(
  each: readonly Pick<MunicipalDigest, "figures" | "areas">[],
  skipped: readonly SkippedFile[],
  options: { referenceDate: Day; lang: Lang },
): RegionalFigures {
  const total = sum(each.map((e) => e.figures));
  return {
    referenceDate: dayToIso(options.referenceDate),
    municipalities: each.map((e) => e.figures),
    total,
    shares: Object.fromEntries(
      STATUS_IDS.map((id) => [id, share(total.byStatus[id], total.actions)]),
    ) as Record<StatusId, number>,
    byArea: regionalAreas(
      each.map((e) => e.areas),
      options.lang,
    ),
    skipped: [...skipped],
  };
}
