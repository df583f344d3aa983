/**
 * `plan-vivant adopter FILE --feuille NAME [-o OUT] [--correspondance MAP.json] [--remplacer] [--langue fr|en]`:
 * proposes how the columns of an existing plan map to the contract's, and, when that mapping
 * is sure or confirmed by MAP.json, writes a NEW tracking workbook filled with the converted
 * actions, listing every cell it could not convert. The plan's file is only read (by identity:
 * -o reaching it through a link is refused too); OUT is replaced only with --remplacer.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import {
  adoptSources,
  applyOverrides,
  findSource,
  isUsable,
  mappingIssues,
  proposeMapping,
  proposedMapping,
  type ColumnMapping,
  type Proposal,
  type TargetKey,
} from "../../domain/adopt";
import { today } from "../../domain/dates";
import type { Lang } from "../../domain/lang";
import { adoptPlan } from "../../features/adopt-plan";
import { adoptText, unconvertedMessage } from "../../i18n/adopt";
import { adoptCliText } from "../../i18n/adopt-cli";
import { XlsxPort } from "../../workbook/xlsx/file-port";
import { ZLIB_CODEC } from "../zlib-codec";
import { choiceOption, fileArg, parse } from "../args";
import { CliError } from "../errors";
import { checkOutput, fromWorkbookError, readBytes, REPLACE_OPTIONS, writeBytes } from "../files";
import type { Command } from "./command";

export const adopter: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    {
      feuille: { type: "string" },
      o: { type: "string", short: "o" },
      sortie: { type: "string" },
      correspondance: { type: "string" },
      langue: { type: "string" },
      ...REPLACE_OPTIONS,
    },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const lang = choiceOption(parsed, "langue", ["fr", "en"] as const, lang0) ?? lang0;
  const t = adoptCliText[lang];
  const port = new XlsxPort(await readBytes(file, lang), { file, lang, codec: ZLIB_CODEC });
  let snapshot;
  try {
    snapshot = await port.read();
  } catch (error) {
    throw fromWorkbookError(error, file, lang);
  }
  const sheets = snapshot.sheetNames.map((s) => (lang === "fr" ? `« ${s} »` : `"${s}"`)).join(", ");
  const name = parsed.values.feuille as string | undefined;
  if (name === undefined) throw new CliError(t.noSheetOption(sheets), 2);
  const source = findSource(adoptSources(snapshot), name);
  if (!source) throw new CliError(t.noSuchSheet(name, sheets), 2);
  const proposal = proposeMapping(source);
  if (!proposal) throw new CliError(`${file} : ${adoptText[lang].noHeader}`, 2);

  const mapFile = parsed.values.correspondance as string | undefined;
  const mapping = mapFile ? await mappingFromFile(mapFile, proposal, lang) : proposedMapping(proposal);
  io.out(formatMapping(proposal, mapping, Boolean(mapFile), lang));
  io.out("");
  const issues = mappingIssues(mapping);
  const a = adoptText[lang];
  if (!isUsable(issues)) {
    const names = (keys: readonly TargetKey[]) => keys.map((k) => a.target(k)).join(", ");
    if (issues.missing.length) io.err(a.missing(names(issues.missing)));
    if (issues.repeated.length) io.err(a.repeated(names(issues.repeated)));
    io.err(t.unusableMapping);
    return 2;
  }
  if (!mapFile && !proposal.complete) {
    io.err(t.notSure);
    return 2;
  }

  const out =
    (parsed.values.o as string | undefined) ??
    (parsed.values.sortie as string | undefined) ??
    defaultOutput(file);
  const replace = Boolean(parsed.values.remplacer);
  const mayReplace = await checkOutput(out, { inputs: [file], replace, overInput: t.sameFile }, lang);
  const target = new XlsxPort(null, { file: out, lang, codec: ZLIB_CODEC });
  const result = await adoptPlan(port, { kind: source.kind, name: source.name }, mapping, {
    lang,
    today: today(io.now),
    into: target,
  });
  if (!result.ok) throw new CliError(t.unusableMapping, 2);
  const bytes = target.bytes();
  if (!bytes) throw new Error("no bytes after the adoption");
  await writeBytes(out, bytes, lang, mayReplace);

  const { converted } = result;
  io.out(t.written(out));
  io.out(a.converted(converted.actions.length, converted.suivis.length));
  for (const skipped of converted.skipped) io.out(`  ${a.totalRow(skipped.cell)}`);
  io.out("");
  io.out(
    converted.unconvertible.length ? a.unconvertedHeading(converted.unconvertible.length) : a.noneUnconverted,
  );
  const width = Math.min(28, Math.max(0, ...converted.unconvertible.map((u) => u.cell.length)));
  for (const cell of converted.unconvertible)
    io.out(`  ${cell.cell.padEnd(width)}  ${unconvertedMessage(cell, lang)}`);
  return converted.unconvertible.length > 0 ? 1 : 0;
};

/** `plan.xlsx` -> `plan - suivi.xlsx`, beside the input. */
export function defaultOutput(file: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))} - suivi.xlsx`);
}

async function mappingFromFile(file: string, proposal: Proposal, lang: Lang): Promise<ColumnMapping[]> {
  const t = adoptCliText[lang].mapFile;
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new CliError(t.unreadable(file), 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(t.notJson(file, (error as Error).message), 2);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new CliError(t.notObject(file), 2);
  const result = applyOverrides(proposal, json as Record<string, unknown>);
  if (result.ok) return result.mapping;
  const letters = proposal.columns.map((c) => c.source.letter).join(", ");
  throw new CliError(
    result.cause === "column"
      ? t.badColumn(file, result.letter, letters)
      : t.badTarget(file, result.letter, result.value ?? ""),
    2,
  );
}

export function formatMapping(
  proposal: Proposal,
  mapping: readonly ColumnMapping[],
  confirmed: boolean,
  lang: Lang,
): string {
  const a = adoptText[lang];
  const lines = [adoptCliText[lang].mappingTitle(proposal.source.name, proposal.headerRow)];
  const headerWidth = Math.min(30, Math.max(0, ...proposal.columns.map((c) => c.source.header.length)));
  proposal.columns.forEach((column, i) => {
    const target = mapping[i]?.target;
    const header = (column.source.header || "—").slice(0, 30).padEnd(headerWidth);
    const label = target ? a.target(target) : a.ignore;
    const sure =
      target === undefined
        ? ""
        : confirmed && target !== column.target
          ? ""
          : ` (${a.confidence[column.confidence]}, ${Math.round(column.score * 100)}${lang === "fr" ? " %" : "%"})`;
    lines.push(`  ${column.source.letter.padEnd(3)} ${header}  → ${label}${sure}`);
  });
  return lines.join("\n");
}
