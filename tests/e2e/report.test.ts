/**
 * @jest-environment node
 *
 * The bilan people look at, in Debian's Chromium: the demo and a workbook written by openpyxl are
 * opened on the page, the bilan is made, the report shows its charts, « Imprimer / PDF » prints
 * what pdftotext reads back (key figures, point statutaire, page footer) on Letter and A4, the
 * pane's « Aperçu » fits 320 px, the Bilan's merged cells show whole in the grid, and the CLI's HTML file
 * renders with no request. Screenshots under test-output/e2e/.
 */
import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { bilanText } from "../../src/i18n/bilan";
import { reportText } from "../../src/i18n/report";
import { PRINT_FRAME } from "../../src/report/print";
import { run, tempDir } from "../cli/run";
import { findTool, inCi, testWith, toolPath } from "../support/tools";
import { openpyxlFixtures } from "../workbook/xlsx/tools";
import {
  SHOTS,
  describeInBrowser,
  openPage,
  screenshot,
  startHarness,
  type Harness,
} from "./support/browser";
import { makeBilan, waitForPlan } from "./support/coordinator";

const HAS_PDFTOTEXT = findTool("pdftotext") !== undefined;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

/** Opens the page's report view and waits for its charts; returns the key figures shown. */
async function showReport(page: Page, charts: number): Promise<Record<string, string>> {
  await page.getByRole("tab", { name: reportText.fr.showReport }).click();
  const report = page.locator(".rk-report");
  await report
    .locator("svg[role=img]")
    .nth(charts - 1)
    .waitFor({ timeout: 60_000 });
  expect(await report.locator("svg[role=img]").count()).toBe(charts);
  const cards = await report
    .locator("[data-card]")
    .evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-card"), n.querySelector(".rk-card-value")?.textContent ?? ""]),
    );
  return Object.fromEntries(cards);
}

/** « Imprimer / PDF », then what the browser prints (the frame's page) as a PDF, and its text. */
async function printToPdf(page: Page, name: string, format: "Letter" | "A4"): Promise<string> {
  await page.getByRole("button", { name: reportText.fr.print }).first().click();
  const html = await page.locator(`#${PRINT_FRAME}`).getAttribute("srcdoc");
  expect(html).toContain("@page");
  const printed = await page.context().newPage();
  try {
    await printed.setContent(html ?? "");
    const file = path.join(SHOTS, `${name}.pdf`);
    await printed.pdf({ path: file, format });
    return execFileSync(toolPath("pdftotext"), ["-layout", file, "-"]).toString();
  } finally {
    await printed.close();
  }
}

describeInBrowser("the bilan report", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("demo: bilan, report with five charts, printed to PDF on Letter and A4, public version", async () => {
    const { context, page, problems } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      await makeBilan(page, "fr");
      const cards = await showReport(page, 5);
      expect(Number(cards.actions)).toBeGreaterThan(0);
      await screenshot(page, "report-demo-fr");
      const statutaire = flat(await page.locator("#rk-summary .rk-text").innerText());
      expect(statutaire).toMatch(/^En date du /);

      if (HAS_PDFTOTEXT || inCi()) {
        for (const format of ["Letter", "A4"] as const) {
          const text = await printToPdf(page, `report-demo-${format}`, format);
          const body = flat(text);
          for (const [id, value] of Object.entries(cards))
            expect([id, body]).toEqual([id, expect.stringContaining(value)]);
          expect(body).toContain(statutaire);
          expect(body).toContain(bilanText.fr.keyFigures);
          expect(body).toMatch(/Page 1 de \d+/);
          expect(body).toContain("Municipalité de Saint-Clément-du-Lac");
        }
      }

      await page.getByLabel(reportText.fr.publicVersion).check();
      await page.locator('.rk-panel[data-version="public"]').waitFor();
      expect(await page.locator("#rk-late-blocked").count()).toBe(0);
      expect(await page.locator("#rk-summary h2").innerText()).toBe(reportText.fr.publicSummary);
      await screenshot(page, "report-demo-public-fr");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("pane at 320 px: « Aperçu du bilan » fits the pane's width", async () => {
    const { context, page, problems } = await openPage(harness, "?demo", { width: 320, height: 900 });
    try {
      await waitForPlan(page, "fr");
      await makeBilan(page, "fr");
      await page.getByRole("button", { name: reportText.fr.preview }).click();
      const preview = page.getByRole("region", { name: reportText.fr.preview });
      await preview.locator("svg[role=img]").nth(4).waitFor({ timeout: 60_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(320);
      // Nothing of the report reaches past the pane's edge, and no table cell's text spills out of it.
      const outside = await preview.evaluate((root) =>
        [...root.querySelectorAll("*")]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            const spills = (el.matches("th, td") && el.scrollWidth > el.clientWidth + 1) || box.right > 320.5;
            return box.width > 0 && spills;
          })
          .map((el) => `${el.tagName} ${(el.textContent ?? "").slice(0, 30)}`),
      );
      expect(outside).toEqual([]);
      await preview.locator("#rk-progress").scrollIntoViewIfNeeded();
      await screenshot(page, "report-pane-320");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  testWith("openpyxl")(
    "a workbook written by openpyxl: merged title whole in the grid, bilan, report",
    async () => {
      const bytes = readFileSync(path.join(openpyxlFixtures(), "openpyxl-plan.xlsx"));
      const { context, page, problems } = await openPage(harness, "");
      try {
        await page
          .locator("input[type=file]")
          .setInputFiles({ name: "openpyxl-plan.xlsx", mimeType: XLSX, buffer: bytes });
        await waitForPlan(page, "fr");
        await makeBilan(page, "fr");
        const title = page.locator("td[data-merged]", { hasText: "Bilan du suivi" });
        expect(await title.getAttribute("colspan")).toBe("11");
        // The point statutaire: one merged block over the sheet's width, its whole text shown.
        const statutaire = page.locator("td[data-merged][rowspan]", { hasText: "En date du" });
        expect(await statutaire.getAttribute("colspan")).toBe("11");
        await screenshot(page, "grid-bilan-openpyxl");
        const cards = await showReport(page, 5);
        expect(cards.actions).toBe("3");
        await screenshot(page, "report-openpyxl");
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test("bilan --html renders in Chromium with no request", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    expect((await run(["demo", file])).code).toBe(0);
    const html = path.join(dir, "bilan.html");
    expect((await run(["bilan", file, "--html", html, "--langue", "en"])).code).toBe(0);
    const page = await harness.browser.newPage({ viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    try {
      await page.goto(`file://${html}`);
      expect(await page.locator("svg[role=img]").count()).toBe(5);
      expect(await page.locator("h1").innerText()).toBe(reportText.en.documentTitle);
      expect(requests).toEqual([`file://${html}`]);
      await page.screenshot({ path: path.join(SHOTS, "report-cli-en.png"), fullPage: true });
      writeFileSync(path.join(SHOTS, "report-cli-en.html"), readFileSync(html));
    } finally {
      await page.close();
    }
  });
});
