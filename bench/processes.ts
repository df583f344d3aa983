/**
 * `npm run bench`, whole processes: `check --json` and a bare ExcelJS read of the same big
 * workbook (median of 5, peak memory of the child process), and `consolider` of 200 and 1,000
 * municipal workbooks of 17 actions. Each figure is printed beside its issue 13 target.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { dayFromIso, type Day } from "../src/domain/dates";
import { demoData, demoOptions } from "../src/domain/demo";
import { templatePlan } from "../src/domain/layout/template";
import { writeXlsx } from "../src/workbook/xlsx/write";
import { median, ms } from "./timing";

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "plan-vivant.js");
const MAXRSS = path.join(ROOT, "bench", "maxrss.cjs");

interface Run {
  ms: number;
  peakMb: number;
}

/** Runs `node args` in a child process; its wall time and its peak memory. */
function runNode(args: string[], okCodes = [0, 1]): Run {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--require", MAXRSS, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status === null || !okCodes.includes(child.status))
    throw new Error(`node ${args.join(" ")} exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const kb = Number(/maxrss-kb=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { ms: elapsed, peakMb: kb / 1024 };
}

function medianRun(runs: number, fn: () => Run): Run {
  const all = Array.from({ length: runs }, fn);
  return { ms: median(all.map((r) => r.ms)), peakMb: median(all.map((r) => r.peakMb)) };
}

const mb = (v: number): string => `${v.toFixed(0).padStart(6)} MB`;

/** The big workbook re-saved by LibreOffice when soffice is there (as issue 13 measured). */
export function resavedByLibreOffice(file: string): { file: string; how: string } {
  if (spawnSync("soffice", ["--version"]).status !== 0)
    return { file, how: "as written by Plan vivant (no soffice)" };
  const out = mkdtempSync(path.join(os.tmpdir(), "plan-vivant-bench-lo-"));
  const profile = mkdtempSync(path.join(os.tmpdir(), "plan-vivant-bench-profile-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 600_000 },
  );
  return { file: path.join(out, path.basename(file)), how: "re-saved by LibreOffice" };
}

export function benchCheckProcess(file: string, how: string): void {
  const exceljsScript =
    `const ExcelJS = require(${JSON.stringify(path.join(ROOT, "node_modules", "exceljs"))});` +
    `new ExcelJS.Workbook().xlsx.readFile(${JSON.stringify(file)}).then(() => process.exit(0));`;
  const exceljs = medianRun(5, () => runNode(["-e", exceljsScript], [0]));
  const check = medianRun(5, () => runNode([CLI, "check", file, "--json"]));
  console.log(`Whole processes on the big workbook, ${how} (${file}), median of 5:`);
  console.log(`  bare ExcelJS read          ${ms(exceljs.ms)}   peak ${mb(exceljs.peakMb)}`);
  console.log(
    `  check --json               ${ms(check.ms)}   peak ${mb(check.peakMb)}   ` +
      `time ${(check.ms / exceljs.ms).toFixed(2)} x ExcelJS (target <= 0.50), ` +
      `memory ${(check.peakMb / exceljs.peakMb).toFixed(2)} x ExcelJS (target <= 0.50)`,
  );
}

/** `count` municipal workbooks of 17 actions (four variants, copied under distinct names). */
async function municipalFiles(dir: string, count: number): Promise<string[]> {
  const today = dayFromIso("2026-11-26") as Day;
  const variants: string[] = [];
  for (const [i, lang] of (["fr", "en", "fr", "en"] as const).entries()) {
    const data = demoData(today, lang);
    const actions = (data.actions ?? []).slice(0, 17);
    const kept = new Set(actions.map((a) => a.no));
    const plan = templatePlan(
      { ...demoOptions(today, lang), organisation: `Municipalité ${i + 1}` },
      { ...data, actions, suivis: (data.suivis ?? []).filter((s) => kept.has(s.action ?? "")) },
    );
    const file = path.join(dir, `variant-${i + 1}.xlsx`);
    writeFileSync(file, await writeXlsx(plan));
    variants.push(file);
  }
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const file = path.join(dir, `municipalite-${String(n + 1).padStart(4, "0")}.xlsx`);
    if (!existsSync(file)) copyFileSync(variants[n % variants.length], file);
    files.push(file);
  }
  return files;
}

export async function benchConsolider(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plan-vivant-bench-consolider-"));
  const all = await municipalFiles(dir, 1000);
  console.log("consolider of municipal workbooks (17 actions each), whole process:");
  for (const count of [200, 1000]) {
    const out = path.join(dir, `region-${count}.xlsx`);
    const run = runNode([CLI, "consolider", ...all.slice(0, count), "-o", out, "--date", "2026-11-26"]);
    const target = count === 1000 ? "   (target < 10 s, < 300 MB)" : "";
    console.log(
      `  ${String(count).padStart(5)} workbooks          ${ms(run.ms)}   peak ${mb(run.peakMb)}${target}`,
    );
  }
}
