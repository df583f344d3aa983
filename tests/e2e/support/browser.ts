/**
 * The end-to-end harness: the built page served by scripts/serve-static.js, Debian's Chromium
 * driven by playwright-core. Chromium is found on PATH (tests/support/tools.ts): without it the
 * suites are skipped and say so, or fail with CI=true, saying what to install.
 */
import { mkdirSync } from "fs";
import type { Server } from "http";
import path from "path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { describeWith, findTool, toolPath } from "../../support/tools";
import { REPO, buildStandalone } from "./build";

export const HAS_CHROMIUM = findTool("chromium") !== undefined;
export const SHOTS = path.join(REPO, "test-output", "e2e");

/** `describe` when Chromium is there; otherwise a skip that says so, or a failure in CI. */
export function describeInBrowser(name: string, body: () => void): void {
  // A browser on a busy 2-core machine: steps take seconds, not milliseconds.
  if (HAS_CHROMIUM) jest.setTimeout(180_000);
  describeWith(["chromium"], name, body);
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../../scripts/serve-static.js") as {
  serve(options: { dir: string; port: number }): Promise<{ server: Server; url: string }>;
};

export interface Harness {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** A built folder served on a free local port, and Debian's Chromium to open it (closed together). */
export async function serveInBrowser(dir: string): Promise<Harness> {
  const { server, url } = await serve({ dir, port: 0 });
  const browser = await chromium.launch({
    executablePath: toolPath("chromium"),
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function startHarness(): Promise<Harness> {
  return serveInBrowser(await buildStandalone());
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Page errors, CSP violations and requests that left the local server: all should stay empty. */
  problems: string[];
}

/** A fresh browser context in a language (fr-CA by default), on the page at `query`. */
export async function openPage(
  harness: Harness,
  query: string,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<Opened> {
  const context = await harness.browser.newContext({
    locale: options.locale ?? "fr-CA",
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
  });
  const problems: string[] = [];
  // Every Content-Security-Policy violation the page reports is a problem too.
  await context.exposeBinding("__planVivantCspViolation", (_source, text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __planVivantCspViolation(text: string): void })
        .__planVivantCspViolation;
      void report(`csp violation: ${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith(harness.url) && !request.url().startsWith("blob:"))
      problems.push(`request outside the page: ${request.url()}`);
  });
  await page.goto(`${harness.url}${query}`);
  return { context, page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
