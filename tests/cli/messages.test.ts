/**
 * Messages a person can act on: each names the file (or the folder) and the cause, in the
 * person's language, in one line; never a stack trace, a JavaScript internal or a request for a
 * bug report when the cause is theirs to fix. An error nobody foresaw is one line and a log file.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { lastResort } from "../../src/cli/last-resort";
import { main } from "../../src/cli/main";
import { testIf } from "../workbook/xlsx/tools";
import { hasSetpriv, permissionsApply, runAsNobody } from "./built";
import { run, tempDir, type Run } from "./run";

const NOW = new Date("2026-11-26T12:00:00");
const dir = tempDir();
const input = path.join(dir, "suivi.xlsx");

beforeAll(async () => {
  expect((await run(["demo", input], NOW)).code).toBe(0);
  // The user nobody may go through this folder and read the workbook.
  chmodSync(dir, 0o755);
  chmodSync(input, 0o644);
});

/** One line on stderr, nothing on stdout, exit 2, no stack frame and no JavaScript internal. */
function oneLine(r: Run): string {
  expect(r).toMatchObject({ code: 2, out: "" });
  expect(r.err.split("\n")).toHaveLength(1);
  expect(r.err).not.toMatch(/\bat .*:\d+|Error:|ENOENT|EACCES|EISDIR|errno|undefined/);
  return r.err;
}

describe("a file that cannot be read says why", () => {
  test("an empty file is empty, not missing", async () => {
    const file = path.join(dir, "vide.xlsx");
    writeFileSync(file, "");
    const err = oneLine(await run(["check", file], NOW));
    expect(err).toContain(file);
    expect(err).toMatch(/vide.*aucun octet/);
    expect(err).not.toMatch(/introuvable/);
    const en = oneLine(await run(["bilan", file, "--langue", "en"], NOW));
    expect(en).toMatch(/This file is empty/);
  });

  test("a folder is a folder, not a missing file", async () => {
    const folder = path.join(dir, "dossier.xlsx");
    mkdirSync(folder);
    const err = oneLine(await run(["check", folder], NOW));
    expect(err).toContain(folder);
    expect(err).toMatch(/C'est un dossier, pas un fichier/);
    expect(oneLine(await run(["relances", folder, "--langue", "en"], NOW))).toMatch(/This is a folder/);
  });

  test("a pipe is no workbook, and nothing is written to it", async () => {
    const fifo = path.join(dir, "tube.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(oneLine(await run(["check", fifo], NOW))).toMatch(/tube\.xlsx.*pas un classeur Excel/);
    const r = await run(["bilan", input, "-o", fifo, "--remplacer"], NOW);
    expect(oneLine(r)).toMatch(/tube\.xlsx.*pas un fichier ordinaire/);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  const noRead = async (): Promise<Run> => {
    const file = path.join(dir, "prive.xlsx");
    writeFileSync(file, readFileSync(input));
    chmodSync(file, permissionsApply ? 0o000 : 0o600);
    return permissionsApply ? run(["check", file], NOW) : runAsNobody(["check", file]);
  };

  testIf(permissionsApply || hasSetpriv, "setpriv (util-linux), to run as nobody")(
    "a file without read permission says so, not 'not found'",
    async () => {
      const err = oneLine(await noRead());
      expect(err).toContain("prive.xlsx");
      expect(err).toMatch(/pas la permission d'ouvrir ce fichier/);
      expect(err).not.toMatch(/introuvable/);
    },
  );
});

describe("an output folder that cannot be written is named, not the input", () => {
  const check = (err: string, folder: string) => {
    expect(err).toContain(`dossier ${folder}`);
    expect(err).not.toContain("suivi.xlsx");
    expect(err).not.toMatch(/[Ss]ignalez|report/);
  };

  test("a folder that is a file", async () => {
    const notFolder = path.join(dir, "note.txt");
    writeFileSync(notFolder, "une note");
    const r = await run(["bilan", input, "-o", path.join(notFolder, "bilan.xlsx")], NOW);
    check(oneLine(r), notFolder);
    expect(readFileSync(notFolder, "utf8")).toBe("une note");
  });

  testIf(permissionsApply || hasSetpriv, "setpriv (util-linux), to run as nobody")(
    "a folder without write permission",
    async () => {
      const locked = path.join(dir, "verrouille");
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      const out = path.join(locked, "bilan.xlsx");
      const argv = ["bilan", input, "-o", out];
      const r = permissionsApply ? await run(argv, NOW) : runAsNobody(argv);
      check(oneLine(r), locked);
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe("the last resort", () => {
  const logOf = (err: string): string => {
    const found = /(\S+plan-vivant-[^\s]+\.log)/.exec(err);
    expect(found).not.toBeNull();
    const log = (found as RegExpExecArray)[1];
    expect(path.dirname(log)).toBe(os.tmpdir());
    return readFileSync(log, "utf8");
  };

  test("an error nobody foresaw: one line naming the file and the log, the stack in the log", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["check", input], {
      out: () => {
        // What a lower layer's slip looks like: a JavaScript internal the person cannot act on.
        throw new TypeError("Cannot read properties of undefined (reading 'richText')");
      },
      err: (t) => err.push(t),
      now: NOW,
    });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(input);
    expect(err[0]).toMatch(/erreur inattendue/);
    expect(err[0]).not.toMatch(/richText|TypeError|\bat /);
    const log = logOf(err[0]);
    expect(log).toContain("command: plan-vivant check");
    expect(log).toMatch(/TypeError: Cannot read properties of undefined \(reading 'richText'\)\n\s+at /);
  });

  test("the handler itself, in English", () => {
    const line = lastResort({
      error: new RangeError("Invalid string length"),
      argv: ["bilan", "plan.xlsx"],
      file: "plan.xlsx",
      lang: "en",
    });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/^plan-vivant: plan\.xlsx: unexpected error; .* details are in \S+\.log/);
    expect(line).not.toMatch(/Invalid string length|RangeError/);
    expect(logOf(line)).toContain("RangeError: Invalid string length");
  });
});
