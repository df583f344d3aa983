/**
 * Builds the standalone page once (webpack, production mode, the standalone entry only) into a
 * temporary folder named after a hash of what it is built from: later runs on the same sources
 * reuse it. A lock folder keeps two test files from building at the same time.
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import os from "os";
import path from "path";

export const REPO = path.resolve(__dirname, "../../..");
const INPUTS = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json"];

function addTree(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) addTree(hash, path.join(file, name));
    return;
  }
  hash.update(path.relative(REPO, file));
  hash.update(readFileSync(file));
}

function sourcesHash(): string {
  const hash = createHash("sha1");
  for (const input of INPUTS) addTree(hash, path.join(REPO, input));
  return hash.digest("hex").slice(0, 12);
}

function runWebpack(outDir: string): Promise<void> {
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [REPO] });
  const args = [webpack, "--mode", "production", "--env", "standalone", "--output-path", outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (${code}):\n${errors.slice(-4000)}`)),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One build per test run, even if sources change while it runs: the run (the jest process, the
 * parent of its workers) notes the folder it built in a marker file.
 */
function runMarker(): string {
  return path.join(os.tmpdir(), `plan-vivant-standalone-run-${process.ppid}`);
}

/** The folder holding index.html and its scripts, built if needed. */
export async function buildStandalone(): Promise<string> {
  const marker = runMarker();
  if (existsSync(marker)) {
    const built = readFileSync(marker, "utf8");
    if (existsSync(path.join(built, "index.html"))) return built;
  }
  const dir = await buildFor(path.join(os.tmpdir(), `plan-vivant-standalone-${sourcesHash()}`));
  writeFileSync(marker, dir);
  return dir;
}

async function buildFor(dir: string): Promise<string> {
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(path.join(dir, "index.html"))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building it; a lock older than 5 minutes is a leftover.
      if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
      continue;
    }
    try {
      const temp = `${dir}.tmp-${process.pid}`;
      rmSync(temp, { recursive: true, force: true });
      await runWebpack(temp);
      renameSync(temp, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
