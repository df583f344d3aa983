import { emptyActionInput, emptySuiviInput } from "../../../src/domain/forms/inputs";
import { inputFromAction, suiviInputFor } from "../../../src/domain/forms/prefill";
import { actionCells, actionRow, rowFormats, suiviRow, tableSpan } from "../../../src/domain/forms/rows";
import { actionStates } from "../../../src/domain/flags";
import type { FoundTable } from "../../../src/domain/model";
import { readWorkbook } from "../../../src/domain/read";
import { SUIVIS } from "../../../src/domain/schema";
import { d, sampleSnapshot, trackingSnapshot } from "../../features/fake-port";

const found = (
  columns: Record<string, number>,
  extraHeaders: string[] = [],
  more: Partial<FoundTable> = {},
): FoundTable => ({
  name: "Suivis",
  sheet: "Suivis",
  headerRow: 3,
  real: true,
  columns,
  headers: {},
  extraHeaders,
  endRow: 10,
  ...more,
});

const suivi = {
  ...emptySuiviInput("15/03/2026"),
  action: " 1.1 ",
  status: "blocked" as const,
  progress: "40 %",
  obstacles: "Budget",
  spent: "1 234,50 $",
  bonCoup: "yes" as const,
  source: "council" as const,
  indicatorValue: "12",
};

describe("suiviRow", () => {
  test("follows the table's own column order; extra columns get null", () => {
    // Columns B..F: Statut, an extra column, Date, No action, Dépenses.
    const table = found({ status: 2, date: 4, action: 5, spent: 6 }, ["Notes"]);
    expect(tableSpan(table)).toEqual({ col: 2, width: 5 });
    expect(suiviRow(table, suivi, "fr")).toEqual(["Bloquée", null, d("2026-03-15"), "1.1", 1234.5]);
    expect(rowFormats(table, SUIVIS)).toEqual([undefined, undefined, "date", undefined, "money"]);
  });

  test("writes choices as workbook-language labels and numbers as numbers", () => {
    const wb = readWorkbook(trackingSnapshot(), { today: d("2026-03-15") });
    const row = suiviRow(wb.tables.Suivis!, suivi, "en");
    expect(row).toEqual([
      d("2026-03-15"),
      "1.1",
      "Blocked",
      40,
      null,
      "Budget",
      null,
      1234.5,
      null,
      12,
      "Yes",
      "Council",
      null,
    ]);
  });

  test("uses the table's first column and width when the reader knows them", () => {
    const table = found({ date: 3, action: 4 }, ["Avant"], { col: 2, width: 3 });
    expect(suiviRow(table, { ...suivi, status: "" }, "fr")).toEqual([null, d("2026-03-15"), "1.1"]);
  });
});

describe("actionRow and actionCells", () => {
  const input = {
    ...emptyActionInput(),
    no: "3.4",
    action: "Tenir une fête de quartier",
    clientele: "families-seniors" as const,
    plannedStart: "2026-05-01",
    due: "01/09/2026",
    recurrence: "one-time" as const,
    budget: "2500",
    priority: "1",
    target: "3 fêtes",
  };

  test("an appended action fills every schema column in order, computed ones left empty", () => {
    const wb = readWorkbook(trackingSnapshot(), { today: d("2026-03-15") });
    const row = actionRow(wb.tables.Actions!, input, "fr");
    expect(row).toHaveLength(23);
    expect(row.slice(0, 17)).toEqual([
      "3.4",
      null,
      null,
      "Tenir une fête de quartier",
      "Familles et aînés",
      null,
      null,
      null,
      d("2026-05-01"),
      d("2026-09-01"),
      "Ponctuelle",
      2500,
      null,
      null,
      null,
      "3 fêtes",
      1,
    ]);
    expect(row.slice(17)).toEqual([null, null, null, null, null, null]);
  });

  test("an edited action writes only its schema columns on its own row", () => {
    const wb = readWorkbook(sampleSnapshot(), { today: d("2026-03-15") });
    const cells = actionCells(wb.tables.Actions!, 3, input, "fr");
    expect(cells.every((c) => c.row === 3 && c.sheet === "Plan d'action")).toBe(true);
    expect(cells.map((c) => c.col)).toEqual([...Array(17)].map((_, i) => i + 1));
    expect(cells.find((c) => c.col === 10)).toEqual({
      sheet: "Plan d'action",
      row: 3,
      col: 10,
      value: d("2026-09-01"),
      format: "date",
    });
  });
});

describe("prefill", () => {
  test("an action comes back as the text the form shows", () => {
    const wb = readWorkbook(sampleSnapshot(), { today: d("2026-03-15") });
    expect(inputFromAction(wb.actions[0])).toMatchObject({
      no: "1.1",
      porteur: "Loisirs",
      due: "2025-12-31",
      budget: "",
    });
  });

  test("a suivi starts from the action's current status and progress", () => {
    const wb = readWorkbook(sampleSnapshot(), { today: d("2026-03-15") });
    const state = actionStates(wb)[0];
    expect(suiviInputFor(state, d("2026-03-15"))).toMatchObject({
      action: "1.1",
      status: "blocked",
      progress: "40",
      date: "2026-03-15",
    });
  });
});
