/**
 * Test helpers: fixtures made at test time by openpyxl (/usr/bin/python3) and LibreOffice
 * (soffice) into a temp dir. Each returns undefined, with a visible warning, when its tool
 * is absent, so the tests that need it are skipped rather than failed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const PYTHON = "/usr/bin/python3";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `plan-vivant-${prefix}-`));
}

export function hasOpenpyxl(): boolean {
  return existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import openpyxl"]).status === 0;
}

export function hasSoffice(): boolean {
  return spawnSync("soffice", ["--version"]).status === 0;
}

/** Runs tests/fixtures/openpyxl-workbooks.py into a fresh temp dir; returns it. */
export function openpyxlFixtures(): string {
  const dir = tempDir("openpyxl");
  execFileSync(PYTHON, [resolve(__dirname, "../../fixtures/openpyxl-workbooks.py"), dir]);
  return dir;
}

/** Converts files with LibreOffice into `outDir` (one soffice start, a private profile). */
export function sofficeConvert(files: string[], format: string, outDir: string, infilter?: string): void {
  const profile = tempDir("soffice-profile");
  const filter = infilter ? [`--infilter=${infilter}`] : [];
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      ...filter,
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...files,
    ],
    { stdio: "pipe", timeout: 120_000 },
  );
}

/** `test`, or `test.skip` with a warning naming the missing tool. */
export function testIf(available: boolean, tool: string): jest.It {
  if (!available) console.warn(`${tool} is not installed: skipping the tests that need it`);
  return available ? test : test.skip;
}
