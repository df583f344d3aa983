import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dayFromIso } from "../../src/domain/dates";
import { readWorkbook } from "../../src/domain/read";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { PYTHON, testWith } from "../workbook/xlsx/tools";
import { englishPlan, frenchPlan, unclearPlan } from "./adopt-fixtures";
import { run, tempDir } from "./run";

const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const d = (iso: string) => dayFromIso(iso) as number;

async function tracking(file: string) {
  const snapshot = await readXlsx(readFileSync(file));
  return { snapshot, wb: readWorkbook(snapshot, { today: d("2026-11-26") }) };
}

beforeAll(async () => {
  await frenchPlan(at("plan-mada.xlsx"));
  await englishPlan(at("plan-en.xlsx"));
  await unclearPlan(at("plan-flou.xlsx"));
});

describe("plan-vivant adopter", () => {
  test("French plan under merged titles: mapping printed, new workbook written, bad cells listed, original untouched", async () => {
    const input = at("plan-mada.xlsx");
    const before = readFileSync(input);
    const r = await run(["adopter", input, "--feuille", "plan mada"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Correspondance proposée pour « Plan MADA » (en-têtes à la ligne 4) :");
    expect(r.out).toMatch(/ {2}D {3}Resp\. +→ Porteur \(sûre, \d+ %\)/);
    expect(r.out).toMatch(/ {2}F {3}Éch\. +→ Échéance \(sûre/);
    expect(r.out).toMatch(/ {2}I {3}Commentaires +→ — ignorer —/);
    const out = at("plan-mada - suivi.xlsx");
    expect(r.out).toContain(`Classeur de suivi créé : ${out}`);
    expect(r.out).toContain("3 actions reprises, 0 fiche de suivi créée.");
    expect(r.out).toContain("'Plan MADA'!A9 : ligne de total, laissée de côté");
    expect(r.out).toContain("Cellules non converties (2)");
    expect(r.out).toMatch(/'Plan MADA'!F8 +« bientôt » n'est pas une date \(Éch\.\)/);
    expect(r.out).toMatch(/'Plan MADA'!G8 +« gratuit » n'est pas un montant positif \(Budg\.\)/);
    expect(readFileSync(input).equals(before)).toBe(true);

    const { snapshot, wb } = await tracking(out);
    expect(snapshot.sheetNames).toEqual([
      "Paramètres",
      "Plan d'action",
      "Suivis",
      "Acteurs",
      "Rencontres",
      "Listes",
    ]);
    expect(wb.actions.map((a) => [a.no, a.area, a.porteur, a.due, a.budget])).toEqual([
      ["1.1", "Loisirs", "Loisirs", d("2026-06-30"), 1500],
      ["1.2", "Transport et mobilité", "Direction générale", d("2026-12-31"), 12000],
      ["2.1", "Sécurité", "Incendie", undefined, undefined],
    ]);
    expect(wb.problems.filter((p) => p.severity === "error")).toEqual([]);

    const again = await run(["adopter", input, "--feuille", "Plan MADA"]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/existe déjà/);
  });

  test("English table: status and progress become a first follow-up, a bad status is listed", async () => {
    const out = at("suivi-en.xlsx");
    const r = await run([
      "adopter",
      at("plan-en.xlsx"),
      "--feuille",
      "Action plan",
      "-o",
      out,
      "--langue",
      "en",
    ]);
    expect(r.out).toContain('Proposed mapping for "MyPlan" (headers on row 1):');
    expect(r.out).toMatch(/H {3}Progress +→ Progress \(%\) \(first follow-up\) \(sure, \d+%\)/);
    expect(r.out).toMatch(/'Action plan'!G4 +"Waiting" is not a known status \(Status\)/);
    expect(r.code).toBe(1);
    const { snapshot, wb } = await tracking(out);
    expect(snapshot.sheetNames[1]).toBe("Action plan");
    expect(wb.lang).toBe("en");
    expect(wb.suivis.map((s) => [s.action, s.status, s.progress, s.date])).toEqual([
      ["A-1", "in-progress", 40, d("2026-11-26")],
      ["A-2", "done", 100, d("2026-11-26")],
    ]);
    expect(wb.actions.map((a) => a.area)).toEqual(["Recreation", "Communication and information", "Safety"]);
  });

  test("an unclear mapping writes nothing until MAP.json confirms it", async () => {
    const input = at("plan-flou.xlsx");
    const r = await run(["adopter", input, "--feuille", "Feuil1"]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/B {3}Quoi +→ — ignorer —/);
    expect(r.err).toContain("Aucune colonne ne correspond à : Action.");
    expect(existsSync(at("plan-flou - suivi.xlsx"))).toBe(false);

    const map = at("corr.json");
    writeFileSync(map, JSON.stringify({ b: "action", C: "Porteur", D: "Échéance" }));
    const ok = await run(["adopter", input, "--feuille", "Feuil1", "--correspondance", map]);
    expect(ok.err).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Toutes les cellules ont été converties.");
    const { wb } = await tracking(at("plan-flou - suivi.xlsx"));
    expect(wb.actions.map((a) => [a.no, a.text, a.porteur, a.due])).toEqual([
      ["1", "Aménager un parc", "Loisirs", d("2026-06-30")],
      ["2", "Créer un bottin", "Communications", d("2026-09-30")],
    ]);
  });

  test("a bad mapping file is named with its cause", async () => {
    const map = at("mauvaise.json");
    writeFileSync(map, JSON.stringify({ Z: "no" }));
    const r = await run([
      "adopter",
      at("plan-flou.xlsx"),
      "--feuille",
      "Feuil1",
      "--correspondance",
      map,
      "-o",
      at("x.xlsx"),
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("la colonne « Z » n'est pas une colonne du plan (colonnes : A, B, C, D)");
    writeFileSync(map, JSON.stringify({ B: "Quoi faire" }));
    const bad = await run(["adopter", at("plan-flou.xlsx"), "--feuille", "Feuil1", "--correspondance", map]);
    expect(bad.err).toContain("« Quoi faire » (colonne B) n'est pas une colonne du plan d'action");
    writeFileSync(map, "{pas du json");
    expect(
      (await run(["adopter", at("plan-flou.xlsx"), "--feuille", "Feuil1", "--correspondance", map])).err,
    ).toMatch(/n'est pas du JSON valide/);
    expect(existsSync(at("x.xlsx"))).toBe(false);
  });

  test("no such sheet: exit 2 and the sheets listed", async () => {
    const r = await run(["adopter", at("plan-mada.xlsx"), "--feuille", "Plan PFM"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "Aucune feuille ni tableau ne s'appelle « Plan PFM ». Feuilles du classeur : « Notes », « Plan MADA ».",
    );
    const none = await run(["adopter", at("plan-mada.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--feuille NOM");
  });

  test("the output is never the plan itself", async () => {
    const input = at("plan-en.xlsx");
    const r = await run(["adopter", input, "--feuille", "Action plan", "-o", input]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("doit être un nouveau fichier");
  });

  testWith("openpyxl")(
    "a plan saved by openpyxl: merged titles, column B, a year alone, a repeated number",
    async () => {
      const pyDir = tempDir();
      execFileSync(PYTHON, [path.resolve(__dirname, "../fixtures/openpyxl-adopt.py"), pyDir]);
      const input = path.join(pyDir, "plan-pfm.xlsx");
      const before = readFileSync(input);
      const r = await run(["adopter", input, "--feuille", "Plan PFM 2025-2028"]);
      expect(r.out).toContain("(en-têtes à la ligne 4)");
      for (const [letter, header, target] of [
        ["B", "No", "No"],
        ["C", "Axe", "Champ d'action"],
        ["D", "Actions", "Action"],
        ["E", "Resp\\.", "Porteur"],
        ["F", "Partenaires", "Partenaires"],
        ["G", "Échéancier", "Échéance"],
        ["H", "Coût estimé", "Budget prévu \\(\\$\\)"],
      ]) {
        expect(r.out).toMatch(new RegExp(` {2}${letter} {3}${header} +→ ${target} \\(sûre`));
      }
      expect(r.code).toBe(1);
      expect(r.out).toContain("'Plan PFM 2025-2028'!B10 : ligne de total, laissée de côté");
      const listed = r.out
        .split("\n")
        .filter((l) => l.startsWith("  'Plan PFM 2025-2028'!") && !l.includes("total"));
      expect(listed.map((l) => /^ {2}(\S+ \S+ \S+)/.exec(l)?.[1])).toEqual([
        "'Plan PFM 2025-2028'!G6",
        "'Plan PFM 2025-2028'!H8",
        "'Plan PFM 2025-2028'!B9",
      ]);
      expect(r.out).toMatch(/G6 +« 2026 » est une année, pas une date/);
      expect(readFileSync(input).equals(before)).toBe(true);
      const { wb } = await tracking(path.join(pyDir, "plan-pfm - suivi.xlsx"));
      expect(wb.actions.map((a) => [a.no, a.due, a.budget])).toEqual([
        ["1.1", d("2026-09-01"), 25000],
        ["1.2", undefined, 8000],
        ["2.1", d("2027-06-30"), undefined],
      ]);
    },
  );
});
