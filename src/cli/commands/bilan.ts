/**
 * `plan-vivant bilan FILE [-o OUT] [--date AAAA-MM-JJ] [--depuis AAAA-MM-JJ] [--json] [--texte] [--sur-place]`:
 * the Bilan sheet with its charts, the computed columns of Actions refreshed, written to a
 * new file (never the input unless --sur-place), through a temporary file and a rename.
 */
import path from "node:path";
import { dayToIso } from "../../domain/dates";
import { cliText } from "../../i18n/cli";
import { makeBilan } from "../../features/make-bilan";
import { dateOption, fileArg, parse } from "../args";
import { CliError } from "../errors";
import { fromWorkbookError, writeBytes } from "../files";
import { loadFile } from "../load";
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
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const referenceDate = dateOption(parsed, "date", lang0);
  const since = dateOption(parsed, "depuis", lang0);
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const now = io.now ?? new Date();
  let result;
  try {
    result = await makeBilan(loaded.port, { referenceDate, since, lang, now });
  } catch (error) {
    throw fromWorkbookError(error, file, lang);
  }
  const t = cliText[lang];
  const inPlace = Boolean(parsed.values["sur-place"]);
  const out =
    (parsed.values.o as string | undefined) ??
    (parsed.values.sortie as string | undefined) ??
    (inPlace ? file : defaultOutput(file, dayToIso(loaded.wb.referenceDate)));
  if (!inPlace && path.resolve(out) === path.resolve(file)) throw new CliError(t.bilanOverInput(file), 2);
  const bytes = loaded.port.bytes();
  if (!bytes) throw new Error("no bytes after the bilan");
  await writeBytes(out, bytes, lang, inPlace || path.resolve(out) !== path.resolve(file));
  if (parsed.values.json) {
    io.out(
      JSON.stringify(
        { ...result.figures, pointStatutaire: result.text, sheet: result.sheet, file: out },
        null,
        2,
      ),
    );
    io.err(t.bilanWritten(out, result.sheet));
  } else if (parsed.values.texte) {
    io.out(result.text);
    io.err(t.bilanWritten(out, result.sheet));
  } else {
    io.out(t.bilanWritten(out, result.sheet));
    io.out("");
    io.out(result.text);
  }
  return loaded.wb.problems.some((p) => p.severity === "error") ? 1 : 0;
};

/** `plan.xlsx` -> `plan - bilan 2026-11-26.xlsx`, beside the input. */
export function defaultOutput(file: string, iso: string): string {
  const ext = path.extname(file) || ".xlsx";
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))} - bilan ${iso}${ext}`);
}
