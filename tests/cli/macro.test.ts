/**
 * A macro-enabled workbook keeps its type: the output of an .xlsm is an .xlsm, decided from the
 * package's content types (not its name), and `-o OUT.xlsx` on one is refused, saying why.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { isMacroEnabled } from "../../src/workbook/xlsx/macro";
import { run, tempDir } from "./run";

const NOW = new Date("2026-11-26T12:00:00");
const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const MAIN_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const VBA = Buffer.from("une macro de la municipalité");

/** The demo as Excel saves it with macros: the main part's type, a VBA project and its relationship. */
async function macroWorkbook(from: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(from));
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  expect(types).toContain(MAIN_XLSX);
  zip.file(
    "[Content_Types].xml",
    types
      .replace(MAIN_XLSX, MAIN_XLSM)
      .replace(
        "<Default ",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ',
      ),
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file("xl/vbaProject.bin", VBA);
  writeFileSync(to, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}

const demo = at("demo.xlsx");
const xlsm = at("plan.xlsm");
const misnamed = at("mal-nomme.xlsx");

beforeAll(async () => {
  expect((await run(["demo", demo], NOW)).code).toBe(0);
  await macroWorkbook(demo, xlsm);
  await macroWorkbook(demo, misnamed);
});

test("the package says whether it holds macros, whatever its name", async () => {
  expect(await isMacroEnabled(readFileSync(xlsm))).toBe(true);
  expect(await isMacroEnabled(readFileSync(misnamed))).toBe(true);
  expect(await isMacroEnabled(readFileSync(demo))).toBe(false);
});

test("bilan of an .xlsm writes an .xlsm that keeps its macros", async () => {
  const r = await run(["bilan", xlsm, "--date", "2026-11-26"], NOW);
  expect(r.code).toBe(0);
  const out = at("plan - bilan 2026-11-26.xlsm");
  expect(r.out).toContain(out);
  const bytes = readFileSync(out);
  expect(await isMacroEnabled(bytes)).toBe(true);
  const zip = await JSZip.loadAsync(bytes);
  expect(Buffer.from((await zip.file("xl/vbaProject.bin")?.async("uint8array")) ?? []).equals(VBA)).toBe(
    true,
  );
});

test("a macro-enabled package named .xlsx gets an .xlsm output: the content decides", async () => {
  expect((await run(["bilan", misnamed, "--date", "2026-11-26"], NOW)).code).toBe(0);
  expect(existsSync(at("mal-nomme - bilan 2026-11-26.xlsm"))).toBe(true);
  expect(existsSync(at("mal-nomme - bilan 2026-11-26.xlsx"))).toBe(false);
  expect((await run(["fin-de-plan", misnamed, "--date", "2026-11-26"], NOW)).code).toBe(0);
  expect(existsSync(at("mal-nomme - bilan de fin de plan 2026-11-26.xlsm"))).toBe(true);
});

test("-o OUT.xlsx on an .xlsm is refused, saying why, and nothing is written", async () => {
  for (const argv of [
    ["bilan", xlsm, "-o", at("sortie.xlsx")],
    ["fin-de-plan", xlsm, "-o", at("sortie.xlsx")],
    ["rencontre", xlsm, "--instance", "suivi", "-o", at("sortie.xlsx")],
    ["bilan", xlsm, "-o", at("sortie")],
  ]) {
    const r = await run(argv, NOW);
    expect(r).toMatchObject({ code: 2, out: "" });
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(argv[argv.length - 1]);
    expect(r.err).toContain("plan.xlsm");
    expect(r.err).toMatch(/contient des macros.*garder l'extension \.xlsm.*Excel refuserait de l'ouvrir/);
  }
  expect(existsSync(at("sortie.xlsx"))).toBe(false);
  const en = await run(["bilan", xlsm, "-o", at("sortie.xlsx"), "--langue", "en"], NOW);
  expect(en.err).toMatch(/holds macros.*keep the \.xlsm extension/);
  expect((await run(["bilan", xlsm, "-o", at("sortie.XLSM")], NOW)).code).toBe(0);
});

test("--sur-place on a macro-enabled workbook keeps it as it is named", async () => {
  const file = at("sur-place.xlsm");
  writeFileSync(file, readFileSync(xlsm));
  expect((await run(["bilan", file, "--sur-place"], NOW)).code).toBe(0);
  expect(await isMacroEnabled(readFileSync(file))).toBe(true);
});
