/** The end-of-plan outcomes against a plan worked by hand (comments give each action's outcome). */
import { actionStates } from "../../../src/domain/flags";
import { endOfPlanFigures, endOfPlanLayout, renewalText } from "../../../src/domain/outcome";
import { readWorkbook } from "../../../src/domain/read";
import { d, snapshot, table } from "../snapshot";

const R = d("2029-01-15");
const A = [
  "No",
  "Champ d'action",
  "Action",
  "Clientèle",
  "Porteur",
  "Récurrence",
  "Budget prévu ($)",
  "Heures prévues",
  "Échéance",
];
const S = [
  "Date",
  "No action",
  "Statut",
  "Avancement (%)",
  "Obstacles",
  "Dépenses ($)",
  "Heures",
  "Bon coup",
  "Réalisations",
];

function handWorked() {
  const wb = readWorkbook(
    snapshot({
      params: [
        ["Organisation", "Municipalité de Saint-Exemple"],
        ["Titre du plan", "Plan d'action PFM-MADA 2025-2028"],
        ["Début du plan", d("2025-01-01")],
        ["Fin du plan", d("2028-12-31")],
      ],
      tables: [
        table("Actions", "Plan d'action", [
          A,
          ["A1", "Loisirs", "Parc", "Familles", "Loisirs", null, 1000, 10, d("2026-06-30")], // done
          ["A2", "Loisirs", "Sentier", "Aînés", "Loisirs", null, 500, null, d("2027-06-30")], // partly: in progress 50
          ["A3", "Culture", "Bibliothèque", "Familles", "Culture", "En continu", null, null, null], // ongoing: in progress, recurrent
          ["A4", "Culture", "Festival", "Familles et aînés", "Culture", null, null, null, d("2026-08-31")], // dropped
          ["A5", "Sécurité", "Brigadiers", null, null, null, null, null, d("2027-09-01")], // not done: never followed
          ["A6", "Sécurité", "Traverses", "Aînés", "Travaux", null, 2000, 40, d("2027-10-01")], // not done: blocked, no progress
          ["A7", "Sécurité", "Éclairage", "Aînés", "Travaux", null, null, null, d("2028-10-01")], // partly: postponed at 30
          ["A8", "Loisirs", "Camp de jour", "Familles", "Loisirs", null, null, null, d("2028-08-31")], // ongoing: status En continu
          ["A9", "Loisirs", "Patinoire", "Familles", "Loisirs", null, null, null, d("2027-02-28")], // partly: its status
          ["A10", "Culture", "Expo", "Aînés", "Culture", null, null, null, d("2028-05-31")], // partly: in progress, no progress
        ]),
        table("Suivis", "Suivis", [
          S,
          [d("2026-06-01"), "A1", "Réalisée", 100, null, 800, 12, "Oui", "Parc inauguré avec 200 familles"],
          [d("2027-03-01"), "A2", "En cours", 50, null, 200, null, null, null],
          [d("2027-04-01"), "A3", "En cours", 0, null, null, null, null, null],
          [d("2026-05-01"), "A4", "Abandonnée", null, "Pas de financement", null, null, null, null],
          [d("2027-05-01"), "A6", "Bloquée", null, "Terrain du MTQ", null, null, null, null],
          [d("2028-05-01"), "A7", "Reportée", 30, "Attente de la subvention", null, null, null, null],
          [d("2028-06-01"), "A8", "En continu", null, null, null, null, "Oui", "120 enfants inscrits"],
          [d("2028-07-01"), "A9", "Partiellement réalisée", 60, null, null, null, null, null],
          [d("2028-08-01"), "A10", "En cours", null, null, null, null, null, null],
        ]),
      ],
    }),
    { today: R },
  );
  return {
    wb,
    figures: endOfPlanFigures(wb, actionStates(wb), { lang: "fr", generatedAt: "2029-01-15T10:00:00Z" }),
  };
}

test("each action's outcome, and the reason of the dropped one", () => {
  const { figures } = handWorked();
  expect(figures.actions.map((a) => [a.no, a.outcome])).toEqual([
    ["A1", "done"],
    ["A2", "partly-done"],
    ["A3", "ongoing"],
    ["A4", "dropped"],
    ["A5", "not-done"],
    ["A6", "not-done"],
    ["A7", "partly-done"],
    ["A8", "ongoing"],
    ["A9", "partly-done"],
    ["A10", "partly-done"],
  ]);
  expect(figures.actions[3].reason).toBe("Pas de financement");
  expect(figures.actions.filter((a) => a.reason !== null)).toHaveLength(1);
});

test("totals and completion rate: (1 done + 2 ongoing) / (10 actions - 1 dropped) = 1/3", () => {
  const { figures } = handWorked();
  expect(figures.total).toMatchObject({
    actions: 10,
    outcomes: { done: 1, ongoing: 2, "partly-done": 4, "not-done": 2, dropped: 1 },
    rate: 0.3333,
    budget: 3500,
    spent: 1000,
    plannedHours: 50,
    hours: 12,
  });
  expect(figures.header.ended).toBe(true);
});

test("by area, clientèle and porteur, as counted by hand", () => {
  const { figures } = handWorked();
  const view = (groups: typeof figures.byArea) => groups.map((g) => [g.label, g.actions, g.rate]);
  expect(view(figures.byArea)).toEqual([
    ["Sécurité", 3, 0],
    ["Loisirs", 4, 0.5],
    ["Culture", 3, 0.5],
  ]);
  expect(figures.byArea[1]).toMatchObject({ budget: 1500, spent: 1000, plannedHours: 10, hours: 12 });
  expect(view(figures.byClientele)).toEqual([
    ["Familles", 4, 0.75],
    ["Aînés", 4, 0],
    ["Familles et aînés", 1, null],
    ["(non précisée)", 1, 0],
  ]);
  expect(view(figures.byPorteur)).toEqual([
    ["Loisirs", 4, 0.5],
    ["Culture", 3, 0.5],
    ["Travaux", 2, 0],
    ["(sans porteur)", 1, 0],
  ]);
  expect(figures.bonsCoups.map((b) => b.no)).toEqual(["A1", "A8"]);
});

test("the text for the renewal request tells the results in one paragraph", () => {
  const { figures } = handWorked();
  const text = renewalText(figures, "fr");
  expect(text).toContain(
    "Au terme de son plan d'action « Plan d'action PFM-MADA 2025-2028 » (2025-01-01 au 2028-12-31), Municipalité de Saint-Exemple a réalisé 3 des 10 actions prévues, dont 2 en continu, soit un taux de réalisation de 33\u00a0%.",
  );
  expect(text).toContain(
    "4 actions ont été partiellement réalisées, 2 n'ont pas été réalisées et 1 a été abandonnée.",
  );
  expect(text).toContain(
    "Les champs d'action les plus avancés : Loisirs (50\u00a0%) et Culture (50\u00a0%).",
  );
  expect(text).toContain("« Parc inauguré avec 200 familles » et « 120 enfants inscrits »");
  expect(text).toContain(
    "8 actions (partiellement réalisées, non réalisées ou en continu) se poursuivront dans le prochain plan d'action",
  );
});

test("the sheet: its tables feed three charts whose cached values are the figures", () => {
  const { figures } = handWorked();
  const sheet = endOfPlanLayout(figures, "fr", "Bilan de fin de plan");
  expect(sheet.charts.map((c) => c.kind)).toEqual(["doughnut", "bar-stacked", "bar-clustered"]);
  expect(sheet.charts[0].cache.values).toEqual([[1, 4, 2, 2, 1]]);
  const [first] = /\$(\d+)/.exec(sheet.charts[0].series[0].values)!.slice(1).map(Number);
  const cellAt = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col)?.value;
  expect([0, 1, 2, 3, 4].map((i) => cellAt(first + i, 3))).toEqual([1, 4, 2, 2, 1]);
  expect(sheet.charts[0].series[0].values).toBe("'Bilan de fin de plan'!$C$" + first + ":$C$" + (first + 4));
});
