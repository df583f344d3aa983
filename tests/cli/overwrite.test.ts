/**
 * No file is replaced unless asked: `--remplacer`, the same option in every command that writes,
 * and `--sur-place` for the input itself; the input is recognised by identity (a symbolic link,
 * a hard link, another spelling), and a replaced file keeps its permissions.
 */
import {
  chmodSync,
  linkSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { checkOutput } from "../../src/cli/files";
import { caseInsensitiveFolder, sameFile } from "../../src/cli/identity";
import { frenchPlan } from "./adopt-fixtures";
import { run, tempDir } from "./run";

const NOW = new Date("2026-11-26T12:00:00");
const dir = tempDir();
const demo = path.join(dir, "plan.xlsx");
const at = (name: string) => path.join(dir, name);
const SENTINEL = Buffer.from("un fichier de la personne, à garder");

beforeAll(async () => {
  expect((await run(["demo", demo], NOW)).code).toBe(0);
  await frenchPlan(at("ancien-plan.xlsx"));
});

/** A file holding the sentinel bytes, that a command must not replace without --remplacer. */
function existing(name: string): string {
  const file = at(name);
  writeFileSync(file, SENTINEL);
  return file;
}

const tempFilesIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith(".tmp"));

describe("every command that writes refuses an existing file unless --remplacer", () => {
  const commands: [string, (out: string) => string[]][] = [
    ["init", (out) => ["init", out]],
    ["demo", (out) => ["demo", out]],
    ["bilan -o", (out) => ["bilan", demo, "-o", out]],
    ["bilan --html", (out) => ["bilan", demo, "--html", out]],
    ["adopter -o", (out) => ["adopter", at("ancien-plan.xlsx"), "--feuille", "Plan MADA", "-o", out]],
    ["consolider -o", (out) => ["consolider", demo, "-o", out]],
    ["rencontre -o", (out) => ["rencontre", demo, "--instance", "suivi", "-o", out]],
    ["fin-de-plan -o", (out) => ["fin-de-plan", demo, "-o", out]],
    [
      "nouveau-plan -o",
      (out) => ["nouveau-plan", demo, "-o", out, "--debut", "2029-01-01", "--fin", "2032-12-31"],
    ],
  ];

  test.each(commands)("%s", async (name, argv) => {
    const out = existing(`existant ${name.replace(/\W+/g, "-")}.xlsx`);
    const refused = await run(argv(out), NOW);
    expect(refused.code).toBe(2);
    expect(refused.err.split("\n")).toHaveLength(1);
    expect(refused.err).toContain(out);
    expect(refused.err).toMatch(/existe déjà.*--remplacer/);
    expect(readFileSync(out).equals(SENTINEL)).toBe(true);

    const replaced = await run([...argv(out), "--remplacer"], NOW);
    expect(replaced.code).toBeLessThanOrEqual(1);
    expect(readFileSync(out).equals(SENTINEL)).toBe(false);
    expect(tempFilesIn(dir)).toEqual([]);
  });
});

describe("bilan onto its own default output", () => {
  test("a second run is refused, --remplacer replaces it", async () => {
    const sub = tempDir();
    const file = path.join(sub, "suivi.xlsx");
    expect((await run(["demo", file], NOW)).code).toBe(0);
    const out = path.join(sub, "suivi - bilan 2026-11-26.xlsx");
    expect((await run(["bilan", file, "--date", "2026-11-26"], NOW)).code).toBe(0);
    const first = readFileSync(out);
    writeFileSync(out, SENTINEL);
    const again = await run(["bilan", file, "--date", "2026-11-26"], NOW);
    expect(again).toMatchObject({ code: 2, out: "" });
    expect(again.err).toContain("suivi - bilan 2026-11-26.xlsx");
    expect(again.err).toMatch(/existe déjà/);
    expect(readFileSync(out).equals(SENTINEL)).toBe(true);
    expect((await run(["bilan", file, "--date", "2026-11-26", "--remplacer"], NOW)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readFileSync(out).length).toBeGreaterThan(first.length / 2);
  });

  test("in English, the refusal says how to replace", async () => {
    const out = existing("english.xlsx");
    const r = await run(["bilan", demo, "-o", out, "--langue", "en"], NOW);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already exists.*To replace it, add --remplacer/);
  });
});

describe("a replaced file keeps its permissions", () => {
  test("--remplacer keeps the mode of the file it replaces", async () => {
    const out = existing("partage.xlsx");
    chmodSync(out, 0o640);
    expect((await run(["bilan", demo, "-o", out, "--remplacer"], NOW)).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  test("--sur-place keeps the input's mode", async () => {
    const file = at("sur-place.xlsx");
    writeFileSync(file, readFileSync(demo));
    chmodSync(file, 0o604);
    expect((await run(["bilan", file, "--sur-place"], NOW)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o604);
    expect(tempFilesIn(dir)).toEqual([]);
  });
});

describe("the input is recognised by identity, not spelling", () => {
  const input = () => {
    const file = at(`entree-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(file, readFileSync(demo));
    return file;
  };

  test("-o through a symbolic link to the input is the input: refused without --sur-place", async () => {
    const file = input();
    const link = at(`lien-${path.basename(file)}`);
    symlinkSync(file, link);
    const before = readFileSync(file);
    for (const argv of [
      ["bilan", file, "-o", link],
      ["bilan", link, "-o", file],
      ["bilan", file, "-o", link, "--remplacer"],
      ["fin-de-plan", file, "-o", link, "--remplacer"],
      ["rencontre", file, "--instance", "suivi", "-o", link],
      ["nouveau-plan", file, "-o", link, "--debut", "2029-01-01", "--fin", "2032-12-31", "--remplacer"],
      ["consolider", demo, file, "-o", link, "--remplacer"],
      ["bilan", file, "--html", link, "--remplacer"],
    ]) {
      const r = await run(argv, NOW);
      expect([argv.join(" "), r.code]).toEqual([argv.join(" "), 2]);
      expect(r.err).not.toMatch(/existe déjà/);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
    const bilan = await run(["bilan", file, "-o", link], NOW);
    expect(bilan.err).toContain("--sur-place");

    const plan = at("plan-a-adopter.xlsx");
    writeFileSync(plan, readFileSync(at("ancien-plan.xlsx")));
    const planLink = at("lien-plan-a-adopter.xlsx");
    symlinkSync(plan, planLink);
    const adopt = await run(["adopter", plan, "--feuille", "Plan MADA", "-o", planLink, "--remplacer"], NOW);
    expect(adopt.code).toBe(2);
    expect(adopt.err).toContain(plan);
    expect(readFileSync(plan).equals(readFileSync(at("ancien-plan.xlsx")))).toBe(true);
  });

  test("a hard link and another spelling of the input are the input", async () => {
    const file = input();
    const hard = at(`dur-${path.basename(file)}`);
    linkSync(file, hard);
    const before = readFileSync(file);
    const spelled = path.join(dir, "..", path.basename(dir), ".", path.basename(file));
    for (const out of [hard, spelled]) {
      const r = await run(["bilan", file, "-o", out, "--remplacer"], NOW);
      expect(r.code).toBe(2);
      expect(r.err).toContain("--sur-place");
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("--sur-place through a symbolic link writes the file behind it and keeps the link", async () => {
    const file = input();
    const link = at(`lien-sur-place-${path.basename(file)}`);
    symlinkSync(file, link);
    const before = readFileSync(file);
    expect((await run(["bilan", link, "--sur-place"], NOW)).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
    expect(readFileSync(link).equals(readFileSync(file))).toBe(true);
    expect(statSync(link, { bigint: true }).ino).toBe(statSync(file, { bigint: true }).ino);
  });

  test("sameFile: by inode; a missing path is no file; the probe reads the folder's file system", async () => {
    const file = input();
    const link = at(`lien-id-${path.basename(file)}`);
    symlinkSync(file, link);
    expect(await sameFile(file, link)).toBe(true);
    expect(await sameFile(file, demo)).toBe(false);
    expect(await sameFile(file, at("absent.xlsx"))).toBe(false);
    // Linux disks (ext4, tmpfs, overlay) tell case apart: the upper-cased name reaches nothing.
    if (process.platform === "linux") {
      expect(await caseInsensitiveFolder(dir)).toBe(false);
      expect(await sameFile(file, file.toUpperCase())).toBe(false);
    }
    expect(tempFilesIn(dir)).toEqual([]);
  });

  test("checkOutput: an output not yet there is an input by its spelling; one there, by identity", async () => {
    const overInput = (input: string) => `sur ${input}`;
    const absent = at("pas-encore.xlsx");
    const missingInput = {
      inputs: [demo, path.join(dir, ".", "pas-encore.xlsx")],
      replace: false,
      overInput,
    };
    await expect(checkOutput(absent, missingInput, "fr")).rejects.toThrow(`sur ${missingInput.inputs[1]}`);
    expect(await checkOutput(absent, { inputs: [demo], replace: false, overInput }, "fr")).toBe(false);
    const file = input();
    const hard = at(`dur-${path.basename(file)}`);
    linkSync(file, hard);
    await expect(checkOutput(hard, { inputs: [demo, file], replace: true, overInput }, "fr")).rejects.toThrow(
      `sur ${file}`,
    );
    expect(await checkOutput(hard, { inputs: [file], inPlace: true, replace: false, overInput }, "fr")).toBe(
      true,
    );
  });
});
