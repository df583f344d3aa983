/**
 * @jest-environment node
 *
 * A committee meeting on the demo in the standalone page, in French and in English: prepare it,
 * go around the table for five actions with the keyboard only, save, and see the follow-ups, the
 * meeting's row in Rencontres and the flags updated.
 */
import type { Locator } from "playwright-core";
import type { Lang } from "../../src/domain/lang";
import { RENCONTRES, SUIVIS } from "../../src/domain/schema";
import { flagsText } from "../../src/i18n/flags";
import { meetingPaneText } from "../../src/i18n/meeting-pane";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { openView, showSheet, waitForPlan, words } from "./support/coordinator";

const CASES: { lang: Lang; locale: string; committee: string }[] = [
  { lang: "fr", locale: "fr-CA", committee: "Comité de suivi" },
  { lang: "en", locale: "en-CA", committee: "Follow-up committee" },
];

const focused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

describeInBrowser("standalone page: a committee meeting", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test.each(CASES)(
    "prepare, five actions around the table by keyboard, save ($lang)",
    async ({ lang, locale, committee }) => {
      const t = meetingPaneText[lang];
      const { context, page, problems } = await openPage(harness, "?demo", { locale });
      try {
        await waitForPlan(page, lang);
        await openView(page, lang, "rencontre");
        await page.getByLabel(t.instance).selectOption(committee);
        await page.getByRole("button", { name: t.prepare }).click();
        await page.getByRole("heading", { name: t.review(10) }).waitFor();
        await page.getByRole("button", { name: t.start }).click();

        // Around the table, keyboard only: the status list has the focus; Tab between fields, Enter to the next action.
        const status = page.getByLabel(t.status);
        const nos: string[] = [];
        for (let i = 0; i < 5; i++) {
          await page
            .getByText(t.progressLabel(i + 1, 10), { exact: false })
            .first()
            .waitFor();
          expect(await focused(status)).toBe(true);
          nos.push((await page.getByRole("heading", { level: 2 }).innerText()).split(" ")[0]);
          if (i === 0) await page.getByText(t.reasons.stale, { exact: false }).first().waitFor();
          await page.keyboard.type(lang === "fr" ? "En c" : "In p"); // En cours / In progress
          await page.keyboard.press("Tab");
          await page.keyboard.press("Control+A");
          await page.keyboard.type(String(80 + i));
          await page.keyboard.press("Tab");
          await page.keyboard.type(`Tour de table ${i + 1}`);
          await page.keyboard.press("Tab");
          await page.keyboard.press("Control+A");
          await page.keyboard.press("Delete");
          await page.keyboard.press("Tab");
          if (i === 0) await page.keyboard.press("Space"); // a bon coup
          await page.keyboard.press("Enter");
        }
        // The other five are left as they were: Enter through them to the reflection.
        for (let i = 5; i < 10; i++) {
          await page
            .getByText(t.progressLabel(i + 1, 10), { exact: false })
            .first()
            .waitFor();
          await page.keyboard.press("Enter");
        }
        await page.getByText(t.reflectionTitle).waitFor();
        await page.keyboard.type(lang === "fr" ? "Chacun a parlé" : "Everyone spoke");
        await page.getByText(t.changed(5)).waitFor();
        await screenshot(page, `meeting-reflection-${lang}`);
        await page.getByRole("button", { name: t.save }).focus();
        await page.keyboard.press("Enter");
        await page.getByText(t.saved(5), { exact: false }).waitFor();

        // The follow-ups, stamped with the body, and the meeting's row, in the page's grid.
        const suivis = await showSheet(page, lang, SUIVIS.sheet[lang]);
        for (let i = 0; i < 5; i++) {
          const row = suivis.locator("tr", { hasText: `Tour de table ${i + 1}` });
          await row.first().waitFor();
          expect(await row.innerText()).toContain(nos[i]);
          expect(await row.innerText()).toContain(committee);
        }
        const meetings = await showSheet(page, lang, RENCONTRES.sheet[lang]);
        const row = meetings.locator("tr", { hasText: lang === "fr" ? "Chacun a parlé" : "Everyone spoke" });
        await row.waitFor();
        for (const no of nos) expect(await row.innerText()).toContain(no);

        // The flags: the first action, reviewed because it had no recent follow-up, has one now.
        await openView(page, lang, "check");
        const flagged = page.getByRole("listitem").filter({ hasText: `${nos[0]} — ` });
        await page.getByText(words(lang).pane.check.title).waitFor();
        for (const item of await flagged.all())
          expect(await item.innerText()).not.toContain(flagsText[lang].stale);
        await screenshot(page, `meeting-after-${lang}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
