/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { FakePort, SUIVI_HEADERS, d, sampleSnapshot } from "../../features/fake-port";
import { box, pickAction as choose, renderPane } from "../render-pane";

const col = (name: string) => SUIVI_HEADERS.indexOf(name);

async function pickAction(no: string) {
  const fake = new FakePort(sampleSnapshot());
  const rendered = await renderPane(fake, { view: "action" });
  await choose(rendered.user, /^Action à modifier/, no);
  return { fake, ...rendered };
}

describe("Reporter / Abandonner", () => {
  test("postpone: new due date and reason checked, then one write: a Reportée fiche and the due date in place", async () => {
    const { fake, user } = await pickAction("1.2");
    await user.click(screen.getByRole("button", { name: "Reporter" }));
    const form = screen.getByRole("form", { name: "Reporter l'action 1.2" });
    expect(form).toHaveTextContent("Échéance actuelle : 2027-06-30");
    await user.click(screen.getByRole("button", { name: "Reporter l'action" }));
    expect(box(/^Nouvelle échéance/)).toHaveAccessibleDescription(/Ce champ est obligatoire/);
    expect(box(/^Raison du report/)).toHaveAccessibleDescription("Ce champ est obligatoire.");
    await user.type(box(/^Nouvelle échéance/), "2027-01-31");
    expect(box(/^Nouvelle échéance/)).toHaveAccessibleDescription(
      /La nouvelle échéance doit tomber après l'échéance actuelle \(2027-06-30\)/,
    );
    expect(fake.batches).toHaveLength(0);
    await user.clear(box(/^Nouvelle échéance/));
    await user.type(box(/^Nouvelle échéance/), "2027-12-31");
    await user.type(box(/^Raison du report/), "Subvention reportée");
    await user.click(screen.getByRole("button", { name: "Reporter l'action" }));
    expect(
      await screen.findByText("Action 1.2 reportée au 2027-12-31. L'historique est gardé dans Suivis."),
    ).toBeInTheDocument();
    expect(fake.batches).toHaveLength(1);
    const [batch] = fake.batches;
    const row = batch.append![0].rows[0];
    expect(batch.append![0].table).toBe("Suivis");
    expect([row[col("Date")], row[col("No action")], row[col("Statut")], row[col("Obstacles")]]).toEqual([
      d("2026-03-15"),
      "1.2",
      "Reportée",
      "Subvention reportée",
    ]);
    expect(row[col("Prochaines étapes")]).toBe("Échéance reportée du 2027-06-30 au 2027-12-31.");
    expect(batch.cells).toEqual([
      { sheet: "Plan d'action", row: 3, col: 10, value: d("2027-12-31"), format: "date" },
    ]);
  });

  test("drop: a reason is required, then an Abandonnée fiche is appended and nothing else", async () => {
    const { fake, user } = await pickAction("1.1");
    await user.click(screen.getByRole("button", { name: "Abandonner" }));
    await user.click(screen.getByRole("button", { name: "Abandonner l'action" }));
    expect(box(/^Raison de l'abandon/)).toHaveAccessibleDescription("Ce champ est obligatoire.");
    expect(fake.batches).toHaveLength(0);
    await user.type(box(/^Raison de l'abandon/), "Projet retiré par le conseil");
    await user.clear(box(/^Date de la décision/));
    await user.type(box(/^Date de la décision/), "2026-03-20");
    await user.click(screen.getByRole("button", { name: "Abandonner l'action" }));
    expect(box(/^Date de la décision/)).toHaveAccessibleDescription(
      "La date ne peut pas dépasser la date de référence (2026-03-15).",
    );
    await user.clear(box(/^Date de la décision/));
    await user.type(box(/^Date de la décision/), "2026-03-10");
    await user.click(screen.getByRole("button", { name: "Abandonner l'action" }));
    expect(
      await screen.findByText("Action 1.1 abandonnée. L'historique est gardé dans Suivis."),
    ).toBeInTheDocument();
    expect(fake.batches).toHaveLength(1);
    const [batch] = fake.batches;
    expect(batch.cells).toBeUndefined();
    const row = batch.append![0].rows[0];
    expect([row[col("Date")], row[col("Statut")], row[col("Avancement (%)")], row[col("Obstacles")]]).toEqual(
      [d("2026-03-10"), "Abandonnée", 40, "Projet retiré par le conseil"],
    );
  });

  test("no buttons for a new action", async () => {
    await renderPane(new FakePort(sampleSnapshot()), { view: "action" });
    expect(screen.queryByRole("button", { name: "Reporter" })).toBeNull();
  });
});
