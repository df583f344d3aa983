/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, waitFor, within } from "@testing-library/react";
import { FakePort, d, tableOf, trackingSnapshot } from "../../features/fake-port";
import { renderPane } from "../render-pane";

// NOW is 2026-03-15.
const snapshot = () => {
  const s = trackingSnapshot([
    { No: "1.1", Action: "Aménager un parc", Porteur: "Service des loisirs", Échéance: d("2026-03-01") },
    { No: "1.2", Action: "Publier un bottin", Porteur: "Communications", Échéance: d("2026-03-25") },
    {
      No: "2.1",
      Action: "Planter des arbres",
      Porteur: "Loisirs",
      "Début prévu": d("2026-03-01"),
      Échéance: d("2027-01-01"),
    },
  ]);
  s.tables.push(
    tableOf(
      "Acteurs",
      "Acteurs",
      ["Nom", "Organisation", "Courriel"],
      [{ Nom: "Marie Roy", Organisation: "Service des loisirs", Courriel: "marie.roy@ville.example" }],
    ),
    tableOf(
      "Parametres",
      "Paramètres",
      ["Paramètre", "Valeur"],
      [
        { Paramètre: "Organisation", Valeur: "Ville de Saint-Test" },
        { Paramètre: "Coordonnateur du plan", Valeur: "Luc Gagnon" },
      ],
    ),
  );
  return s;
};

test("lists each porteur's actions, with an Écrire link and the message to copy", async () => {
  const port = new FakePort(snapshot());
  const { user } = await renderPane(port, { view: "relances" });
  // After user-event's setup, which puts its own clipboard stub in place.
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });

  const loisirs = await screen.findByRole("region", { name: "Service des loisirs" });
  const items = within(loisirs).getByRole("list", { name: "Actions de Service des loisirs" });
  expect(
    within(items)
      .getAllByRole("listitem")
      .map((li) => li.textContent),
  ).toEqual([
    "1.1 Aménager un parc : en retard de 14 jours (échéance : 2026-03-01)",
    "1.1 Aménager un parc : aucun suivi n'a encore été noté",
  ]);
  const link = within(loisirs).getByRole("link", { name: "Écrire à Service des loisirs" });
  expect(link).toHaveTextContent("Écrire");
  expect(link.getAttribute("href")).toMatch(
    /^mailto:marie\.roy@ville\.example\?subject=.+&body=Bonjour%20Marie%20Roy%2C%0D%0A/,
  );
  const message = within(loisirs).getByRole("textbox", { name: "Message à Service des loisirs" });
  expect((message as HTMLTextAreaElement).value).toMatch(/Cordialement,\nLuc Gagnon\nVille de Saint-Test$/);

  await user.click(within(loisirs).getByRole("button", { name: "Copier le message" }));
  expect(writeText).toHaveBeenCalledWith((message as HTMLTextAreaElement).value);
  expect(await within(loisirs).findByText("Message copié.")).toBeInTheDocument();

  // No address: no link, and the reason is shown.
  const communications = screen.getByRole("region", { name: "Communications" });
  expect(within(communications).queryByRole("link")).toBeNull();
  expect(
    within(communications).getByText(/« Communications » ne figure pas dans la feuille Acteurs/),
  ).toBeInTheDocument();
  expect(
    within(communications).getByText(/1\.2 Publier un bottin : échéance dans 10 jours/),
  ).toBeInTheDocument();
  // Started two weeks ago, due next year: nothing to say to « Loisirs ».
  expect(screen.queryByRole("region", { name: "Loisirs" })).toBeNull();
});

test("says so in English when there is nothing to follow up", async () => {
  const port = new FakePort(
    trackingSnapshot([
      { No: "1", Action: "Act", Porteur: "DG", "Début prévu": d("2026-03-01"), Échéance: d("2027-01-01") },
    ]),
  );
  await renderPane(port, { view: "relances", lang: "en" });
  await waitFor(() =>
    expect(
      screen.getByText("No action is late, without recent follow-up or due soon: no reminder to send."),
    ).toBeInTheDocument(),
  );
  expect(screen.getByRole("tab", { name: /^Reminders/ })).toHaveAttribute("aria-selected", "true");
});
