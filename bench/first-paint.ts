/**
 * First paint of the standalone page: builds it when stale (as `npm start` does), serves it on
 * localhost, loads it in Chromium and prints first-contentful-paint and the time until the task
 * pane is interactive on the demo workbook (its tabs answer and the plan's summary is shown).
 */
import { existsSync } from "fs";
import path from "path";
import { chromium } from "playwright-core";
import { taskpaneText } from "../src/i18n/taskpane";
import { median, ms } from "./timing";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.join(__dirname, "..", "..");
const TARGET_MS = 1000;

/* eslint-disable @typescript-eslint/no-require-imports */
const start = require(path.join(ROOT, "scripts", "start.js")) as {
  needsBuild(): boolean;
  build(): void;
};
const { serve } = require(path.join(ROOT, "scripts", "serve-static.js")) as {
  serve(o: { dir: string; port: number }): Promise<{ server: import("http").Server; url: string }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Load {
  fcp: number;
  interactive: number;
}

export async function benchFirstPaint(runs = 5): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`standalone first paint: skipped (${CHROMIUM} is absent)`);
    return;
  }
  if (start.needsBuild()) start.build();
  const { server, url } = await serve({ dir: path.join(ROOT, "dist", "standalone"), port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const summary = taskpaneText.fr.start.summaryTitle;
  const loads: Load[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached, as on a first visit.
      const context = await browser.newContext({ locale: "fr-CA" });
      const page = await context.newPage();
      await page.goto(`${url}?demo`);
      await page.getByText(summary).waitFor({ timeout: 60_000 });
      const interactive = await page.evaluate(() => performance.now());
      await page.getByRole("tab", { name: taskpaneText.fr.tabs.check }).click();
      await page.getByRole("heading", { name: taskpaneText.fr.check.title }).waitFor();
      const fcp = await page.evaluate(
        () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN,
      );
      loads.push({ fcp, interactive });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const fcp = median(loads.map((l) => l.fcp));
  const interactive = median(loads.map((l) => l.interactive));
  console.log(`standalone first contentful paint   ${ms(fcp)}   (target < ${TARGET_MS} ms)`);
  console.log(
    `standalone task pane interactive    ${ms(interactive)}   (the demo made in the browser, read and summed up)`,
  );
}
