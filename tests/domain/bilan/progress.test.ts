/**
 * Progress over time, on a workbook read as a host would hand it over (so the reader's own rules
 * place, order and leave out the follow-ups), every figure worked out by hand in the comments.
 */
import { zeroCounts } from "../../../src/domain/bilan/groups";
import { MAX_QUARTERS, progressOverTime } from "../../../src/domain/bilan/progress";
import { actionStates } from "../../../src/domain/flags";
import { readWorkbook } from "../../../src/domain/read";
import type { RawCell } from "../../../src/domain/raw";
import { d, snapshot } from "../snapshot";

const zero = zeroCounts();

// Actions: No, Champ, Action, Porteur, Début prévu, Échéance, Récurrence.
const ACTIONS: RawCell[][] = [
  ["1", null, "Blocked, then resumed", "Loisirs", null, d("2026-12-31"), "Ponctuelle"],
  ["2", null, "Done on a quarter's last day", "Loisirs", null, d("2026-12-31"), "Ponctuelle"],
  ["3", null, "Two follow-ups on one date", "Loisirs", null, d("2026-12-31"), "Ponctuelle"],
  ["4", null, "Recurring, never followed", "Loisirs", null, null, "En continu"],
  ["5", null, "Followed only after R", "Loisirs", null, d("2026-12-31"), "Ponctuelle"],
];

// Suivis: Date, No action, Statut, Avancement, Obstacles; sheet rows 2 to 8 in this order.
const SUIVIS: RawCell[][] = [
  [d("2025-02-15"), "1", "En cours", 10, null], // row 2
  [d("2025-03-10"), "3", "En cours", 10, null], // row 3
  [d("2025-03-10"), "3", "Reportée", 10, "Salle fermée"], // row 4: same date, further down: wins
  [d("2025-05-20"), "1", "Bloquée", 20, "Pas de local"], // row 5
  [d("2025-06-30"), "2", "Réalisée", 100, null], // row 6: on T2's last day
  [d("2025-08-10"), "1", "En cours", 40, null], // row 7: resumed
  [d("2025-12-01"), "5", "Réalisée", 100, null], // row 8: after R, not placed (future-date)
];

function progressOf(params: RawCell[][], R: string, since?: string) {
  const wb = readWorkbook(snapshot({ actions: ACTIONS, suivis: SUIVIS, params }), {
    today: d("2030-01-01"),
    referenceDate: d(R),
  });
  return progressOverTime(wb, actionStates(wb), since === undefined ? undefined : d(since));
}

const PLAN = [
  ["Début du plan", d("2025-02-10")],
  ["Délai de suivi (jours)", 90],
];

describe("progressOverTime", () => {
  test("the five hand-worked cases, quarter by quarter", () => {
    // Plan start 2025-02-10 is in 2025-T1; R = 2025-11-15 is in 2025-T4: four quarters.
    const rows = progressOf(PLAN, "2025-11-15");
    expect(rows.map((r) => [r.quarter, r.end])).toEqual([
      ["2025-T1", "2025-03-31"],
      ["2025-T2", "2025-06-30"],
      ["2025-T3", "2025-09-30"],
      ["2025-T4", "2025-11-15"], // the last quarter ends at R
    ]);
    // T1, at 2025-03-31: 1 in progress (02-15); 2 none: not started; 3 has two follow-ups on
    // 03-10, the row further down (postponed) wins; 4 recurring without follow-up: ongoing;
    // 5 none yet: not started. Follow-ups dated in T1: rows 2, 3, 4 = 3. Open: all 5.
    // Followed within 90 days of 03-31: 1 (44 days), 3 (21 days) -> 2 of 5 = 0.4.
    expect(rows[0]).toEqual({
      quarter: "2025-T1",
      end: "2025-03-31",
      byStatus: { ...zero, "in-progress": 1, "not-started": 2, postponed: 1, ongoing: 1 },
      suivis: 3,
      followedShare: 0.4,
    });
    // T2, at 06-30: 1 blocked (05-20); 2 done on 06-30 itself (on or before the end counts);
    // 3 still postponed; 4 ongoing; 5 not started. Follow-ups in T2: rows 5, 6 = 2.
    // Open: 1, 3, 4, 5 = 4; followed: 1 (41 days); 3 is 112 days old -> 1 of 4 = 0.25.
    expect(rows[1]).toEqual({
      quarter: "2025-T2",
      end: "2025-06-30",
      byStatus: { ...zero, blocked: 1, done: 1, postponed: 1, ongoing: 1, "not-started": 1 },
      suivis: 2,
      followedShare: 0.25,
    });
    // T3, at 09-30: 1 resumed, in progress (08-10); the others as in T2. One follow-up (row 7).
    // Open: 4; followed: 1 (51 days) -> 0.25.
    expect(rows[2]).toEqual({
      quarter: "2025-T3",
      end: "2025-09-30",
      byStatus: { ...zero, "in-progress": 1, done: 1, postponed: 1, ongoing: 1, "not-started": 1 },
      suivis: 1,
      followedShare: 0.25,
    });
    // T4, at R = 11-15: row 8 (12-01) is after R, left out: 5 stays not started, no follow-up
    // counted. Open: 4; 1 is now 97 days old (> 90) -> 0 of 4 = 0.
    expect(rows[3]).toEqual({
      quarter: "2025-T4",
      end: "2025-11-15",
      byStatus: { ...zero, "in-progress": 1, done: 1, postponed: 1, ongoing: 1, "not-started": 1 },
      suivis: 0,
      followedShare: 0,
    });
  });

  test("--depuis starts at its own quarter, counting that whole quarter's follow-ups", () => {
    // Since 2025-06-15 (T2): T2, T3, T4. T2 still counts rows 5 (05-20) and 6 (06-30).
    const rows = progressOf(PLAN, "2025-11-15", "2025-06-15");
    expect(rows.map((r) => [r.quarter, r.suivis])).toEqual([
      ["2025-T2", 2],
      ["2025-T3", 1],
      ["2025-T4", 0],
    ]);
  });

  test("without a plan start, from the first follow-up's quarter; a start after R gives R's quarter", () => {
    // First placed follow-up 2025-02-15 -> from 2025-T1; R 2025-07-02 -> to 2025-T3 (ends at R).
    const noStart = progressOf([], "2025-07-02");
    expect(noStart.map((r) => [r.quarter, r.end])).toEqual([
      ["2025-T1", "2025-03-31"],
      ["2025-T2", "2025-06-30"],
      ["2025-T3", "2025-07-02"],
    ]);
    // The default interval (90 days) applies: at 07-02, 1 (43 days) and 2 (done, closed);
    // open 1, 3, 4, 5 -> 1 of 4.
    expect(noStart[2].followedShare).toBe(0.25);
    const late = progressOf([["Début du plan", d("2026-01-01")]], "2025-11-15");
    expect(late.map((r) => r.quarter)).toEqual(["2025-T4"]);
  });

  test("a plan start typed decades back keeps the latest quarters only", () => {
    const rows = progressOf([["Début du plan", d("1925-01-01")]], "2025-11-15");
    expect(rows).toHaveLength(MAX_QUARTERS);
    expect(rows[0].quarter).toBe("1996-T1"); // 120 quarters ending with 2025-T4
    expect(rows[rows.length - 1].quarter).toBe("2025-T4");
  });

  test("every action counts in every quarter, and the quarters' statuses add up", () => {
    for (const row of progressOf(PLAN, "2025-11-15")) {
      expect(Object.values(row.byStatus).reduce((a, b) => a + b, 0)).toBe(ACTIONS.length);
    }
  });
});
