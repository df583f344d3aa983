/**
 * `plan-vivant bilan` refuses a write that would lose something of the user's (`would-lose`):
 * exit 2, a message naming what would be lost, and the input byte for byte unchanged. Runs the
 * built CLI (`npx tsc -p tsconfig.cli.json` writes dist/).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { findTable } from "../../src/workbook/xlsx/package/append-rows";
import { tableShape } from "../../src/workbook/xlsx/package/cell-guard";
import { a1, parseRange } from "../../src/workbook/xlsx/package/cell-xml";
import { parseSheetData, putCell, renderSheetData } from "../../src/workbook/xlsx/package/sheet-data";
import { run, tempDir } from "./run";

const BIN = path.join(__dirname, "../../bin/plan-vivant.js");
const CLI = path.join(__dirname, "../../dist/src/cli/main.js");

async function demoWithFormulaInAlerte(dir: string): Promise<{ file: string; ref: string }> {
  const file = path.join(dir, "plan.xlsx");
  expect((await run(["demo", file])).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const table = await findTable(zip, "Actions");
  const shape = tableShape(table.xml);
  const range = parseRange(shape?.ref ?? "");
  const index = shape?.columns.indexOf("Alerte") ?? -1;
  if (!range || index < 0) throw new Error("no Alerte column in the demo's Actions table");
  const row = range.top + 1;
  const col = range.left + index;
  const ref = a1(row, col);
  // The user's own formula in the first action's Alerte cell: the bilan would overwrite it.
  const data = parseSheetData(await (zip.file(table.sheetPart) as JSZip.JSZipObject).async("string"), "");
  putCell(data, row, col, `<c r="${ref}" t="str"><f>"mine"</f><v>mine</v></c>`);
  zip.file(table.sheetPart, renderSheetData(data));
  writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
  return { file, ref };
}

describe("would-lose", () => {
  test("the built CLI exits 2 naming what would be lost, and leaves the input unchanged", async () => {
    if (!existsSync(CLI)) throw new Error(`build the CLI first: npx tsc -p tsconfig.cli.json (${CLI})`);
    const dir = tempDir();
    const { file, ref } = await demoWithFormulaInAlerte(dir);
    const before = readFileSync(file);
    const out = path.join(dir, "out.xlsx");
    const r = spawnSync(process.execPath, [BIN, "bilan", file, "-o", out, "--date", "2026-11-26"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`formula ${ref}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
