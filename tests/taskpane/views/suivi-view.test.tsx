/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { FakePort, d, sampleSnapshot } from "../../features/fake-port";
import { box, picker, renderPane } from "../render-pane";

describe("Suivi", () => {
  test("pick by porteur, prefilled status; blocked needs the reason; submit appends one row", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi" });
    expect(box(/^Date/)).toHaveValue("2026-03-15");
    // The picker searches by porteur too; its options carry the porteur on a line of its own.
    await user.type(picker(/^No action/), "loisirs");
    expect(
      within(screen.getByRole("listbox"))
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["1.1 — Aménager un parc intergénérationnel Porteur : Loisirs"]);
    await user.click(screen.getByRole("option", { name: /^1\.1 — / }));
    expect(picker(/^No action/)).toHaveValue("1.1 — Aménager un parc intergénérationnel");
    expect(screen.getByText("Action choisie").parentElement).toHaveTextContent(
      "Action choisie1.1 — Aménager un parc intergénérationnelPorteur : LoisirsÉchéance : 2025-12-31",
    );
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
    const actionPicker = picker(/^Action No\./);
    expect(actionPicker).toHaveAccessibleDescription(/This field is required\./);
    expect(screen.getByLabelText(/^Status/)).toHaveAccessibleDescription("This field is required.");
    await waitFor(() => expect(actionPicker).toHaveFocus());
    expect(fake.batches).toHaveLength(0);
  });

  test("the picker's roles for a screen reader; a search that finds nothing; Escape; back to none", async () => {
    // Arrows and Enter are driven in Chromium (tests/e2e/keyboard.test.ts): jsdom has no layout
    // for Fluent's active-descendant walk.
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "suivi" });
    const field = picker(/^No action/);
    expect(field).toHaveAccessibleDescription("Chercher par numéro, texte ou porteur");
    expect(field).toHaveAttribute("aria-expanded", "false");
    await user.click(field);
    expect(field).toHaveAttribute("aria-expanded", "true");
    const list = screen.getByRole("listbox");
    expect(field).toHaveAttribute("aria-controls", list.id);
    expect(
      within(list)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "(aucun)",
      "1.1 — Aménager un parc intergénérationnel Porteur : Loisirs",
      "1.2 — Publier un bottin des services Porteur : Communications",
    ]);
    // The option the list starts on is the one chosen (none yet), marked for assistive technology.
    const active = document.getElementById(field.getAttribute("aria-activedescendant") ?? "");
    expect(active).toHaveTextContent("(aucun)");
    expect(active).toHaveAttribute("aria-selected", "true");
    await user.click(within(list).getByRole("option", { name: /^1\.2 — / }));
    expect(field).toHaveValue("1.2 — Publier un bottin des services");
    expect(field).toHaveAttribute("aria-expanded", "false");

    await user.clear(field);
    await user.type(field, "zzz");
    expect(field).toHaveAccessibleDescription("Aucune action ne correspond.");
    await user.keyboard("{Escape}");
    expect(field).toHaveValue("1.2 — Publier un bottin des services");
    expect(field).toHaveAccessibleDescription("Chercher par numéro, texte ou porteur");

    await user.click(field);
    await user.click(within(screen.getByRole("listbox")).getByRole("option", { name: "(aucun)" }));
    expect(field).toHaveValue("");
    expect(screen.queryByText("Action choisie")).toBeNull();
  });
});
