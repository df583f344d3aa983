import { actionStates, allFlags } from "../../src/domain/flags";
import type { Action, Suivi, Workbook } from "../../src/domain/model";
import type { StatusId } from "../../src/domain/vocabulary";
import { d } from "./snapshot";

const R = d("2026-06-30");

function action(no: string, extra: Partial<Action> = {}): Action {
  return { sheet: "Plan d'action", row: 2, no, text: `Action ${no}`, ...extra };
}
function suivi(no: string, date: string, status: StatusId, row: number, extra: Partial<Suivi> = {}): Suivi {
  return { sheet: "Suivis", row, date: d(date), action: no, status, ...extra };
}
function wb(actions: Action[], suivis: Suivi[] = [], settings: Partial<Workbook["settings"]> = {}): Workbook {
  return {
    lang: "fr",
    referenceDate: R,
    settings: { planType: "PFM-MADA", followUpDays: 90, noticeDays: 30, ...settings },
    actions,
    suivis,
    acteurs: [],
    rencontres: [],
    areas: [],
    instances: [],
    tables: {},
    problems: [],
    counts: { actions: actions.length, suivis: suivis.length },
  };
}
const flagsOf = (w: Workbook) =>
  allFlags(actionStates(w)).map((f) =>
    f.days === undefined ? `${f.action}:${f.kind}` : `${f.action}:${f.kind}:${f.days}`,
  );

describe("current status and progress", () => {
  it("takes the latest follow-up; on equal dates the one further down the table", () => {
    const [state] = actionStates(
      wb(
        [action("1")],
        [
          suivi("1", "2026-06-01", "blocked", 9, { progress: 40 }),
          suivi("1", "2026-06-01", "in-progress", 4, { progress: 60 }),
          suivi("1", "2026-03-01", "in-progress", 12, { progress: 10 }),
        ],
      ),
    );
    expect(state.status).toBe("blocked");
    expect(state.progress).toBe(40);
    expect(state.suivis.map((s) => s.row)).toEqual([12, 4, 9]);
  });

  it("takes progress from the latest follow-up that gives one", () => {
    const [state] = actionStates(
      wb(
        [action("1")],
        [
          suivi("1", "2026-05-01", "in-progress", 2, { progress: 30 }),
          suivi("1", "2026-06-01", "in-progress", 3),
        ],
      ),
    );
    expect(state.progress).toBe(30);
    expect(state.lastSuivi?.row).toBe(3);
  });

  it("is not-started without follow-up, or ongoing when the action recurs", () => {
    const states = actionStates(wb([action("1"), action("2", { recurrence: "ongoing" })]));
    expect(states.map((s) => s.status)).toEqual(["not-started", "ongoing"]);
    expect(states[0].progress).toBeUndefined();
  });
});

describe("flags at the reference date", () => {
  it("late: open, not ongoing, due before R, with the days", () => {
    const w = wb(
      [
        action("late", { due: d("2026-06-20"), plannedStart: d("2026-06-01") }),
        action("due-today", { due: R, plannedStart: d("2026-06-01") }),
        action("done", { due: d("2026-01-01") }),
        action("ongoing", { due: d("2026-01-01"), recurrence: "ongoing" }),
        action("ongoing-status", { due: d("2026-01-01") }),
      ],
      [
        suivi("late", "2026-06-15", "in-progress", 2),
        suivi("due-today", "2026-06-15", "in-progress", 3),
        suivi("done", "2026-06-15", "done", 4),
        suivi("ongoing", "2026-06-15", "in-progress", 5),
        suivi("ongoing-status", "2026-06-15", "ongoing", 6),
      ],
    );
    expect(flagsOf(w)).toEqual(["late:late:10"]);
  });

  it("blocked: the current status is blocked", () => {
    const w = wb(
      [action("1", { due: d("2026-12-01") })],
      [suivi("1", "2026-06-01", "blocked", 2, { obstacles: "x" })],
    );
    expect(flagsOf(w)).toEqual(["1:blocked"]);
  });

  it("stale: last follow-up, else planned start, else plan start, more than the interval before R", () => {
    const w = wb(
      [
        action("old-suivi", { due: d("2027-01-01") }),
        action("fresh-suivi", { due: d("2027-01-01") }),
        action("exactly-90", { due: d("2027-01-01") }),
        action("old-start", { due: d("2027-01-01"), plannedStart: d("2026-01-01") }),
        action("future-start", { due: d("2027-01-01"), plannedStart: d("2026-07-01") }),
        action("plan-start", { due: d("2027-01-01") }),
        action("closed", { due: d("2027-01-01") }),
      ],
      [
        suivi("old-suivi", "2026-03-01", "in-progress", 2),
        suivi("fresh-suivi", "2026-06-01", "in-progress", 3),
        suivi("exactly-90", "2026-04-01", "in-progress", 4),
        suivi("closed", "2025-01-01", "dropped", 5, { obstacles: "x" }),
      ],
      { start: d("2026-01-01") },
    );
    expect(flagsOf(w)).toEqual(["old-suivi:stale:121", "old-start:stale:180", "plan-start:stale:180"]);
  });

  it("stale: with no follow-up and no date to count from", () => {
    expect(flagsOf(wb([action("1", { due: d("2027-01-01") })]))).toEqual(["1:stale"]);
  });

  it("stale: a planned start after R is never stale, even with an old follow-up", () => {
    const w = wb(
      [action("1", { plannedStart: d("2026-09-01"), due: d("2027-01-01") })],
      [suivi("1", "2025-01-01", "postponed", 2)],
    );
    expect(flagsOf(w)).toEqual([]);
  });

  it("due-soon: not started, R <= due <= R + notice", () => {
    const start = { plannedStart: d("2026-06-01") };
    const w = wb(
      [
        action("today", { ...start, due: R }),
        action("edge", { ...start, due: d("2026-07-30") }),
        action("too-far", { ...start, due: d("2026-07-31") }),
        action("started", { ...start, due: d("2026-07-10") }),
        action("recurring", { ...start, due: d("2026-07-10"), recurrence: "ongoing" }),
      ],
      [suivi("started", "2026-06-20", "in-progress", 2)],
    );
    expect(flagsOf(w)).toEqual(["today:due-soon:0", "edge:due-soon:30"]);
  });

  it("uses the workbook's interval and notice", () => {
    const w = wb([action("1", { plannedStart: d("2026-05-01"), due: d("2026-08-15") })], [], {
      followUpDays: 30,
      noticeDays: 60,
    });
    expect(flagsOf(w)).toEqual(["1:stale:60", "1:due-soon:46"]);
  });

  it("gives several flags to one action, in a fixed order", () => {
    const w = wb(
      [action("1", { due: d("2026-01-01") })],
      [suivi("1", "2026-02-01", "blocked", 2, { obstacles: "x" })],
    );
    expect(flagsOf(w)).toEqual(["1:late:180", "1:blocked", "1:stale:149"]);
  });
});
