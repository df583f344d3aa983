/**
 * `plan-vivant bilan`: the output file, the figures it prints, what it leaves alone, and what an
 * independent reader (LibreOffice) finds in the Bilan sheet.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { compareParts } from "../../src/workbook/xlsx/package/parts";
import { readWorkbookInfo } from "../../src/workbook/xlsx/package/workbook-xml";
import { sheetValues, userWorkbook } from "../workbook/xlsx/package/package-fixtures";
import { sofficeConvert, tempDir, testWith } from "../workbook/xlsx/tools";
import { CSV_ALL_SHEETS, parseCsv } from "./csv";
import { run } from "./run";

/** The computed columns of Actions that the bilan refreshes (sheet columns of the demo). */
const COMPUTED = ["Statut actuel", "Avancement (%)", "Dernier suivi", "Alerte"];

interface Figures {
  referenceDate: string;
  totals: {
    actions: number;
    byStatus: Record<string, number>;
    late: number;
    blocked: number;
    stale: number;
    dueSoon: number;
  };
  bonsCoups: { date: string; no: string }[];
  pointStatutaire: string;
  sheet: string;
  file: string;
}

async function demoFile(dir: string): Promise<string> {
  const file = path.join(dir, "plan.xlsx");
  expect((await run(["demo", file])).code).toBe(0);
  return file;
}

/** Every table of a package: name, ref and columns, by part. */
async function tables(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const f of Object.values(zip.files).filter((x) => /^xl\/tables\/[^/]+\.xml$/.test(x.name))) {
    const xml = await f.async("string");
    const open = /<table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const cols = [...xml.matchAll(/<tableColumn\b[^>]*name="([^"]*)"/g)].map((m) => m[1]).join("|");
    out.push(`${/displayName="([^"]*)"/.exec(open)?.[1]} ${/ref="([^"]*)"/.exec(open)?.[1]} ${cols}`);
  }
  return out.sort();
}

/** Cells of `values` outside the given 1-based columns of one sheet. */
function without(values: unknown[], cols: number[]): unknown[] {
  return values.filter((v) => !cols.includes((v as [number, number])[1]));
}

describe("plan-vivant bilan", () => {
  test("writes FILE - bilan DATE.xlsx beside the input and leaves the input as it was", async () => {
    const dir = tempDir("bilan");
    const file = await demoFile(dir);
    const before = readFileSync(file);
    const r = await run(["bilan", file, "--date", "2026-11-26"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const out = path.join(dir, "plan - bilan 2026-11-26.xlsx");
    expect(r.out).toContain(`Bilan écrit dans ${out} (feuille « Bilan »).`);
    expect(r.out).toContain("En date du 2026-11-26, le plan d'action");
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(file).equals(before)).toBe(true);
    const info = await readWorkbookInfo(await JSZip.loadAsync(readFileSync(out)));
    expect(info.sheets.map((s) => s.name)).toContain("Bilan");
  });

  test("never writes over the input without --sur-place; with it, the input gets the Bilan sheet", async () => {
    const dir = tempDir("bilan-in-place");
    const file = await demoFile(dir);
    const before = readFileSync(file);
    const refused = await run(["bilan", file, "-o", file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("c'est le classeur lu");
    expect(refused.err).toContain("--sur-place");
    expect(readFileSync(file).equals(before)).toBe(true);
    const done = await run(["bilan", file, "--sur-place", "--date", "2026-11-26"]);
    expect(done.code).toBe(0);
    const info = await readWorkbookInfo(await JSZip.loadAsync(readFileSync(file)));
    expect(info.sheets.filter((s) => s.name.startsWith("Bilan"))).toHaveLength(1);
    // Generating again replaces Plan vivant's own Bilan sheet: still one.
    expect((await run(["bilan", file, "--sur-place", "--date", "2026-11-27"])).code).toBe(0);
    const again = await readWorkbookInfo(await JSZip.loadAsync(readFileSync(file)));
    expect(again.sheets.filter((s) => s.name.startsWith("Bilan"))).toHaveLength(1);
    expect(again.sheets.length).toBe(info.sheets.length);
  });

  test("--json: the totals agree with check's flags; --depuis limits the bons coups to the period", async () => {
    const dir = tempDir("bilan-json");
    const file = await demoFile(dir);
    const r = await run(["bilan", file, "--date", "2026-11-26", "--json", "-o", path.join(dir, "b.xlsx")]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out) as Figures;
    const check = JSON.parse((await run(["check", file, "--date", "2026-11-26", "--json"])).out) as {
      counts: { actions: number };
      flags: { action: string; kind: string }[];
    };
    const count = (kind: string): number =>
      new Set(check.flags.filter((x) => x.kind === kind).map((x) => x.action)).size;
    expect(f.referenceDate).toBe("2026-11-26");
    expect(f.totals.actions).toBe(check.counts.actions);
    expect(Object.values(f.totals.byStatus).reduce((a, b) => a + b, 0)).toBe(f.totals.actions);
    expect(f.totals.late).toBe(count("late"));
    expect(f.totals.blocked).toBe(count("blocked"));
    expect(f.totals.stale).toBe(count("stale"));
    expect(f.totals.dueSoon).toBe(count("due-soon"));
    expect(f.totals.late).toBeGreaterThan(0);
    expect(f.totals.blocked).toBeGreaterThan(0);
    expect(f.bonsCoups.length).toBeGreaterThan(2);
    expect(f.pointStatutaire).toMatch(/^En date du 2026-11-26/);

    const since = await run([
      "bilan",
      file,
      "--date",
      "2026-11-26",
      "--depuis",
      "2026-07-01",
      "--json",
      "-o",
      path.join(dir, "c.xlsx"),
    ]);
    const g = JSON.parse(since.out) as Figures;
    expect(g.bonsCoups.length).toBeGreaterThan(0);
    expect(g.bonsCoups.length).toBeLessThan(f.bonsCoups.length);
    expect(g.bonsCoups.every((b) => b.date >= "2026-07-01")).toBe(true);
    expect(g.bonsCoups).toEqual(f.bonsCoups.filter((b) => b.date >= "2026-07-01"));
    expect(g.totals).toEqual(f.totals);
  });

  test("--texte prints the point statutaire only, in the workbook's language or --langue", async () => {
    const dir = tempDir("bilan-text");
    const file = await demoFile(dir);
    const fr = await run(["bilan", file, "--date", "2026-11-26", "--texte", "-o", path.join(dir, "fr.xlsx")]);
    expect(fr.out).toMatch(/^En date du 2026-11-26, le plan d'action « .+ » compte \d+ actions\./);
    expect(fr.err).toContain("fr.xlsx");
    const en = await run([
      "bilan",
      file,
      "--date",
      "2026-11-26",
      "--texte",
      "--langue",
      "en",
      "-o",
      path.join(dir, "en.xlsx"),
    ]);
    expect(en.out).toMatch(/^As of 2026-11-26, the action plan/);
  });

  test("bad input: a wrong date, a missing file, a file that is not a workbook, each in one line with exit 2", async () => {
    const dir = tempDir("bilan-bad");
    const file = await demoFile(dir);
    const date = await run(["bilan", file, "--depuis", "2026-13-01"]);
    expect(date.code).toBe(2);
    expect(date.err).toContain("2026-13-01");
    const missing = await run(["bilan", path.join(dir, "absent.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Fichier introuvable");
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "pas un classeur");
    const notWorkbook = await run(["bilan", text]);
    expect(notWorkbook.code).toBe(2);
    expect(notWorkbook.err).toContain("n'est pas un classeur Excel");
    expect(notWorkbook.err.split("\n")).toHaveLength(1);
  });

  test("on the demo: every other sheet's values, the tables and the defined names are unchanged", async () => {
    const dir = tempDir("bilan-keep");
    const file = await demoFile(dir);
    const out = path.join(dir, "out.xlsx");
    expect((await run(["bilan", file, "--date", "2026-11-26", "-o", out])).code).toBe(0);
    const input = new Uint8Array(readFileSync(file));
    const output = new Uint8Array(readFileSync(out));
    expect(await compareParts(input, output, { ownerNames: ["PlanVivant.Bilan"] })).toEqual([]);
    const a = await sheetValues(input);
    const b = await sheetValues(output, ["Bilan"]);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const header = (a["Plan d'action"] ?? []).filter((v) => (v as [number])[0] === 1) as [
      number,
      number,
      string,
    ][];
    const computed = header.filter(([, , name]) => COMPUTED.includes(name)).map(([, c]) => c);
    expect(computed).toHaveLength(4);
    for (const sheet of Object.keys(a)) {
      if (sheet === "Plan d'action") expect(without(b[sheet], computed)).toEqual(without(a[sheet], computed));
      else expect(b[sheet]).toEqual(a[sheet]);
    }
    expect(await tables(output)).toEqual(await tables(input));
    const names = async (bytes: Uint8Array) =>
      (await readWorkbookInfo(await JSZip.loadAsync(bytes))).names.map((n) => `${n.name}=${n.value}`);
    expect((await names(output)).filter((n) => !n.startsWith("PlanVivant.Bilan="))).toEqual(
      await names(input),
    );
  });

  testWith("openpyxl")(
    "on a user's workbook with a chart, a picture, a comment and a sheet of their own named Bilan: all kept",
    async () => {
      const dir = tempDir("bilan-user");
      const file = path.join(dir, "user.xlsx");
      writeFileSync(file, userWorkbook());
      const out = path.join(dir, "out.xlsx");
      const r = await run(["bilan", file, "--date", "2026-11-26", "-o", out]);
      expect(r.err).toBe("");
      const input = new Uint8Array(readFileSync(file));
      const output = new Uint8Array(readFileSync(out));
      expect(await compareParts(input, output)).toEqual([]);
      const zin = await JSZip.loadAsync(input);
      const zout = await JSZip.loadAsync(output);
      for (const name of Object.keys(zin.files).filter(
        (n) => /^xl\/(charts|media|comments|drawings)\//.test(n) || /comments/.test(n),
      )) {
        const x = await zin.file(name)?.async("string");
        expect([name, await zout.file(name)?.async("string")]).toEqual([name, x]);
      }
      const info = await readWorkbookInfo(zout);
      const names = info.sheets.map((s) => s.name);
      expect(names.filter((n) => n === "Bilan")).toHaveLength(1);
      expect(names).toContain("Bilan (2)");
      const a = await sheetValues(input);
      const b = await sheetValues(output, ["Bilan (2)"]);
      expect(b["Bilan"]).toEqual(a["Bilan"]);
      expect(b["Suivis"]).toEqual(a["Suivis"]);
      expect(await tables(output)).toEqual(await tables(input));
    },
  );

  testWith("soffice")(
    "LibreOffice reads the Bilan sheet's key figures as --json gives them, and keeps its five charts (progress by quarter included)",
    async () => {
      const dir = tempDir("bilan-lo");
      const file = await demoFile(dir);
      const out = path.join(dir, "rapport.xlsx");
      const r = await run(["bilan", file, "--date", "2026-11-26", "--json", "-o", out]);
      const f = JSON.parse(r.out) as Figures;
      sofficeConvert([out], CSV_ALL_SHEETS, dir);
      const rows = parseCsv(readFileSync(path.join(dir, "rapport-Bilan.csv"), "utf8"));
      const value = (label: string): string | undefined => {
        const row = rows.find((cells) => cells.includes(label));
        return row?.[row.indexOf(label) + 1];
      };
      expect(value("Date de référence")).toBe("2026-11-26");
      expect(Number(value("Actions au total"))).toBe(f.totals.actions);
      expect(Number(value("En retard"))).toBe(f.totals.late);
      expect(Number(value("Bloquées"))).toBe(f.totals.blocked);
      expect(Number(value("Sans suivi récent"))).toBe(f.totals.stale);
      expect(Number(value("Échéance proche"))).toBe(f.totals.dueSoon);
      expect(rows.some((cells) => cells[0] === f.pointStatutaire)).toBe(true);
      // LibreOffice re-saving the file as .xlsx writes back the charts it understood.
      const lo = tempDir("bilan-lo-xlsx");
      sofficeConvert([out], "xlsx", lo);
      const zip = await JSZip.loadAsync(readFileSync(path.join(lo, "rapport.xlsx")));
      expect(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(5);
    },
  );
});
