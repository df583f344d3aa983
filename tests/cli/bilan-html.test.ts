/**
 * `plan-vivant bilan --html FILE|-` and `--public`: one self-contained HTML report holding the same
 * figures as `bilan --json`; the public version; the combinations refused before any work.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { formatPercent } from "../../src/domain/format";
import { run, tempDir } from "./run";

const DATE = ["--date", "2026-11-26"];

interface Json {
  totals: {
    actions: number;
    byStatus: Record<string, number>;
    late: number;
    blocked: number;
    stale: number;
    dueSoon: number;
  };
  bonsCoups: unknown[];
  progress: { quarter: string; end: string; suivis: number; followedShare: number }[];
  pointStatutaire: string;
}

async function demo(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, "plan.xlsx");
  expect((await run(["demo", file])).code).toBe(0);
  return { dir, file };
}

const card = (doc: Document, id: string) =>
  doc.querySelector(`[data-card="${id}"] .rk-card-value`)?.textContent;

describe("plan-vivant bilan --html", () => {
  test("--html - prints a self-contained report holding the figures of --json; no workbook is written", async () => {
    const { dir, file } = await demo();
    const json = await run(["bilan", file, "--json", ...DATE, "-o", path.join(dir, "b.xlsx")]);
    expect(json.code).toBe(0);
    const figures = JSON.parse(json.out) as Json;
    const before = readdirSync(dir).sort();
    const html = await run(["bilan", file, "--html", "-", ...DATE]);
    expect(html.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(html.err).toBe("");
    expect(html.out.startsWith("<!DOCTYPE html>")).toBe(true);
    // Nothing to run and nothing to fetch: no script, no address, styles inline.
    expect(html.out).not.toMatch(/<script|<link|\bsrc=|url\(|https?:\/\//i);

    const doc = new JSDOM(html.out, { virtualConsole: new VirtualConsole() }).window.document;
    const t = figures.totals;
    expect(card(doc, "actions")).toBe(String(t.actions));
    expect(card(doc, "done")).toBe(String(t.byStatus.done));
    expect(card(doc, "active")).toBe(String(t.byStatus["in-progress"] + t.byStatus.ongoing));
    expect(card(doc, "late")).toBe(String(t.late));
    expect(card(doc, "blocked")).toBe(String(t.blocked));
    expect(card(doc, "stale")).toBe(String(t.stale));
    expect(card(doc, "dueSoon")).toBe(String(t.dueSoon));
    expect(card(doc, "bonsCoups")).toBe(String(figures.bonsCoups.length));
    expect(doc.querySelector("#rk-summary .rk-text")?.textContent).toBe(figures.pointStatutaire);
    // The progress over time: one row per quarter, its follow-ups and its share.
    const rows = [...doc.querySelectorAll("#rk-progress tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    );
    expect(rows).toEqual(
      figures.progress.map((q) => [q.quarter, q.end, String(q.suivis), formatPercent(q.followedShare, "fr")]),
    );
    // Each chart of the Bilan sheet is drawn.
    expect(doc.querySelectorAll("svg[role=img]")).toHaveLength(5);
  });

  test("--html FILE writes the file and says so; --public leaves the internal parts out; English", async () => {
    const { dir, file } = await demo();
    const out = path.join(dir, "rapport.html");
    const made = await run(["bilan", file, "--html", out, "--public", "--langue", "en", ...DATE]);
    expect(made.code).toBe(0);
    expect(made.err).toBe(`HTML report (public version) written to ${out}.`);
    const html = readFileSync(out, "utf8");
    const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    expect(doc.documentElement.lang).toBe("en-CA");
    expect(doc.querySelector("h1")?.textContent).toBe("Action plan public report");
    expect(doc.querySelector("#rk-late-blocked")).toBeNull();
    expect(html).not.toMatch(/Service des travaux publics|Direction générale/);
    expect(readdirSync(dir).sort()).toEqual(["plan.xlsx", "rapport.html"]);
  });

  test("--texte --public prints the summary for citizens: no porteur named", async () => {
    const { file } = await demo();
    const internal = await run(["bilan", file, "--texte", "--html", path.join(tempDir(), "x.html"), ...DATE]);
    expect(internal.out).toMatch(/Service des travaux publics/);
    const open = await run([
      "bilan",
      file,
      "--texte",
      "--public",
      "-o",
      path.join(tempDir(), "x.xlsx"),
      ...DATE,
    ]);
    expect(open.code).toBe(0);
    expect(open.out).toMatch(/^En date du 2026-11-26, le plan d'action/);
    expect(open.out).not.toMatch(/Service des|porteur|retard/);
  });

  test("refuses what cannot work, before reading anything", async () => {
    const { file } = await demo();
    const alone = await run(["bilan", file, "--public"]);
    expect([alone.code, alone.err]).toEqual([2, expect.stringContaining("--public")]);
    const both = await run(["bilan", file, "--html", "-", "--json"]);
    expect([both.code, both.err]).toEqual([2, expect.stringContaining("--html -")]);
    const over = await run(["bilan", file, "--html", file]);
    expect([over.code, over.err]).toEqual([2, expect.stringContaining("classeur lu")]);
  });
});
