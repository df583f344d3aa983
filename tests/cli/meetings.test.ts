/** The meeting cycle on the command line: rencontre, fin-de-plan and nouveau-plan. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { today } from "../../src/domain/dates";
import { actionStates } from "../../src/domain/flags";
import { readWorkbook } from "../../src/domain/read";
import { XlsxPort } from "../../src/workbook/xlsx/file-port";
import { PYTHON } from "../workbook/xlsx/package/package-fixtures";
import { tempDir, testWith } from "../workbook/xlsx/tools";
import { run } from "./run";

const NOW = new Date("2026-11-26T12:00:00");

async function readFile(file: string, referenceDate?: number) {
  const port = new XlsxPort(readFileSync(file));
  return readWorkbook(await port.read(), { today: today(NOW), referenceDate });
}

async function demoFile(dir: string): Promise<string> {
  const file = path.join(dir, "demo.xlsx");
  expect((await run(["demo", file], NOW)).code).toBe(0);
  return file;
}

describe("plan-vivant rencontre", () => {
  test("the council's point statutaire, then the actions to review; nothing written without -o", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const before = readFileSync(file);
    const r = await run(["rencontre", file, "--instance", "conseil", "--date", "2026-11-26"], NOW);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Point statutaire : plan d'action PFM-MADA \(Conseil municipal, 2026-11-26\)\n\n/);
    expect(r.out).toContain("Proposition : prendre acte");
    expect(r.out).toMatch(/Actions à revoir \(\d+\), par porteur :/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("--json gives the groups and the text; -o adds the meeting's row to Rencontres", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const out = path.join(dir, "avec-rencontre.xlsx");
    const r = await run(
      [
        "rencontre",
        file,
        "--instance",
        "suivi",
        "--date",
        "2026-11-26",
        "--invite",
        "Service des loisirs et de la vie communautaire",
        "--json",
        "-o",
        out,
      ],
      NOW,
    );
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.instance).toEqual({ name: "Comité de suivi", text: "detailed" });
    expect(json.groups[0]).toMatchObject({
      porteur: "Service des loisirs et de la vie communautaire",
      invited: true,
    });
    expect(r.err).toContain(out);
    const wb = await readFile(out);
    const row = wb.rencontres.find((m) => m.date === today(NOW) && m.instance === "Comité de suivi");
    const nos = json.groups.flatMap((g: { actions: { no: string }[] }) => g.actions.map((a) => a.no));
    expect(row?.actions).toBe(nos.join(", "));
  });

  test("an unknown or ambiguous body is refused with the list (exit 2)", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const unknown = await run(["rencontre", file, "--instance", "CA du CLSC"], NOW);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Comité de suivi, Conseil municipal, Comité de direction");
    const ambiguous = await run(["rencontre", file, "--instance", "comité"], NOW);
    expect(ambiguous).toMatchObject({ code: 2 });
    expect(ambiguous.err).toContain("peut désigner Comité de suivi, Comité de direction");
  });
});

describe("plan-vivant fin-de-plan", () => {
  test("writes the sheet beside the input and prints the text for the renewal request", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const r = await run(["fin-de-plan", file, "--json"], NOW);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const expected = path.join(dir, "demo - bilan de fin de plan 2026-11-26.xlsx");
    expect(json.file).toBe(expected);
    expect(json.header.ended).toBe(false);
    expect(json.total.actions).toBe((await readFile(file)).actions.length);
    expect(json.renewalText).toMatch(/^À ce jour, dans son plan d'action/);
    const snapshot = await new XlsxPort(readFileSync(expected)).read();
    expect(snapshot.sheetNames).toContain("Bilan de fin de plan");
  });
});

describe("plan-vivant nouveau-plan", () => {
  test("on the demo: exactly the actions neither done nor dropped carried over; the old file unchanged byte for byte; check reads it without error", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const before = readFileSync(file);
    const next = path.join(dir, "prochain.xlsx");
    const r = await run(
      ["nouveau-plan", file, "-o", next, "--debut", "2027-01-01", "--fin", "2030-12-31", "--json"],
      NOW,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const old = await readFile(file);
    const expected = actionStates(old)
      .filter((s) => s.status !== "done" && s.status !== "dropped")
      .map((s) => s.action.no);
    expect(JSON.parse(r.out).carried).toEqual(expected);

    const check = await run(["check", next, "--json"], NOW);
    expect(check.code).toBe(0);
    expect(
      JSON.parse(check.out).problems.filter((p: { severity: string }) => p.severity === "error"),
    ).toEqual([]);
    const wb = await readFile(next);
    expect(wb.actions.map((a) => a.no)).toEqual(expected);
    expect(wb.actions.every((a) => a.previousNo === a.no && a.history && a.due === undefined)).toBe(true);
    expect(wb.suivis).toEqual([]);
    expect(wb.settings).toMatchObject({ organisation: old.settings.organisation, start: 46388, end: 47848 });
    expect(wb.acteurs.map((a) => a.name)).toEqual(old.acteurs.map((a) => a.name));
    expect(wb.instances).toEqual(old.instances);
    expect(wb.areas).toEqual(old.areas);
  });

  test("--avec and --sans change the choice; an unknown No is refused", async () => {
    const dir = tempDir("meetings");
    const file = await demoFile(dir);
    const old = actionStates(await readFile(file));
    const done = old.find((s) => s.status === "done")!.action.no;
    const open = old.find((s) => s.status === "in-progress")!.action.no;
    const next = path.join(dir, "prochain.xlsx");
    const r = await run(
      [
        "nouveau-plan",
        file,
        "-o",
        next,
        "--debut",
        "2027-01-01",
        "--fin",
        "2030-12-31",
        "--avec",
        done,
        "--sans",
        open,
        "--json",
      ],
      NOW,
    );
    const carried: string[] = JSON.parse(r.out).carried;
    expect(carried).toContain(done);
    expect(carried).not.toContain(open);
    const bad = await run(
      [
        "nouveau-plan",
        file,
        "-o",
        path.join(dir, "x.xlsx"),
        "--debut",
        "2027-01-01",
        "--fin",
        "2030-12-31",
        "--avec",
        "99.9",
      ],
      NOW,
    );
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toContain("99.9");
  });

  testWith("openpyxl")(
    "on a workbook written by openpyxl, in English: the expected actions, the custom body and the person",
    async () => {
      const dir = tempDir("meetings");
      const file = path.join(dir, "other.xlsx");
      execFileSync(PYTHON, [path.resolve(__dirname, "../fixtures/openpyxl-next-plan.py"), file]);
      const before = readFileSync(file);
      const next = path.join(dir, "next.xlsx");
      const r = await run(
        ["nouveau-plan", file, "-o", next, "--debut", "2026-01-01", "--fin", "2029-12-31"],
        NOW,
      );
      expect(r).toMatchObject({ code: 0 });
      expect(readFileSync(file).equals(before)).toBe(true);
      const check = await run(["check", next, "--json"], NOW);
      expect(check.code).toBe(0);
      const wb = await readFile(next);
      expect(wb.lang).toBe("en");
      expect(wb.actions.map((a) => [a.no, a.previousNo])).toEqual([
        ["1.2", "1.2"],
        ["2.1", "2.1"],
        ["2.2", "2.2"],
      ]);
      expect(wb.actions.find((a) => a.no === "2.1")?.history).toBe(
        "Plan 2022-2025: not done, 1 follow-up, last on 2025-04-01: Provincial road: waiting for the ministry",
      );
      expect(wb.settings.followUpDays).toBe(60);
      expect(wb.instances).toEqual([
        { name: "Municipal council", text: "short" },
        { name: "Seniors' round table", text: "detailed" },
      ]);
      expect(wb.acteurs).toMatchObject([{ name: "Jane Roy", email: "jane@example.org" }]);
    },
  );
});
