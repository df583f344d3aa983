/**
 * Property tests of the reader on random workbooks (fast-check): whatever is typed in the
 * tables (any text, XML's special characters, formulas' look, numbers out of range, dates or
 * not), reading never throws anything but a WorkbookError and every problem is located; and
 * read → bilan → read gives the same actions and follow-ups.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import fc from "fast-check";
import { readWorkbook } from "../../src/domain/read";
import { templatePlan, type ActionRow, type SuiviRow } from "../../src/domain/layout/template";
import { STATUS_IDS } from "../../src/domain/vocabulary";
import { WorkbookError } from "../../src/workbook/port";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { run } from "../cli/run";

const NOW = new Date("2026-11-26T12:00:00");
const TODAY = Math.floor(NOW.getTime() / 86_400_000);

/** Text as people and other programs leave it: accents, XML specials, formula look, blanks. */
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    "",
    " ",
    "=1+1",
    "<b>&amp;</b>",
    "'quoted'",
    "é à ç « »",
    "\u0000\u0001",
    "1.1",
    "2026-13-45",
    "x".repeat(300),
  ),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const day = fc.integer({ min: TODAY - 2000, max: TODAY + 2000 });
const number = fc.oneof(fc.integer({ min: -10, max: 200 }), fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
const nos = fc.uniqueArray(fc.stringMatching(/^[1-9]\.[1-9](\.[1-9])?$/), { minLength: 1, maxLength: 8 });

const plan = nos.chain((list) => {
  const action: fc.Arbitrary<ActionRow> = fc.record(
    {
      text,
      area: text,
      porteur: text,
      due: fc.oneof(day, fc.constant(undefined)),
      plannedStart: fc.oneof(day, fc.constant(undefined)),
      budget: number,
    },
    { requiredKeys: ["text"] },
  );
  const suivi: fc.Arbitrary<SuiviRow> = fc.record(
    {
      date: day,
      action: fc.oneof(fc.constantFrom(...list), text),
      status: fc.constantFrom(...STATUS_IDS),
      progress: number,
      obstacles: text,
      achievements: text,
      spent: number,
    },
    { requiredKeys: ["date", "action", "status"] },
  );
  return fc.record({
    actions: fc.tuple(...list.map((no) => action.map((a) => ({ ...a, no })))),
    suivis: fc.array(suivi, { maxLength: 12 }),
    lang: fc.constantFrom("fr" as const, "en" as const),
  });
});

async function workbookOf(p: {
  actions: ActionRow[];
  suivis: SuiviRow[];
  lang: "fr" | "en";
}): Promise<Uint8Array> {
  return writeXlsx(
    templatePlan({ lang: p.lang, organisation: "Saint-Clément" }, { actions: p.actions, suivis: p.suivis }),
  );
}

async function read(bytes: Uint8Array) {
  return readWorkbook(await readXlsx(bytes), { today: TODAY });
}

test("random workbooks: nothing but a WorkbookError is thrown, every problem is located", async () => {
  await fc.assert(
    fc.asyncProperty(plan, async (p) => {
      let wb;
      try {
        wb = await read(await workbookOf(p));
      } catch (error) {
        expect(error).toBeInstanceOf(WorkbookError);
        return;
      }
      for (const problem of wb.problems) {
        expect([problem.code, problem.cell]).toEqual([
          problem.code,
          expect.stringMatching(/^.+!\$?[A-Z]+\$?\d+$/),
        ]);
      }
    }),
    { numRuns: 40 },
  );
}, 120_000);

test("read → bilan → read: the same actions and follow-ups", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "pv-prop-"));
  let n = 0;
  await fc.assert(
    fc.asyncProperty(plan, async (p) => {
      const input = path.join(dir, `in-${n}.xlsx`);
      const output = path.join(dir, `out-${n++}.xlsx`);
      writeFileSync(input, await workbookOf(p));
      const before = await read(readFileSync(input));
      const r = await run(["bilan", input, "-o", output], NOW);
      expect([r.code === 0 || r.code === 1, r.err]).toEqual([true, expect.not.stringMatching(/^\s+at\s/m)]);
      const after = await read(readFileSync(output));
      expect(after.actions).toEqual(before.actions);
      expect(after.suivis).toEqual(before.suivis);
    }),
    { numRuns: 15 },
  );
}, 180_000);
