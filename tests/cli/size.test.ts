import path from "node:path";
import { writeFileSync } from "node:fs";
import { today } from "../../src/domain/dates";
import { templatePlan } from "../../src/domain/layout/template";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { syntheticData, syntheticOptions } from "../../bench/synthetic";
import { run, tempDir } from "./run";

test("a 10,000-row follow-up table is checked without trouble", async () => {
  const now = new Date("2026-11-26T12:00:00");
  const day = today(now);
  const file = path.join(tempDir(), "grand.xlsx");
  writeFileSync(file, await writeXlsx(templatePlan(syntheticOptions(day), syntheticData(300, 10_000, day))));
  const r = await run(["check", file, "--json"], now);
  expect(r.err).toBe("");
  const report = JSON.parse(r.out);
  expect(report.counts).toMatchObject({ actions: 300, suivis: 10_000, errors: 0 });
  expect(r.code).toBe(0);
  expect(report.flags.length).toBeGreaterThan(0);
});
