/**
 * Builds the standalone page (webpack, production mode, the standalone entry only) or the whole
 * add-in (`npm run build`: taskpane.html, commands.html and their scripts) once, into a temporary
 * folder named after a hash of what it is built from: later runs on the same sources reuse it.
 * A lock folder keeps two test files from building the same folder at the same time.
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

export function addTree(hash: ReturnType<typeof createHash>, file: string): void {
  if (!existsSync(file)) return;
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) addTree(hash, path.join(file, name));
    return;
  }
  hash.update(path.relative(REPO, file));
  hash.update(readFileSync(file));
}

/** A short hash of the files and folders `inputs` (paths relative to the repository). */
export function sourcesHash(inputs: string[] = INPUTS): string {
  const hash = createHash("sha1");
  for (const input of inputs) addTree(hash, path.join(REPO, input));
  return hash.digest("hex").slice(0, 12);
}

/** The project's webpack build in production mode, `extra` arguments added (`--env standalone`). */
function runWebpack(outDir: string, extra: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [REPO] });
  const args = [webpack, "--mode", "production", ...extra, "--output-path", outDir];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ["ignore", "ignore", "pipe"] });
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
function runMarker(kind: string): string {
  return path.join(os.tmpdir(), `plan-vivant-${kind}-run-${process.ppid}`);
}

/** What a cached build is: its name, the file that says it is complete, how it is made. */
export interface CachedBuild {
  /** Names the folder (`plan-vivant-<kind>-<hash>`) and the run's marker. */
  kind: string;
  /** A file of the built folder, written last: the build is complete when it is there. */
  done: string;
  /** The hash of what it is built from. */
  hash: () => string;
  /** Builds into an empty folder. */
  build: (outDir: string) => Promise<void>;
}

/** The built folder, built if needed, once per test run. */
export async function cachedBuild(spec: CachedBuild): Promise<string> {
  const marker = runMarker(spec.kind);
  if (existsSync(marker)) {
    const built = readFileSync(marker, "utf8");
    if (existsSync(path.join(built, spec.done))) return built;
  }
  const dir = await buildFor(path.join(os.tmpdir(), `plan-vivant-${spec.kind}-${spec.hash()}`), spec);
  writeFileSync(marker, dir);
  return dir;
}

/** The folder holding index.html and its scripts, built if needed. */
export function buildStandalone(): Promise<string> {
  return cachedBuild({
    kind: "standalone",
    done: "index.html",
    hash: () => sourcesHash(),
    build: (outDir) => runWebpack(outDir, ["--env", "standalone"]),
  });
}

/**
 * The folder `npm run build` makes (the add-in as shipped: taskpane.html loading office.js from
 * Microsoft's CDN, commands.html, their scripts, the manifests), built if needed.
 */
export function buildAddin(): Promise<string> {
  return cachedBuild({
    kind: "addin",
    done: "taskpane.html",
    hash: () => sourcesHash([...INPUTS, "manifest.xml"]),
    // The page as shipped loads office.js from Microsoft's CDN, whatever this shell says.
    build: (outDir) => runWebpack(outDir, [], { ...process.env, OFFICE_JS_LOCAL: "" }),
  });
}

async function buildFor(dir: string, spec: CachedBuild): Promise<string> {
  const lock = `${dir}.lock`;
  for (;;) {
    if (existsSync(path.join(dir, spec.done))) return dir;
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
      await spec.build(temp);
      renameSync(temp, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
