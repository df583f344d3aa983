/**
 * @jest-environment node
 *
 * Each view of the page scanned by axe-core (no serious or critical violation), and photographed
 * under test-output/e2e/ for a person to look at.
 */
import { BILAN_SHEET } from "../../src/domain/schema";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { makeBilan, openView, showSheet, waitForPlan, words } from "./support/coordinator";

describeInBrowser("standalone page: accessibility of each view", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("welcome, Démarrer, Action, Suivi, Vérifier, Bilan and the sheet grid", async () => {
    const found: Record<string, string[]> = {};
    const { pane, page: text } = words("fr");
    const { context, page } = await openPage(harness, "");
    try {
      await page.getByRole("heading", { name: text.welcomeTitle }).waitFor();
      found.welcome = await seriousViolations(page);

      await page.getByRole("button", { name: text.demo }).click();
      await waitForPlan(page, "fr");
      found.start = await seriousViolations(page);
      await screenshot(page, "view-fr-1-demarrer");

      await openView(page, "fr", "action");
      await page.getByRole("button", { name: pane.action.save }).waitFor();
      found.action = await seriousViolations(page);
      await screenshot(page, "view-fr-2-action");

      await openView(page, "fr", "suivi");
      await page.getByRole("button", { name: pane.suivi.submit }).waitFor();
      found.suivi = await seriousViolations(page);
      await screenshot(page, "view-fr-3-suivi");

      await openView(page, "fr", "check");
      await page.getByRole("heading", { name: pane.check.title }).waitFor();
      found.check = await seriousViolations(page);
      await screenshot(page, "view-fr-4-verifier");

      await makeBilan(page, "fr");
      found.bilan = await seriousViolations(page);
      await screenshot(page, "view-fr-5-bilan");

      const grid = await showSheet(page, "fr", "Plan d'action");
      await grid.locator("tr[data-mark=blocked]").first().waitFor();
      await grid.locator("tr[data-mark=late]").first().waitFor();
      found.grid = await seriousViolations(page);
      await screenshot(page, "view-fr-6-plan-d-action");
      await showSheet(page, "fr", BILAN_SHEET.fr);
      await screenshot(page, "view-fr-7-feuille-bilan");
    } finally {
      await context.close();
    }
    expect(found).toEqual({ welcome: [], start: [], action: [], suivi: [], check: [], bilan: [], grid: [] });
  });

  test("in English, with the language switch", async () => {
    const { context, page } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      await page.getByRole("button", { name: words("fr").page.switchLanguage }).click();
      await waitForPlan(page, "en");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
      await page.getByRole("tab", { name: words("en").today.tab, exact: true }).waitFor();
      await page.getByRole("button", { name: words("en").page.save }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, "view-en-1-start");
    } finally {
      await context.close();
    }
  });
});
