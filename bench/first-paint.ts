/**
 * First paint of the standalone page: builds it when stale (as `npm start` does), serves it on
 * localhost, loads it in Chromium and prints first-contentful-paint and the time until the task
 * pane is interactive on the demo workbook (its tabs answer and « Aujourd'hui » is shown).
 */
import { existsSync } from "fs";
import path from "path";
import { chromium } from "playwright-core";
import { taskpaneText } from "../src/i18n/taskpane";
import { todayText } from "../src/i18n/today";
import { median, ms } from "./timing";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.join(__dirname, "..", "..");
const TARGET_MS = 1000;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

/** Milliseconds from the file chosen on the start screen to the plan's summary shown (median). */
async function fileChosen(
  browser: import("playwright-core").Browser,
  url: string,
  file: { name: string; bytes: Uint8Array },
  runs: number,
): Promise<number> {
  const summary = todayText.fr.title;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: "fr-CA" });
    const page = await context.newPage();
    await page.goto(url);
    const input = page.locator("input[type=file]");
    await input.waitFor({ state: "attached" });
    const start = Date.now();
    await input.setInputFiles({ name: file.name, mimeType: XLSX, buffer: Buffer.from(file.bytes) });
    await page.getByRole("heading", { name: summary, exact: true }).waitFor({ timeout: 120_000 });
    times.push(Date.now() - start);
    await context.close();
  }
  return median(times);
}

/**
 * The standalone page, file chosen -> summary shown, on the big workbook and on the demo
 * (issue 13's targets: under 2 s and under 0.8 s).
 */
export async function benchFileChosen(
  big: { name: string; bytes: Uint8Array },
  demo: { name: string; bytes: Uint8Array },
  runs = 3,
): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`standalone file chosen -> summary: skipped (${CHROMIUM} is absent)`);
    return;
  }
  if (start.needsBuild()) start.build();
  const { server, url } = await serve({ dir: path.join(ROOT, "dist", "standalone"), port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const bigMs = await fileChosen(browser, url, big, runs);
    const demoMs = await fileChosen(browser, url, demo, runs);
    console.log(`standalone file chosen -> summary, big workbook ${ms(bigMs)}   (target < 2000 ms)`);
    console.log(`standalone file chosen -> summary, demo         ${ms(demoMs)}   (target < 800 ms)`);
  } finally {
    await browser.close();
    server.close();
  }
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
  const summary = todayText.fr.title;
  const loads: Load[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context each time: nothing cached, as on a first visit.
      const context = await browser.newContext({ locale: "fr-CA" });
      const page = await context.newPage();
      await page.goto(`${url}?demo`);
      await page.getByRole("heading", { name: summary, exact: true }).waitFor({ timeout: 60_000 });
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
