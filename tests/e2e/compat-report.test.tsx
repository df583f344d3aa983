/**
 * @jest-environment node
 *
 * The compatibility report as a person reads it, in Debian's Chromium at the pane's 320 px:
 * the check runs on the faithful host (#5222 on, an Excel without ExcelApi 1.9), the pane's
 * result component is rendered on the server with its Fluent styles, and the page shows each
 * operation, the failed one with Excel's code, and the report to copy, without overflowing.
 * Screenshots: test-output/e2e/compat-report-fr.png and -en.png.
 */
import AxeBuilder from "@axe-core/playwright";
import {
  FluentProvider,
  RendererProvider,
  SSRProvider,
  createDOMRenderer,
  renderToStyleElements,
  webLightTheme,
} from "@fluentui/react-components";
import { mkdirSync } from "fs";
import path from "path";
import { chromium, type Browser } from "playwright-core";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { Lang } from "../../src/domain/lang";
import { compatText } from "../../src/i18n/compat";
import { CompatResult } from "../../src/taskpane/components/compat-result";
import { checkCompatibility } from "../../src/workbook/excel/compat";
import { toolPath } from "../support/tools";
import { ExcelHost } from "../workbook/excel/host/host";
import { trackingWorkbook } from "../workbook/excel/fake/tracking";
import { SHOTS, describeInBrowser } from "./support/browser";

async function reportOnHost() {
  const wb = trackingWorkbook(2, 3);
  wb.bug5222 = true;
  const host = new ExcelHost(wb);
  return checkCompatibility(host.run, {
    supports: (version) => Number(version.split(".")[1]) <= 8,
    diagnostics: () => ({ host: "Excel", platform: "PC", version: "16.0.17928.20114" }),
    now: () => new Date(2026, 11, 6, 14, 5),
  });
}

function page(lang: Lang, body: JSX.Element): string {
  const renderer = createDOMRenderer();
  const html = renderToString(
    <RendererProvider renderer={renderer}>
      <SSRProvider>
        <FluentProvider theme={webLightTheme} lang={lang === "fr" ? "fr-CA" : "en"}>
          <main style={{ padding: 12 }}>{body}</main>
        </FluentProvider>
      </SSRProvider>
    </RendererProvider>,
  );
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${compatText[lang].title}</title>${styles}</head><body style="margin:0">${html}</body></html>`;
}

describeInBrowser("the compatibility report in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: toolPath("chromium"),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });
  afterAll(async () => browser?.close());

  test.each(["fr", "en"] as const)("readable at 320 px (%s)", async (lang) => {
    const report = await reportOnHost();
    const t = compatText[lang];
    // A context of its own: axe-core's Playwright builder needs one.
    const context = await browser.newContext({ viewport: { width: 320, height: 760 } });
    const tab = await context.newPage();
    await tab.setContent(
      page(
        lang,
        <>
          <h3>{t.title}</h3>
          <CompatResult report={report} lang={lang} />
        </>,
      ),
    );
    const items = tab.getByRole("listitem");
    await expect(items.count()).resolves.toBe(11);
    const failed = items.filter({ hasText: t.status.failed });
    await expect(failed.count()).resolves.toBe(1);
    await expect(failed.innerText()).resolves.toMatch(/ItemNotFound \(ConditionalFormat\.delete\)/);
    await expect(items.filter({ hasText: t.status.unsupported }).innerText()).resolves.toContain(
      "ExcelApi 1.9",
    );
    const box = tab.getByRole("textbox", { name: t.reportLabel });
    await expect(box.inputValue()).resolves.toContain("ItemNotFound");
    mkdirSync(SHOTS, { recursive: true });
    await tab.screenshot({ path: path.join(SHOTS, `compat-report-${lang}.png`), fullPage: true });
    // Nothing wider than the pane: no horizontal scrolling.
    const widest = await tab.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 320)
        .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
        .slice(0, 8),
    );
    expect(widest).toEqual([]);
    // Every status fits its badge.
    const clipped = await tab.evaluate(
      () =>
        [...document.querySelectorAll(".fui-Badge")].filter(
          (b) => b.scrollWidth > b.clientWidth || b.scrollHeight > b.clientHeight,
        ).length,
    );
    expect(clipped).toBe(0);
    // No serious or critical accessibility violation (contrast of the badges and notes included).
    const axe = await new AxeBuilder({ page: tab })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    const serious = axe.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" ")}`);
    expect(serious).toEqual([]);
    await expect(tab.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await context.close();
  });
});
