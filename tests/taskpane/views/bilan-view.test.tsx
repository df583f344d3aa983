/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import { FakePort, sampleSnapshot } from "../../features/fake-port";
import { box, renderPane } from "../render-pane";

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

test("makes the bilan, goes to the sheet, shows and copies the point statutaire", async () => {
  const port = new FakePort(sampleSnapshot());
  const { user } = await renderPane(port, { view: "bilan" });
  // After user-event's setup, which puts its own clipboard stub in place.
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  await user.type(box(/^Depuis/), "2026-01-01");
  await user.click(screen.getByRole("button", { name: "Produire le bilan" }));
  expect(await screen.findByText("Bilan écrit dans la feuille Bilan.")).toBeInTheDocument();
  expect(port.batches).toHaveLength(1);
  expect(port.batches[0].ownedSheet?.name).toBe("Bilan");

  const text = box(/^Point statutaire/) as HTMLTextAreaElement;
  expect(text).toHaveAttribute("readonly");
  expect(text.value.length).toBeGreaterThan(20);

  await user.click(screen.getByRole("button", { name: "Aller à la feuille Bilan" }));
  expect(port.selected).toEqual(["'Bilan'!A1"]);

  await user.click(screen.getByRole("button", { name: "Copier le texte" }));
  expect(writeText).toHaveBeenCalledWith(text.value);
  expect(await screen.findByText("Texte copié dans le presse-papiers.")).toBeInTheDocument();
});

test("without the clipboard API, copy falls back to the copy command", async () => {
  const execCommand = jest.fn().mockReturnValue(true);
  Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
  const port = new FakePort(sampleSnapshot());
  const { user } = await renderPane(port, { view: "bilan", lang: "en" });
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  await user.click(screen.getByRole("button", { name: "Make the report" }));
  await user.click(await screen.findByRole("button", { name: "Copy the text" }));
  expect(execCommand).toHaveBeenCalledWith("copy");
  expect(await screen.findByText("Text copied to the clipboard.")).toBeInTheDocument();
});

test("an invalid date blocks the button and says why", async () => {
  const { user } = await renderPane(new FakePort(sampleSnapshot()), { view: "bilan" });
  await user.type(box(/^Date de référence/), "2026-02-30");
  expect(box(/^Date de référence/)).toHaveAccessibleDescription(/Date invalide/);
  expect(screen.getByRole("button", { name: "Produire le bilan" })).toBeDisabled();
});
