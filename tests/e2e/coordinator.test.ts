/**
 * @jest-environment node
 *
 * The path a coordinator takes on the standalone page, in French then in English: open the demo,
 * add an action, block it with a fiche de suivi, see it flagged in Vérifier and in the preview,
 * make the bilan, download the workbook; then read that file with the project's reader.
 */
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { dayToIso, today } from "../../src/domain/dates";
import { DEMO_ACTIONS } from "../../src/domain/demo";
import type { Lang } from "../../src/domain/lang";
import { BILAN_SHEET } from "../../src/domain/schema";
import { bilanText } from "../../src/i18n/bilan";
import { flagsText } from "../../src/i18n/flags";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import {
  addAction,
  addBlockingSuivi,
  download,
  makeBilan,
  openView,
  waitForPlan,
  words,
} from "./support/coordinator";
import { keyFigure, readDownloaded } from "./support/downloaded";

const CASES: { lang: Lang; locale: string; action: string; reason: string; actionsSheet: string }[] = [
  {
    lang: "fr",
    locale: "fr-CA",
    action: "Aménager un jardin communautaire",
    reason: "Terrain pas encore cédé par le MTQ",
    actionsSheet: "Plan d'action",
  },
  {
    lang: "en",
    locale: "en-CA",
    action: "Build a community garden",
    reason: "Land not yet transferred",
    actionsSheet: "Action plan",
  },
];

describeInBrowser("standalone page: a coordinator's path", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test.each(CASES)("$lang: demo, new action, blocking suivi, Vérifier, bilan, download", async (c) => {
    const { lang } = c;
    const { pane, page: text } = words(lang);
    const { context, page, problems } = await openPage(harness, "?demo", { locale: c.locale });
    try {
      await waitForPlan(page, lang);
      await page.getByText(text.currentFile("plan-vivant-demo.xlsx")).waitFor();
      const no = "9.9";
      const due = dayToIso(today() + 120);
      await addAction(page, lang, { no, text: c.action, due });

      // The preview turns to the actions sheet and outlines the new row.
      const actions = page.getByRole("table", { name: text.gridLabel(c.actionsSheet) });
      await actions
        .locator("tr[data-row]", { hasText: c.action })
        .locator("td[data-changed]")
        .first()
        .waitFor();

      await addBlockingSuivi(page, lang, no, c.reason);
      const suivis = page.getByRole("table", {
        name: text.gridLabel(lang === "fr" ? "Suivis" : "Follow-ups"),
      });
      await suivis
        .locator("tr[data-row]", { hasText: c.reason })
        .locator("td[data-changed]")
        .first()
        .waitFor();

      await openView(page, lang, "check");
      const blocked = page.getByRole("region", { name: flagsText[lang].blocked, exact: true });
      const item = blocked.getByRole("button", {
        name: pane.check.flag(pane.actionOption(no, c.action), flagsText[lang].blocked),
      });
      await item.click();
      // Showing the cell turns the preview to the action's row, coloured as blocked.
      const row = actions.locator("tr[data-selected]");
      await row.waitFor();
      expect(await row.getAttribute("data-mark")).toBe("blocked");
      expect(await row.textContent()).toContain(c.action);

      await makeBilan(page, lang);
      await page.getByRole("table", { name: text.gridLabel(BILAN_SHEET[lang]) }).waitFor();
      await screenshot(page, `path-${lang}-bilan`);

      const file = await download(page, lang);
      expect(file.suggestedFilename()).toBe("plan-vivant-demo.xlsx");
      const saved = path.join(
        mkdtempSync(path.join(os.tmpdir(), "plan-vivant-e2e-")),
        file.suggestedFilename(),
      );
      await file.saveAs(saved);
      await page.getByText(text.saved("plan-vivant-demo.xlsx")).waitFor();

      const { snapshot, wb, states, figures } = await readDownloaded(saved, lang);
      expect(wb.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(wb.actions).toHaveLength(DEMO_ACTIONS.length + 1);
      const added = wb.actions.find((a) => a.no === no);
      expect(added).toMatchObject({ text: c.action, due: today() + 120 });
      const suivi = wb.suivis.filter((s) => s.action === no);
      expect(suivi).toHaveLength(1);
      expect(suivi[0]).toMatchObject({ status: "blocked", obstacles: c.reason, date: today() });
      const state = states.find((s) => s.action.no === no)!;
      expect(state.flags.map((f) => f.kind)).toContain("blocked");
      // The Alerte column the bilan wrote says Bloquée / Blocked on the action's row.
      const table = snapshot.tables.find((t) => t.name === "Actions")!;
      const alertCol = wb.tables.Actions!.columns.alert! - table.col;
      expect(String(table.values[added!.row - table.row][alertCol])).toContain(flagsText[lang].blocked);

      // The Bilan sheet exists and its key figures are the domain's on the same file.
      expect(snapshot.sheetNames).toContain(BILAN_SHEET[lang]);
      const bilan = snapshot.sheets.find((s) => s.sheet === BILAN_SHEET[lang])!;
      const t = bilanText[lang];
      expect(keyFigure(bilan, lang, t.actions)).toBe(figures.totals.actions);
      expect(keyFigure(bilan, lang, t.late)).toBe(figures.totals.late);
      expect(keyFigure(bilan, lang, t.blocked)).toBe(figures.totals.blocked);
      expect(figures.totals.actions).toBe(DEMO_ACTIONS.length + 1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("once loaded, it keeps working offline: forms, bilan and download", async () => {
    const { pane } = words("fr");
    const { context, page } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      // The page says when every part it loads later is in; only then may the connection drop.
      await page.locator('html[data-offline="ready"]').waitFor({ state: "attached", timeout: 60_000 });
      await context.setOffline(true);
      await openView(page, "fr", "action");
      await page.getByRole("button", { name: pane.action.save }).waitFor();
      await openView(page, "fr", "suivi");
      await page.getByRole("button", { name: pane.suivi.submit }).waitFor();
      await makeBilan(page, "fr");
      const file = await download(page, "fr");
      expect(file.suggestedFilename()).toBe("plan-vivant-demo.xlsx");
      await page.getByRole("button", { name: words("fr").page.empty }).click();
      await page.getByText(words("fr").page.currentFile("plan-vivant.xlsx")).waitFor();
    } finally {
      await context.close();
    }
  });
});
