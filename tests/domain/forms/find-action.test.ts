import { actionMatches, findActions } from "../../../src/domain/forms/find-action";
import type { Action } from "../../../src/domain/model";

const action = (no: string, text: string, porteur?: string): Action => ({
  sheet: "Plan d'action",
  row: 2,
  no,
  text,
  ...(porteur ? { porteur } : {}),
});

const plan = [
  action("2.1", "Créer un comité des aînés", "Loisirs"),
  action("1.10", "Publier le calendrier", "Communications"),
  action("1.1", "Aménager un parc intergénérationnel", "Travaux publics"),
  action("3.1", "Offrir des cafés-rencontres 1.1", "Bibliothèque"),
];

describe("the action picker's search", () => {
  test("by number, words of the text or the porteur, accents and case aside", () => {
    expect(actionMatches(plan[0], "COMITE aines")).toBe(true);
    expect(actionMatches(plan[0], "loisirs")).toBe(true);
    expect(actionMatches(plan[2], "parc travaux")).toBe(true);
    expect(actionMatches(plan[2], "parc loisirs")).toBe(false);
    expect(actionMatches(plan[1], "1.10")).toBe(true);
    expect(actionMatches(plan[1], "")).toBe(true);
  });

  test("the action of that number first, then numbers starting so, then the rest, in plan order", () => {
    expect(findActions(plan, "1.1").map((a) => a.no)).toEqual(["1.1", "1.10", "3.1"]);
    expect(findActions(plan, "bibliotheque").map((a) => a.no)).toEqual(["3.1"]);
    expect(findActions(plan, "").map((a) => a.no)).toEqual(["2.1", "1.10", "1.1", "3.1"]);
    expect(findActions(plan, "aucune action ainsi")).toEqual([]);
  });
});
