/**
 * `plan-vivant rencontre --html` (the meeting sheet) and `fin-de-plan --html` (the end-of-plan
 * report): one self-contained HTML file holding the same figures as `--json`.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { formatPercent } from "../../src/domain/format";
import { run, tempDir } from "./run";

const NOW = new Date("2026-11-26T12:00:00");
const parse = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const card = (doc: Document, id: string) =>
  doc.querySelector(`[data-card="${id}"] .rk-card-value`)?.textContent;

async function demo(): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  const file = path.join(dir, "plan.xlsx");
  expect((await run(["demo", file], NOW)).code).toBe(0);
  return { dir, file };
}

describe("plan-vivant rencontre --html", () => {
  test("--html - holds the point statutaire and the actions of --json, by porteur; no request", async () => {
    const { file } = await demo();
    const args = ["rencontre", file, "--instance", "suivi", "--date", "2026-11-26"];
    const json = JSON.parse((await run([...args, "--json"], NOW)).out);
    const r = await run([...args, "--html", "-"], NOW);
    expect(r.code).toBe(0);
    expect(r.out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(r.out).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|https?:\/\//i);
    const doc = parse(r.out);
    expect(doc.querySelector("#rk-agenda h2")?.textContent).toBe("Point statutaire : plan d'action PFM-MADA");
    // The detailed text's opening paragraph is the text's first paragraph after its heading.
    const opening = (json.pointStatutaire as string).split("\n\n")[1].split("\n")[0];
    expect(doc.querySelector("#rk-agenda .rk-text")?.textContent).toBe(opening);
    const groups = json.groups as { porteur: string | null; actions: { no: string }[] }[];
    groups.forEach((g, i) => {
      const rows = [...doc.querySelectorAll(`#rk-porteur-${i + 1} tbody tr`)];
      expect(rows.map((tr) => tr.querySelector("td")?.textContent)).toEqual(g.actions.map((a) => a.no));
      // Room to write: the notes column is empty.
      expect(rows.every((tr) => tr.querySelector("td.rk-blank")?.textContent === "")).toBe(true);
    });
    expect(doc.querySelectorAll("#rk-reflection tbody tr")).toHaveLength(3);
  });

  test("--html FILE writes the file and says so; --json and --html - together are refused", async () => {
    const { dir, file } = await demo();
    const out = path.join(dir, "rencontre.html");
    const args = ["rencontre", file, "--instance", "conseil", "--date", "2026-11-26"];
    const r = await run([...args, "--html", out], NOW);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Point statutaire/);
    expect(r.err).toBe(`Feuille de rencontre en HTML écrite dans ${out}.`);
    expect(readFileSync(out, "utf8")).toContain("Feuille de rencontre");
    const both = await run([...args, "--html", "-", "--json"], NOW);
    expect(both.code).toBe(2);
    expect(both.err).toContain("n'en demandez qu'un");
    const over = await run([...args, "--html", file], NOW);
    expect(over.code).toBe(2);
  });
});

describe("plan-vivant fin-de-plan --html", () => {
  test("--html - holds the figures of --json: cards, table by area, each action's outcome", async () => {
    const { dir, file } = await demo();
    const json = JSON.parse(
      (await run(["fin-de-plan", file, "--json", "-o", path.join(dir, "a.xlsx")], NOW)).out,
    );
    const r = await run(["fin-de-plan", file, "--html", "-", "-o", path.join(dir, "b.xlsx")], NOW);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/<script|<link|\bsrc=|\bhref=|url\(|https?:\/\//i);
    const doc = parse(r.out);
    expect(card(doc, "actions")).toBe(String(json.total.actions));
    expect(card(doc, "rate")).toBe(formatPercent(json.total.rate, "fr"));
    for (const id of ["done", "partly-done", "ongoing", "not-done", "dropped"])
      expect([id, card(doc, id)]).toEqual([id, String(json.total.outcomes[id])]);
    expect(doc.querySelector("#rk-renewal .rk-text")?.textContent).toBe(json.renewalText);
    const areaRows = [...doc.querySelectorAll("#rk-areas tbody tr")].map(
      (tr) => tr.querySelectorAll("td")[0].textContent,
    );
    expect(areaRows).toEqual(json.byArea.map((g: { label: string }) => g.label));
    const nos = [...doc.querySelectorAll("#rk-outcomes-list tbody tr")].map(
      (tr) => tr.querySelectorAll("td")[0].textContent,
    );
    expect(nos).toEqual(json.actions.map((a: { no: string }) => a.no));
    expect(doc.querySelectorAll("svg[role=img]").length).toBeGreaterThanOrEqual(2);
  });

  test("--html alone writes the report only: the workbook is read, no workbook written", async () => {
    const { dir, file } = await demo();
    const before = readFileSync(file);
    const report = path.join(dir, "fin.html");
    const r = await run(["fin-de-plan", file, "--html", report], NOW);
    expect(r.code).toBe(0);
    expect(readFileSync(report, "utf8")).toContain("<svg");
    expect(readdirSync(dir).sort()).toEqual(["fin.html", "plan.xlsx"]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(r.err).toContain("fin.html");
  });
});
