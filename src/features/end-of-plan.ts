/**
 * The end-of-plan bilan: reads once, gives each action its final outcome at the reference date
 * (the plan's end, or « if the plan ended today »), and writes the « Bilan de fin de plan »
 * sheet with its charts in one write. It takes the place of the sheet Plan vivant owns (the
 * Bilan): the workbook keeps one report sheet of Plan vivant's, the latest one made.
 */
import { today as todayOf, type Day } from "../domain/dates";
import { actionStates } from "../domain/flags";
import type { Lang } from "../domain/lang";
import type { Workbook } from "../domain/model";
import { endOfPlanFigures, endOfPlanLayout, renewalText, type EndOfPlanFigures } from "../domain/outcome";
import { readWorkbook } from "../domain/read";
import { outcomeText } from "../i18n/outcome";
import type { WorkbookSnapshot } from "../domain/raw";
import type { WorkbookPort } from "../workbook/port";
import { snapshotOf, writeApplied } from "./written";

export interface EndOfPlanResult {
  sheet: string;
  figures: EndOfPlanFigures;
  /** The text for the renewal request. */
  text: string;
  /** The workbook as the write left it; undefined where only a read can tell. */
  snapshot?: WorkbookSnapshot;
}

/** The figures and the renewal text of a workbook already read (nothing written). */
export function endOfPlanOf(
  wb: Workbook,
  options: { lang: Lang; now: Date },
): Omit<EndOfPlanResult, "sheet" | "snapshot"> {
  const figures = endOfPlanFigures(wb, actionStates(wb), {
    lang: options.lang,
    generatedAt: options.now.toISOString(),
  });
  return { figures, text: renewalText(figures, options.lang) };
}

export async function makeEndOfPlan(
  port: WorkbookPort,
  options: { referenceDate?: Day; lang: Lang; now: Date; from?: WorkbookSnapshot },
): Promise<EndOfPlanResult> {
  const { lang, now } = options;
  const before = await snapshotOf(port, options.from);
  const wb = readWorkbook(before, { today: todayOf(now), referenceDate: options.referenceDate });
  const made = endOfPlanOf(wb, { lang, now });
  const name = outcomeText[lang].sheet;
  const { result, snapshot } = await writeApplied(port, before, {
    ownedSheet: endOfPlanLayout(made.figures, lang, name),
  });
  return { sheet: result.ownedSheet ?? name, ...made, snapshot };
}
