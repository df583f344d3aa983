/**
 * `plan-vivant fin-de-plan FILE [-o OUT] [--date AAAA-MM-JJ] [--json] [--texte] [--sur-place] [--remplacer]
 * [--html FILE.html|-]` (with --html, the end-of-plan report as one HTML file, meeting-html.ts; the
 * workbook too only when -o or --sur-place asks for it):
 * the end-of-plan bilan (each action's outcome, rates, money and hours, bons coups, the text for
 * the renewal request) on its sheet with charts, written to a new file (never the input unless
 * --sur-place, never an existing file unless --remplacer; .xlsm for a macro-enabled workbook),
 * through a temporary file and a rename.
 */
import path from "node:path";
import { dayToIso } from "../../domain/dates";
import { makeEndOfPlan } from "../../features/end-of-plan";
import { meetingCliText } from "../../i18n/meeting-cli";
import { dateOption, fileArg, parse } from "../args";
import { checkOutput, fromWorkbookError, REPLACE_OPTIONS, writeBytes } from "../files";
import { loadFile } from "../load";
import { checkMacroOutput, workbookExtension } from "../macro-output";
import { outcomeReportText } from "../../i18n/outcome";
import { outcomeReport } from "../../report/outcome-document";
import type { Command } from "./command";
import { MEETING_HTML_OPTIONS, htmlTarget, writeDocumentHtml } from "./meeting-html";

export const finDePlan: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
      texte: { type: "boolean" },
      "sur-place": { type: "boolean" },
      langue: { type: "string" },
      ...REPLACE_OPTIONS,
      ...MEETING_HTML_OPTIONS,
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const html = await htmlTarget(parsed, file, outcomeReportText[lang0].cli, lang0);
  const referenceDate = dateOption(parsed, "date", lang0);
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const t = meetingCliText[lang];
  const inPlace = Boolean(parsed.values["sur-place"]);
  const asked = (parsed.values.o as string | undefined) ?? (parsed.values.sortie as string | undefined);
  const iso = dayToIso(loaded.wb.referenceDate);
  // With --html alone, the HTML file is the output: the workbook is only read (as `bilan --html`).
  const xlsx = html === undefined || asked !== undefined || inPlace;
  const out = asked ?? (inPlace ? file : endOfPlanOutput(file, iso, workbookExtension(loaded.macro)));
  const replace = Boolean(parsed.values.remplacer);
  let mayReplace = false;
  if (xlsx) {
    mayReplace = await checkOutput(out, { inputs: [file], inPlace, replace, overInput: t.overInput }, lang);
    if (!inPlace || asked !== undefined) checkMacroOutput(out, file, loaded.macro, lang);
  }
  let result;
  try {
    result = await makeEndOfPlan(loaded.port, { referenceDate, lang, now: io.now ?? new Date() });
  } catch (error) {
    throw fromWorkbookError(error, file, lang);
  }
  if (xlsx) await writeBytes(out, loaded.port.bytes() as Uint8Array, lang, mayReplace);
  if (html !== undefined) {
    await writeDocumentHtml(html, outcomeReport(result.figures), io, lang, outcomeReportText[lang].cli);
  }
  const written = () => (xlsx ? io.err(t.endWritten(out, result.sheet)) : undefined);
  if (html?.file === "-") {
    written();
  } else if (parsed.values.json) {
    io.out(
      JSON.stringify(
        { ...result.figures, renewalText: result.text, sheet: result.sheet, file: xlsx ? out : null },
        null,
        2,
      ),
    );
    written();
  } else if (parsed.values.texte) {
    io.out(result.text);
    written();
  } else if (html !== undefined) {
    written();
  } else {
    io.out(t.endWritten(out, result.sheet));
    io.out("");
    io.out(result.text);
  }
  return loaded.wb.problems.some((p) => p.severity === "error") ? 1 : 0;
};

/** `plan.xlsx` -> `plan - bilan de fin de plan 2029-01-15.xlsx`, beside the input (`.xlsm` with macros). */
export function endOfPlanOutput(file: string, iso: string, ext = ".xlsx"): string {
  return path.join(
    path.dirname(file),
    `${path.basename(file, path.extname(file))} - bilan de fin de plan ${iso}${ext}`,
  );
}
