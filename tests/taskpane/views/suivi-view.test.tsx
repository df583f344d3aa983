/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { FakePort, d, sampleSnapshot } from "../../features/fake-port";
import { box, renderPane } from "../render-pane";

describe("Suivi", () => {
  test("pick by porteur, prefilled status; blocked needs the reason; submit appends one row", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi" });
    expect(box(/^Date/)).toHaveValue("2026-03-15");
    await user.type(box(/^Chercher par numéro/), "loisirs");
    const picker = box(/^No action/) as HTMLSelectElement;
    expect(Array.from(picker.options).map((o) => o.text)).toEqual([
      "(aucun)",
      "1.1 — Aménager un parc intergénérationnel",
    ]);
    await user.selectOptions(picker, "1.1");
    expect(screen.getByLabelText(/^Statut/)).toHaveValue("blocked");
    expect(box(/^Avancement/)).toHaveValue("40");
    const reason = box(/^Raison \(obstacles\)/);
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(reason).toHaveAccessibleDescription("Indiquez la raison (obstacles) pour ce statut.");
    await waitFor(() => expect(reason).toHaveFocus());
    expect(fake.batches).toHaveLength(0);
    await user.type(reason, "Budget gelé");
    await user.type(box(/^Dépenses/), "250");
    await user.click(screen.getByRole("button", { name: "Ajouter le suivi" }));
    expect(await screen.findByText("Suivi de l'action 1.1 ajouté.")).toBeInTheDocument();
    expect(fake.batches[0].append![0].rows).toEqual([
      [d("2026-03-15"), "1.1", "Bloquée", 40, null, "Budget gelé", null, 250, null, null, null, null, null],
    ]);
  });

  test("status and action are required", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi", lang: "en" });
    await user.click(screen.getByRole("button", { name: "Add the follow-up" }));
    const picker = box(/^Action No\./);
    expect(picker).toHaveAccessibleDescription(/This field is required\./);
    expect(screen.getByLabelText(/^Status/)).toHaveAccessibleDescription("This field is required.");
    await waitFor(() => expect(picker).toHaveFocus());
    expect(fake.batches).toHaveLength(0);
  });
});
