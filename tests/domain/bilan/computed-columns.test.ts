import { alertConditionalFormats, alertText, computedColumns } from "../../../src/domain/bilan";
import { action, d, state, suivi } from "./fixtures";

describe("computedColumns", () => {
  const states = [
    state(
      action("1"),
      [suivi("1", "2026-01-10", "blocked", { progress: 30 }), suivi("1", "2026-02-01", "blocked")],
      [{ kind: "blocked" }, { kind: "late", days: 12 }],
    ),
    state(action("2"), [], [{ kind: "due-soon", days: 5 }, { kind: "stale" }]),
    state(action("3"), [suivi("3", "2026-03-01", "done", { progress: 100 })]),
  ];

  test("French: status label, progress, last follow-up as a Day, flags most pressing first", () => {
    expect(computedColumns(states, "fr")).toEqual([
      {
        no: "1",
        status: "Bloquée",
        progress: 30,
        lastSuivi: d("2026-02-01"),
        alert: "En retard (12 j), Bloquée",
      },
      {
        no: "2",
        status: "À venir",
        progress: null,
        lastSuivi: null,
        alert: "Sans suivi récent, Échéance proche",
      },
      { no: "3", status: "Réalisée", progress: 100, lastSuivi: d("2026-03-01"), alert: "" },
    ]);
  });

  test("English words", () => {
    expect(computedColumns(states, "en").map((c) => [c.status, c.alert])).toEqual([
      ["Blocked", "Late (12 d), Blocked"],
      ["Not started", "No recent follow-up, Due soon"],
      ["Done", ""],
    ]);
    expect(alertText([{ action: "x", kind: "late" }], "en")).toBe("Late");
  });
});

describe("alertConditionalFormats", () => {
  test("red for blocked first, then amber for late, on the Alerte column of the first row", () => {
    const rules = alertConditionalFormats({ range: "A2:U40", alertCol: 21, firstRow: 2, lang: "fr" });
    expect(rules).toEqual([
      {
        range: "A2:U40",
        formula: 'OR(ISNUMBER(SEARCH("Bloquée",$U2)),ISNUMBER(SEARCH("Blocked",$U2)))',
        fill: "FFC7CE",
        color: "9C0006",
        tag: "Alerte",
      },
      {
        range: "A2:U40",
        formula: 'OR(ISNUMBER(SEARCH("En retard",$U2)),ISNUMBER(SEARCH("Late",$U2)))',
        fill: "FFEB9C",
        color: "9C5700",
        tag: "Alerte",
      },
    ]);
  });

  test("English workbook: its own words first", () => {
    const [blocked] = alertConditionalFormats({ range: "B5:AB9", alertCol: 28, firstRow: 5, lang: "en" });
    expect(blocked.formula).toBe('OR(ISNUMBER(SEARCH("Blocked",$AB5)),ISNUMBER(SEARCH("Bloquée",$AB5)))');
  });
});
