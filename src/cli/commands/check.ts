/** `plan-vivant check FILE [--date AAAA-MM-JJ] [--json]`: flags and problems, grouped and readable. */
import { checkReport, type CheckReport } from "../../domain/check";
import type { Lang } from "../../domain/lang";
import type { ActionState, Flag } from "../../domain/model";
import { cliText } from "../../i18n/cli";
import { FLAG_ORDER } from "../../i18n/flags";
import { dateOption, fileArg, parse } from "../args";
import { loadFile } from "../load";
import type { Command } from "./command";

export const check: Command = async (args, io) => {
  const parsed = parse(
    args,
    { date: { type: "string" }, json: { type: "boolean" }, langue: { type: "string" } },
    io.lang ?? "fr",
  );
  const file = fileArg(parsed, io.lang ?? "fr");
  const referenceDate = dateOption(parsed, "date", io.lang ?? "fr");
  const loaded = await loadFile(file, { lang: io.lang, referenceDate, now: io.now });
  const lang = io.lang ?? loaded.wb.lang;
  const report = checkReport(loaded.wb, loaded.states, lang);
  if (parsed.values.json) io.out(JSON.stringify(report, null, 2));
  else io.out(formatCheck(file, report, loaded.states, lang));
  return report.counts.errors > 0 ? 1 : 0;
};

export function formatCheck(file: string, report: CheckReport, states: ActionState[], lang: Lang): string {
  const t = cliText[lang];
  const lines = [
    t.checkTitle(file),
    t.checkSummary(report.referenceDate, report.counts.actions, report.counts.suivis),
    "",
  ];
  const byNo = new Map(states.map((s) => [s.action.no, s]));
  lines.push(t.flagsHeading(report.flags.length));
  if (report.flags.length === 0) lines.push(`  ${t.noFlags}`);
  for (const kind of FLAG_ORDER) {
    const flags = report.flags.filter((f) => f.kind === kind);
    if (flags.length === 0) continue;
    lines.push(`  ${t.flagGroups[kind]} (${flags.length})`);
    for (const flag of flags) lines.push(`    ${flagLine(flag, byNo.get(flag.action), lang)}`);
  }
  for (const severity of ["error", "warning"] as const) {
    const problems = report.problems.filter((p) => p.severity === severity);
    lines.push(
      "",
      severity === "error" ? t.errorsHeading(problems.length) : t.warningsHeading(problems.length),
    );
    const width = Math.min(28, Math.max(0, ...problems.map((p) => p.cell.length)));
    for (const p of problems) lines.push(`  ${p.cell.padEnd(width)}  ${p.message}`);
  }
  lines.push("", t.result(report.counts.errors, report.counts.warnings));
  return lines.join("\n");
}

function flagLine(flag: Flag, state: ActionState | undefined, lang: Lang): string {
  const t = cliText[lang];
  const text = state ? shorten(state.action.text, 60) : "";
  const porteur = state?.action.porteur ? ` (${state.action.porteur})` : "";
  let detail = "";
  if (flag.kind === "late" && flag.days !== undefined) detail = t.daysLate(flag.days);
  if (flag.kind === "stale") detail = flag.days === undefined ? t.neverFollowed : t.daysSince(flag.days);
  if (flag.kind === "due-soon" && flag.days !== undefined) detail = t.daysLeft(flag.days);
  if (flag.kind === "blocked" && state?.lastSuivi?.obstacles) detail = shorten(state.lastSuivi.obstacles, 60);
  return `${flag.action.padEnd(7)} ${text}${porteur}${detail ? ` · ${detail}` : ""}`;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
