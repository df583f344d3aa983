/**
 * `plan-vivant consolider`: fifteen generated municipal workbooks and two unusable files.
 * The regional figures must equal the sum of each file's own (check --json and its bilan
 * figures), and the regional workbook read back must hold every row in real tables.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bilanFigures } from "../../src/domain/bilan";
import type { BilanFigures } from "../../src/domain/bilan/types";
import type { CheckReport } from "../../src/domain/check";
import { areaKey } from "../../src/domain/consolidate";
import { dayFromIso } from "../../src/domain/dates";
import { loadFile } from "../../src/cli/load";
import { STATUS_IDS, STATUSES } from "../../src/domain/vocabulary";
import { sofficeConvert, testWith } from "../workbook/xlsx/tools";
import { REFERENCE, UNUSABLE, VARIANTS, writeMunicipalWorkbooks } from "./municipal-workbooks";
import { CSV_ALL_SHEETS, parseCsv } from "./csv";
import { run, tempDir, type Run } from "./run";

const dir = tempDir();
const regional = path.join(dir, "region.xlsx");
let files: { usable: string[]; unusable: string[] };
let result: Run;

interface PerFile {
  file: string;
  name: string;
  check: CheckReport;
  figures: BilanFigures;
  placedActions: number;
  placedSuivis: number;
}
const perFile: PerFile[] = [];

/** Each municipality's expected name: its Organisation, else its file name; a repeat gets (2). */
function expectedNames(): string[] {
  const seen = new Map<string, number>();
  return VARIANTS.map((v) => {
    const base = v.organisation ?? v.file.replace(/\.xlsx$/, "");
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

beforeAll(async () => {
  files = await writeMunicipalWorkbooks(dir);
  const names = expectedNames();
  for (const [i, file] of files.usable.entries()) {
    const check = await run(["check", file, "--json", "--date", REFERENCE]);
    expect(check.code).toBeLessThanOrEqual(1);
    const loaded = await loadFile(file, { referenceDate: dayFromIso(REFERENCE) });
    perFile.push({
      file,
      name: names[i],
      check: JSON.parse(check.out) as CheckReport,
      figures: bilanFigures(loaded.wb, loaded.states, { generatedAt: "", lang: "fr" }),
      placedActions: loaded.wb.actions.length,
      placedSuivis: loaded.wb.suivis.length,
    });
  }
  // Unusable files in the middle of the list: the order of the others must not matter.
  const argv = [...files.usable.slice(0, 7), ...files.unusable, ...files.usable.slice(7)];
  result = await run(["consolider", ...argv, "-o", regional, "--date", REFERENCE]);
}, 120_000);

const sum = (pick: (f: PerFile) => number): number => perFile.reduce((n, f) => n + pick(f), 0);
const flags = (f: PerFile, kind: string): number => f.check.flags.filter((x) => x.kind === kind).length;

async function tableRefs(file: string): Promise<Map<string, { ref: string; rows: number }>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, { ref: string; rows: number }>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    const table = /<table [^>]*name="([^"]+)"[^>]*ref="([A-Z]+\d+:[A-Z]+(\d+))"/.exec(xml);
    if (!table) throw new Error(`no table in ${name}`);
    out.set(table[1], { ref: table[2], rows: Number(table[3]) - Number(/\d+/.exec(table[2])![0]) });
  }
  return out;
}

describe("plan-vivant consolider", () => {
  test("generates varied municipal workbooks that check reads", () => {
    expect(perFile).toHaveLength(15);
    expect(new Set(perFile.map((f) => f.check.lang))).toEqual(new Set(["fr", "en"]));
    expect(Math.min(...perFile.map((f) => f.placedActions))).toBeLessThanOrEqual(5);
    expect(Math.max(...perFile.map((f) => f.placedActions))).toBeGreaterThanOrEqual(45);
    expect(perFile.filter((f) => f.check.counts.errors > 0).length).toBe(2);
  });

  test("leaves out the unusable files, on stderr, with exit code 1", () => {
    expect(result.code).toBe(1);
    const lines = result.err.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(UNUSABLE.notXlsx);
    expect(lines[0]).toContain("n'est pas un classeur Excel");
    expect(lines[1]).toContain(UNUSABLE.noSuivis);
    expect(lines[1]).toMatch(/Suivis/);
    expect(result.out).toContain("15 municipalités");
    expect(result.out).toContain("2 fichiers exclus");
  });

  test("the regional bilan equals the sum of the municipal figures", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(regional);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Bilan régional", "Actions", "Suivis", "Problèmes"]);
    const sheet = wb.getWorksheet("Bilan régional")!;
    const rowOf = (label: string): number[] => {
      for (let r = 1; r <= sheet.rowCount; r++) {
        if (sheet.getCell(r, 2).value === label) {
          return [3, 4, 5, 6, 7, 8].map((c) => Number(sheet.getCell(r, c).value));
        }
      }
      throw new Error(`no row ${label}`);
    };
    for (const f of perFile) {
      const t = f.figures.totals;
      expect([f.name, ...rowOf(f.name)]).toEqual([
        f.name,
        t.actions,
        t.byStatus.done,
        flags(f, "late"),
        flags(f, "blocked"),
        flags(f, "stale"),
        t.actions === 0 ? 0 : Math.round((t.byStatus.done / t.actions) * 10_000) / 10_000,
      ]);
      expect(t.late).toBe(flags(f, "late"));
    }
    const total = rowOf("Total de la région");
    expect(total.slice(0, 5)).toEqual([
      sum((f) => f.figures.totals.actions),
      sum((f) => f.figures.totals.byStatus.done),
      sum((f) => flags(f, "late")),
      sum((f) => flags(f, "blocked")),
      sum((f) => flags(f, "stale")),
    ]);
    expect(total[0]).toBeGreaterThan(300);

    // By status: each status row is the sum of the municipal counts.
    for (const status of STATUSES) {
      const [count] = rowOf(status.fr);
      expect(count).toBe(sum((f) => f.figures.totals.byStatus[status.id]));
    }
  });

  test("areas add up across languages and customised lists", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(regional);
    const sheet = wb.getWorksheet("Bilan régional")!;
    let header = 0;
    for (let r = 1; r <= sheet.rowCount && !header; r++)
      if (sheet.getCell(r, 2).value === "Champ d'action") header = r;
    const areas = new Map<string, number[]>();
    for (let r = header + 1; sheet.getCell(r, 2).value; r++) {
      areas.set(
        String(sheet.getCell(r, 2).value),
        Array.from({ length: STATUS_IDS.length + 1 }, (_, i) => Number(sheet.getCell(r, 3 + i).value)),
      );
    }
    const totals = [...areas.values()].reduce((a, b) => a.map((x, i) => x + b[i]));
    expect(totals).toEqual([
      ...STATUS_IDS.map((id) => sum((f) => f.figures.totals.byStatus[id])),
      sum((f) => f.figures.totals.actions),
    ]);
    // "Transport et mobilité" (FR lists, custom or not) and "Transportation and mobility" (EN) are one row.
    const transport = sum((f) =>
      f.figures.byArea
        .filter((g) => areaKey(g.name) === "default:transport")
        .reduce((n, g) => n + g.actions, 0),
    );
    expect(transport).toBeGreaterThan(0);
    expect(areas.get("Transport et mobilité")?.at(-1)).toBe(transport);
    expect(areas.has("Transportation and mobility")).toBe(false);
    expect(areas.has("Vie communautaire")).toBe(true);
    expect(areas.has("Community life")).toBe(true);
  });

  test("tables hold every action, follow-up and problem, Municipalité first", async () => {
    const refs = await tableRefs(regional);
    expect(refs.get("ActionsRegion")?.rows).toBe(sum((f) => f.placedActions));
    expect(refs.get("SuivisRegion")?.rows).toBe(sum((f) => f.placedSuivis));
    expect(refs.get("ProblemesRegion")?.rows).toBe(sum((f) => f.check.problems.length));
    expect(refs.get("FichiersExclus")?.rows).toBe(2);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(regional);
    const actions = wb.getWorksheet("Actions")!;
    expect(actions.getCell(1, 1).value).toBe("Municipalité");
    expect(actions.getCell(1, 2).value).toBe("No");
    const byName = new Map<string, number>();
    for (let r = 2; r <= actions.rowCount; r++) {
      const name = String(actions.getCell(r, 1).value);
      byName.set(name, (byName.get(name) ?? 0) + 1);
    }
    for (const f of perFile) expect([f.name, byName.get(f.name)]).toEqual([f.name, f.placedActions]);

    const problems = wb.getWorksheet("Problèmes")!;
    const cells = (col: number) =>
      Array.from({ length: problems.rowCount - 1 }, (_, i) =>
        String(problems.getCell(i + 2, col).value ?? ""),
      );
    expect(cells(4)).toContain("Erreur");
    const unknown = cells(5).findIndex((m) => m.includes("« 99.9 »"));
    expect(unknown).toBeGreaterThanOrEqual(0);
    expect(cells(1)[unknown]).toContain("val-des-pins.xlsx");
    expect(cells(7).filter((x) => x !== "")).toEqual(files.unusable);
    expect(cells(8)[0]).toContain("n'est pas un classeur Excel");
  });

  test("draws native charts on the regional bilan", async () => {
    const zip = await JSZip.loadAsync(readFileSync(regional));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(3);
    const xml = await Promise.all(charts.map((c) => zip.file(c)!.async("string")));
    expect(xml.join("")).toContain("<c:doughnutChart>");
    expect(xml.join("")).toContain("'Bilan régional'!$B$");
  });

  test("refuses to overwrite the regional workbook", async () => {
    const before = readFileSync(regional);
    const again = await run(["consolider", files.usable[0], "-o", regional]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/existe déjà/);
    expect(readFileSync(regional).equals(before)).toBe(true);
  });

  test("writes nothing when no file is usable", async () => {
    const out = path.join(dir, "rien.xlsx");
    const r = await run(["consolider", ...files.unusable, "-o", out, "--langue", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("no usable workbook");
    expect(existsSync(out)).toBe(false);
  });

  test("says why each unreadable input is left out: empty, a folder, missing", async () => {
    const empty = path.join(dir, "vide.xlsx");
    writeFileSync(empty, "");
    const folder = path.join(dir, "dossier.xlsx");
    mkdirSync(folder, { recursive: true });
    const missing = path.join(dir, "absent.xlsx");
    const out = path.join(dir, "trois-exclus.xlsx");
    const r = await run([
      "consolider",
      files.usable[0],
      empty,
      folder,
      missing,
      "-o",
      out,
      "--date",
      REFERENCE,
    ]);
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain("vide.xlsx");
    expect(lines[0]).toMatch(/fichier est vide/);
    expect(lines[1]).toContain("dossier.xlsx");
    expect(lines[1]).toMatch(/C'est un dossier/);
    expect(lines[2]).toContain("absent.xlsx");
    expect(lines[2]).toMatch(/introuvable/);
    expect(r.out).toContain("3 fichiers exclus");
  });

  test("asks for the output file", async () => {
    const r = await run(["consolider", files.usable[0]]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("-o REGIONAL.xlsx");
  });

  testWith("soffice")("LibreOffice reads every row of the regional tables", () => {
    const out = tempDir();
    sofficeConvert([regional], CSV_ALL_SHEETS, out);
    const csv = (sheet: string) => parseCsv(readFileSync(path.join(out, `region-${sheet}.csv`), "utf8"));
    expect(readdirSync(out).sort()).toEqual(
      ["Actions", "Bilan régional", "Problèmes", "Suivis"].map((s) => `region-${s}.csv`),
    );
    const actions = csv("Actions").filter((r) => r.some((c) => c !== ""));
    expect(actions[0].slice(0, 2)).toEqual(["Municipalité", "No"]);
    expect(actions.length - 1).toBe(sum((f) => f.placedActions));
    const suivis = csv("Suivis").filter((r) => r.some((c) => c !== ""));
    expect(suivis.length - 1).toBe(sum((f) => f.placedSuivis));
    expect(new Set(suivis.slice(1).map((r) => r[0]))).toEqual(
      new Set(perFile.filter((f) => f.placedSuivis > 0).map((f) => f.name)),
    );
  });
});
