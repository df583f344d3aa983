import { bilanFigures } from "../../../src/domain/bilan";
import type { BilanFigures } from "../../../src/domain/bilan/types";
import { action, d, mainPlan, state, suivi, workbook } from "./fixtures";

const generatedAt = "2026-03-15T14:30:00.000Z";

function main(since?: string, lang: "fr" | "en" = "fr"): BilanFigures {
  const { wb, states } = mainPlan();
  return bilanFigures(wb, states, { generatedAt, lang, since: since ? d(since) : undefined });
}

function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value === "number") return !Number.isFinite(value);
  if (value && typeof value === "object") return Object.values(value).some(hasUndefined);
  return false;
}

describe("bilanFigures, whole plan", () => {
  const f = main();

  test("header and reference date as ISO strings", () => {
    expect(f.referenceDate).toBe("2026-03-15");
    expect(f.header).toEqual({
      organisation: "Ville de Saint-Exemple",
      title: "Plan PFM-MADA 2024-2027",
      planType: "PFM-MADA",
      planStart: "2024-01-01",
      planEnd: "2027-12-31",
      referenceDate: "2026-03-15",
      generatedAt,
      since: null,
      followUpDays: 90,
      noticeDays: 30,
      publicSpending: false,
    });
  });

  test("totals: every status id, flags counted once per action", () => {
    expect(f.totals).toEqual({
      actions: 6,
      byStatus: {
        "not-started": 1,
        "in-progress": 1,
        ongoing: 1,
        postponed: 1,
        blocked: 1,
        done: 1,
        "partly-done": 0,
        dropped: 0,
      },
      shares: {
        "not-started": 0.1667,
        "in-progress": 0.1667,
        ongoing: 0.1667,
        postponed: 0.1667,
        blocked: 0.1667,
        done: 0.1667,
        "partly-done": 0,
        dropped: 0,
      },
      open: 5,
      late: 1,
      blocked: 1,
      stale: 2,
      dueSoon: 1,
    });
  });

  test("by area: list order with the empty Sécurité, then unlisted Culture, then (sans champ)", () => {
    expect(f.byArea.map((r) => [r.name, r.label, r.actions, r.done, r.late, r.blocked])).toEqual([
      ["Loisirs", "Loisirs", 2, 0, 1, 1],
      ["Transport et mobilité", "Transport et mobilité", 1, 1, 0, 0],
      ["Sécurité", "Sécurité", 0, 0, 0, 0],
      ["Culture", "Culture", 2, 0, 0, 0],
      [null, "(sans champ)", 1, 0, 0, 0],
    ]);
    expect(f.byArea[0].byStatus).toMatchObject({ "in-progress": 1, blocked: 1, done: 0 });
    expect(f.byArea[3].byStatus).toMatchObject({ ongoing: 1, postponed: 1 });
    expect(f.byArea[4].byStatus["not-started"]).toBe(1);
    expect(Object.values(f.byArea[2].byStatus)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("by porteur: most actions first, tie by name, spelling merged, (sans porteur) last", () => {
    expect(f.byPorteur.map((r) => [r.name, r.label, r.actions, r.done, r.late, r.blocked])).toEqual([
      ["Bibliothèque", "Bibliothèque", 2, 0, 0, 0],
      ["Service des loisirs", "Service des loisirs", 2, 0, 1, 1],
      ["MRC", "MRC", 1, 1, 0, 0],
      [null, "(sans porteur)", 1, 0, 0, 0],
    ]);
  });

  test("by clientèle: the three in list order, then (non précisée)", () => {
    expect(f.byClientele.map((r) => [r.name, r.label, r.actions, r.done, r.late, r.blocked])).toEqual([
      ["families", "Familles", 1, 0, 1, 0],
      ["seniors", "Aînés", 1, 0, 0, 1],
      ["families-seniors", "Familles et aînés", 1, 1, 0, 0],
      [null, "(non précisée)", 3, 0, 0, 0],
    ]);
  });

  test("late and blocked: most days late first, latest non-empty obstacles and next steps", () => {
    expect(f.lateBlocked).toEqual([
      {
        no: "1.1",
        action: "Action 1.1",
        porteur: "Service des loisirs",
        status: "in-progress",
        due: "2025-12-31",
        daysLate: 74,
        late: true,
        blocked: false,
        obstacles: "Manque de bénévoles",
        nextSteps: "Relancer le comité",
      },
      {
        no: "1.2",
        action: "Action 1.2",
        porteur: "service des loisirs",
        status: "blocked",
        due: "2026-12-31",
        daysLate: null,
        late: false,
        blocked: true,
        obstacles: "Salle indisponible",
        nextSteps: null,
      },
    ]);
  });

  test("stale: never followed first, then the oldest follow-up", () => {
    expect(f.stale).toEqual([
      {
        no: "2.2",
        action: "Action 2.2",
        porteur: null,
        status: "not-started",
        lastSuivi: null,
        daysSince: null,
      },
      {
        no: "3.1",
        action: "Action 3.1",
        porteur: "Bibliothèque",
        status: "ongoing",
        lastSuivi: "2025-10-01",
        daysSince: 165,
      },
    ]);
  });

  test("bons coups of the whole plan, by date", () => {
    expect(f.bonsCoups).toEqual([
      { date: "2025-05-01", no: "2.1", action: "Action 2.1", achievements: "Navette lancée" },
      { date: "2026-02-01", no: "1.1", action: "Action 1.1", achievements: "Première activité tenue" },
    ]);
    expect(f.period).toEqual({ since: null, suivis: 6, actions: 5, done: 1, bonsCoups: 2 });
  });

  test("money and time by area, summed to the cent", () => {
    expect(f.money.byArea.map((r) => [r.label, r.budget, r.spent, r.plannedHours, r.hours])).toEqual([
      ["Loisirs", 1500, 350, 10, 5],
      ["Transport et mobilité", 2000.5, 1800.25, 20, 0],
      ["Sécurité", 0, 0, 0, 0],
      ["Culture", 0, 0, 0, 1.5],
      ["(sans champ)", 0, 0, 0, 0],
    ]);
    expect(f.money.total).toEqual({ budget: 3500.5, spent: 2150.25, plannedHours: 30, hours: 6.5 });
  });

  test("progress by plan year 2024 to 2027, no due date apart", () => {
    expect(f.years).toEqual({
      years: [
        { year: 2024, planned: 0, done: 0 },
        { year: 2025, planned: 2, done: 1 },
        { year: 2026, planned: 2, done: 0 },
        { year: 2027, planned: 1, done: 0 },
      ],
      noDue: { planned: 1, done: 0 },
    });
  });

  test("JSON-friendly: survives a JSON round trip, no undefined, no Day serials", () => {
    expect(hasUndefined(f)).toBe(false);
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
    expect(JSON.stringify(f)).not.toContain(String(d("2026-03-15")));
  });

  test("English group labels", () => {
    const en = main(undefined, "en");
    expect(en.byArea[4].label).toBe("(no area)");
    expect(en.byPorteur[3].label).toBe("(no lead)");
    expect(en.byClientele.map((r) => r.label)).toEqual([
      "Families",
      "Seniors",
      "Families and seniors",
      "(not specified)",
    ]);
  });
});

describe("bilanFigures since a date", () => {
  const f = main("2026-01-01");

  test("follow-up based figures keep to the period", () => {
    expect(f.header.since).toBe("2026-01-01");
    expect(f.period).toEqual({ since: "2026-01-01", suivis: 3, actions: 3, done: 0, bonsCoups: 1 });
    expect(f.bonsCoups.map((b) => b.no)).toEqual(["1.1"]);
    expect(f.money.byArea[0]).toMatchObject({ budget: 1500, spent: 150, plannedHours: 10, hours: 2 });
    expect(f.money.total).toEqual({ budget: 3500.5, spent: 150, plannedHours: 30, hours: 2 });
  });

  test("statuses and flags stay at the reference date", () => {
    expect(f.totals).toEqual(main().totals);
    expect(f.lateBlocked).toEqual(main().lateBlocked);
    expect(f.stale).toEqual(main().stale);
  });

  test("the since day itself is in the period", () => {
    expect(main("2026-02-01").bonsCoups.map((b) => b.no)).toEqual(["1.1"]);
    expect(main("2026-02-02").bonsCoups).toEqual([]);
  });
});

describe("bilanFigures, edge cases", () => {
  test("an empty plan: all eight statuses at 0, no groups but the list's areas", () => {
    const wb = workbook([], { areas: ["Loisirs"] });
    const f = bilanFigures(wb, [], { generatedAt, lang: "fr" });
    expect(f.totals.byStatus).toEqual({
      "not-started": 0,
      "in-progress": 0,
      ongoing: 0,
      postponed: 0,
      blocked: 0,
      done: 0,
      "partly-done": 0,
      dropped: 0,
    });
    expect(f.totals.shares.done).toBe(0);
    expect(f.byArea.map((r) => [r.label, r.actions])).toEqual([["Loisirs", 0]]);
    expect(f.byPorteur).toEqual([]);
    expect(f.byClientele.map((r) => r.actions)).toEqual([0, 0, 0]);
    expect(f.years).toEqual({ years: [], noDue: { planned: 0, done: 0 } });
    expect(f.header.organisation).toBeNull();
    expect(hasUndefined(f)).toBe(false);
  });

  test("a plan with no follow-up at all", () => {
    const states = [
      state(action("1", { due: d("2026-06-30") })),
      state(action("2", { due: d("2025-06-30") })),
    ];
    const f = bilanFigures(workbook(states), states, { generatedAt, lang: "fr" });
    expect(f.period).toEqual({ since: null, suivis: 0, actions: 0, done: 0, bonsCoups: 0 });
    expect(f.bonsCoups).toEqual([]);
    expect(f.money.total).toEqual({ budget: 0, spent: 0, plannedHours: 0, hours: 0 });
    expect(f.totals.byStatus["not-started"]).toBe(2);
    expect(f.years.years.map((y) => y.year)).toEqual([2025, 2026]);
  });

  test("an area made only of symbols (« ! », « ſ ») is a group of its own, in figures and money", () => {
    const states = [
      state(action("1", { area: "!", budget: 100 })),
      state(action("2", { area: "ſ" })),
      state(action("3", { area: "!" })),
    ];
    const f = bilanFigures(workbook(states), states, { generatedAt, lang: "fr" });
    expect(f.byArea.map((r) => [r.label, r.actions])).toEqual([
      ["!", 2],
      ["ſ", 1],
    ]);
    expect(f.money.byArea.map((r) => [r.label, r.budget])).toEqual([
      ["!", 100],
      ["ſ", 0],
    ]);
  });

  test("ties: same days late keep plan order; bons coups of one day keep sheet order", () => {
    const a = state(action("A", { due: d("2026-01-01") }), [], [{ kind: "late", days: 73 }], "in-progress");
    const b = state(action("B", { due: d("2026-01-01") }), [], [{ kind: "late", days: 73 }], "in-progress");
    const c = state(action("C"), [], [{ kind: "late", days: 80 }, { kind: "blocked" }], "blocked");
    const s1 = suivi("B", "2026-02-01", "in-progress", { bonCoup: true, achievements: "B d'abord" });
    const s2 = suivi("A", "2026-02-01", "in-progress", { bonCoup: true });
    const a2 = { ...a, suivis: [s2] };
    const b2 = { ...b, suivis: [s1] };
    const states = [a2, b2, c];
    const f = bilanFigures(workbook(states), states, { generatedAt, lang: "fr" });
    expect(f.lateBlocked.map((r) => [r.no, r.daysLate, r.late, r.blocked])).toEqual([
      ["C", 80, true, true],
      ["A", 73, true, false],
      ["B", 73, true, false],
    ]);
    expect(f.bonsCoups.map((r) => [r.no, r.achievements])).toEqual([
      ["B", "B d'abord"],
      ["A", null],
    ]);
    expect(f.byPorteur.map((r) => [r.label, r.actions])).toEqual([["(sans porteur)", 3]]);
  });
});
