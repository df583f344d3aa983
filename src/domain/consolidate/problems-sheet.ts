/** The Problèmes sheet: each file's problems by cell, then the files left out and why. */
import type { Lang } from "../lang";
import type { PlanValue, SheetPlan } from "../layout/sheet-plan";
import { emptySheet } from "../layout/sheet-plan";
import { problemMessage } from "../../i18n/problems";
import { consolidateText } from "../../i18n/consolidate";
import { REGIONAL_TABLES, TABLE_STYLE } from "./tables";
import type { MunicipalPlan, SkippedFile } from "./types";

export function problemsSheet(
  plans: readonly MunicipalPlan[],
  skipped: readonly SkippedFile[],
  lang: Lang,
): SheetPlan {
  return problemsSheetOf(
    plans.flatMap((p) => problemRows(p, lang)),
    skipped,
    lang,
  );
}

/** One municipality's rows of the regional problems table: errors first, then warnings. */
export function problemRows(plan: MunicipalPlan, lang: Lang): PlanValue[][] {
  const t = consolidateText[lang];
  const rows: PlanValue[][] = [];
  const ordered = [
    ...plan.wb.problems.filter((p) => p.severity === "error"),
    ...plan.wb.problems.filter((p) => p.severity === "warning"),
  ];
  for (const p of ordered)
    rows.push([plan.file, plan.name, p.cell, t.severities[p.severity], problemMessage(p, lang)]);
  return rows;
}

export function problemsSheetOf(rows: PlanValue[][], skipped: readonly SkippedFile[], lang: Lang): SheetPlan {
  const t = consolidateText[lang];
  // Two tables side by side (the problems can be many): the files left out stay in view.
  const skippedCol = 7;
  return {
    ...emptySheet(t.sheets.problems),
    tabColor: "C00000",
    freeze: { rows: 1 },
    widths: { 6: 3 },
    tables: [
      {
        name: REGIONAL_TABLES.problems,
        row: 1,
        col: 1,
        columns: [
          { header: t.file, width: 30, wrap: true },
          { header: t.municipality, width: 28, wrap: true },
          { header: t.cell, width: 22 },
          { header: t.severity, width: 14 },
          { header: t.message, width: 70, wrap: true },
        ],
        rows,
        style: TABLE_STYLE,
      },
      {
        name: REGIONAL_TABLES.skipped,
        row: 1,
        col: skippedCol,
        columns: [
          { header: t.filesSkipped, width: 30, wrap: true },
          { header: t.cause, width: 70, wrap: true },
        ],
        rows: skipped.map((s) => [s.file, s.cause]),
        style: "TableStyleMedium3",
      },
    ],
  };
}
