/**
 * The CLI as a user runs it, in a child process with bounds: `node --max-old-space-size=256
 * bin/plan-vivant.js ...`, killed when it runs longer than TIME_LIMIT_MS or its resident memory
 * passes RSS_LIMIT_MB (polled from /proc), so that a blow-up fails a test instead of the machine.
 */
import { spawn, spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import path from "path";

export const REPO = path.resolve(__dirname, "../../..");
const BIN = path.join(REPO, "bin", "plan-vivant.js");
const ENTRY = path.join(REPO, "dist", "src", "cli", "main.js");
export const HEAP_MB = 256;
/** The V8 heap is capped at 256 MB; buffers live outside it, so the whole process is watched too. */
export const RSS_LIMIT_MB = 600;
/** A check of the demo takes about half a second, a bilan under two: 20 s only a blow-up reaches. */
export const TIME_LIMIT_MS = 20_000;

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why the watchdog stopped it, if it did. */
  killed?: "time" | "memory";
  peakRssMb: number;
  ms: number;
}

function newest(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const name of readdirSync(file)) max = Math.max(max, newest(path.join(file, name)));
  return max;
}

/** Builds dist/ (tsc -p tsconfig.cli.json) when it is missing or older than src/. */
export function ensureCliBuilt(): void {
  if (existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newest(path.join(REPO, "src"))) return;
  const tsc = require.resolve("typescript/bin/tsc", { paths: [REPO] });
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
    cwd: REPO,
    encoding: "utf8",
    timeout: 180_000,
  });
  if (result.status !== 0)
    throw new Error(`tsc -p tsconfig.cli.json failed:\n${result.stdout}${result.stderr}`);
}

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `plan-vivant ...args` in `cwd`, bounded in time and memory. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Outcome> {
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, BIN, ...args], {
    cwd,
    env: { ...process.env, PLAN_VIVANT_DEBUG: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  let killed: Outcome["killed"];
  let peak = 0;
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const watch = setInterval(() => {
    const rss = child.pid ? rssMb(child.pid) : 0;
    peak = Math.max(peak, rss);
    if (rss > RSS_LIMIT_MB) killed = "memory";
    else if (Date.now() - started > TIME_LIMIT_MS) killed = "time";
    if (killed) child.kill("SIGKILL");
  }, 50);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearInterval(watch);
      resolve({
        code,
        signal,
        stdout,
        stderr,
        killed,
        peakRssMb: Math.round(peak),
        ms: Date.now() - started,
      });
    });
  });
}

/** What must never reach a user: a stack trace, a JavaScript internal, V8's crash report. */
export const INTERNALS =
  /^\s+at\s|richText|sheetNo|Invalid string length|TypeError|ReferenceError|RangeError|SyntaxError|FATAL ERROR|JavaScript heap|node:internal|Cannot read propert|is not a function|undefined is not|\[object Object\]/m;

/** The lines of the output that show an internal, for a readable failure. */
export function internalsIn(output: string): string[] {
  return output.split("\n").filter((line) => INTERNALS.test(line));
}
