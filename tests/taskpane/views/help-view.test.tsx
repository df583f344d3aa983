/** @jest-environment jsdom */
/**
 * Aide: « Vérifier la compatibilité d'Excel » runs the check of the real Excel port on the
 * faithful host (Microsoft's client library answering our Excel), shows it running, then each
 * operation and the report; « Copier le rapport » copies it. Where the port has no Excel (a
 * file), the panel says the check is for Excel.
 */
import "../node-globals";
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { App } from "../../../src/taskpane/app";
import { ExcelPort } from "../../../src/workbook/excel/excel-port";
import { ExcelHost } from "../../workbook/excel/host/host";
import { trackingWorkbook } from "../../workbook/excel/fake/tracking";
import { FakePort, sampleSnapshot } from "../../features/fake-port";
import { NOW, renderPane } from "../render-pane";

const DIAGNOSTICS = () => ({ host: "Excel", platform: "PC", version: "16.0.17928.20114" });

function excelPane(lang: "fr" | "en", bug5222: boolean) {
  const wb = trackingWorkbook(2, 3);
  wb.bug5222 = bug5222;
  const host = new ExcelHost(wb);
  const port = new ExcelPort(host.run, { lang, supports: () => true, diagnostics: DIAGNOSTICS });
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  render(<App port={port} lang={lang} now={NOW} initialView="aide" />);
  return { wb, host, user };
}

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

afterEach(() => {
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("the Aide panel's compatibility check", () => {
  test("runs on Excel, shows it running, then the failed operation and a report to copy (fr)", async () => {
    const { wb, user } = excelPane("fr", true);
    const button = await screen.findByRole("button", { name: "Vérifier la compatibilité d'Excel" });
    const writeText = jest.fn(async () => undefined);
    clipboard(writeText);
    await user.click(button);
    expect(screen.getByText(/Vérification en cours/)).toBeInTheDocument();
    expect(button).toBeDisabled();
    expect(await screen.findByText(/1 opération a échoué/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByText(/Vérification en cours/)).toBeNull();
    const list = screen.getByRole("list", { name: "Vérifier la compatibilité d'Excel" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(11);
    const failed = items.filter((item) => within(item).queryByText("Échouée"));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toHaveTextContent(/partagent une cellule.*ItemNotFound \(ConditionalFormat\.delete\)/);
    expect(items.filter((item) => within(item).queryByText("Réussie"))).toHaveLength(10);
    const report = screen.getByLabelText("Rapport pour le soutien informatique") as HTMLTextAreaElement;
    expect(report.value).toMatch(/^Plan vivant — vérification de la compatibilité d'Excel\n/);
    expect(report.value).toContain("Plateforme : Windows (PC)");
    expect(report.value).toContain("Version : 16.0.17928.20114");
    expect(report.value).toContain("Ensembles ExcelApi pris en charge : 1.1 à 1.25");
    await user.click(screen.getByRole("button", { name: "Copier le rapport" }));
    expect(writeText).toHaveBeenCalledWith(report.value);
    expect(await screen.findByText(/Rapport copié/)).toBeInTheDocument();
    expect(wb.sheet("PlanVivant_Compat")).toBeUndefined();
  }, 30_000);

  test("in English, all passed; without the clipboard API the report is selected to copy by hand", async () => {
    const { user } = excelPane("en", false);
    await user.click(await screen.findByRole("button", { name: "Check Excel compatibility" }));
    expect(await screen.findByText(/Every operation passed/, {}, { timeout: 20_000 })).toBeInTheDocument();
    const report = screen.getByLabelText("Report for IT support") as HTMLTextAreaElement;
    expect(report.value).toContain("Result: 11 passed, 0 failed, 0 unsupported, 0 not run");
    // No clipboard API (user-event installs one: taken away), and jsdom has no copy command:
    // the text is selected, the person copies it.
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    await user.click(screen.getByRole("button", { name: "Copy the report" }));
    expect(await screen.findByText(/copy it with Ctrl\+C/)).toBeInTheDocument();
    expect([report.selectionStart, report.selectionEnd]).toEqual([0, report.value.length]);
  }, 30_000);

  test("the header's Aide button opens the panel; on a file (no Excel) it says the check is for Excel", async () => {
    const { user } = await renderPane(new FakePort(sampleSnapshot()));
    await user.click(screen.getByRole("button", { name: "Aide" }));
    expect(await screen.findByRole("heading", { name: "Aide" })).toBeInTheDocument();
    expect(screen.getByText(/La vérification de compatibilité concerne Excel/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Vérifier la compatibilité d'Excel" })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Aide" })).toHaveAttribute("aria-current", "page"),
    );
  });
});
