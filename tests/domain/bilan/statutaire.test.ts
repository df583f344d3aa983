import { bilanFigures, pointStatutaire } from "../../../src/domain/bilan";
import type { Lang } from "../../../src/domain/lang";
import type { ActionState, Workbook } from "../../../src/domain/model";
import { action, d, mainPlan, state, suivi, workbook } from "./fixtures";

function text(wb: Workbook, states: ActionState[], lang: Lang, since?: string): string {
  const figures = bilanFigures(wb, states, {
    generatedAt: "2026-03-15T12:00:00Z",
    lang,
    since: since ? d(since) : undefined,
  });
  return pointStatutaire(figures, lang);
}

function sentences(paragraph: string): number {
  return (paragraph.match(/\.(\s|$)/g) ?? []).length;
}

describe("pointStatutaire", () => {
  test("the main plan in French, whole plan", () => {
    const { wb, states } = mainPlan();
    const out = text(wb, states, "fr");
    expect(out).toBe(
      "En date du 2026-03-15, le plan d'action « Plan PFM-MADA 2024-2027 » compte 6 actions. " +
        "De ce nombre, 1 est réalisée (17\u00a0%), 2 sont en cours, 1 est à venir et 1 est reportée. " +
        "Depuis le début du plan, 6 fiches de suivi ont été remplies pour 5 actions, dont 1 est maintenant réalisée. " +
        "En ce moment, 1 action est en retard et 1 action est bloquée. " +
        "On demande au porteur concerné de faire le point d'ici la prochaine rencontre : Service des loisirs. " +
        "Par ailleurs, 2 actions n'ont pas eu de suivi depuis plus de 90 jours. " +
        "D'ici 30 jours, 1 action arrive à échéance. " +
        "Les dépenses inscrites totalisent 2\u00a0150,25\u00a0$, pour un budget prévu de 3\u00a0500,50\u00a0$. " +
        "À souligner : 2 bons coups, « Navette lancée » (action 2.1) et « Première activité tenue » (action 1.1).",
    );
    expect(sentences(out)).toBe(9);
  });

  test("the main plan in English since 2026-01-01", () => {
    const { wb, states } = mainPlan();
    expect(text(wb, states, "en", "2026-01-01")).toBe(
      "As of 2026-03-15, the action plan “Plan PFM-MADA 2024-2027” has 6 actions. " +
        "Of these, 1 is done (17%), 2 are in progress, 1 has not started and 1 is postponed. " +
        "Since 2026-01-01, 3 follow-ups were filled in for 3 actions. " +
        "Right now, 1 action is late and 1 action is blocked. " +
        "We ask the lead concerned to report back by the next meeting: Service des loisirs. " +
        "Also, 2 actions have had no follow-up in more than 90 days. " +
        "Within the next 30 days, 1 action comes due. " +
        "Spending since 2026-01-01 totals $150, against a planned budget of $3,500.50. " +
        "To celebrate since 2026-01-01: one success story, “Première activité tenue” (action 1.1).",
    );
  });

  test("the period changes what moved and the bons coups, in French", () => {
    const { wb, states } = mainPlan();
    const out = text(wb, states, "fr", "2026-01-01");
    expect(out).toContain("Depuis le 2026-01-01, 3 fiches de suivi ont été remplies pour 3 actions. ");
    expect(out).toContain(
      "Les dépenses depuis le 2026-01-01 totalisent 150\u00a0$, pour un budget prévu de 3\u00a0500,50\u00a0$.",
    );
    expect(out).toContain(
      "À souligner depuis le 2026-01-01 : un bon coup, « Première activité tenue » (action 1.1).",
    );
  });

  test("an empty plan still reads as five sentences", () => {
    const fr = text(workbook([]), [], "fr");
    expect(fr).toBe(
      "En date du 2026-03-15, le plan d'action ne compte encore aucune action. " +
        "Les actions s'ajoutent dans la feuille « Plan d'action » du classeur. " +
        "Aucune fiche de suivi n'a encore été remplie. " +
        "Aucune action n'est en retard ni bloquée. " +
        "Aucun bon coup n'a encore été signalé.",
    );
    const en = text(workbook([]), [], "en", "2026-01-01");
    expect(en).toContain("No follow-up has been filled in since 2026-01-01.");
    expect(en).toContain("No success story has been reported since 2026-01-01.");
    expect(sentences(en)).toBe(5);
  });

  test("no follow-up, nothing late: gentle zero sentences, no money sentence", () => {
    const states = [
      state(action("1", { due: d("2026-09-30") })),
      state(action("2", { due: d("2026-10-30") })),
    ];
    const out = text(workbook(states), states, "fr");
    expect(out).toBe(
      "En date du 2026-03-15, le plan d'action compte 2 actions. " +
        "De ce nombre, 2 sont à venir. " +
        "Aucune fiche de suivi n'a encore été remplie. " +
        "Aucune action n'est en retard ni bloquée. " +
        "Toutes les actions non terminées ont eu un suivi dans les 90 derniers jours. " +
        "Aucun bon coup n'a encore été signalé.",
    );
  });

  test("plurals, several porteurs asked by name, an action without porteur, three bons coups", () => {
    const bon = (no: string, date: string, what: string) =>
      suivi(no, date, "in-progress", { bonCoup: true, achievements: what });
    const states = [
      state(
        action("1", { porteur: "Loisirs" }),
        [bon("1", "2026-01-05", "Fête de quartier")],
        [{ kind: "late", days: 10 }],
      ),
      state(
        action("2", { porteur: "Travaux publics" }),
        [bon("2", "2026-01-06", "Trottoirs refaits")],
        [{ kind: "late", days: 5 }],
      ),
      state(
        action("3"),
        [bon("3", "2026-02-01", "Banc installé"), suivi("3", "2026-02-02", "blocked")],
        [{ kind: "blocked" }],
      ),
      state(
        action("4"),
        [suivi("4", "2026-02-03", "blocked")],
        [{ kind: "blocked" }, { kind: "late", days: 1 }],
      ),
    ];
    const fr = text(workbook(states), states, "fr");
    expect(fr).toContain("En ce moment, 3 actions sont en retard et 2 actions sont bloquées. ");
    expect(fr).toContain(
      "On demande aux porteurs concernés de faire le point d'ici la prochaine rencontre : Loisirs et Travaux publics. ",
    );
    expect(fr).toContain("Des porteurs restent à désigner pour les actions 4 et 3. ");
    expect(fr).toContain(
      "À souligner : 3 bons coups, dont « Trottoirs refaits » (action 2) et « Banc installé » (action 3).",
    );
    expect(fr).toContain("De ce nombre, 2 sont en cours.");
    const en = text(workbook(states), states, "en");
    expect(en).toContain("Right now, 3 actions are late and 2 actions are blocked. ");
    expect(en).toContain(
      "We ask the leads concerned to report back by the next meeting: Loisirs and Travaux publics. ",
    );
    expect(en).toContain("Leads still need to be named for actions 4 and 3. ");
    expect(en).toContain("To celebrate: 3 success stories, including “Trottoirs refaits” (action 2)");
    for (const out of [fr, en]) {
      expect(sentences(out)).toBeGreaterThanOrEqual(5);
      expect(sentences(out)).toBeLessThanOrEqual(10);
    }
  });

  test("singulars: one blocked action without porteur, every action finished", () => {
    const blocked = [state(action("7"), [suivi("7", "2026-03-01", "blocked")], [{ kind: "blocked" }])];
    const fr = text(workbook(blocked), blocked, "fr");
    expect(fr).toContain("En ce moment, 1 action est bloquée. Un porteur reste à désigner pour l'action 7.");
    expect(fr).not.toContain("On demande");
    const done = [
      state(action("1"), [suivi("1", "2026-03-01", "done")]),
      state(action("2"), [suivi("2", "2025-03-01", "dropped")]),
    ];
    const out = text(workbook(done), done, "fr", "2026-01-01");
    expect(out).toContain("De ce nombre, 1 est réalisée (50\u00a0%) et 1 a été abandonnée.");
    expect(out).toContain(
      "Depuis le 2026-01-01, 1 fiche de suivi a été remplie pour 1 action, dont 1 est maintenant réalisée.",
    );
    expect(out).toContain("Toutes les actions du plan sont terminées.");
    expect(text(workbook(done), done, "en")).toContain("Of these, 1 is done (50%) and 1 was dropped.");
  });

  test("a long achievement is shortened", () => {
    const long = "Une très longue réalisation ".repeat(10);
    const states = [
      state(action("1"), [suivi("1", "2026-03-01", "in-progress", { bonCoup: true, achievements: long })]),
    ];
    const out = text(workbook(states), states, "fr");
    expect(out).toMatch(/« Une très longue réalisation .{20,}… » \(action 1\)/);
    expect(out).not.toContain(long.trim());
  });
});
