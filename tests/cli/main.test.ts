import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { run, tempDir } from "./run";

const dir = tempDir();
const demo = path.join(dir, "demo.xlsx");
const empty = path.join(dir, "vide.xlsx");

beforeAll(async () => {
  expect((await run(["demo", demo])).code).toBe(0);
  expect(
    (
      await run([
        "init",
        empty,
        "--organisation",
        "Ville de Test",
        "--debut",
        "2025-01-01",
        "--fin",
        "2028-12-31",
      ])
    ).code,
  ).toBe(0);
});

describe("plan-vivant init and demo", () => {
  it("refuses to overwrite an existing file", async () => {
    const before = readFileSync(empty);
    const r = await run(["init", empty]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("vide.xlsx");
    expect(r.err).toMatch(/existe déjà/);
    expect(readFileSync(empty).equals(before)).toBe(true);
    expect((await run(["demo", demo])).code).toBe(2);
  });

  it("writes the settings given on the command line", async () => {
    const r = await run(["check", empty, "--json"]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(empty);
    const values = wb.getWorksheet("Paramètres")?.getSheetValues().flat().map(String);
    expect(values).toEqual(expect.arrayContaining(["Ville de Test", "Plan d'action PFM-MADA 2025-2028"]));
  });

  it("creates an English workbook on request", async () => {
    const file = path.join(dir, "english.xlsx");
    expect((await run(["init", file, "--langue", "en"])).code).toBe(0);
    const r = await run(["check", file]);
    expect(r.out).toContain("Reference date: 2026-11-26");
  });

  it("refuses a bad date or plan type with exit 2 and one line", async () => {
    const r = await run(["init", path.join(dir, "x.xlsx"), "--debut", "2025-13-01"]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toContain("--debut");
    expect(r.err.split("\n")).toHaveLength(1);
    expect((await run(["init", path.join(dir, "y.xlsx"), "--type", "ABC"])).code).toBe(2);
    expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("plan-vivant check", () => {
  it("prints flags and problems grouped, in French", async () => {
    const r = await run(["check", demo]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Plan vivant : vérification de .*demo\.xlsx$/m);
    expect(r.out).toContain("Date de référence : 2026-11-26");
    for (const heading of [
      "En retard",
      "Bloquées",
      "Sans suivi récent",
      "Échéance proche",
      "Erreurs (0)",
      "Avertissements",
    ]) {
      expect(r.out).toContain(heading);
    }
  });

  it("prints one JSON object with every flag kind and located warnings", async () => {
    const r = await run(["check", demo, "--json"]);
    const report = JSON.parse(r.out);
    expect(report.referenceDate).toBe("2026-11-26");
    expect(report.counts.actions).toBeGreaterThanOrEqual(25);
    expect(new Set(report.flags.map((f: { kind: string }) => f.kind))).toEqual(
      new Set(["late", "blocked", "stale", "due-soon"]),
    );
    for (const flag of report.flags.filter((f: { kind: string }) => f.kind === "late"))
      expect(flag.days).toBeGreaterThan(0);
    expect(report.problems.filter((p: { severity: string }) => p.severity === "error")).toEqual([]);
    expect(report.problems.length).toBeGreaterThanOrEqual(3);
    for (const p of report.problems) expect(p.cell).toMatch(/^('[^']*(''[^']*)*'|[^!']+)!\$?[A-Z]+\$?\d+$/);
  });

  it("takes --date over the workbook's date and today", async () => {
    const r = await run(["check", demo, "--json", "--date", "2026-01-15"]);
    expect(JSON.parse(r.out).referenceDate).toBe("2026-01-15");
  });

  it("exits 1 when the data has errors", async () => {
    const file = path.join(dir, "erreurs.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(empty);
    const sheet = wb.getWorksheet("Suivis") as ExcelJS.Worksheet;
    sheet.getCell("A2").value = "32/01/2026";
    sheet.getCell("B2").value = "9.9";
    sheet.getCell("C2").value = "En cours";
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file, "--json"]);
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.out).problems.map((p: { code: string; cell: string }) => `${p.code}@${p.cell}`),
    ).toEqual(["invalid-date@Suivis!A2", "unknown-action@Suivis!B2"]);
  });
});

describe("hostile input", () => {
  it("a missing file: exit 2, one line naming the file", async () => {
    const r = await run(["check", path.join(dir, "absent.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/absent\.xlsx.*introuvable/);
    expect(r.err.split("\n")).toHaveLength(1);
  });

  it("a text file renamed .xlsx: exit 2, not a workbook", async () => {
    const file = path.join(dir, "texte.xlsx");
    writeFileSync(file, "Ceci est une note, pas un classeur.\n");
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("texte.xlsx");
    expect(r.err).toMatch(/pas un classeur Excel/);
    expect(r.err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it("an empty workbook: exit 2, the tables are missing", async () => {
    const file = path.join(dir, "classeur-vide.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Feuil1");
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Plan d'action.*introuvable/);
  });

  it("a workbook whose Suivis table is missing: exit 2, says which", async () => {
    const file = path.join(dir, "sans-suivis.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(empty);
    wb.removeWorksheet(wb.getWorksheet("Suivis")?.id ?? -1);
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file, "--json"]);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err).toMatch(/« Suivis » est introuvable/);
  });

  it("an unknown command or a missing file argument: exit 2 with help", async () => {
    expect((await run(["verifier", demo])).code).toBe(2);
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["--aide"])).code).toBe(0);
  });

  it.each(["toString", "constructor", "__proto__", "hasOwnProperty"])(
    "%s is no command, though every object has it: exit 2, naming it",
    async (name) => {
      const r = await run([name, demo]);
      expect(r).toMatchObject({ code: 2, out: "" });
      expect(r.err).toContain(name);
    },
  );
});
