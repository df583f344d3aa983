/**
 * A tracking workbook plan with the computed columns of `Actions` (Statut actuel, Avancement,
 * Dernier suivi, Alerte) filled in, as a first bilan would leave them: a filled workbook opens
 * with its late and blocked rows already coloured.
 */
import { COMPUTED_COLUMNS, computedColumns } from "../bilan/computed-columns";
import type { Day } from "../dates";
import { planSnapshot } from "../demo/snapshot";
import { actionStates } from "../flags";
import { readWorkbook } from "../read";
import { ACTIONS } from "../schema";
import type { WorkbookPlan } from "./sheet-plan";

export function withComputedColumns(plan: WorkbookPlan, today: Day): WorkbookPlan {
  const table = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === ACTIONS.name);
  if (!table || table.rows.length === 0) return plan;
  const wb = readWorkbook(planSnapshot(plan), { today });
  const values = new Map(computedColumns(actionStates(wb), plan.lang).map((v) => [v.no, v]));
  const noIndex = ACTIONS.columns.findIndex((c) => c.key === "no");
  const targets = COMPUTED_COLUMNS.map(({ key, field }) => ({
    index: ACTIONS.columns.findIndex((c) => c.key === key),
    field,
  }));
  table.rows = table.rows.map((row) => {
    const computed = values.get(String(row[noIndex] ?? ""));
    if (!computed) return row;
    const out = [...row];
    for (const { index, field } of targets)
      if (index >= 0) out[index] = computed[field] === "" ? null : computed[field];
    return out;
  });
  return plan;
}
