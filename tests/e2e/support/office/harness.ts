/**
 * The add-in's own page in a browser, as Excel opens it: the built taskpane.html (`npm run
 * build`), served by scripts/serve-static.js, in Debian's Chromium. Its office.js, from
 * Microsoft's CDN, is answered through Playwright's request routing by the stand-in
 * (stand-in.ts: Office.onReady, Office.context, and the fake Excel host in the page). Nothing
 * else may leave the local server.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { serveInBrowser } from "../browser";
import { REPO, buildAddin } from "../build";
import { officeJsStandIn } from "./bundle";
import type { FakeInspector, StandInOptions } from "./inspector";

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { OFFICE_JS_CDN } = require(`${REPO}/webpack.config.js`) as { OFFICE_JS_CDN: string };

export interface AddinHarness {
  browser: Browser;
  /** Where the built add-in is served (ends with a slash). */
  url: string;
  /** The built folder (taskpane.html, its scripts). */
  dir: string;
  /** The office.js stand-in's script. */
  standIn: string;
  close(): Promise<void>;
}

export async function startAddinHarness(): Promise<AddinHarness> {
  // One build after the other: two webpack runs at once only slow each other down.
  const dir = await buildAddin();
  const standIn = await officeJsStandIn();
  return { ...(await serveInBrowser(dir)), dir, standIn };
}

export interface OpenedAddin {
  context: BrowserContext;
  page: Page;
  /** Page errors, CSP violations, console errors and requests that left the page: all should stay empty. */
  problems: string[];
  /** How many times the page asked for office.js at the CDN's address. */
  officeJsRequests(): number;
}

/**
 * A fresh browser context on taskpane.html, Office set up by `office` (fr-CA on desktop Excel by
 * default); with `unreachable`, the CDN's office.js fails to load, as without a connection.
 */
export async function openAddin(
  harness: AddinHarness,
  office: Partial<StandInOptions> & {
    locale?: string;
    width?: number;
    height?: number;
    unreachable?: boolean;
  } = {},
): Promise<OpenedAddin> {
  const { locale, width, height, unreachable, ...options } = office;
  const context = await harness.browser.newContext({
    locale: locale ?? options.displayLanguage ?? "fr-CA",
    viewport: { width: width ?? 320, height: height ?? 720 },
  });
  const problems: string[] = [];
  let officeJs = 0;
  await context.route(OFFICE_JS_CDN, (route) => {
    officeJs += 1;
    if (unreachable) return route.abort("internetdisconnected");
    return route.fulfill({
      status: 200,
      contentType: "text/javascript; charset=utf-8",
      body: harness.standIn,
    });
  });
  await context.exposeBinding("__planVivantCspViolation", (_source, text: string) => problems.push(text));
  await context.addInitScript((given) => {
    (window as unknown as { __planVivantOffice: unknown }).__planVivantOffice = given;
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __planVivantCspViolation(text: string): void })
        .__planVivantCspViolation;
      void report(`csp violation: ${e.effectiveDirective} ${e.blockedURI}`);
    });
  }, options);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(harness.url) && url !== OFFICE_JS_CDN && !url.startsWith("blob:"))
      problems.push(`request outside the page: ${url}`);
  });
  await page.goto(`${harness.url}taskpane.html`);
  return { context, page, problems, officeJsRequests: () => officeJs };
}

/**
 * Reads the fake Excel in the page (`window.planVivantFake`, see inspector.ts): `read` runs in
 * the page, given the inspector and `arg` (plain values, as JSON); it must return plain values.
 */
export function fake<T, A = undefined>(
  page: Page,
  read: (fake: FakeInspector, arg: A) => T,
  arg?: A,
): Promise<T> {
  // An expression is evaluated by the browser's devtools protocol, which the page's CSP does not govern.
  const given = arg === undefined ? "undefined" : JSON.stringify(arg);
  return page.evaluate(`(${read.toString()})(window.planVivantFake, ${given})`) as Promise<T>;
}
