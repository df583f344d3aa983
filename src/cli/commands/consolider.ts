/**
 * `plan-vivant consolider FILE... -o REGIONAL.xlsx [--date AAAA-MM-JJ] [--remplacer] [--langue fr|en]`:
 * one new regional workbook with every municipality's actions and follow-ups as tables,
 * a regional bilan with charts, and each file's problems. A file that cannot be used is
 * left out, said on stderr and in the Problèmes sheet, and the exit code is 1.
 *
 * It streams: one workbook is read at a time, and only its digest (figures, area groups and
 * problems) is kept, never its snapshot or its bytes; the rows it adds to the regional Actions
 * and Suivis tables are packed (PackedRows) and read back as the regional workbook is written,
 * row by row, so memory stays nearly flat whatever the number of workbooks.
 */
import {
  digestMunicipal,
  distinctNamer,
  figuresOf,
  municipalityName,
  regionalPlanOf,
  type MunicipalDigest,
  type SkippedFile,
} from "../../domain/consolidate";
import { REGIONAL_TABLES } from "../../domain/consolidate/tables";
import { today } from "../../domain/dates";
import { formatPercent } from "../../domain/format";
import { cliText } from "../../i18n/cli";
import { consolidateText } from "../../i18n/consolidate";
import { writeXlsxWithCharts } from "../../workbook/xlsx/write-charts";
import { choiceOption, dateOption, parse } from "../args";
import { CliError } from "../errors";
import { checkOutput, REPLACE_OPTIONS, writeBytes } from "../files";
import type { Command } from "./command";
import { readMunicipal } from "./consolider-read";
import { ZLIB_CODEC } from "../zlib-codec";
import { PackedRows } from "./consolider-rows";

export const consolider: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      date: { type: "string" },
      langue: { type: "string" },
      ...REPLACE_OPTIONS,
    },
    lang0,
  );
  const lang = choiceOption(parsed, "langue", ["fr", "en"] as const, lang0) ?? lang0;
  const t = consolidateText[lang];
  const out = (parsed.values.o ?? parsed.values.sortie) as string | undefined;
  if (!out) throw new CliError(cliText[lang].badArgs(t.missingOutput), 2);
  if (parsed.positionals.length === 0) throw new CliError(cliText[lang].badArgs(t.missingFiles), 2);
  const now = io.now ?? new Date();
  const referenceDate = dateOption(parsed, "date", lang) ?? today(now);
  const replace = Boolean(parsed.values.remplacer);
  const inputs = parsed.positionals;
  const mayReplace = await checkOutput(out, { inputs, replace, overInput: cliText[lang].overInput }, lang);

  const digests: MunicipalDigest[] = [];
  const skipped: SkippedFile[] = [];
  const nameOf = distinctNamer();
  const actionRows = new PackedRows();
  const suiviRows = new PackedRows();
  for (const file of parsed.positionals) {
    const result = await readMunicipal(file, { lang, today: today(now), referenceDate });
    if ("skipped" in result) {
      skipped.push(result.skipped);
      io.err(t.skipped(file, result.skipped.cause));
    } else {
      const { plan } = result;
      const digest = digestMunicipal({ ...plan, name: nameOf(municipalityName(plan.wb, plan.file)) }, lang);
      actionRows.add(digest.actionRows);
      suiviRows.add(digest.suiviRows);
      digests.push({ ...digest, actionRows: [], suiviRows: [] });
    }
  }
  if (digests.length === 0) {
    io.err(t.noUsableFile);
    return 2;
  }
  const figures = figuresOf(digests, skipped, { referenceDate, lang });
  const plan = regionalPlanOf(digests, skipped, figures, { lang, generatedAt: now.toISOString() });
  const rows = new Map([
    [REGIONAL_TABLES.actions as string, actionRows],
    [REGIONAL_TABLES.suivis as string, suiviRows],
  ]);
  await writeBytes(out, await writeXlsxWithCharts(plan, rows, ZLIB_CODEC), lang, mayReplace);

  const total = figures.total;
  io.out(t.written(out, digests.length, total.actions, total.suivis));
  for (const m of figures.municipalities) {
    io.out(
      t.municipalityLine(
        m.name,
        m.actions,
        m.done,
        m.late,
        m.blocked,
        m.stale,
        formatPercent(m.shareDone, lang),
      ),
    );
  }
  if (skipped.length > 0) io.out(t.skippedSummary(skipped.length));
  io.out(t.problemsSummary(total.errors, total.warnings));
  return skipped.length > 0 || total.errors > 0 ? 1 : 0;
};
