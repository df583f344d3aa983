/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { FakePort, emptySnapshot } from "../../features/fake-port";
import { renderPane } from "../render-pane";

test("an empty workbook offers the two create buttons; the example is created in one write", async () => {
  const port = new FakePort(emptySnapshot());
  const { user } = await renderPane(port);
  expect(screen.getByText("Aucun tableau de suivi")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Créer un classeur vide" })).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "Créer avec l'exemple" }));
  // The example is imported on demand: on a fresh clone ts-jest compiles the template and the demo
  // plan then, which takes tens of seconds on a loaded 2-core machine. Reloaded, « Aujourd'hui »
  // replaces the create buttons, and the notice stays above it (a new element: the view changed).
  expect(await screen.findByRole("region", { name: "Aujourd'hui" }, { timeout: 45_000 })).toBeInTheDocument();
  expect(screen.getByText("Le classeur de suivi est prêt.")).toBeInTheDocument();
  expect(port.batches).toHaveLength(1);
  expect(port.batches[0].create?.sheets.length).toBeGreaterThan(2);
  expect(screen.queryByRole("button", { name: "Créer un classeur vide" })).toBeNull();
});

test("a failed write shows the cell-edit message", async () => {
  const port = new FakePort(emptySnapshot());
  const { WorkbookError } = await import("../../../src/workbook/port");
  port.failWith = new WorkbookError("busy", "cell-edit");
  const { user } = await renderPane(port);
  await user.click(screen.getByRole("button", { name: "Créer un classeur vide" }));
  expect(await screen.findByText(/mode édition de cellule/)).toBeInTheDocument();
});
