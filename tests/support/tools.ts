/**
 * The system tools the tests use, found one way for the tests and for `.ci/run`: a PATH lookup of
 * the same command names, the first that passes a probe (it runs; python3 imports openpyxl). Without a tool, a test that needs it is
 * skipped, and says so; with CI=true it fails, saying what to install. Not a test file itself.
 *
 * `.ci/run` loads this file (transpiled by TypeScript) and calls `main(["missing"])`, which prints
 * the Debian packages of the missing tools, one a line.
 */
import { spawnSync } from "child_process";
import { accessSync, constants, statSync } from "fs";
import path from "path";

export type ToolName = "chromium" | "python3" | "openpyxl" | "xmllint" | "soffice" | "pdftoppm" | "pdftotext";

interface Tool {
  /** The commands looked up on PATH, in order. */
  commands: string[];
  /** Arguments that make the command exit 0 when it works. */
  probe: string[];
  /** What gives the tool on Debian. */
  apt: string;
}

export const TOOLS: Record<ToolName, Tool> = {
  chromium: { commands: ["chromium"], probe: ["--version"], apt: "chromium" },
  python3: { commands: ["python3"], probe: ["--version"], apt: "python3" },
  openpyxl: { commands: ["python3"], probe: ["-c", "import openpyxl"], apt: "python3-openpyxl" },
  xmllint: { commands: ["xmllint"], probe: ["--version"], apt: "libxml2-utils" },
  soffice: { commands: ["soffice"], probe: ["--version"], apt: "libreoffice-calc" },
  pdftoppm: { commands: ["pdftoppm"], probe: ["-v"], apt: "poppler-utils" },
  pdftotext: { commands: ["pdftotext"], probe: ["-v"], apt: "poppler-utils" },
};

/** True when the tests run in CI, where a missing tool is an error, never a skip. */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? "").toLowerCase();
  return value !== "" && value !== "0" && value !== "false";
}

/** Every executable file named `command` in a PATH-like list of folders, in PATH order. */
export function allOnPath(command: string, pathList: string = process.env.PATH ?? ""): string[] {
  const suffixes = process.platform === "win32" ? ["", ".exe", ".cmd"] : [""];
  const files: string[] = [];
  for (const dir of pathList.split(path.delimiter)) {
    if (dir === "") continue;
    for (const suffix of suffixes) {
      const file = path.join(dir, command + suffix);
      try {
        if (!statSync(file).isFile()) continue;
        accessSync(file, constants.X_OK);
        files.push(file);
      } catch {
        // not there, or not executable: the next folder
      }
    }
  }
  return files;
}

/** The first executable file named `command` on PATH, or undefined. */
export function onPath(command: string, pathList: string = process.env.PATH ?? ""): string | undefined {
  return allOnPath(command, pathList)[0];
}

const found = new Map<string, string | undefined>();

/** The tool's executable (a full path on PATH) when it is there and works, else undefined. */
export function findTool(name: ToolName, pathList: string = process.env.PATH ?? ""): string | undefined {
  const key = `${name}\0${pathList}`;
  if (found.has(key)) return found.get(key);
  const tool = TOOLS[name];
  let result: string | undefined;
  // The first on PATH that passes the probe: a python3 without openpyxl (pyenv's, say) is passed over.
  search: for (const command of tool.commands) {
    for (const file of allOnPath(command, pathList)) {
      if (spawnSync(file, tool.probe, { stdio: "ignore", timeout: 60_000 }).status === 0) {
        result = file;
        break search;
      }
    }
  }
  found.set(key, result);
  return result;
}

/** The executable of a tool the caller knows is there (after `testWith`/`describeWith`). */
export function toolPath(name: ToolName): string {
  const file = findTool(name);
  if (!file) throw new Error(missingMessage([name]));
  return file;
}

/** The one-line fix for missing tools. */
export function installCommand(names: ToolName[]): string {
  const packages = [...new Set(names.map((n) => TOOLS[n].apt))];
  return `apt-get install -y --no-install-recommends ${packages.join(" ")}`;
}

export function missingMessage(names: ToolName[]): string {
  return `${names.join(", ")} not found on PATH (${installCommand(names)})`;
}

/** The tools of `names` that are missing. */
export function missing(names: ToolName[]): ToolName[] {
  return names.filter((n) => !findTool(n));
}

type TestFn = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/**
 * `test` when every tool is there. Otherwise, in CI, a test of the same name that fails saying
 * what to install; elsewhere `test.skip`, with a warning that says so.
 */
export function testWith(...names: ToolName[]): TestFn {
  const absent = missing(names);
  if (absent.length === 0) return test;
  const message = missingMessage(absent);
  if (inCi())
    return (name) =>
      test(name, () => {
        throw new Error(`CI=true: ${message}`);
      });
  console.warn(`SKIPPED (not CI): ${message}`);
  return test.skip;
}

/** `describe`, or, without the tools, one failing test in CI and a skipped block elsewhere. */
export function describeWith(names: ToolName[], title: string, body: () => void): void {
  const absent = missing(names);
  if (absent.length === 0) {
    describe(title, body);
    return;
  }
  const message = missingMessage(absent);
  if (inCi()) {
    describe(title, () => {
      test(`needs ${absent.join(", ")}`, () => {
        throw new Error(`CI=true: ${message}`);
      });
    });
    return;
  }
  console.warn(`SKIPPED (not CI): "${title}": ${message}`);
  describe.skip(title, body);
}

/** For `.ci/run`: `missing` prints the packages to install, one a line. */
export function main(argv: string[]): number {
  if (argv[0] !== "missing") {
    process.stderr.write("usage: tools missing\n");
    return 2;
  }
  const absent = missing(Object.keys(TOOLS) as ToolName[]);
  for (const apt of new Set(absent.map((n) => TOOLS[n].apt))) process.stdout.write(`${apt}\n`);
  return 0;
}
