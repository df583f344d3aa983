import {
  findHeaderIndex,
  headerScore,
  proposeMapping,
  targetOf,
  type Proposal,
  type TargetKey,
} from "../../../src/domain/adopt";
import { english, frenchAbbreviated, mergedTitles } from "./fixtures";

const mapped = (proposal: Proposal | undefined): Record<string, TargetKey | undefined> =>
  Object.fromEntries((proposal?.columns ?? []).map((c) => [c.source.header, c.target]));

describe("header similarity", () => {
  test.each([
    ["Resp.", "porteur"],
    ["Éch.", "due"],
    ["No", "no"],
    ["Budg.", "budget"],
    ["Part.", "partners"],
    ["Ind.", "indicator"],
    ["ÉCHÉANCIER", "due"],
    ["Responsable de l'action", "porteur"],
    ["Due date", "due"],
    ["Lead", "porteur"],
  ] as const)("%s names %s best", (header, key) => {
    const score = headerScore(header, targetOf(key));
    expect(score).toBeGreaterThanOrEqual(0.8);
    for (const other of [
      "no",
      "area",
      "action",
      "porteur",
      "partners",
      "due",
      "budget",
      "indicator",
      "status",
    ] as const) {
      if (other !== key) expect(headerScore(header, targetOf(other))).toBeLessThan(score);
    }
  });

  test("unrelated headers score nothing", () => {
    expect(headerScore("Commentaires du conseil", targetOf("porteur"))).toBe(0);
    expect(headerScore("", targetOf("no"))).toBe(0);
  });
});

describe("header row", () => {
  test("is found below merged title rows and notes", () => {
    const source = mergedTitles();
    expect(findHeaderIndex(source.grid, false)).toBe(4);
    expect(proposeMapping(source)?.headerRow).toBe(5);
  });

  test("is the first row of a real table", () => {
    expect(findHeaderIndex({ ...english().grid }, true)).toBe(0);
  });

  test("a sheet of titles only has none", () => {
    expect(
      proposeMapping({
        kind: "sheet",
        name: "Notes",
        sheet: "Notes",
        grid: { sheet: "Notes", row: 1, col: 1, values: [["Notes de la rencontre"], [null], ["À suivre"]] },
      }),
    ).toBeUndefined();
  });
});

describe("mapping proposal", () => {
  test("French headings with abbreviations", () => {
    const proposal = proposeMapping(frenchAbbreviated());
    expect(mapped(proposal)).toEqual({
      No: "no",
      Champ: "area",
      Objectif: "objective",
      Actions: "action",
      "Resp.": "porteur",
      "Part.": "partners",
      "Éch.": "due",
      "Budg.": "budget",
      "Ind.": "indicator",
      Statut: "status",
    });
    expect(proposal?.complete).toBe(true);
    expect(proposal?.columns.find((c) => c.target === "porteur")?.confidence).toBe("high");
    expect(proposal?.columns[0].source).toMatchObject({
      letter: "A",
      col: 1,
      samples: ["1.1", "1.2", "2.1"],
    });
  });

  test("English headings in another order", () => {
    const proposal = proposeMapping(english());
    expect(mapped(proposal)).toEqual({
      Action: "action",
      Lead: "porteur",
      Partners: "partners",
      "Start date": "plannedStart",
      "Due date": "due",
      "Estimated cost": "budget",
      Priority: "priority",
      "Action No.": "no",
      Status: "status",
      Progress: "progress",
    });
    expect(proposal?.complete).toBe(true);
    // Dates are shown as a person sees them, not as serial numbers; other numbers as they are.
    const sample = (header: string) =>
      proposal?.columns.find((c) => c.source.header === header)?.source.samples;
    expect(sample("Due date")).toEqual([
      "2026-10-31",
      "2026-05-31",
      expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    ]);
    expect(sample("Estimated cost")?.[0]).toBe("45000");
  });

  test("a plan with merged title rows, starting in column B", () => {
    const proposal = proposeMapping(mergedTitles());
    expect(mapped(proposal)).toEqual({
      Numéro: "no",
      "Axe d'intervention": "area",
      "Action à réaliser": "action",
      Responsable: "porteur",
      Échéancier: "due",
      "Indicateurs de résultat": "indicator",
    });
    expect(proposal?.columns.map((c) => c.source.letter)).toEqual(["B", "C", "D", "E", "F", "G"]);
  });

  test("values speak for a column without a clear header", () => {
    const proposal = proposeMapping({
      kind: "sheet",
      name: "Liste",
      sheet: "Liste",
      grid: {
        sheet: "Liste",
        row: 1,
        col: 1,
        values: [
          ["No", "Action", "Colonne 3", "Colonne 4"],
          ["1", "Aménager un parc", "Loisirs", "Réalisée"],
          ["2", "Créer un bottin", "Communication et information", "En cours"],
        ],
      },
    });
    const byHeader = Object.fromEntries(proposal!.columns.map((c) => [c.source.header, c]));
    expect(byHeader["Colonne 3"]).toMatchObject({ target: "area", confidence: "medium" });
    expect(byHeader["Colonne 4"]).toMatchObject({ target: "status", confidence: "medium" });
  });

  test("a plan without an action column is not complete", () => {
    const proposal = proposeMapping({
      kind: "sheet",
      name: "X",
      sheet: "X",
      grid: {
        sheet: "X",
        row: 1,
        col: 1,
        values: [
          ["No", "Responsable"],
          ["1", "Loisirs"],
        ],
      },
    });
    expect(proposal?.complete).toBe(false);
  });
});
