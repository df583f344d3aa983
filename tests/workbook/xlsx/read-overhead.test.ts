/**
 * Reports how much readXlsx costs over ExcelJS's own load (no timing assertion).
 * Full size (2,000 actions, 50,000 follow-ups): XLSX_BENCH=1 npx jest tests/workbook/xlsx/read-overhead
 */
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { writeXlsx } from "../../../src/workbook/xlsx/write";
import { readOverhead, syntheticPlan } from "./synthetic";

const full = process.env.XLSX_BENCH === "1";

test("the synthetic workbook reads back whole", async () => {
  const snapshot = await readXlsx(await writeXlsx(syntheticPlan(20, 300)));
  const suivis = snapshot.tables.find((t) => t.name === "Suivis")!;
  expect(suivis.values).toHaveLength(301);
  expect(suivis.values[1][0]).toBe(45_700);
  expect(suivis.formats![1][0]).toBe("yyyy-mm-dd");
});

test(`reports readXlsx overhead over ExcelJS load (${full ? "2,000 x 50,000" : "200 x 5,000"})`, async () => {
  const o = full ? await readOverhead(2000, 50_000, 3) : await readOverhead(200, 5000, 2);
  console.log(
    `xlsx read overhead: ${(o.bytes / 1e6).toFixed(1)} MB, ExcelJS load ${o.excelJsMs.toFixed(0)} ms, ` +
      `(skipping the same nodes ${o.excelJsIgnoringMs.toFixed(0)} ms), readXlsx ${o.readXlsxMs.toFixed(0)} ms, ratio ${o.ratio.toFixed(2)}`,
  );
  // What was timed is a whole read: every row of both tables comes back.
  const snapshot = await readXlsx(
    await writeXlsx(full ? syntheticPlan(2000, 50_000) : syntheticPlan(200, 5000)),
  );
  const rows = (name: string) => snapshot.tables.find((t) => t.name === name)!.values.length;
  expect([rows("Actions"), rows("Suivis")]).toEqual(full ? [2001, 50_001] : [201, 5001]);
}, 600_000);
