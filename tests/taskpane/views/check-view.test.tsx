/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen, within } from "@testing-library/react";
import { FakePort, d, trackingSnapshot } from "../../features/fake-port";
import { renderPane } from "../render-pane";

const snapshot = () =>
  trackingSnapshot(
    [
      { No: "1.1", Action: "Aménager un parc", Porteur: "Loisirs", Échéance: d("2025-12-31") },
      { No: "1.2", Action: "Publier un bottin", Porteur: "Communications", Échéance: d("2027-01-31") },
    ],
    [
      { Date: d("2026-02-01"), "No action": "1.1", Statut: "Bloquée", Obstacles: "Budget" },
      { Date: "31/02/2026", "No action": "1.2", Statut: "En cours" },
    ],
  );

test("alerts and problems are grouped, and a click shows the cell", async () => {
  const port = new FakePort(snapshot());
  const { user } = await renderPane(port, { view: "check" });
  const late = screen.getByRole("region", { name: "En retard" });
  const blocked = screen.getByRole("region", { name: "Bloquée" });
  expect(within(blocked).getByRole("button", { name: /1\.1 — Aménager un parc/ })).toBeInTheDocument();
  await user.click(within(late).getByRole("button", { name: /1\.1 — Aménager un parc \(En retard/ }));
  expect(port.selected).toEqual(["'Plan d''action'!A2"]);

  const errors = screen.getByRole("region", { name: "Erreurs" });
  const problem = within(errors).getByRole("button", { name: /^Suivis!A3/ });
  await user.click(problem);
  expect(port.selected.at(-1)).toBe("Suivis!A3");
});

test("a workbook in order says so", async () => {
  const port = new FakePort(
    trackingSnapshot([
      { No: "1", Action: "Agir", Porteur: "DG", "Début prévu": d("2026-03-01"), Échéance: d("2027-01-01") },
    ]),
  );
  await renderPane(port, { view: "check", lang: "en" });
  expect(screen.getByText("Nothing to report: the workbook is in order.")).toBeInTheDocument();
});
