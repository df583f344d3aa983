/**
 * Every page webpack builds (task pane, function file, standalone page) carries its
 * Content-Security-Policy and no inline script: the real configuration and templates, compiled
 * on small entries (the pages, not the bundles, are what is checked here; the standalone page's
 * policy is enforced in a browser by tests/e2e/csp.test.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { JSDOM } from "jsdom";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports */
const config = require("../../webpack.config.js");
/* eslint-enable @typescript-eslint/no-require-imports */

const CDN = "https://appsforoffice.microsoft.com";

/** A policy as directive → sources. */
function parsePolicy(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

function compilePages(outDir: string): Promise<webpack.Stats> {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const cfg = config({}, { mode: "production" }, { ADDIN_URL: "https://plan.example.org/" });
  warn.mockRestore();
  const small = "./src/taskpane/office-missing.ts";
  const compiler = webpack({
    ...cfg,
    entry: { taskpane: small, commands: small, standalone: small },
    output: { ...cfg.output, path: outDir, clean: false },
    infrastructureLogging: { level: "none" },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) reject(err);
      else resolve(stats);
    }),
  );
}

describe("the built pages' Content-Security-Policy", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "pv-csp-build-"));
  const pages: Record<string, Document> = {};
  beforeAll(async () => {
    const stats = await compilePages(out);
    expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
    for (const name of ["taskpane.html", "commands.html", "standalone.html"])
      pages[name] = new JSDOM(fs.readFileSync(path.join(out, name), "utf8")).window.document;
  }, 180_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  const policyOf = (doc: Document) => {
    const metas = Array.from(doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'));
    expect(metas).toHaveLength(1);
    // Before any script, or the script would run unchecked.
    const first = doc.head.querySelector('script, meta[http-equiv="Content-Security-Policy"]');
    expect(first).toBe(metas[0]);
    return parsePolicy(metas[0].getAttribute("content") ?? "");
  };

  test.each(["taskpane.html", "commands.html"])(
    "%s: scripts from its origin and the Office.js CDN only, none inline",
    (name) => {
      const doc = pages[name];
      const policy = policyOf(doc);
      expect(policy["script-src"]).toEqual(["'self'", CDN]);
      expect(policy["object-src"]).toEqual(["'none'"]);
      expect(policy["default-src"]).toEqual(["'self'"]);
      const scripts = Array.from(doc.querySelectorAll("script"));
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      for (const script of scripts) {
        expect([script.outerHTML, script.textContent?.trim()]).toEqual([script.outerHTML, ""]);
        const src = script.getAttribute("src") ?? "";
        expect(src.startsWith(`${CDN}/`) || !/^[a-z]+:|^\/\//i.test(src)).toBe(true);
      }
      expect(scripts[0].getAttribute("src")).toBe(`${CDN}/lib/1/hosted/office.js`);
    },
  );

  test("standalone.html: scripts from its origin only, none inline, connect-src 'none'", () => {
    const doc = pages["standalone.html"];
    const policy = policyOf(doc);
    expect(policy["script-src"]).toEqual(["'self'"]);
    expect(policy["connect-src"]).toEqual(["'none'"]);
    expect(policy["default-src"]).toEqual(["'none'"]);
    for (const directive of ["img-src", "font-src", "style-src"])
      expect(policy[directive].filter((s) => /^https?:|^\*/.test(s))).toEqual([]);
    const scripts = Array.from(doc.querySelectorAll("script"));
    expect(scripts.length).toBeGreaterThanOrEqual(1);
    for (const script of scripts) {
      expect(script.textContent?.trim()).toBe("");
      expect(script.getAttribute("src")).not.toMatch(/^[a-z]+:|^\/\//i);
    }
  });

  test("no page allows eval or inline script", () => {
    for (const doc of Object.values(pages)) {
      const scriptSrc = policyOf(doc)["script-src"];
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
    }
  });
});
