/**
 * @jest-environment node
 *
 * The pane as staff meet it in Excel, 320 px wide, in the light and the dark theme (the page
 * follows the browser's prefers-color-scheme) and in Windows high contrast (forced colors): each
 * view scanned by axe-core (no serious or critical violation) and photographed under
 * test-output/e2e/ (theme-light-*, theme-dark-*, theme-forced-*) for a person to look at.
 */
import type { Page } from "playwright-core";
import { endPaneText, meetingPaneText } from "../../src/i18n/meeting-pane";
import { relancesText } from "../../src/i18n/relances";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { seriousViolations } from "./support/axe";
import { makeBilan, openView, showSheet, waitForPlan, words } from "./support/coordinator";

const WIDTH = 320;

/** The page's background colour, as the browser computes it: the theme really applied. */
const background = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector(".fui-FluentProvider") as HTMLElement;
    return getComputedStyle(root).backgroundColor;
  });

/** Whether a computed `rgb()`/`rgba()` colour is light or dark (the colour alone, alpha aside). */
function lightness(color: string): "light" | "dark" {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 127 ? "light" : "dark";
}

/**
 * The themes, how the browser is told, and Fluent's background the page must then show: white in
 * light, its dark grey in dark, and in forced colors (Windows high contrast, here its black
 * variant) teamsHighContrastTheme's black.
 */
const SCHEMES = [
  ["light", { colorScheme: "light" }, "rgb(255, 255, 255)"],
  ["dark", { colorScheme: "dark" }, "rgb(41, 41, 41)"],
  ["forced", { colorScheme: "dark", forcedColors: "active" }, "rgb(0, 0, 0)"],
] as const;

describeInBrowser(
  "standalone page at 320 px: every view in the light, the dark and the high-contrast theme",
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 300_000);
    afterAll(async () => harness?.close());

    test.each(SCHEMES)(
      "%s: each view is clean under axe, and photographed",
      async (scheme, media, expectedBackground) => {
        const { pane, page: text } = words("fr");
        const found: Record<string, string[]> = {};
        const { context, page, problems } = await openPage(harness, "", { width: WIDTH, height: 1400 });
        const shot = (n: number, name: string) =>
          screenshot(page, `theme-${scheme}-${n}-${name}`).then(() => undefined);
        try {
          await page.emulateMedia(media);
          await page.getByRole("heading", { name: text.welcomeTitle }).waitFor();
          found.welcome = await seriousViolations(page);
          await shot(0, "accueil");

          // A file dragged over the page: the drop veil, in the theme's colours (dark in dark).
          const transfer = await page.evaluateHandle(() => {
            const dt = new DataTransfer();
            dt.items.add(new File(["x"], "plan.xlsx"));
            return dt;
          });
          await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
          const veil = page.getByText(text.dropHere);
          await veil.waitFor();
          const veilColour = await veil.evaluate((el) => getComputedStyle(el).backgroundColor);
          expect(lightness(veilColour)).toBe(scheme === "light" ? "light" : "dark");
          found.drop = await seriousViolations(page);
          await shot(0, "depot");
          await page.dispatchEvent("body", "dragleave", { dataTransfer: transfer });
          await veil.waitFor({ state: "detached" });

          await page.getByRole("button", { name: text.demo }).click();
          await waitForPlan(page, "fr");
          expect(await background(page)).toBe(expectedBackground);
          found.today = await seriousViolations(page);
          await shot(1, "aujourd-hui");

          const views = [
            ["action", () => page.getByRole("button", { name: pane.action.save })],
            ["suivi", () => page.getByRole("button", { name: pane.suivi.submit })],
            ["check", () => page.getByRole("heading", { name: pane.check.title })],
            ["relances", () => page.getByRole("heading", { name: relancesText.fr.view.title })],
            ["rencontre", () => page.getByRole("button", { name: meetingPaneText.fr.prepare })],
            ["finDePlan", () => page.getByRole("button", { name: endPaneText.fr.write })],
          ] as const;
          let n = 2;
          for (const [view, marker] of views) {
            await openView(page, "fr", view);
            await marker().waitFor({ timeout: 60_000 });
            found[view] = await seriousViolations(page);
            await shot(n++, view);
          }

          await makeBilan(page, "fr");
          found.bilan = await seriousViolations(page);
          await shot(n++, "bilan");

          // The sheet grid under the pane (320 px: one column): its late and blocked rows.
          const grid = await showSheet(page, "fr", "Plan d'action");
          await grid.locator("tr[data-mark=blocked]").first().waitFor();
          await grid.locator("tr[data-mark=late]").first().scrollIntoViewIfNeeded();
          // The photograph shows the sheets' region from its top (its legend, then the grid).
          await page
            .getByRole("region", { name: text.sheetRegion })
            .evaluate((region) => region.scrollIntoView({ block: "start" }));
          found.grid = await seriousViolations(page);
          await shot(n, "grille");
        } finally {
          await context.close();
        }
        expect(found).toEqual({
          welcome: [],
          drop: [],
          today: [],
          action: [],
          suivi: [],
          check: [],
          relances: [],
          rencontre: [],
          finDePlan: [],
          bilan: [],
          grid: [],
        });
        expect(problems).toEqual([]);
      },
    );
  },
);
