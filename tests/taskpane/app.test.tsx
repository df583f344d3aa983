/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, screen, waitFor } from "@testing-library/react";
import { FakePort, d, sampleSnapshot, tableOf } from "../features/fake-port";
import { mountTaskpane } from "../../src/taskpane";
import { WorkbookError } from "../../src/workbook/port";
import { NOW, renderPane } from "./render-pane";

test("tabs name the views and switch with the keyboard", async () => {
  const { user } = await renderPane(new FakePort(sampleSnapshot()));
  expect(screen.getByRole("tablist", { name: "Vues de Plan vivant" })).toBeInTheDocument();
  // The workbook holds a plan: the first tab is « Aujourd'hui » (Démarrer before).
  for (const name of ["Aujourd'hui", "Action", "Suivi", "Vérifier", "Bilan"]) {
    // The name shows twice in jsdom: Fluent reserves bold-text space with a CSS-hidden copy.
    expect(screen.getByRole("tab", { name: new RegExp(`^${name}`) })).toBeInTheDocument();
  }
  // Arrow keys between tabs are Tabster's (no layout in jsdom): check Enter on a focused tab.
  screen.getByRole("tab", { name: /^Action/ }).focus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: /^Action/ })).toHaveAttribute("aria-selected", "true");
  expect(await screen.findByRole("button", { name: "Enregistrer l'action" })).toBeInTheDocument();
});

test("a change in the workbook reloads « Aujourd'hui », debounced", async () => {
  const port = new FakePort(sampleSnapshot());
  await renderPane(port);
  expect(port.reads).toBe(1);
  port.snapshot.tables[0].values.push(["1.3", null, null, "Nouvelle", ...Array(17).fill(null)]);
  act(() => {
    port.emitChange();
    port.emitChange();
  });
  await waitFor(() => expect(port.reads).toBe(2), { timeout: 2000 });
  // The new action has no follow-up and no start date: it shows among those without recent follow-up.
  const stale = await screen.findByRole("region", { name: /^Sans suivi récent/ });
  expect(stale).toHaveTextContent("1.3 — Nouvelle");
  expect(port.reads).toBe(2);
});

test("a renamed tracking table is explained", async () => {
  const snapshot = sampleSnapshot();
  snapshot.tables[1] = { ...tableOf("Tableau3", "Autre", ["Colonne"], []) };
  await renderPane(new FakePort(snapshot));
  expect(await screen.findByText("Le classeur demande votre attention")).toBeInTheDocument();
});

test("a failed read maps the error code to a message", async () => {
  const port = new FakePort(sampleSnapshot());
  port.read = () => Promise.reject(new WorkbookError("old", "requirement-set"));
  await renderPane(port);
  expect(screen.getByText(/trop ancienne pour Plan vivant/)).toBeInTheDocument();
});

test("mountTaskpane renders into a root and unmounts", async () => {
  const root = document.createElement("div");
  document.body.appendChild(root);
  let unmount: () => void = () => undefined;
  act(() => {
    unmount = mountTaskpane(root, new FakePort(sampleSnapshot()), "en", { now: NOW });
  });
  expect(await screen.findByRole("heading", { name: "Plan vivant" })).toBeInTheDocument();
  act(() => unmount());
  expect(root.childElementCount).toBe(0);
  expect(d("2026-01-01")).toBeGreaterThan(0);
});
