/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import type { WorkbookSnapshot } from "../../../src/domain/raw";
import { FakePort, d } from "../../features/fake-port";
import { renderPane } from "../render-pane";

function planWorkbook(): WorkbookSnapshot {
  const values = [
    ["Plan d'action MADA 2026-2028", null, null, null, null, null],
    [null, null, null, null, null, null],
    ["No", "Champ", "Actions", "Resp.", "Éch.", "Notes"],
    ["1.1", "Loisirs", "Offrir des cafés-rencontres", "Loisirs", d("2026-06-30"), "Populaire"],
    ["1.2", "Sécurité", "Visites de prévention", "Incendie", "bientôt", null],
    ["Total", null, null, null, null, null],
  ];
  return {
    tables: [],
    sheets: [{ sheet: "Plan MADA", row: 1, col: 1, values }],
    sheetNames: ["Plan MADA"],
    definedNames: {},
  };
}

describe("Adopter un plan", () => {
  test("from Démarrer: the only sheet taken at once, correct a column, create the tables in one write, show the bad cells", async () => {
    const fake = new FakePort(planWorkbook());
    const original = JSON.stringify(fake.snapshot.sheets);
    const { user } = await renderPane(fake);
    await user.click(screen.getByRole("button", { name: "Adopter un plan existant" }));
    // The workbook's only sheet is the plan: no list to pick from, its mapping is shown at once.
    expect(await screen.findByText("Colonnes du plan (en-têtes à la ligne 3)")).toBeInTheDocument();
    expect(
      screen.getByText("Feuille « Plan MADA » : la seule feuille remplie du classeur, retenue d'office."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("combobox", { name: "Feuille ou tableau du plan" })).toBeNull();
    const column = (name: RegExp) => screen.getByRole("combobox", { name });
    expect(column(/^A · No/)).toHaveValue("no");
    expect(column(/^C · Actions/)).toHaveValue("action");
    expect(column(/^D · Resp\./)).toHaveValue("porteur");
    expect(column(/^E · Éch\./)).toHaveValue("due");
    expect(column(/^F · Notes/)).toHaveValue("");
    expect(column(/^D · Resp\./)).toHaveAccessibleDescription(
      "Correspondance sûre. Exemples : Loisirs · Incendie",
    );

    // A column taken twice, or Action left out, blocks the confirmation.
    await user.selectOptions(column(/^C · Actions/), "");
    expect(screen.getByText("Aucune colonne ne correspond à : Action.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Créer les tableaux de suivi" })).toBeDisabled();
    await user.selectOptions(column(/^C · Actions/), "action");
    await user.selectOptions(column(/^F · Notes/), "partners");
    await user.click(screen.getByRole("button", { name: "Créer les tableaux de suivi" }));

    expect(
      await screen.findByText(/Tableaux de suivi créés : 2 actions reprises, 0 fiche de suivi\./),
    ).toBeInTheDocument();
    expect(fake.batches).toHaveLength(1);
    const sheets = fake.batches[0].create!.sheets;
    const actions = sheets.find((s) => s.name === "Plan d'action")!.tables[0];
    expect(actions.rows.map((r) => [r[0], r[3], r[5], r[6], r[9]])).toEqual([
      ["1.1", "Offrir des cafés-rencontres", "Loisirs", "Populaire", d("2026-06-30")],
      ["1.2", "Visites de prévention", "Incendie", null, null],
    ]);
    expect(JSON.stringify(fake.snapshot.sheets)).toBe(original);

    const list = screen.getByRole("list");
    const bad = within(list).getByRole("button", {
      name: "Afficher 'Plan MADA'!E5 : « bientôt » n'est pas une date (Éch.) : écrivez-la AAAA-MM-JJ",
    });
    await user.click(bad);
    expect(fake.selected).toEqual(["'Plan MADA'!E5"]);
    await user.click(screen.getByRole("button", { name: "Retour à Démarrer" }));
    // The plan is adopted: the first screen is now « Aujourd'hui ».
    expect(await screen.findByRole("heading", { name: "Aujourd'hui", level: 2 })).toBeInTheDocument();
  });

  test("a sheet without a header row says so; English labels", async () => {
    const fake = new FakePort({
      tables: [],
      sheets: [{ sheet: "Notes", row: 1, col: 1, values: [["Meeting notes"], [null], ["To do"]] }],
      sheetNames: ["Notes"],
      definedNames: {},
    });
    await renderPane(fake, { lang: "en", view: "adopt" });
    expect(
      await screen.findByText("No header row was found: the sheet does not seem to hold a table."),
    ).toBeInTheDocument();
    expect(
      screen.getByText(`Sheet "Notes": the workbook's only filled sheet, taken at once.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create the tracking tables" })).toBeNull();
    expect(fake.batches).toHaveLength(0);
  });

  test("several sheets or tables: the list as before, nothing proposed until one is picked", async () => {
    const plan = planWorkbook();
    const notes = { sheet: "Notes", row: 1, col: 1, values: [["Rencontre du comité"]] };
    const table = {
      name: "AnciensSuivis",
      sheet: "Suivis 2025",
      row: 1,
      col: 1,
      values: [
        ["No", "Action"],
        ["9.1", "Fête des voisins"],
      ],
    };
    const fake = new FakePort({
      ...plan,
      tables: [table],
      sheets: [...plan.sheets, notes],
      sheetNames: ["Plan MADA", "Notes", "Suivis 2025"],
    });
    const { user } = await renderPane(fake, { view: "adopt" });
    const list = await screen.findByRole("combobox", { name: "Feuille ou tableau du plan" });
    expect(Array.from((list as HTMLSelectElement).options).map((o) => o.text)).toEqual([
      "Choisir…",
      "Feuille « Plan MADA »",
      "Feuille « Notes »",
      "Tableau AnciensSuivis (feuille « Suivis 2025 »)",
    ]);
    expect(screen.getByText(/^Choisissez la feuille où se trouve votre plan/)).toBeInTheDocument();
    expect(screen.queryByText(/^Colonnes du plan/)).toBeNull();
    expect(screen.queryByText(/retenue d'office/)).toBeNull();
    await user.selectOptions(list, "sheet:Plan MADA");
    expect(screen.getByText("Colonnes du plan (en-têtes à la ligne 3)")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: /^C · Actions/ })).toHaveValue("action");
  });
});
