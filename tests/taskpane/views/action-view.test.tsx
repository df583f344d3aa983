/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor } from "@testing-library/react";
import { FakePort, d, trackingSnapshot } from "../../features/fake-port";
import { box, pickAction, renderPane } from "../render-pane";

describe("Action", () => {
  const headers = [
    "Action",
    "Notes internes",
    "No",
    "Porteur",
    "Début prévu",
    "Échéance",
    "Budget prévu ($)",
    "Priorité",
  ];
  const port = () =>
    new FakePort(
      trackingSnapshot(
        [{ No: "1.1", Action: "Aménager un parc", Porteur: "Loisirs", Échéance: d("2026-12-31") }],
        [],
        {
          actionHeaders: headers,
        },
      ),
    );

  test("required fields: errors show next to the field, focus goes to the first, nothing is written", async () => {
    const fake = port();
    const { user } = await renderPane(fake, { view: "action" });
    await user.click(screen.getByRole("button", { name: "Enregistrer l'action" }));
    const no = box(/^No/);
    expect(no).toHaveAccessibleDescription("Ce champ est obligatoire.");
    expect(no).toHaveAttribute("aria-invalid", "true");
    expect(box(/^Action\W*$/)).toHaveAccessibleDescription("Ce champ est obligatoire.");
    await waitFor(() => expect(no).toHaveFocus());
    expect(screen.getByText("Corrigez les champs signalés avant d'enregistrer.")).toBeInTheDocument();
    expect(fake.batches).toHaveLength(0);
  });

  test("area and porteur suggest the workbook's lists and accept any text", async () => {
    const { user } = await renderPane(port(), { view: "action" });
    const suggestions = (input: HTMLElement) =>
      Array.from(
        document.getElementById(input.getAttribute("list") ?? "")?.querySelectorAll("option") ?? [],
      ).map((o) => o.value);
    expect(suggestions(box(/^Champ d'action/))).toContain("Habitat et milieu de vie");
    expect(suggestions(box(/^Porteur/))).toEqual(["Loisirs"]);
    await user.type(box(/^Champ d'action/), "Astronautique");
    expect(box(/^Champ d'action/)).toHaveAccessibleDescription(/n'est pas dans la liste ListeChamps/);
  });

  test("checks as you type with the domain's rules", async () => {
    const { user } = await renderPane(port(), { view: "action" });
    await user.type(box(/^No/), "1.1");
    expect(box(/^No/)).toHaveAccessibleDescription("Le numéro 1.1 est déjà pris par une autre action.");
    await user.type(box(/^Début prévu/), "2026-05-01");
    await user.type(box(/^Échéance/), "01/04/2026");
    expect(box(/^Échéance/)).toHaveAccessibleDescription(/L'échéance tombe avant le début prévu/);
  });

  test("submit appends one row in the table's own column order", async () => {
    const fake = port();
    const { user } = await renderPane(fake, { view: "action" });
    await user.type(box(/^No/), "2.1");
    await user.click(box(/^Action\W*$/));
    await user.paste("Créer un comité des aînés");
    await user.type(box(/^Porteur/), "Loisirs");
    await user.type(box(/^Échéance/), "2026-12-31");
    await user.type(box(/^Budget prévu/), "1 500,50");
    await user.selectOptions(screen.getByLabelText(/^Priorité/), "2");
    await user.click(screen.getByRole("button", { name: "Enregistrer l'action" }));
    expect(await screen.findByText("Action 2.1 ajoutée au plan.")).toBeInTheDocument();
    expect(fake.batches).toHaveLength(1);
    const append = fake.batches[0].append![0];
    expect(append.table).toBe("Actions");
    expect(append.rows).toEqual([
      ["Créer un comité des aînés", null, "2.1", "Loisirs", null, d("2026-12-31"), 1500.5, 2],
    ]);
  });

  test("an existing action is picked, edited and written in place", async () => {
    const fake = port();
    const { user } = await renderPane(fake, { view: "action" });
    await pickAction(user, /^Action à modifier/, "1.1");
    expect(box(/^Action\W*$/)).toHaveValue("Aménager un parc");
    await user.type(box(/^Action\W*$/), " inclusif");
    await user.click(screen.getByRole("button", { name: "Enregistrer l'action" }));
    expect(await screen.findByText("Action 1.1 mise à jour.")).toBeInTheDocument();
    const cells = fake.batches[0].cells!;
    expect(cells.every((c) => c.row === 2 && c.sheet === "Plan d'action")).toBe(true);
    expect(cells.find((c) => c.col === 1)?.value).toBe("Aménager un parc inclusif");
    expect(cells.some((c) => c.col === 2)).toBe(false); // the user's own column is never touched
  });
});
