/**
 * `plan-vivant bilan FILE [-o OUT] [--date AAAA-MM-JJ] [--depuis AAAA-MM-JJ] [--json] [--texte] [--sur-place]
 * [--remplacer] [--html FILE.html|-] [--public]`: the Bilan sheet with its charts, the computed columns
 * of Actions refreshed, written to a new file (never the input unless --sur-place, never an existing
 * file unless --remplacer), through a temporary file and a rename; a macro-enabled workbook's output
 * stays .xlsm. With --html, the report as an HTML file instead (the workbook too only when -o or
 * --sur-place asks for it); see bilan-html.ts.
 */
import path from "node:path";
import { dayToIso } from "../../domain/dates";
import { cliText } from "../../i18n/cli";
import { makeBilan } from "../../features/make-bilan";
import { dateOption, fileArg, parse } from "../args";
import { checkOutput, fromWorkbookError, REPLACE_OPTIONS, writeBytes } from "../files";
import { loadFile } from "../load";
import { checkMacroOutput, workbookExtension } from "../macro-output";
import { checkHtmlOutput, HTML_OPTIONS, htmlRequest, publicText, writeHtml } from "./bilan-html";
import type { Command } from "./command";

export const bilan: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      date: { type: "string" },
      depuis: { type: "string" },
      json: { type: "boolean" },
      texte: { type: "boolean" },
      "sur-place": { type: "boolean" },
      langue: { type: "string" },
      ...HTML_OPTIONS,
      ...REPLACE_OPTIONS,
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const referenceDate = dateOption(parsed, "date", lang0);
  const since = dateOption(parsed, "depuis", lang0);
  const request = htmlRequest(parsed, lang0);
  const replace = Boolean(parsed.values.remplacer);
  await checkHtmlOutput(request, file, replace, lang0);
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const now = io.now ?? new Date();
  const t = cliText[lang];
  const inPlace = Boolean(parsed.values["sur-place"]);
  const asked = (parsed.values.o as string | undefined) ?? (parsed.values.sortie as string | undefined);
  // With --html alone, the HTML file is the output: the workbook is only read.
  const xlsx = request.html === undefined || asked !== undefined || inPlace;
  const iso = dayToIso(loaded.wb.referenceDate);
  const out = asked ?? (inPlace ? file : defaultOutput(file, iso, workbookExtension(loaded.macro)));
  let mayReplace = false;
  if (xlsx) {
    const overInput = t.bilanOverInput;
    mayReplace = await checkOutput(out, { inputs: [file], inPlace, replace, overInput }, lang);
    if (!inPlace || asked !== undefined) checkMacroOutput(out, file, loaded.macro, lang);
  }
  let result;
  try {
    result = await makeBilan(loaded.port, { referenceDate, since, lang, now });
  } catch (error) {
    throw fromWorkbookError(error, file, lang);
  }
  if (xlsx) {
    const bytes = loaded.port.bytes();
    if (!bytes) throw new Error("no bytes after the bilan");
    await writeBytes(out, bytes, lang, mayReplace);
  }
  await writeHtml(request, result.figures, io, lang);
  const written = () => (xlsx ? io.err(t.bilanWritten(out, result.sheet)) : undefined);
  if (parsed.values.json) {
    io.out(
      JSON.stringify(
        { ...result.figures, pointStatutaire: result.text, sheet: result.sheet, file: xlsx ? out : null },
        null,
        2,
      ),
    );
    written();
  } else if (parsed.values.texte) {
    io.out(request.isPublic ? publicText(result.figures, lang) : result.text);
    written();
  } else if (request.html !== undefined) {
    written();
  } else {
    io.out(t.bilanWritten(out, result.sheet));
    io.out("");
    io.out(result.text);
  }
  return loaded.wb.problems.some((p) => p.severity === "error") ? 1 : 0;
};

/** `plan.xlsx` -> `plan - bilan 2026-11-26.xlsx`, beside the input (`.xlsm` for a macro-enabled one). */
export function defaultOutput(file: string, iso: string, ext = ".xlsx"): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))} - bilan ${iso}${ext}`);
}
