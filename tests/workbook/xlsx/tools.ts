/**
 * Test helpers: fixtures made at test time by openpyxl (python3 on PATH) and LibreOffice
 * (soffice) into a temp dir. The tools are found by tests/support/tools.ts: without one, the
 * tests that need it are skipped with a warning, or fail with CI=true.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findTool, inCi } from "../../support/tools";

export { testWith } from "../../support/tools";
/** The python3 that has openpyxl (the first on PATH that imports it). */
export const PYTHON = findTool("openpyxl") ?? findTool("python3") ?? "python3";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `plan-vivant-${prefix}-`));
}

export function hasOpenpyxl(): boolean {
  return findTool("openpyxl") !== undefined;
}

export function hasSoffice(): boolean {
  return findTool("soffice") !== undefined;
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

/**
 * `test`, or without the tool `test.skip` with a warning; with CI=true a failing test instead.
 * Prefer `testWith(...tools)`, whose message says what to install.
 */
export function testIf(available: boolean, tool: string): jest.It {
  if (available) return test;
  if (inCi()) {
    const failing = (name: string) =>
      test(name, () => {
        throw new Error(`CI=true: ${tool} is not installed (see tests/support/tools.ts for its package)`);
      });
    return failing as unknown as jest.It;
  }
  console.warn(`SKIPPED (not CI): ${tool} is not installed: skipping the tests that need it`);
  return test.skip;
}
