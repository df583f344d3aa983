/**
 * @jest-environment node
 *
 * The standalone page's Content-Security-Policy in a real browser: the coordinator's path (demo,
 * new action, blocking suivi, Vérifier, bilan, download, a file dropped on the page) runs with no
 * violation reported and no console error, and a request the page would make to another origin,
 * or even to its own (connect-src 'none'), is refused by the browser itself.
 */
import type { Page } from "playwright-core";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { templatePlan } from "../../src/domain/layout/template";
import { describeInBrowser, openPage, startHarness, type Harness } from "./support/browser";
import {
  addAction,
  addBlockingSuivi,
  download,
  makeBilan,
  openView,
  waitForPlan,
  words,
} from "./support/coordinator";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

describeInBrowser("standalone page: Content-Security-Policy", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("the coordinator's path reports no violation and no console error", async () => {
    const { context, page, problems } = await openPage(harness, "?demo");
    const errors = consoleErrors(page);
    try {
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(policy).toContain("connect-src 'none'");
      await waitForPlan(page, "fr");
      await addAction(page, "fr", { no: "9.9", text: "Aménager un jardin communautaire", due: "2030-01-15" });
      await addBlockingSuivi(page, "fr", "9.9", "Terrain pas encore cédé");
      await openView(page, "fr", "check");
      await makeBilan(page, "fr");
      const file = await download(page, "fr");
      expect(file.suggestedFilename()).toBe("plan-vivant-demo.xlsx");

      // A workbook dropped on the page is read (FileReader) under the same policy.
      const bytes = Buffer.from(
        await writeXlsx(templatePlan({ lang: "fr", organisation: "Saint-Clément-du-Lac" })),
      );
      const transfer = await page.evaluateHandle(
        ({ data, type }) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(data)], "depose.xlsx", { type }));
          return dt;
        },
        { data: [...bytes], type: XLSX },
      );
      await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
      await page.getByText(words("fr").page.dropHere).waitFor();
      await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
      await page.getByText(words("fr").page.currentFile("depose.xlsx")).waitFor();

      // The print frame (srcdoc, its own inline style) loads under the page's policy.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const frame = document.createElement("iframe");
            frame.addEventListener("load", () => resolve(), { once: true });
            frame.srcdoc = "<!doctype html><style>p{color:red}</style><p>x</p>";
            document.body.appendChild(frame);
          }),
      );
      // Violations are reported as events: one more turn of the page's event loop delivers any left.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a request from the page is refused: fetch elsewhere or home, a beacon, an image from another origin", async () => {
    const { context, page, problems } = await openPage(harness, "?demo");
    const answered: string[] = [];
    page.on("response", (response) => {
      if (!response.url().startsWith(harness.url)) answered.push(response.url());
    });
    try {
      await waitForPlan(page, "fr");
      const outcome = await page.evaluate(async () => {
        const tryFetch = (url: string) =>
          fetch(url).then(
            () => "sent",
            (error: Error) => `refused: ${error.name}`,
          );
        const image = await new Promise<string>((resolve) => {
          const img = document.createElement("img");
          img.onload = () => resolve("loaded");
          img.onerror = () => resolve("refused");
          img.src = "https://example.org/pixel.png";
          document.body.appendChild(img);
        });
        // Queued (true), then refused by connect-src: the violation below says so.
        navigator.sendBeacon("https://example.org/beacon", "workbook");
        return {
          elsewhere: await tryFetch("https://example.org/"),
          home: await tryFetch(`${location.origin}/index.html`),
          image,
        };
      });
      expect(outcome).toEqual({
        elsewhere: "refused: TypeError",
        home: "refused: TypeError",
        image: "refused",
      });
      // Each refusal is a violation the browser reported, by the directive that refused it.
      for (let i = 0; i < 50 && problems.length < 4; i++) await page.waitForTimeout(100);
      expect(problems).toEqual(
        expect.arrayContaining([
          "csp violation: connect-src https://example.org/",
          expect.stringMatching(/^csp violation: connect-src http:\/\/localhost:\d+\/index\.html$/),
          "csp violation: img-src https://example.org/pixel.png",
          "csp violation: connect-src https://example.org/beacon",
        ]),
      );
      // None of them got an answer from anywhere.
      expect(answered).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
