/**
 * tests/support/tools.ts: tools are found on PATH, and a jest run without Chromium fails with
 * CI=true (saying what to install) and skips without it (saying so).
 */
import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { findTool, inCi, installCommand, missingMessage, onPath } from "./tools";

const REPO = path.resolve(__dirname, "../..");

/** A folder holding only `node`: a PATH without Chromium, Python or LibreOffice. */
function nodeOnlyPath(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pv-path-"));
  symlinkSync(process.execPath, path.join(dir, "node"));
  return dir;
}

function jestOnProbe(env: Record<string, string>) {
  const jest = require.resolve("jest/bin/jest", { paths: [REPO] });
  return spawnSync(
    process.execPath,
    [
      jest,
      "--rootDir",
      REPO,
      "--roots",
      "<rootDir>/tests/support/probe",
      "--testMatch",
      "**/*.probe.ts",
      "--ci",
    ],
    { cwd: REPO, env: { HOME: os.homedir(), ...env }, encoding: "utf8", timeout: 240_000 },
  );
}

describe("finding tools", () => {
  test("onPath finds an executable file in the folders given, nothing else", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "pv-tools-"));
    writeFileSync(path.join(dir, "runs"), "#!/bin/sh\nexit 0\n");
    chmodSync(path.join(dir, "runs"), 0o755);
    writeFileSync(path.join(dir, "plain"), "not a program");
    expect(onPath("runs", `/nonexistent${path.delimiter}${dir}`)).toBe(path.join(dir, "runs"));
    expect(onPath("plain", dir)).toBeUndefined();
    expect(onPath("runs", "")).toBeUndefined();
  });

  test("the first on PATH that passes the probe: a python3 without openpyxl is passed over", () => {
    const fake = (status: number) => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "pv-python-"));
      writeFileSync(path.join(dir, "python3"), `#!/bin/sh\nexit ${status}\n`);
      chmodSync(path.join(dir, "python3"), 0o755);
      return dir;
    };
    const without = fake(1);
    const withIt = fake(0);
    expect(findTool("openpyxl", [without, withIt].join(path.delimiter))).toBe(path.join(withIt, "python3"));
    expect(findTool("openpyxl", without)).toBeUndefined();
  });

  test("a tool absent from PATH is not found, even where it usually is", () => {
    const only = nodeOnlyPath();
    expect(findTool("chromium", only)).toBeUndefined();
    expect(findTool("openpyxl", only)).toBeUndefined();
  });

  test("CI is on for CI=true or 1, off when unset, empty, 0 or false", () => {
    expect([
      inCi({ CI: "true" }),
      inCi({ CI: "1" }),
      inCi({}),
      inCi({ CI: "" }),
      inCi({ CI: "false" }),
    ]).toEqual([true, true, false, false, false]);
  });

  test("the message names the Debian packages to install", () => {
    expect(installCommand(["chromium", "pdftoppm", "pdftotext"])).toBe(
      "apt-get install -y --no-install-recommends chromium poppler-utils",
    );
    expect(missingMessage(["openpyxl"])).toContain("python3-openpyxl");
  });
});

describe("a jest run on a machine without Chromium", () => {
  test("with CI=true, the browser suite fails and says what to install", () => {
    const result = jestOnProbe({ CI: "true", PATH: nodeOnlyPath() });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(1);
    expect(output).toContain("CI=true: chromium not found on PATH");
    expect(output).toContain("apt-get install -y --no-install-recommends chromium");
    expect(output).toMatch(/Tests:\s+1 failed, 1 total/);
  }, 300_000);

  test("without CI, it is skipped and says so", () => {
    const result = jestOnProbe({ PATH: nodeOnlyPath() });
    const output = result.stdout + result.stderr;
    expect(result.status).toBe(0);
    expect(output).toContain("SKIPPED (not CI)");
    expect(output).toMatch(/Tests:\s+1 skipped, 1 total/);
  }, 300_000);
});
