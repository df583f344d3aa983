/** The regional workbook as a plan: the regional bilan, every action, every follow-up, the problems. */
import type { Lang } from "../lang";
import type { SheetPlan, TablePlan, WorkbookPlan } from "../layout/sheet-plan";
import { emptySheet } from "../layout/sheet-plan";
import { consolidateText } from "../../i18n/consolidate";
import { municipal } from "./figures";
import { problemRows, problemsSheetOf } from "./problems-sheet";
import { regionalReportSheet } from "./report-sheet";
import { actionRows, actionsTableOf, suiviRows, suivisTableOf } from "./tables";
import type { MunicipalDigest, MunicipalPlan, RegionalFigures, SkippedFile } from "./types";

/** The defined name that marks a workbook as a consolidation, with its reference date. */
export const CONSOLIDATION_NAME = "PlanVivant.Consolidation";

function tableSheet(name: string, tabColor: string, table: TablePlan): SheetPlan {
  return {
    ...emptySheet(name),
    tabColor,
    freeze: { rows: 1, cols: 1 },
    tables: [table],
    print: { landscape: true, fitToWidth: true },
  };
}

/** What the regional workbook keeps of one plan (its workbook can be let go afterwards). */
export function digestMunicipal(plan: MunicipalPlan, lang: Lang): MunicipalDigest {
  const { row, areas } = municipal(plan, lang);
  return {
    figures: row,
    areas,
    actionRows: actionRows(plan, lang),
    suiviRows: suiviRows(plan, lang),
    problemRows: problemRows(plan, lang),
  };
}

export function regionalPlan(
  plans: readonly MunicipalPlan[],
  skipped: readonly SkippedFile[],
  figures: RegionalFigures,
  options: { lang: Lang; generatedAt: string },
): WorkbookPlan {
  return regionalPlanOf(
    plans.map((p) => digestMunicipal(p, options.lang)),
    skipped,
    figures,
    options,
  );
}

/** The regional workbook from each municipality's digest, in the order they were read. */
export function regionalPlanOf(
  digests: readonly MunicipalDigest[],
  skipped: readonly SkippedFile[],
  figures: RegionalFigures,
  options: { lang: Lang; generatedAt: string },
): WorkbookPlan {
  const { lang } = options;
  const rowsOf = (pick: (d: MunicipalDigest) => MunicipalDigest["actionRows"]) => {
    const rows: MunicipalDigest["actionRows"] = [];
    for (const d of digests) for (const r of pick(d)) rows.push(r);
    return rows;
  };
  const t = consolidateText[lang];
  return {
    lang,
    sheets: [
      { ...regionalReportSheet(figures, lang, options.generatedAt), tabColor: "1F3864" },
      tableSheet(
        t.sheets.actions,
        "1F4E79",
        actionsTableOf(
          rowsOf((d) => d.actionRows),
          lang,
        ),
      ),
      tableSheet(
        t.sheets.suivis,
        "2E75B6",
        suivisTableOf(
          rowsOf((d) => d.suiviRows),
          lang,
        ),
      ),
      problemsSheetOf(
        rowsOf((d) => d.problemRows),
        skipped,
        lang,
      ),
    ],
    definedNames: { [CONSOLIDATION_NAME]: `"${figures.referenceDate}"` },
  };
}
