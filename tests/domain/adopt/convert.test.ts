import {
  adoptedWorkbookPlan,
  convertPlan,
  freeSheetName,
  proposeMapping,
  type AdoptSource,
} from "../../../src/domain/adopt";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { readWorkbook } from "../../../src/domain/read";
import { d, english, frenchAbbreviated, mergedTitles } from "./fixtures";

const TODAY = d("2026-03-15");
const options = {
  lang: "fr" as const,
  today: TODAY,
  suiviNote: (sheet: string, row: number) => `Repris de ${sheet}, ligne ${row}`,
};

function convert(source: AdoptSource) {
  const proposal = proposeMapping(source)!;
  const mapping = proposal.columns.map((c) => ({ col: c.source.col, target: c.target }));
  return convertPlan(source, proposal.headerIndex, mapping, options);
}

test("French plan: values converted by the reading rules, blank and total rows left out, bad cells listed", () => {
  const out = convert(frenchAbbreviated());
  expect(out.actions).toEqual([
    {
      no: "1.1",
      area: "Loisirs",
      objective: "Briser l'isolement",
      text: "Offrir des cafés-rencontres mensuels",
      porteur: "Loisirs",
      partners: "FADOQ",
      due: d("2026-06-30"),
      budget: 1500,
      indicator: "Nombre de participants",
    },
    {
      no: "1.2",
      area: "Transport et mobilité",
      objective: "Faciliter les déplacements",
      text: "Mettre en place une navette",
      porteur: "Direction générale",
      partners: "MRC",
      due: d("2026-12-31"),
      budget: 12000,
      indicator: "Nombre de trajets",
    },
    {
      no: "2.1",
      area: "Habitat",
      objective: "Adapter les logements",
      text: "Programme d'aide à l'adaptation",
      porteur: "Urbanisme",
      partners: "SHQ",
      indicator: "Logements adaptés",
    },
  ]);
  expect(out.unconvertible.map((u) => [u.cell, u.cause, u.value])).toEqual([
    ["'Plan MADA'!G5", "invalid-date", "Printemps 2027"],
    ["'Plan MADA'!H5", "invalid-number", "beaucoup"],
    ["'Plan MADA'!J5", "invalid-status", "Presque fini"],
  ]);
  expect(out.skipped).toEqual([{ row: 6, cell: "'Plan MADA'!A6", reason: "total" }]);
  // "À venir" says nothing a fiche would add; "En cours" becomes a first fiche de suivi.
  expect(out.suivis).toEqual([
    { date: TODAY, action: "1.1", status: "in-progress", achievements: "Repris de Plan MADA, ligne 2" },
  ]);
  expect(out.areas.slice(-1)).toEqual(["Habitat"]);
});

test("English plan: dates from serials, percents, priorities; out-of-range values listed", () => {
  const out = convert(english());
  expect(out.actions[0]).toEqual({
    no: "A-1",
    text: "Build an intergenerational park",
    porteur: "Recreation",
    partners: "School board",
    plannedStart: d("2026-01-15"),
    due: d("2026-10-31"),
    budget: 45000,
    priority: 1,
  });
  expect(out.actions).toHaveLength(3);
  expect(out.suivis.map((s) => [s.action, s.status, s.progress])).toEqual([
    ["A-1", "in-progress", 40],
    ["A-2", "done", 100],
  ]);
  expect(out.unconvertible.map((u) => `${u.cell} ${u.cause}`)).toEqual([
    "'Action plan 2026'!D4 invalid-date",
    "'Action plan 2026'!F4 invalid-number",
    "'Action plan 2026'!G4 invalid-choice",
  ]);
});

test("merged titles: a year alone, missing text, repeated and broken numbers are listed, never guessed", () => {
  const out = convert(mergedTitles());
  expect(out.actions.map((a) => [a.no, a.area, a.due])).toEqual([
    ["1", "Famille et services de garde", undefined],
    ["2", "Culture", d("2026-09-30")],
  ]);
  expect(out.unconvertible.map((u) => [u.cell, u.cause, u.header])).toEqual([
    ["PFM!F6", "year-only", "Échéancier"],
    ["PFM!D9", "missing-action-text", "Action à réaliser"],
    ["PFM!B10", "duplicate-id", "Numéro"],
    ["PFM!B11", "error-value", "Numéro"],
  ]);
  expect(out.areas).not.toContain("Sports et plein air"); // its row was not placed
});

test("an ignored column is never read", () => {
  const source = frenchAbbreviated();
  const proposal = proposeMapping(source)!;
  const mapping = proposal.columns.map((c) => ({
    col: c.source.col,
    target: ["due", "budget", "status"].includes(c.target ?? "") ? undefined : c.target,
  }));
  const out = convertPlan(source, proposal.headerIndex, mapping, options);
  expect(out.unconvertible).toEqual([]);
  expect(out.actions.every((a) => a.due === undefined && a.budget === undefined)).toBe(true);
});

test("the tracking workbook reads back clean and never takes the original sheet's name", () => {
  const out = convert(mergedTitles());
  const plan = adoptedWorkbookPlan(out, { lang: "fr", existingSheets: ["Plan d'action", "PFM"] });
  expect(plan.sheets.map((s) => s.name)).toEqual([
    "Paramètres",
    "Plan d'action (2)",
    "Suivis",
    "Acteurs",
    "Rencontres",
    "Listes",
  ]);
  const wb = readWorkbook(planSnapshot(plan), { today: TODAY });
  expect(wb.actions.map((a) => a.no)).toEqual(["1", "2"]);
  expect(wb.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(wb.problems.some((p) => p.code === "unknown-area")).toBe(false);
});

test("free sheet names stay within 31 characters", () => {
  expect(freeSheetName("Suivis", ["suivis", "Suivis (2)"])).toBe("Suivis (3)");
  expect(freeSheetName("x".repeat(31), ["x".repeat(31)])).toHaveLength(31);
});
