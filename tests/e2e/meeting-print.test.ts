/**
 * @jest-environment node
 *
 * The meeting cycle's printed documents in Debian's Chromium: the meeting sheet (`rencontre
 * --html`) and the end-of-plan report (`fin-de-plan --html`) of the demo, each printed to PDF on
 * Letter (`page.pdf`, the browser's print path), their text read back with pdftotext: the point
 * statutaire, the actions to review, the key figures, the page footer; no network request.
 * Screenshots and PDFs under test-output/e2e/.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, writeFileSync } from "fs";
import path from "path";
import { chromium, type Browser } from "playwright-core";
import { toolPath } from "../support/tools";
import { SHOTS, describeInBrowser } from "./support/browser";
import { formatPercent } from "../../src/domain/format";
import { run, tempDir } from "../cli/run";

const HAS_PDFTOTEXT = spawnSync("pdftotext", ["-v"]).status === 0;
const NOW = new Date("2026-11-26T12:00:00");
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

describeInBrowser("printed meeting documents", () => {
  let browser: Browser;
  let file: string;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: toolPath("chromium"),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
    dir = tempDir();
    file = path.join(dir, "plan.xlsx");
    expect((await run(["demo", file], NOW)).code).toBe(0);
  }, 120_000);
  afterAll(async () => browser?.close());

  /** Opens the HTML file, screenshots it, prints it to PDF; returns the PDF's text. */
  async function print(html: string, name: string): Promise<string> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    try {
      const at = path.join(SHOTS, `${name}.html`);
      writeFileSync(at, html);
      await page.goto(`file://${at}`);
      expect(requests).toEqual([`file://${at}`]);
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      const pdf = path.join(SHOTS, `${name}.pdf`);
      await page.pdf({ path: pdf, format: "Letter" });
      return flat(execFileSync("pdftotext", ["-layout", pdf, "-"]).toString());
    } finally {
      await page.close();
    }
  }

  (HAS_PDFTOTEXT || process.env.CI ? test : test.skip)(
    "the meeting sheet of the comité de suivi: the point statutaire and the actions by porteur",
    async () => {
      const args = ["rencontre", file, "--instance", "suivi", "--date", "2026-11-26"];
      const json = JSON.parse((await run([...args, "--json"], NOW)).out);
      const html = (await run([...args, "--html", "-"], NOW)).out;
      const text = await print(html, "meeting-sheet-fr");
      expect(text).toContain("Feuille de rencontre");
      expect(text).toContain("Point statutaire : plan d'action PFM-MADA");
      const opening = flat((json.pointStatutaire as string).split("\n\n")[1].split("\n")[0]);
      expect(text).toContain(opening.slice(0, 60));
      for (const g of json.groups as { actions: { no: string }[] }[])
        for (const a of g.actions) expect(text).toContain(a.no);
      expect(text).toContain("Notes de la rencontre");
      expect(text).toContain("Réflexion du comité");
      expect(text).toMatch(/Page 1 de \d+/);
      expect(text).toContain("Rencontre du 2026-11-26 – Comité de suivi");
    },
  );

  (HAS_PDFTOTEXT || process.env.CI ? test : test.skip)(
    "the end-of-plan report: key figures, renewal text, charts",
    async () => {
      const json = JSON.parse(
        (await run(["fin-de-plan", file, "--json", "-o", path.join(dir, "a.xlsx")], NOW)).out,
      );
      const html = (await run(["fin-de-plan", file, "--html", "-", "-o", path.join(dir, "b.xlsx")], NOW)).out;
      const text = await print(html, "end-of-plan-report-fr");
      expect(text).toContain("Bilan de fin de plan");
      // The cards: the total and the completion rate first, then each outcome's count.
      const rate = formatPercent(json.total.rate, "fr");
      expect(text).toContain(flat(`Résultats du plan ${json.total.actions} ${rate}`));
      for (const id of ["done", "partly-done", "ongoing", "not-done", "dropped"])
        expect(text).toContain(String(json.total.outcomes[id]));
      expect(text).toContain(flat(json.renewalText).slice(0, 80));
      expect(text).toContain("Résultat de chaque action");
      expect(text).toMatch(/Page 1 de \d+/);
    },
  );
});
