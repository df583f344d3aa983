import { planSnapshot } from "../../../src/domain/demo/snapshot";
import { templatePlan } from "../../../src/domain/layout/template";
import { readWorkbook } from "../../../src/domain/read";
import { d, snapshot, table } from "../snapshot";

const TODAY = d("2026-03-15");

describe("ListeInstances", () => {
  test.each(["fr", "en"] as const)("the template's list reads back as the default bodies (%s)", (lang) => {
    const wb = readWorkbook(planSnapshot(templatePlan({ lang })), { today: TODAY });
    expect(wb.instances.map((i) => i.text)).toEqual(["detailed", "short", "detailed", "short", "short"]);
    expect(wb.instances[1].name).toBe(lang === "fr" ? "Conseil municipal" : "Municipal council");
    expect(wb.problems).toEqual([]);
  });

  test("a body the user added keeps its text; without one, a committee is detailed and any other body short", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [],
        suivis: [],
        tables: [
          table("ListeInstances", "Listes", [
            ["Instance", "Texte du point statutaire"],
            ["Conseil municipal", "Court"],
            ["Comité famille-aînés", null],
            ["Table des aînés de la MRC", ""],
            ["Conseil des jeunes", "détaillé"],
            ["conseil MUNICIPAL", "Détaillé"],
            [null, "Court"],
          ]),
        ],
      }),
      { today: TODAY },
    );
    expect(wb.instances).toEqual([
      { name: "Conseil municipal", text: "short" },
      { name: "Comité famille-aînés", text: "detailed" },
      { name: "Table des aînés de la MRC", text: "short" },
      { name: "Conseil des jeunes", text: "detailed" },
    ]);
  });

  test("without the table, the default bodies in the workbook's language", () => {
    const wb = readWorkbook(snapshot({ actions: [], suivis: [] }), { today: TODAY });
    expect(wb.instances.map((i) => i.name)).toEqual([
      "Comité de suivi",
      "Conseil municipal",
      "Comité de direction",
      "Table de concertation",
      "Table régionale",
    ]);
  });

  test("the Rencontres table reads the follow-ups recorded and the three reflection columns", () => {
    const wb = readWorkbook(
      snapshot({
        actions: [],
        suivis: [],
        tables: [
          table("Rencontres", "Rencontres", [
            [
              "Date",
              "Instance",
              "Actions traitées",
              "Suivis enregistrés",
              "Ce qu'on fait bien",
              "Ce qu'on peut améliorer",
              "Ce qui nous inspire",
            ],
            [d("2026-03-01"), "Comité de suivi", "1.1, 1.2", "1.1", "Écoute", "Ponctualité", "Saint-X"],
          ]),
        ],
      }),
      { today: TODAY },
    );
    expect(wb.rencontres[0]).toMatchObject({
      instance: "Comité de suivi",
      actions: "1.1, 1.2",
      suivis: "1.1",
      wellDone: "Écoute",
      toImprove: "Ponctualité",
      inspires: "Saint-X",
    });
  });
});
