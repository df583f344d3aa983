/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { PRINT_FRAME } from "../../../src/report/print";
import { FakePort, sampleSnapshot } from "../../features/fake-port";
import { box, renderPane } from "../render-pane";

describe("Rencontre", () => {
  test("prepare: the point statutaire sized for the body and the actions to review by porteur", async () => {
    const { user } = await renderPane(new FakePort(sampleSnapshot()), { view: "rencontre" });
    await user.selectOptions(box(/^Instance/), "Conseil municipal");
    await user.click(screen.getByRole("button", { name: "Préparer la rencontre" }));
    const text = (screen.getByRole("textbox", { name: "Point statutaire" }) as HTMLTextAreaElement).value;
    expect(text).toMatch(/^Point statutaire : plan d'action PFM-MADA \(Conseil municipal, 2026-03-15\)/);
    expect(text).toContain("Proposition : prendre acte");
    // 1.1 is late and blocked; 1.2 has no follow-up and no date to count from: stale.
    expect(screen.getByRole("heading", { name: "Actions à revoir (2)" })).toBeInTheDocument();
    const review = screen.getByRole("region", { name: "Point statutaire" });
    expect(within(review).getByText("Loisirs")).toBeInTheDocument();
    expect(within(review).getByText("Communications")).toBeInTheDocument();
  });

  test("around the table: Enter goes to the next action; an invalid entry blocks the save and is named", async () => {
    const fake = new FakePort(sampleSnapshot());
    const { user } = await renderPane(fake, { view: "rencontre" });
    await user.click(screen.getByRole("checkbox", { name: "Communications" }));
    await user.click(screen.getByRole("button", { name: "Préparer la rencontre" }));
    await user.click(screen.getByRole("button", { name: "Commencer le tour de table" }));
    // The invited porteur comes first: 1.2, then 1.1 (late and blocked).
    expect(screen.getByText(/^Action 1 de 2/)).toBeInTheDocument();
    expect(box(/^Statut/)).toHaveFocus();
    await user.type(box(/^Note/), "Bottin en relecture{Enter}");
    expect(screen.getByText(/^Action 2 de 2/)).toBeInTheDocument();
    expect(box(/^Statut/)).toHaveValue("blocked");
    // Its reason is required by the fiche: emptied, the entry is invalid.
    await user.clear(box(/^Raison/));
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { name: "Réflexion du comité" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Enregistrer les suivis" }));
    expect(
      await screen.findByText("Rien n'a été enregistré : une action est à corriger."),
    ).toBeInTheDocument();
    expect(fake.batches).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: /^1\.1 : / }));
    expect(box(/^Raison/)).toHaveAccessibleDescription("Indiquez la raison (obstacles) pour ce statut.");
    await user.type(box(/^Raison/), "Budget gelé");
    await user.click(screen.getByRole("button", { name: "Terminer le tour" }));
    await user.click(screen.getByRole("button", { name: "Enregistrer les suivis" }));
    expect(await screen.findByText(/^2 suivis enregistrés\./)).toBeInTheDocument();
    expect(fake.batches).toHaveLength(1);
    const rows = fake.batches[0].append![0].rows;
    expect(rows.map((r) => [r[1], r[2], r[4], r[5], r[11]])).toEqual([
      ["1.2", "À venir", "Bottin en relecture", null, "Comité de suivi"],
      ["1.1", "Bloquée", null, "Budget gelé", "Comité de suivi"],
    ]);
  });
});

describe("Fin de plan", () => {
  test("outcomes, the renewal text, and the actions carried over checked by default", async () => {
    await renderPane(new FakePort(sampleSnapshot()), { view: "finDePlan", lang: "en" });
    expect(screen.getByText("Completion rate: 0%")).toBeInTheDocument();
    expect((box(/^Text for the renewal request/) as HTMLTextAreaElement).value).toMatch(
      /^So far in its action plan/,
    );
    expect(screen.getByRole("checkbox", { name: /^1\.1 — / })).toBeChecked();
    expect(screen.getByRole("group", { name: "Actions carried over (2 of 2)" })).toBeInTheDocument();
  });
});

describe("the printed documents", () => {
  // The print path renders the page as the HTML file does (react-dom/server), which needs these; browsers have them.
  beforeAll(() => Object.assign(globalThis, { TextEncoder, TextDecoder }));

  test("Rencontre: « Aperçu de la feuille de rencontre » shows the sheet; « Imprimer » fills the print frame", async () => {
    const { user } = await renderPane(new FakePort(sampleSnapshot()), { view: "rencontre" });
    await user.click(screen.getByRole("button", { name: "Préparer la rencontre" }));
    await user.click(screen.getByRole("button", { name: "Aperçu de la feuille de rencontre" }));
    const preview = await screen.findByRole(
      "region",
      { name: "Aperçu de la feuille de rencontre" },
      { timeout: 15_000 },
    );
    expect(within(preview).getByRole("heading", { level: 1 })).toHaveTextContent("Feuille de rencontre");
    expect(
      within(preview).getByRole("heading", { name: "Point statutaire : plan d'action PFM-MADA" }),
    ).toBeInTheDocument();
    expect(within(preview).getByRole("heading", { name: /^Loisirs – 1 action$/ })).toBeInTheDocument();
    await user.click(screen.getAllByRole("button", { name: "Imprimer la feuille de rencontre" })[0]);
    const frame = await waitFor(() => {
      const f = document.getElementById(PRINT_FRAME) as HTMLIFrameElement | null;
      if (!f) throw new Error("no print frame yet");
      return f;
    });
    expect(frame.srcdoc).toContain("Feuille de rencontre");
    expect(frame.srcdoc).toContain("@page");
  });

  test("Fin de plan: « Aperçu du bilan de fin de plan » shows the cards of the figures", async () => {
    const { user } = await renderPane(new FakePort(sampleSnapshot()), { view: "finDePlan" });
    await user.click(screen.getByRole("button", { name: "Aperçu du bilan de fin de plan" }));
    const preview = await screen.findByRole(
      "region",
      { name: "Aperçu du bilan de fin de plan" },
      { timeout: 15_000 },
    );
    const rate = preview.querySelector('[data-card="rate"] .rk-card-value');
    expect(rate).toHaveTextContent(/^0\s%$/);
    expect(preview.querySelector('[data-card="actions"] .rk-card-value')).toHaveTextContent("2");
    expect(within(preview).getByRole("button", { name: "Imprimer / PDF" })).toBeInTheDocument();
  });
});
