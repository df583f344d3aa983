/**
 * The hostile-file suite (issue 10): valid OOXML as other producers write it, a user's slips,
 * damaged and malicious files, each run through the CLI in a child process bounded in heap
 * (--max-old-space-size=256), resident memory and time. Every case: no crash, no stack trace or
 * JavaScript internal in what is printed, the input byte for byte unchanged, and the outcome the
 * promise gives (see support/cases.ts).
 */
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import { findTool } from "../support/tools";
import { testWith } from "../support/tools";
import { CASES, type Case, type CaseRun, type CheckJson } from "./support/cases";
import {
  HEAP_MB,
  RSS_LIMIT_MB,
  TIME_LIMIT_MS,
  ensureCliBuilt,
  internalsIn,
  runCli,
  type Outcome,
} from "./support/child";

const ROOT = mkdtempSync(path.join(os.tmpdir(), "pv-hostile-"));
const GENERATED = path.join(ROOT, "openpyxl");
let base: Uint8Array;
let baseJson: CheckJson;
let missingMessage: string;

jest.setTimeout(120_000);

beforeAll(async () => {
  ensureCliBuilt();
  const made = await runCli(["demo", "base.xlsx"], ROOT);
  expect([made.code, made.stderr]).toEqual([0, ""]);
  base = new Uint8Array(readFileSync(path.join(ROOT, "base.xlsx")));
  const checked = await runCli(["check", "base.xlsx", "--json"], ROOT);
  expect(checked.code).toBe(0);
  baseJson = JSON.parse(checked.stdout) as CheckJson;
  expect(baseJson.counts).toMatchObject({ actions: 35, suivis: 70, errors: 0 });
  missingMessage = (await runCli(["check", "absent.xlsx"], ROOT)).stderr.split("absent.xlsx").join("NAME");
  const python = findTool("openpyxl");
  if (python)
    execFileSync(
      python,
      [path.join(__dirname, "generators", "openpyxl-cases.py"), path.join(ROOT, "base.xlsx"), GENERATED],
      {
        timeout: 120_000,
      },
    );
}, 300_000);

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const digest = (file: string) =>
  statSync(file).isDirectory() ? "folder" : createHash("sha256").update(readFileSync(file)).digest("hex");

async function checkJson(dir: string, file: string) {
  const r = await runCli(["check", file, "--json"], dir);
  bounded(r);
  return {
    code: r.code,
    stderr: r.stderr,
    json: r.code === 2 ? undefined : (JSON.parse(r.stdout) as CheckJson),
  };
}

/** What every run must respect, whatever the file. */
function bounded(r: Outcome): void {
  expect({ killed: r.killed, signal: r.signal }).toEqual({ killed: undefined, signal: null });
  expect(r.peakRssMb).toBeLessThanOrEqual(RSS_LIMIT_MB);
  expect(internalsIn(r.stdout + r.stderr)).toEqual([]);
}

function sameAsBase(json: CheckJson | undefined): void {
  expect(json?.counts).toEqual(baseJson.counts);
  expect(json?.flags).toEqual(baseJson.flags);
  expect(json?.problems.map((p) => [p.code, p.cell])).toEqual(baseJson.problems.map((p) => [p.code, p.cell]));
}

async function runCase(c: Case): Promise<void> {
  const dir = mkdtempSync(path.join(ROOT, "case-"));
  const file = await c.make(dir, base, GENERATED);
  const before = digest(path.join(dir, file));
  const args = c.args ? c.args(file) : ["check", file, "--json"];
  const r = await runCli(args, dir);
  bounded(r);
  const run: CaseRun = {
    dir,
    file,
    code: r.code,
    stdout: r.stdout,
    stderr: r.stderr,
    check: (f) => checkJson(dir, f),
  };
  const e = c.expected;
  if ("read" in e) {
    expect([r.code, r.stderr]).toEqual([0, ""]);
    sameAsBase(JSON.parse(r.stdout) as CheckJson);
  } else if ("bilan" in e) {
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(existsSync(path.join(dir, "out.xlsx"))).toBe(true);
    const out = await checkJson(dir, "out.xlsx");
    expect(out.code).toBe(0);
    expect(out.json?.counts).toEqual(baseJson.counts);
  } else if ("refused" in e) {
    expect(r.code).toBe(2);
    const message = r.stderr.trim();
    expect(message.split("\n").length).toBeLessThanOrEqual(2);
    expect(message).toContain(file);
    for (const pattern of e.refused) expect(message).toMatch(pattern);
    if (e.notAsMissing) expect(message.split(file).join("NAME")).not.toBe(missingMessage.trim());
  } else {
    await e.custom(run);
  }
  // The input is never touched, whatever happened.
  expect(digest(path.join(dir, file))).toBe(before);
}

describe(`hostile files through the CLI (heap ${HEAP_MB} MB, RSS ${RSS_LIMIT_MB} MB, ${TIME_LIMIT_MS / 1000} s)`, () => {
  for (const kind of ["producer", "slip", "damaged"] as const) {
    describe(kind, () => {
      for (const c of CASES.filter((k) => k.kind === kind)) {
        const run = c.openpyxl ? testWith("openpyxl") : test;
        run(c.name, () => runCase(c));
      }
    });
  }
});
