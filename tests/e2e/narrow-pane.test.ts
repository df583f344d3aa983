/**
 * @jest-environment node
 *
 * Excel's task pane is about 320 px wide: at that width, on the demo, every view of the pane (each
 * tab, the action picker's open list in Action and Suivi, Adopter un plan on an old plan) fits. No element of the
 * pane (nor of an open popup) reaches past the pane's right edge, and the page never scrolls
 * sideways. Screenshots under test-output/e2e/ for a person to look at.
 */
import type { Page } from "playwright-core";
import { DEMO_ACTIONS } from "../../src/domain/demo";
import { adoptPaneText } from "../../src/i18n/adopt";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { addAction, openView, pickAction, pickerOf, waitForPlan, words } from "./support/coordinator";
import { oldPlanWorkbook } from "./support/workbooks";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const WIDTH = 320;

/**
 * What reaches past the pane's right edge (at most 8, described): an element's box, or a text
 * spilling out of its box; and the page's own sideways scrolling. Empty when the view fits. Fluent's message bars lay themselves out again once they
 * know their width (a ResizeObserver): what overflows is looked at again until it settles (5 s).
 */
async function overflow(page: Page): Promise<string[]> {
  let found = await overflowNow(page);
  for (let i = 0; i < 25 && found.length > 0; i++) {
    await page.waitForTimeout(200);
    found = await overflowNow(page);
  }
  return found;
}

function overflowNow(page: Page): Promise<string[]> {
  return page.evaluate((label) => {
    const tabs = document.querySelector(`[role=tablist][aria-label="${label}"]`);
    const pane = tabs?.closest("header")?.parentElement;
    if (!pane) return ["no pane"];
    const edge = Math.min(pane.getBoundingClientRect().right, document.documentElement.clientWidth);
    const popups = Array.from(document.querySelectorAll("[role=listbox]"));
    const elements = [pane, ...Array.from(pane.querySelectorAll("*"))];
    for (const popup of popups) elements.push(popup, ...Array.from(popup.querySelectorAll("*")));
    const out: string[] = [];
    for (const el of elements) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= edge + 0.5) continue;
      const name = `${el.tagName.toLowerCase()}${el.getAttribute("role") ? `[role=${el.getAttribute("role")}]` : ""}`;
      const text = (el.textContent ?? "").trim().slice(0, 40);
      out.push(`${name} right ${Math.round(box.right)} > ${Math.round(edge)} « ${text} »`);
    }
    // Text spilling out of its box (a long word that does not wrap) is not in the box's size.
    for (const root of [pane, ...popups]) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const box = range.getBoundingClientRect();
        if (box.width === 0 || box.right <= edge + 0.5) continue;
        out.push(
          `text right ${Math.round(box.right)} > ${Math.round(edge)} « ${(node.textContent ?? "").slice(0, 40)} »`,
        );
      }
    }
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > scroller.clientWidth)
      out.unshift(`page scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    return out.slice(0, 8);
  }, words("fr").pane.tabsLabel);
}

/** Waits until the view shown has loaded (its lazy chunk in, no spinner left). */
async function settle(page: Page): Promise<void> {
  await page.locator("main[role=tabpanel]").waitFor();
  await page.waitForFunction(
    () => document.querySelector("main[role=tabpanel] .fui-Spinner") === null,
    undefined,
    { timeout: 60_000 },
  );
}

/** The demo's action with the longest text: the one a native select was as wide as. */
const longest = [...DEMO_ACTIONS].sort((a, b) => b.text.fr.length - a.text.fr.length)[0];

/** An action added first, late (so that Vérifier, Relances and Rencontre list it), its text one long word. */
const unbroken = {
  no: "9.9",
  text: "Aménager_le_sentier_multifonctionnel_entre_le_parc_des_Érables_et_la_bibliothèque_municipale",
  due: "2026-01-31",
};

describeInBrowser("standalone page at 320 px: every view fits the pane", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("each tab and the open action picker, on the demo", async () => {
    const { pane, forms } = words("fr");
    const { context, page, problems } = await openPage(harness, "?demo", { width: WIDTH, height: 860 });
    const found: Record<string, string[]> = {};
    try {
      await waitForPlan(page, "fr");
      await addAction(page, "fr", unbroken);
      for (const view of Object.keys(pane.tabs) as (keyof typeof pane.tabs)[]) {
        await openView(page, "fr", view);
        await settle(page);
        found[view] = await overflow(page);
      }

      // The picker's list open, then an action with a long title chosen (and, in Action, its
      // Reporter / Abandonner panel).
      await openView(page, "fr", "action");
      await settle(page);
      await pickerOf(page, pane.action.pick).click();
      await page.getByRole("listbox").waitFor();
      found.actionList = await overflow(page);
      await page.keyboard.press("Escape");
      await pickAction(page, pane.action.pick, longest.no);
      found.actionPicked = await overflow(page);

      await openView(page, "fr", "suivi");
      await settle(page);
      await pickerOf(page, forms.suivi.action).click();
      await page.getByRole("listbox").waitFor();
      found.suiviList = await overflow(page);
      await screenshot(page, "narrow-320-suivi-list");
      await page.keyboard.press("Escape");
      await pickAction(page, forms.suivi.action, longest.no);
      found.suiviPicked = await overflow(page);
      await screenshot(page, "narrow-320-suivi-picked");
      await pickAction(page, forms.suivi.action, unbroken.no);
      found.suiviUnbroken = await overflow(page);
      await screenshot(page, "narrow-320-suivi-unbroken");
    } finally {
      await context.close();
    }
    const none = Object.fromEntries(Object.keys(found).map((k) => [k, []]));
    expect(found).toEqual(none);
    expect(Object.keys(found)).toEqual(expect.arrayContaining(["suivi", "suiviList", "actionList"]));
    expect(problems).toEqual([]);
  });

  test("Adopter un plan: the proposed mapping, then the cells not converted", async () => {
    const a = adoptPaneText.fr;
    const { context, page, problems } = await openPage(harness, "", { width: WIDTH, height: 860 });
    const found: Record<string, string[]> = {};
    try {
      const buffer = await oldPlanWorkbook();
      await page
        .locator("input[type=file]")
        .setInputFiles({ name: "ancien-plan.xlsx", mimeType: XLSX, buffer });
      await page.getByRole("button", { name: a.open }).click();
      await page.getByText(a.mappingTitle(3)).waitFor({ timeout: 60_000 });
      found.mapping = await overflow(page);
      await screenshot(page, "narrow-320-adopt");
      await page.getByRole("button", { name: a.confirm }).click();
      await page.getByText(a.done(3, 0), { exact: false }).waitFor({ timeout: 60_000 });
      found.done = await overflow(page);
    } finally {
      await context.close();
    }
    expect(found).toEqual({ mapping: [], done: [] });
    expect(problems).toEqual([]);
  });
});
