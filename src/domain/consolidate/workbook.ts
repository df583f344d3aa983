/** The regional workbook as a plan: the regional bilan, every action, every follow-up, the problems. */
import type { Lang } from "../lang";
import type { SheetPlan, TablePlan, WorkbookPlan } from "../layout/sheet-plan";
import { emptySheet } from "../layout/sheet-plan";
import { consolidateText } from "../../i18n/consolidate";
import { problemsSheet } from "./problems-sheet";
import { regionalReportSheet } from "./report-sheet";
import { actionsTable, suivisTable } from "./tables";
import type { MunicipalPlan, RegionalFigures, SkippedFile } from "./types";

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

export function regionalPlan(
  plans: readonly MunicipalPlan[],
  skipped: readonly SkippedFile[],
  figures: RegionalFigures,
  options: { lang: Lang; generatedAt: string },
): WorkbookPlan {
  const { lang } = options;
  const t = consolidateText[lang];
  return {
    lang,
    sheets: [
      { ...regionalReportSheet(figures, lang, options.generatedAt), tabColor: "1F3864" },
      tableSheet(t.sheets.actions, "1F4E79", actionsTable(plans, lang)),
      tableSheet(t.sheets.suivis, "2E75B6", suivisTable(plans, lang)),
      problemsSheet(plans, skipped, lang),
    ],
    definedNames: { [CONSOLIDATION_NAME]: `"${figures.referenceDate}"` },
  };
}
