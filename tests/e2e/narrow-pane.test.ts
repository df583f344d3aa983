/**
 * @jest-environment node
 *
 * Excel's task pane is about 320 px wide: at that width, on the demo, every view of the pane fits:
 * each tab (« Aujourd'hui » first), Aide, the action picker's open list in Action and Suivi, a
 * meeting prepared and its round, Fin de plan written, the bilan made and its « Aperçu », and
 * Adopter un plan on an old plan. No element of the pane (nor of an open popup) reaches past the
 * pane's right edge, the page never scrolls sideways, and no empty band is left under a short view
 * (the pane is as tall as its view; the sheets follow). Screenshots under test-output/e2e/ for a
 * person to look at.
 */
import type { Page } from "playwright-core";
import { DEMO_ACTIONS } from "../../src/domain/demo";
import { adoptPaneText } from "../../src/i18n/adopt";
import { compatText } from "../../src/i18n/compat";
import { endPaneText, meetingPaneText } from "../../src/i18n/meeting-pane";
import { outcomeText } from "../../src/i18n/outcome";
import { reportText } from "../../src/i18n/report";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import {
  addAction,
  makeBilan,
  openView,
  pickAction,
  pickerOf,
  waitForPlan,
  words,
  type TabView,
} from "./support/coordinator";
import { oldPlanWorkbook } from "./support/workbooks";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const WIDTH = 320;

/** The pane's tabs once a plan is open: « Aujourd'hui » in the first place, Démarrer's. */
const TABS: TabView[] = ["today", "action", "suivi", "check", "bilan", "relances", "rencontre", "finDePlan"];

/**
 * The empty height between the pane's last element and what the page shows under it (the
 * sheets, at a narrow width): described when over 32 px (the pane's and the sheets' paddings).
 */
function emptyUnderPane(page: Page, sheetsLabel: string): Promise<string[]> {
  return page.evaluate((label) => {
    const main = document.querySelector("main[role=tabpanel]");
    const sheets = document.querySelector(`section[aria-label="${label}"]`);
    const last = main?.lastElementChild;
    if (!last || !sheets) return ["no pane or no sheets"];
    const gap = sheets.getBoundingClientRect().top - last.getBoundingClientRect().bottom;
    return gap > 32 ? [`${Math.round(gap)} px empty under the pane`] : [];
  }, sheetsLabel);
}

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

  test("each view, its steps and the open action picker, on the demo", async () => {
    const { pane, forms, page: pageText } = words("fr");
    const meeting = meetingPaneText.fr;
    const end = endPaneText.fr;
    const { context, page, problems } = await openPage(harness, "?demo", { width: WIDTH, height: 860 });
    const found: Record<string, string[]> = {};
    // Each view fits, and nothing empty is left under it (the sheets come right after the pane).
    const check = async (name: string, shot = true) => {
      found[name] = [...(await overflow(page)), ...(await emptyUnderPane(page, pageText.sheetRegion))];
      if (shot) await screenshot(page, `narrow-320-${name}`);
    };
    try {
      await waitForPlan(page, "fr");
      await addAction(page, "fr", unbroken);
      // Each tab as it opens: « Aujourd'hui » first (the workbook holds a plan), then the others.
      for (const view of TABS) {
        await openView(page, "fr", view);
        await settle(page);
        await check(view);
      }

      // Aide, from the header: the compatibility check says it is for Excel (the page has no Excel;
      // the report itself is laid out at 320 px in compat-report.test.tsx).
      await page.getByRole("button", { name: pane.help, exact: true }).click();
      await settle(page);
      await page.getByText(compatText.fr.excelOnly).waitFor();
      await check("aide");

      // The picker's list open, then an action with a long title chosen (and, in Action, its
      // Reporter / Abandonner panel).
      await openView(page, "fr", "action");
      await settle(page);
      await pickerOf(page, pane.action.pick).click();
      await page.getByRole("listbox").waitFor();
      await check("actionList", false);
      await page.keyboard.press("Escape");
      await pickAction(page, pane.action.pick, longest.no);
      await check("actionPicked", false);

      await openView(page, "fr", "suivi");
      await settle(page);
      await pickerOf(page, forms.suivi.action).click();
      await page.getByRole("listbox").waitFor();
      await check("suiviList");
      await page.keyboard.press("Escape");
      await pickAction(page, forms.suivi.action, longest.no);
      await check("suiviPicked");
      await pickAction(page, forms.suivi.action, unbroken.no);
      await check("suiviUnbroken");

      // Rencontre: the meeting prepared (point statutaire, actions to review), then the round.
      await openView(page, "fr", "rencontre");
      await settle(page);
      await page.getByLabel(meeting.instance).selectOption("Comité de suivi");
      await page.getByRole("button", { name: meeting.prepare }).click();
      await page.getByRole("button", { name: meeting.start }).waitFor();
      await check("rencontrePrepared");
      await page.getByRole("button", { name: meeting.start }).click();
      await page
        .getByText(/^Action 1 de \d+/)
        .first()
        .waitFor();
      await check("rencontreRound");

      // Fin de plan: its sheet written.
      await openView(page, "fr", "finDePlan");
      await settle(page);
      await page.getByRole("button", { name: end.write }).click();
      await page.getByText(end.written(outcomeText.fr.sheet)).waitFor({ timeout: 60_000 });
      await check("finDePlanWritten");

      // Bilan: made, then its « Aperçu » with the charts.
      await makeBilan(page, "fr");
      await check("bilanMade");
      await page.getByRole("button", { name: reportText.fr.preview }).click();
      const preview = page.getByRole("region", { name: reportText.fr.preview });
      await preview.locator("svg[role=img]").nth(4).waitFor({ timeout: 60_000 });
      await check("bilanPreview");
    } finally {
      await context.close();
    }
    const none = Object.fromEntries(Object.keys(found).map((k) => [k, []]));
    expect(found).toEqual(none);
    expect(Object.keys(found)).toEqual([
      ...TABS,
      "aide",
      "actionList",
      "actionPicked",
      "suiviList",
      "suiviPicked",
      "suiviUnbroken",
      "rencontrePrepared",
      "rencontreRound",
      "finDePlanWritten",
      "bilanMade",
      "bilanPreview",
    ]);
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
