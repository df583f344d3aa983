/** The check: flags and problems at the reference date, ready to print or to serialise. */
import { dayToIso } from "./dates";
import { allFlags } from "./flags";
import type { Lang } from "./lang";
import type { ActionState, Flag, Problem, Workbook } from "./model";
import { problemMessage } from "../i18n/problems";

export interface CheckedProblem {
  severity: Problem["severity"];
  code: Problem["code"];
  cell: string;
  message: string;
  table: Problem["table"];
  row?: number;
  column?: string;
  value?: string;
}

export interface CheckReport {
  referenceDate: string;
  lang: Lang;
  counts: { actions: number; suivis: number; errors: number; warnings: number };
  flags: Flag[];
  problems: CheckedProblem[];
}

/** Problems a workbook cannot be used without: a mandatory table or column is missing. */
export function blockingProblems(wb: Workbook): Problem[] {
  return wb.problems.filter(
    (p) => p.severity === "error" && (p.code === "missing-table" || p.code === "missing-column"),
  );
}

export function checkReport(wb: Workbook, states: readonly ActionState[], lang: Lang = wb.lang): CheckReport {
  const ordered = [
    ...wb.problems.filter((p) => p.severity === "error"),
    ...wb.problems.filter((p) => p.severity === "warning"),
  ];
  const problems = ordered.map((p): CheckedProblem => {
    const out: CheckedProblem = {
      severity: p.severity,
      code: p.code,
      cell: p.cell,
      message: problemMessage(p, lang),
      table: p.table,
    };
    if (p.row !== undefined) out.row = p.row;
    if (p.column !== undefined) out.column = p.column;
    if (p.value !== undefined) out.value = p.value;
    return out;
  });
  const errors = problems.filter((p) => p.severity === "error").length;
  return {
    referenceDate: dayToIso(wb.referenceDate),
    lang,
    counts: { ...wb.counts, errors, warnings: problems.length - errors },
    flags: allFlags(states),
    problems,
  };
}
