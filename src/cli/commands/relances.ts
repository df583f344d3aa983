/**
 * `plan-vivant relances FILE [--date AAAA-MM-JJ] [--json] [--langue fr|en]`: per porteur, the
 * late, stale and due-soon actions with a ready message and its `mailto:` link.
 * Exit codes as `check`: 0, 1 when the data has errors, 2 when the workbook cannot be used.
 */
import type { Lang } from "../../domain/lang";
import { relances, type Relances } from "../../domain/relances";
import { relancesText } from "../../i18n/relances";
import { dateOption, fileArg, parse } from "../args";
import { loadFile } from "../load";
import type { Command } from "./command";

export const relancesCommand: Command = async (args, io) => {
  const lang0 = io.lang ?? "fr";
  const parsed = parse(
    args,
    { date: { type: "string" }, json: { type: "boolean" }, langue: { type: "string" } },
    lang0,
  );
  const file = fileArg(parsed, lang0);
  const referenceDate = dateOption(parsed, "date", lang0);
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const result = relances(loaded.wb, loaded.states, { lang });
  io.out(parsed.values.json ? JSON.stringify(result, null, 2) : formatRelances(result, lang));
  return loaded.wb.problems.some((p) => p.severity === "error") ? 1 : 0;
};

export function formatRelances(result: Relances, lang: Lang): string {
  const t = relancesText[lang];
  const lines = [t.title(result.referenceDate), ""];
  if (result.relances.length === 0 && result.withoutPorteur.length === 0) lines.push(t.none);
  for (const r of result.relances) {
    lines.push(t.porteurHeading(r.porteur, new Set(r.actions.map((a) => a.action)).size));
    lines.push(r.email ? t.to(r.email) : (r.noEmail?.message ?? ""));
    lines.push(t.subjectLine(r.subject), "", r.body, "");
    if (r.mailto) lines.push(t.link(r.mailto), "");
  }
  if (result.withoutPorteur.length > 0) {
    const nos = [...new Set(result.withoutPorteur.map((i) => i.action))];
    lines.push(t.withoutPorteur(nos.length, nos.join(", ")));
  }
  return lines.join("\n").trimEnd();
}
