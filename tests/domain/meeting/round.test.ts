import { checkRound, isChanged, meetingAgenda, prefilledEntries } from "../../../src/domain/meeting";
import { MEETING, meetingWorkbook } from "./fixtures";

const committee = { name: "Comité de suivi", text: "detailed" as const };

function round() {
  const wb = meetingWorkbook();
  const agenda = meetingAgenda(wb, { date: MEETING, instance: committee });
  const prefills = prefilledEntries(agenda.items);
  return { wb, prefills, entries: prefills.map((p) => ({ ...p })) };
}

test("each entry starts from the action's last follow-up: status, progress and obstacles; no note, no bon coup", () => {
  const { prefills } = round();
  expect(prefills[0]).toEqual({
    action: "2.1",
    status: "blocked",
    progress: "10",
    note: "",
    obstacles: "Soumission trop élevée",
    bonCoup: false,
  });
  expect(prefills.find((p) => p.action === "4.2")).toMatchObject({ status: "not-started", progress: "" });
});

test("a field left as it was is not a change; spaces around it neither", () => {
  const { prefills } = round();
  expect(isChanged({ ...prefills[0], obstacles: " Soumission trop élevée " }, prefills[0])).toBe(false);
  expect(isChanged({ ...prefills[0], bonCoup: true }, prefills[0])).toBe(true);
  expect(isChanged({ ...prefills[0], note: "Relance faite" }, prefills[0])).toBe(true);
});

test("only changed entries become fiches, dated the meeting's day, checked as the single fiche", () => {
  const { wb, prefills, entries } = round();
  entries[0] = { ...entries[0], status: "in-progress", progress: "35", obstacles: "" };
  entries[3] = { ...entries[3], note: "Plans reçus", bonCoup: true };
  const check = checkRound(wb, entries, prefills, MEETING);
  expect(check.ok).toBe(true);
  if (!check.ok) return;
  expect(
    check.inputs.map((i) => [i.action, i.date, i.status, i.progress, i.achievements, i.bonCoup]),
  ).toEqual([
    ["2.1", "2026-03-20", "in-progress", "35", "", ""],
    ["1.1", "2026-03-20", "in-progress", "40", "Plans reçus", "yes"],
  ]);
});

test("one invalid entry: nothing to write, and every invalid one named with its field", () => {
  const { wb, prefills, entries } = round();
  entries[0] = { ...entries[0], progress: "140" };
  entries[1] = { ...entries[1], status: "dropped" };
  entries[2] = { ...entries[2], note: "Correct" };
  const check = checkRound(wb, entries, prefills, MEETING);
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.invalid.map((i) => [i.action, Object.keys(i.errors)])).toEqual([
    ["2.1", ["progress"]],
    ["2.2", ["obstacles"]],
  ]);
});

test("a meeting after the reference date cannot stamp follow-ups (future-date), as in the fiche", () => {
  const { wb, prefills, entries } = round();
  entries[0] = { ...entries[0], note: "x" };
  const check = checkRound(wb, entries, prefills, MEETING + 1);
  expect(check).toMatchObject({
    ok: false,
    invalid: [{ action: "2.1", errors: { date: { key: "future-date" } } }],
  });
});
