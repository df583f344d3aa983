/**
 * `plan-vivant nouveau-plan FILE -o NEXT --debut AAAA-MM-JJ --fin AAAA-MM-JJ [--avec NOS] [--sans NOS]
 * [--date AAAA-MM-JJ] [--json] [--remplacer]`: the next plan's workbook, from this one. FILE is
 * only read (NEXT may not be FILE, by identity); NEXT is never overwritten unless --remplacer.
 */
import { actionStates } from "../../domain/flags";
import { defaultCarry } from "../../domain/outcome/next-plan";
import { startNextPlan } from "../../features/next-plan";
import { cliText } from "../../i18n/cli";
import { meetingCliText } from "../../i18n/meeting-cli";
import { XlsxPort } from "../../workbook/xlsx/file-port";
import { ZLIB_CODEC } from "../zlib-codec";
import { dateOption, fileArg, parse } from "../args";
import { CliError } from "../errors";
import { checkOutput, fromWorkbookError, REPLACE_OPTIONS, writeBytes } from "../files";
import { loadFile } from "../load";
import { today } from "../../domain/dates";
import type { Command } from "./command";

const nosOf = (value: unknown): string[] =>
  typeof value === "string"
    ? value
        .split(",")
        .map((v) => v.trim())
        .filter((v) => v !== "")
    : [];

export const nouveauPlan: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      debut: { type: "string" },
      fin: { type: "string" },
      avec: { type: "string" },
      sans: { type: "string" },
      date: { type: "string" },
      json: { type: "boolean" },
      ...REPLACE_OPTIONS,
      langue: { type: "string" },
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const t0 = meetingCliText[lang0];
  const out = (parsed.values.o ?? parsed.values.sortie) as string | undefined;
  if (out === undefined) throw new CliError(cliText[lang0].badArgs("-o PROCHAIN.xlsx"), 2);
  const start = dateOption(parsed, "debut", lang0);
  const end = dateOption(parsed, "fin", lang0);
  if (start === undefined || end === undefined) throw new CliError(t0.periodMissing, 2);
  if (end < start) throw new CliError(t0.endBeforeStart, 2);
  const referenceDate = dateOption(parsed, "date", lang0);
  const replace = Boolean(parsed.values.remplacer);
  const overInput = cliText[lang0].overInput;
  const mayReplace = await checkOutput(out, { inputs: [file], replace, overInput }, lang0);
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const t = meetingCliText[lang];
  const nos = new Set(loaded.wb.actions.map((a) => a.no));
  const avec = nosOf(parsed.values.avec);
  const sans = nosOf(parsed.values.sans);
  const unknown = [...avec, ...sans].filter((no) => !nos.has(no));
  if (unknown.length > 0) throw new CliError(t.unknownNos(unknown.join(", ")), 2);
  const carry = defaultCarry(actionStates(loaded.wb));
  for (const no of avec) carry.add(no);
  for (const no of sans) carry.delete(no);

  const target = new XlsxPort(null, { lang, file: out, codec: ZLIB_CODEC });
  let next;
  try {
    next = await startNextPlan(loaded.port, target, {
      today: today(io.now),
      referenceDate,
      start,
      end,
      carry,
    });
  } catch (error) {
    throw fromWorkbookError(error, file, lang);
  }
  await writeBytes(out, target.bytes() as Uint8Array, lang, mayReplace);
  const left = loaded.wb.actions.map((a) => a.no).filter((no) => !next.carried.includes(no));
  if (parsed.values.json) {
    io.out(JSON.stringify({ file: out, carried: next.carried, left }, null, 2));
    io.err(t.nextWritten(out, next.carried.length, left.length));
  } else {
    io.out(t.nextWritten(out, next.carried.length, left.length));
    io.out(`${t.carriedHeading} ${next.carried.join(", ") || "—"}`);
    io.out(`${t.leftHeading} ${left.join(", ") || "—"}`);
  }
  return 0;
};
