/**
 * @jest-environment node
 *
 * Keyboard only: reach the fiche de suivi, fill it and submit it without a mouse. Between fields
 * only Tab, typing, Enter and Space; the view's tab is reached with the arrow keys, as in any tab list.
 */
import type { Locator, Page } from "playwright-core";
import { DEMO_ACTIONS } from "../../src/domain/demo";
import { pickerText } from "../../src/i18n/picker";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { field, pickerOf, waitForPlan, words } from "./support/coordinator";

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` has the focus (at most `max` times). */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await focused(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

describeInBrowser("standalone page: keyboard only", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("the fiche de suivi is filled and submitted with the keyboard", async () => {
    const { pane, forms, page: text } = words("fr");
    const { context, page } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      const target = DEMO_ACTIONS.find((a) => a.porteur && /^\d/.test(a.no))!;

      // The view tabs: Tab into the list (on Aujourd'hui), arrows to Suivi, Enter to open it.
      await tabTo(page, page.getByRole("tab", { name: words("fr").today.tab }));
      const suiviTab = page.getByRole("tab", { name: pane.tabs.suivi, exact: true });
      for (let i = 0; i < 4 && !(await focused(suiviTab)); i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      await page.getByRole("button", { name: pane.suivi.submit }).waitFor();

      // The action picker: ArrowDown opens its list, the arrows move in it, Escape closes it;
      // typing the number filters the list and makes the option starting so the active one.
      const picker = pickerOf(page, forms.suivi.action);
      const active = async () =>
        page.locator(`[id="${await picker.getAttribute("aria-activedescendant")}"]`).innerText();
      await tabTo(page, picker);
      await page.keyboard.press("ArrowDown");
      expect(await picker.getAttribute("aria-expanded")).toBe("true");
      expect(await active()).toBe(forms.noneChosen);
      await page.keyboard.press("ArrowDown");
      expect(await active()).toMatch(new RegExp(`^${DEMO_ACTIONS[0].no.replace(/\./g, "\\.")} — `));
      await page.keyboard.press("ArrowUp");
      expect(await active()).toBe(forms.noneChosen);
      await page.keyboard.press("Escape");
      expect(await picker.getAttribute("aria-expanded")).toBe("false");
      expect(await picker.inputValue()).toBe("");
      await page.keyboard.type(target.no);
      expect(await active()).toMatch(new RegExp(`^${target.no.replace(/\./g, "\\.")} — `));
      await page.keyboard.press("Enter");
      await expectValue(picker, pane.actionOption(target.no, target.text.fr));
      expect(await picker.getAttribute("aria-expanded")).toBe("false");
      await page.getByText(pickerText.fr.chosen).waitFor();

      await tabTo(page, field(page, forms.suivi.status));
      await page.keyboard.type("Bloq");
      await expectValue(field(page, forms.suivi.status), "blocked");
      const reason = field(page, forms.reason);
      await tabTo(page, reason);
      await page.keyboard.type("Soumission trop élevée, nouvel appel d'offres");
      await tabTo(page, field(page, forms.suivi.filledBy));
      await page.keyboard.type("Coordination");
      await screenshot(page, "keyboard-suivi-fr");
      await tabTo(page, page.getByRole("button", { name: pane.suivi.submit }));
      await page.keyboard.press("Enter");
      await page.getByText(pane.suivi.added(target.no)).waitFor();

      // The Suivis sheet of the preview shows the new row, outlined as changed.
      const grid = page.getByRole("table", { name: text.gridLabel("Suivis") });
      await grid
        .locator("tr", { hasText: "Soumission trop élevée" })
        .locator("td[data-changed]")
        .first()
        .waitFor();
    } finally {
      await context.close();
    }
  });
});

async function expectValue(select: Locator, value: string): Promise<void> {
  expect(await select.inputValue()).toBe(value);
}
