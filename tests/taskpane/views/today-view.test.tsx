/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { FakePort, d, emptySnapshot, sampleSnapshot, tableOf } from "../../features/fake-port";
import { box, renderPane } from "../render-pane";

// sampleSnapshot at 2026-03-15: 1.1 is blocked and past due (2025-12-31), 1.2 has no follow-up yet.

describe("« Aujourd'hui »", () => {
  test("is the first screen once a plan is open; Démarrer stays for a workbook without one", async () => {
    await renderPane(new FakePort(sampleSnapshot()));
    expect(screen.getByRole("tab", { name: /^Aujourd'hui/ })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("heading", { name: "Aujourd'hui", level: 2 })).toBeInTheDocument();
    expect(screen.getByText(/au 2026-03-15/)).toBeInTheDocument();
    // No end date in Paramètres: the end-of-plan report is not proposed first.
    expect(screen.queryByRole("button", { name: "Voir le bilan de fin de plan" })).toBeNull();
  });

  test("lists the late, blocked and stale actions, each with why", async () => {
    await renderPane(new FakePort(sampleSnapshot()));
    const late = screen.getByRole("region", { name: "En retard (1)" });
    expect(within(late).getByRole("button")).toHaveTextContent(
      "1.1 — Aménager un parc intergénérationnel74 jours de retard (échéance : 2025-12-31)",
    );
    const blocked = screen.getByRole("region", { name: "Bloquées (1)" });
    expect(within(blocked).getByRole("button")).toHaveTextContent("bloquée, porteur : Loisirs");
    const stale = screen.getByRole("region", { name: "Sans suivi récent (1)" });
    expect(within(stale).getByRole("button")).toHaveTextContent("1.2 — Publier un bottin des services");
    expect(screen.queryByRole("region", { name: /^Échéance proche/ })).toBeNull();
    const porteurs = screen.getByRole("region", { name: "Porteurs à relancer (2)" });
    expect(
      within(porteurs)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Communications (1 action)", "Loisirs (1 action)"]);
  });

  test("a late action opens the fiche de suivi with that action: its status and progress, ready to add", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake);
    const late = screen.getByRole("region", { name: "En retard (1)" });
    await user.click(within(late).getByRole("button"));
    expect(screen.getByRole("tab", { name: /^Suivi/ })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByLabelText(/^Statut/)).toHaveValue("blocked");
    expect(box(/^Avancement/)).toHaveValue("40");
    await user.type(box(/^Raison \(obstacles\)/), "Budget gelé");
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(await screen.findByText("Suivi de l'action 1.1 ajouté.")).toBeInTheDocument();
    expect(fake.batches[0].append![0].rows[0].slice(1, 4)).toEqual(["1.1", "Bloquée", 40]);
  });

  test("in English, an action without follow-up opens its form; a tab picked afterwards starts empty", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { lang: "en" });
    const stale = screen.getByRole("region", { name: "No recent follow-up (1)" });
    await user.click(within(stale).getByRole("button", { name: /^1\.2 — Publier un bottin/ }));
    expect(await screen.findByLabelText(/^Status/)).toHaveValue("not-started");
    await user.click(screen.getByRole("tab", { name: /^Action/ }));
    expect(screen.getByRole("tab", { name: /^Action/ })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("button", { name: "Save the action" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: /^Follow-up/ }));
    expect(await screen.findByLabelText(/^Status/)).toHaveValue("");
    expect(fake.batches).toHaveLength(0);
  });

  test("the porteurs and the actions without one open Relances, the problems Vérifier, the next meeting Rencontre", async () => {
    const snapshot = sampleSnapshot();
    // A meeting planned after the reference date, and an action with no porteur nor due date (warnings).
    snapshot.tables.push(
      tableOf(
        "Rencontres",
        "Rencontres",
        ["Date", "Instance"],
        [{ Date: d("2026-06-28"), Instance: "Comité de suivi" }],
      ),
    );
    snapshot.tables[0].values.push(["1.3", null, null, "Nouvelle", ...Array(17).fill(null)]);
    const { user } = await renderPane(new FakePort(snapshot));
    const meeting = screen.getByRole("region", { name: "Prochaine rencontre" });
    expect(meeting).toHaveTextContent("2026-06-28, Comité de suivi");
    await user.click(within(meeting).getByRole("button"));
    expect(screen.getByRole("tab", { name: /^Rencontre/ })).toHaveAttribute("aria-selected", "true");

    await user.click(screen.getByRole("tab", { name: /^Aujourd'hui/ }));
    await user.click(screen.getByRole("button", { name: "Loisirs (1 action)" }));
    expect(screen.getByRole("tab", { name: /^Relances/ })).toHaveAttribute("aria-selected", "true");

    // 1.3 names no porteur: nobody to remind, said on its own line, which opens Relances too.
    await user.click(screen.getByRole("tab", { name: /^Aujourd'hui/ }));
    await user.click(screen.getByRole("button", { name: "1 action à suivre n'a pas de porteur." }));
    expect(screen.getByRole("tab", { name: /^Relances/ })).toHaveAttribute("aria-selected", "true");

    await user.click(screen.getByRole("tab", { name: /^Aujourd'hui/ }));
    const problems = screen.getByRole("region", { name: "Problèmes dans le classeur" });
    await user.click(within(problems).getByRole("button"));
    expect(screen.getByRole("tab", { name: /^Vérifier/ })).toHaveAttribute("aria-selected", "true");
  });

  test("an empty workbook keeps Démarrer", async () => {
    await renderPane(new FakePort(emptySnapshot()));
    expect(screen.getByRole("tab", { name: /^Démarrer/ })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByRole("heading", { name: "Aujourd'hui" })).toBeNull();
  });
});
