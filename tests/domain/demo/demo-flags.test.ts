/** The demo read back as a host would: the flags and problems it promises, at any today. */
import { dayFromIso } from "../../../src/domain/dates";
import { demoData, demoOptions } from "../../../src/domain/demo";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { actionStates } from "../../../src/domain/flags";
import { templatePlan } from "../../../src/domain/layout/template";
import type { Lang } from "../../../src/domain/lang";
import type { FlagKind } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/read";

function readDemo(iso: string, lang: Lang) {
  const today = dayFromIso(iso) as number;
  const wb = readWorkbook(planSnapshot(templatePlan(demoOptions(today, lang), demoData(today, lang))), { today });
  const states = actionStates(wb);
  const flagged = (kind: FlagKind) =>
    states.filter((s) => s.flags.some((f) => f.kind === kind)).map((s) => s.action.no);
  const codes = (severity: string) =>
    wb.problems
      .filter((p) => p.severity === severity)
      .map((p) => p.code)
      .sort();
  return { wb, states, flagged, codes };
}

describe.each([
  ["2026-05-20", "fr"],
  ["2026-05-20", "en"],
  ["2027-01-01", "fr"],
  ["2028-02-29", "en"],
  ["2026-12-31", "fr"],
] as const)("the demo at %s (%s)", (iso, lang) => {
  const { wb, states, flagged, codes } = readDemo(iso, lang);

  test("reads every row, in the workbook language, with no error", () => {
    expect(wb.lang).toBe(lang);
    expect(wb.counts).toEqual({ actions: 35, suivis: 70 });
    expect(wb.actions).toHaveLength(35);
    expect(wb.suivis).toHaveLength(70);
    expect(wb.acteurs.length).toBeGreaterThanOrEqual(10);
    expect(wb.rencontres.length).toBeGreaterThanOrEqual(5);
    expect(codes("error")).toEqual([]);
  });

  test("shows each kind of warning the contract defines", () => {
    expect(codes("warning")).toEqual([
      "done-not-complete",
      "missing-due",
      "missing-owner",
      "missing-owner",
      "no-reason",
      "unknown-area",
    ]);
  });

  test("shows late, blocked, stale and due-soon actions", () => {
    expect(flagged("late")).toEqual(["1.1.1", "3.1.1", "5.1.1"]);
    expect(flagged("blocked")).toEqual(["2.1.1", "3.1.1"]);
    expect(flagged("stale")).toEqual(["6.1.1", "8.1.1", "11.1.1"]);
    expect(flagged("due-soon")).toEqual(["4.1.2", "10.1.2", "12.1.1"]);
  });

  test("has open, closed and ongoing actions", () => {
    const statuses = new Set(states.map((s) => s.status));
    for (const id of ["not-started", "in-progress", "ongoing", "postponed", "blocked", "done", "dropped"]) {
      expect(statuses).toContain(id);
    }
  });
});
