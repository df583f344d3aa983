/**
 * `plan-vivant init FILE ... [--remplacer]`: a new, empty tracking workbook.
 * `plan-vivant demo FILE [--remplacer]`: the built-in demo, a fictional municipality and a year of
 * follow-ups. An existing FILE is replaced only with --remplacer.
 */
import { today } from "../../domain/dates";
import type { Lang } from "../../domain/lang";
import { DEMO_ACTIONS, DEMO_SUIVIS, demoPlan } from "../../domain/demo";
import { defaultPlanTitle, templatePlan, type TemplateOptions } from "../../domain/layout/template";
import { PLAN_TYPES } from "../../domain/vocabulary";
import { cliText } from "../../i18n/cli";
import { writeXlsx } from "../../workbook/xlsx/write";
import { ZLIB_CODEC } from "../zlib-codec";
import { choiceOption, dateOption, fileArg, parse } from "../args";
import { checkOutput, REPLACE_OPTIONS, writeBytes } from "../files";
import type { Command } from "./command";

export const init: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      organisation: { type: "string" },
      type: { type: "string" },
      debut: { type: "string" },
      fin: { type: "string" },
      langue: { type: "string" },
      ...REPLACE_OPTIONS,
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const lang = choiceOption(parsed, "langue", ["fr", "en"] as const, lang0) ?? lang0;
  const options: TemplateOptions = {
    lang,
    organisation: parsed.values.organisation as string | undefined,
    planType: choiceOption(
      parsed,
      "type",
      PLAN_TYPES.map((t) => t.id),
      lang,
    ),
    start: dateOption(parsed, "debut", lang),
    end: dateOption(parsed, "fin", lang),
  };
  if (options.start !== undefined && options.end !== undefined) {
    options.title = defaultPlanTitle(lang, options.planType ?? "PFM-MADA", options.start, options.end);
  }
  const replace = await newFile(file, Boolean(parsed.values.remplacer), lang);
  await writeBytes(file, await writeXlsx(templatePlan(options), ZLIB_CODEC), lang, replace);
  io.out(cliText[lang].created(file));
  return 0;
};

export const demo: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(args, { langue: { type: "string" }, ...REPLACE_OPTIONS }, lang0);
  const file = fileArg(parsed, lang0);
  const lang = choiceOption(parsed, "langue", ["fr", "en"] as const, lang0) ?? lang0;
  const day = today(io.now);
  const replace = await newFile(file, Boolean(parsed.values.remplacer), lang);
  await writeBytes(file, await writeXlsx(demoPlan(day, lang), ZLIB_CODEC), lang, replace);
  io.out(cliText[lang].demoCreated(file, DEMO_ACTIONS.length, DEMO_SUIVIS.length));
  return 0;
};

/** Before any work: a new workbook replaces an existing file only with --remplacer. */
function newFile(file: string, replace: boolean, lang: Lang): Promise<boolean> {
  return checkOutput(file, { inputs: [], replace, overInput: cliText[lang].overInput }, lang);
}
