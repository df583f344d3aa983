import { planYears, progressByYear } from "../../../src/domain/bilan/years";
import type { Settings } from "../../../src/domain/model";
import { action, d, state, suivi } from "./fixtures";

const settings = (extra: Partial<Settings> = {}): Settings => ({
  planType: "PFM",
  followUpDays: 90,
  noticeDays: 30,
  ...extra,
});

describe("planYears", () => {
  test("plan start year to plan end year", () => {
    expect(planYears(settings({ start: d("2024-05-01"), end: d("2026-04-30") }), [])).toEqual([
      2024, 2025, 2026,
    ]);
  });
  test("without plan dates, the due dates' span; with one, the other end from the due dates", () => {
    expect(planYears(settings(), [2027, 2025, 2025])).toEqual([2025, 2026, 2027]);
    expect(planYears(settings({ start: d("2024-01-01") }), [2026])).toEqual([2024, 2025, 2026]);
    expect(planYears(settings({ end: d("2025-12-31") }), [2023])).toEqual([2023, 2024, 2025]);
    expect(planYears(settings(), [])).toEqual([]);
  });
  test("a due year outside the plan is added alone; a typo span falls back to due years", () => {
    expect(planYears(settings({ start: d("2024-01-01"), end: d("2025-12-31") }), [2030])).toEqual([
      2024, 2025, 2030,
    ]);
    expect(planYears(settings({ start: d("2024-01-01"), end: d("2224-12-31") }), [2025])).toEqual([2025]);
    expect(planYears(settings({ start: d("2026-01-01"), end: d("2024-12-31") }), [])).toEqual([
      2024, 2025, 2026,
    ]);
  });
});

describe("progressByYear", () => {
  test("done means status done; partly done and undated actions counted apart", () => {
    const states = [
      state(action("1", { due: d("2025-03-01") }), [suivi("1", "2025-02-01", "done")]),
      state(action("2", { due: d("2025-12-31") }), [suivi("2", "2025-12-01", "partly-done")]),
      state(action("3"), [suivi("3", "2025-12-01", "done")]),
      state(action("4")),
    ];
    expect(progressByYear(settings({ start: d("2025-01-01"), end: d("2026-12-31") }), states)).toEqual({
      years: [
        { year: 2025, planned: 2, done: 1 },
        { year: 2026, planned: 0, done: 0 },
      ],
      noDue: { planned: 2, done: 1 },
    });
  });
});
