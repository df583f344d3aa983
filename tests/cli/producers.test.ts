/**
 * The CLI's workbooks read by an independent reader (LibreOffice), and workbooks made by
 * other programs read by the CLI.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { sofficeConvert, tempDir, testWith } from "../workbook/xlsx/tools";
import { CSV_ALL_SHEETS, parseCsv } from "./csv";
import { run } from "./run";

describe("an independent reader (LibreOffice) sees what Plan vivant wrote", () => {
  testWith("soffice")("the demo's sheets, tables and values match the project's reader", async () => {
    const dir = tempDir("roundtrip");
    const file = path.join(dir, "demo.xlsx");
    expect((await run(["demo", file])).code).toBe(0);
    const empty = path.join(dir, "vide.xlsx");
    expect((await run(["init", empty])).code).toBe(0);
    const report = JSON.parse((await run(["check", file, "--json"])).out);
    expect(report.problems.filter((p: { severity: string }) => p.severity === "error")).toEqual([]);
    const emptyReport = JSON.parse((await run(["check", empty, "--json"])).out);
    expect(emptyReport.problems).toEqual([]);

    sofficeConvert([file, empty], CSV_ALL_SHEETS, dir);
    const sheet = (name: string, base = "demo") =>
      parseCsv(readFileSync(path.join(dir, `${base}-${name}.csv`), "utf8"));
    const actions = sheet("Plan d'action");
    const suivis = sheet("Suivis");
    expect(actions[0].slice(0, 4)).toEqual(["No", "Champ d'action", "Objectif", "Action"]);
    expect(actions.slice(1).filter((r) => r[0] !== "")).toHaveLength(report.counts.actions);
    expect(suivis.slice(1).filter((r) => r[0] !== "")).toHaveLength(report.counts.suivis);
    // Dates are real dates shown AAAA-MM-JJ, statuses are the contract's labels.
    for (const r of suivis.slice(1)) {
      expect(r[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([
        "À venir",
        "En cours",
        "En continu",
        "Reportée",
        "Bloquée",
        "Réalisée",
        "Partiellement réalisée",
        "Abandonnée",
      ]).toContain(r[2]);
    }
    const settings = sheet("Paramètres");
    expect(settings.map((r) => r[0])).toEqual(
      expect.arrayContaining(["Organisation", "Délai de suivi (jours)"]),
    );
    expect(sheet("Listes")[0]).toEqual(expect.arrayContaining(["Champ d'action", "Statut"]));
    expect(sheet("Plan d'action", "vide")[0][0]).toBe("No");
  });
});

describe("workbooks saved by other programs", () => {
  testWith("soffice")(
    "a plan typed in LibreOffice (no tables, title rows, text dates, percents) is read",
    async () => {
      const dir = tempDir("libreoffice");
      sofficeConvert(
        [path.resolve(__dirname, "../fixtures/plan-libreoffice.fods")],
        "xlsx:Calc MS Excel 2007 XML",
        dir,
      );
      const r = await run([
        "check",
        path.join(dir, "plan-libreoffice.xlsx"),
        "--json",
        "--date",
        "2026-11-26",
      ]);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const report = JSON.parse(r.out);
      expect(report.counts).toMatchObject({ actions: 2, suivis: 3, errors: 0, warnings: 0 });
      expect(report.flags).toEqual([
        { action: "2.1", kind: "blocked" },
        { action: "2.1", kind: "stale", days: 268 },
      ]);
      const text = await run(["check", path.join(dir, "plan-libreoffice.xlsx"), "--date", "2026-03-10"]);
      // On 2026-03-10 action 1 (a number in the sheet, an id for Plan vivant) is in progress, due 2026-06-30.
      expect(text.out).toContain("Date de référence : 2026-03-10");
      expect(text.out).toMatch(/Bloquées \(1\)\n\s+2\.1 /);
    },
  );
});
