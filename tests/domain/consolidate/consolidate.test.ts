import {
  areaKey,
  baseName,
  distinctNames,
  municipalityName,
  regionalFigures,
  regionalPlan,
  type MunicipalPlan,
} from "../../../src/domain/consolidate";
import { dayFromIso } from "../../../src/domain/dates";
import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { actionStates } from "../../../src/domain/flags";
import type { Lang } from "../../../src/domain/lang";
import { templatePlan, type TemplateData } from "../../../src/domain/layout/template";
import { readWorkbook } from "../../../src/domain/read";

const R = dayFromIso("2026-06-01") as number;

function plan(file: string, lang: Lang, data: TemplateData, organisation?: string): MunicipalPlan {
  const wb = readWorkbook(planSnapshot(templatePlan({ lang, organisation }, data)), { today: R });
  return { name: municipalityName(wb, file), file, wb, states: actionStates(wb) };
}

const fr = plan("dossiers/Saint-Paul.xlsx", "fr", {
  actions: [
    { no: "1", text: "Bancs", area: "Transport et mobilité", due: R - 10, porteur: "Travaux" },
    { no: "2", text: "Navette", area: "Vie de quartier", due: R + 100 },
    { no: "3", text: "Parc", due: R + 100 },
  ],
  suivis: [{ date: R - 5, action: "2", status: "done", progress: 100 }],
});
const en = plan(
  "b.xlsx",
  "en",
  {
    actions: [
      { no: "1", text: "Benches", area: "Transportation and mobility", due: R + 300 },
      { no: "2", text: "Shuttle", area: "vie de quartier", due: R + 300 },
    ],
    suivis: [{ date: R - 1, action: "1", status: "blocked", obstacles: "Budget" }],
  },
  "Town of B",
);

test("a municipality is named by its Organisation, else its file name, and never twice", () => {
  expect(fr.name).toBe("Saint-Paul");
  expect(en.name).toBe("Town of B");
  expect(baseName("C:\\plans\\Lac.Vert.xlsx")).toBe("Lac.Vert");
  expect(distinctNames(["Lac", "Mont", "lac", "Lac"])).toEqual(["Lac", "Mont", "lac (2)", "Lac (3)"]);
});

test("areas of the default list are one area in French and English; others match ignoring case", () => {
  expect(areaKey("Transport et mobilité")).toBe(areaKey("TRANSPORTATION AND MOBILITY"));
  expect(areaKey("Vie de quartier")).toBe(areaKey("vie de  quartier"));
  expect(areaKey(null)).toBe("none");
});

test("regional figures are the sum of the municipal ones, by municipality and by area", () => {
  const f = regionalFigures([fr, en], [{ file: "x.xlsx", cause: "Fichier introuvable." }], {
    referenceDate: R,
    lang: "fr",
  });
  expect(f.referenceDate).toBe("2026-06-01");
  expect(f.municipalities.map((m) => [m.name, m.actions, m.done, m.late, m.blocked])).toEqual([
    ["Saint-Paul", 3, 1, 1, 0],
    ["Town of B", 2, 0, 0, 1],
  ]);
  expect(f.total).toMatchObject({ actions: 5, done: 1, late: 1, blocked: 1, suivis: 2, shareDone: 0.2 });
  expect(f.byArea.map((a) => [a.label, a.actions, a.byStatus.blocked, a.byStatus.done])).toEqual([
    ["Transport et mobilité", 2, 1, 0],
    ["Vie de quartier", 2, 0, 1],
    ["(sans champ)", 1, 0, 0],
  ]);
  expect(f.skipped).toEqual([{ file: "x.xlsx", cause: "Fichier introuvable." }]);
});

test("the regional plan: bilan with charts, Municipalité first in every data table, problems by file", () => {
  const f = regionalFigures([fr, en], [{ file: "x.xlsx", cause: "Fichier introuvable." }], {
    referenceDate: R,
    lang: "en",
  });
  const wbPlan = regionalPlan([fr, en], f.skipped, f, { lang: "en", generatedAt: "2026-06-01T10:00:00Z" });
  expect(wbPlan.sheets.map((s) => s.name)).toEqual(["Regional report", "Actions", "Follow-ups", "Problems"]);
  expect(wbPlan.sheets[0].charts.map((c) => c.kind)).toEqual(["bar-clustered", "doughnut", "bar-stacked"]);
  const [actions] = wbPlan.sheets[1].tables;
  expect(actions.columns[0].header).toBe("Municipality");
  expect(actions.rows.map((r) => [r[0], r[1]])).toEqual([
    ["Saint-Paul", "1"],
    ["Saint-Paul", "2"],
    ["Saint-Paul", "3"],
    ["Town of B", "1"],
    ["Town of B", "2"],
  ]);
  const status = actions.columns.findIndex((c) => c.header === "Current status");
  expect(actions.rows[1][status]).toBe("Done");
  const [problems, skipped] = wbPlan.sheets[3].tables;
  expect(problems.rows.every((r) => r[0] === "dossiers/Saint-Paul.xlsx" || r[0] === "b.xlsx")).toBe(true);
  expect(problems.rows.some((r) => r[0] === "b.xlsx" && r[3] === "Warning")).toBe(true);
  expect(skipped.rows).toEqual([["x.xlsx", "Fichier introuvable."]]);
});
