/** « Aujourd'hui » on the demo and on hand-made plans: exactly the check's flags, most pressing first. */
import { checkReport } from "../../../src/domain/check";
import { dayFromIso } from "../../../src/domain/dates";
import { demoData, demoOptions } from "../../../src/domain/demo";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { actionStates } from "../../../src/domain/flags";
import type { Lang } from "../../../src/domain/lang";
import { templatePlan, type TemplateData } from "../../../src/domain/layout/template";
import type { FlagKind } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/read";
import { relances } from "../../../src/domain/relances";
import { isQuiet, todayOf, type Today } from "../../../src/domain/today";

function readDemo(iso: string, lang: Lang) {
  const today = dayFromIso(iso) as number;
  const wb = readWorkbook(planSnapshot(templatePlan(demoOptions(today, lang), demoData(today, lang))), {
    today,
  });
  const states = actionStates(wb);
  return { wb, states, report: checkReport(wb, states, lang) };
}

const GROUP: Record<FlagKind, keyof Pick<Today, "late" | "blocked" | "stale" | "dueSoon">> = {
  late: "late",
  blocked: "blocked",
  stale: "stale",
  "due-soon": "dueSoon",
};

describe.each([
  ["2026-05-20", "fr"],
  ["2027-01-01", "en"],
  ["2026-12-31", "fr"],
] as const)("the demo at %s (%s)", (iso, lang) => {
  const { wb, states, report } = readDemo(iso, lang);
  const today = todayOf(wb, states, lang);

  test.each(["late", "blocked", "stale", "due-soon"] as const)(
    "lists exactly the check's %s actions",
    (kind) => {
      const expected = report.flags.filter((f) => f.kind === kind);
      const listed = today[GROUP[kind]];
      expect(listed.map((a) => a.no).sort()).toEqual(expected.map((f) => f.action).sort());
      // Each with the days the flag counts.
      for (const flag of expected) expect(listed.find((a) => a.no === flag.action)?.days).toBe(flag.days);
    },
  );

  test("the demo has something in each list (it promises late, blocked, stale and due-soon actions)", () => {
    expect(today.late.length).toBeGreaterThan(0);
    expect(today.blocked.length).toBeGreaterThan(0);
    expect(today.stale.length).toBeGreaterThan(0);
    expect(today.dueSoon.length).toBeGreaterThan(0);
    expect(isQuiet(today)).toBe(false);
  });

  test("most pressing first: the latest, the longest without follow-up, the nearest due", () => {
    const days = (list: { days?: number }[]) => list.map((a) => a.days ?? Infinity);
    expect(days(today.late)).toEqual([...days(today.late)].sort((a, b) => b - a));
    expect(days(today.stale)).toEqual([...days(today.stale)].sort((a, b) => b - a));
    expect(days(today.dueSoon)).toEqual([...days(today.dueSoon)].sort((a, b) => a - b));
  });

  test("the porteurs to remind are the relances' porteurs; the problems are the check's", () => {
    const r = relances(wb, states, { lang });
    expect(today.porteurs).toEqual(
      r.relances.map((x) => ({ porteur: x.porteur, actions: new Set(x.actions.map((i) => i.action)).size })),
    );
    expect(today.withoutPorteur).toBe(new Set(r.withoutPorteur.map((i) => i.action)).size);
    expect(today.problems).toEqual({ errors: report.counts.errors, warnings: report.counts.warnings });
    expect(today.referenceDate).toBe(report.referenceDate);
  });

  test("no meeting of the demo is dated on or after today: none is proposed", () => {
    expect(wb.rencontres.every((r) => r.date === undefined || r.date < wb.referenceDate)).toBe(true);
    expect(today.nextMeeting).toBeUndefined();
  });
});

describe("hand-made plans", () => {
  const R = dayFromIso("2026-06-01") as number;
  const plan = (data: TemplateData) => {
    const wb = readWorkbook(planSnapshot(templatePlan({ lang: "fr", start: R - 300 }, data)), { today: R });
    return todayOf(wb, actionStates(wb), "fr");
  };

  test("the next meeting is the first dated on or after the reference date", () => {
    const today = plan({
      actions: [
        { no: "1.1", text: "Aménager un parc", porteur: "Loisirs", plannedStart: R - 10, due: R + 200 },
      ],
      suivis: [{ date: R - 5, action: "1.1", status: "in-progress" }],
      rencontres: [
        { date: R - 30, instance: "Comité de suivi" },
        { date: R + 40, instance: "Conseil municipal" },
        { date: R + 12, instance: "Comité de suivi" },
      ],
    });
    expect(today.nextMeeting).toMatchObject({ date: "2026-06-13", instance: "Comité de suivi" });
    expect(today.late).toEqual([]);
    expect(today.porteurs).toEqual([]);
  });

  test("a plan with nothing pressing and no problem is quiet", () => {
    const today = plan({
      actions: [
        { no: "1.1", text: "Aménager un parc", porteur: "Loisirs", plannedStart: R - 10, due: R + 200 },
      ],
      suivis: [{ date: R - 5, action: "1.1", status: "in-progress" }],
    });
    expect(today.problems).toEqual({ errors: 0, warnings: 0 });
    expect(isQuiet(today)).toBe(true);
  });
});
