/**
 * `npm run bench`, part one: reading and checking a workbook of 2,000 actions and
 * 50,000 follow-ups. Prints ExcelJS's own read, `check` end to end and the domain alone.
 * Target: the domain under 200 ms. The in-process ratio of `check` to ExcelJS's read is printed
 * for information: issue 13's target (at most 0.5 x a bare ExcelJS read, and half its peak
 * memory) is on whole processes, measured by bench/processes.ts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { checkReport } from "../src/domain/check";
import { today } from "../src/domain/dates";
import { actionStates } from "../src/domain/flags";
import { templatePlan } from "../src/domain/layout/template";
import { readWorkbook } from "../src/domain/read";
import { readXlsx } from "../src/workbook/xlsx/read";
import { writeXlsx } from "../src/workbook/xlsx/write";
import { median, ms, time } from "./timing";
import { syntheticData, syntheticOptions } from "./synthetic";

export const ACTIONS = 2000;
export const SUIVIS = 50_000;

export async function bigWorkbook(): Promise<{ file: string; bytes: Uint8Array; day: number }> {
  const day = today();
  const bytes = await writeXlsx(templatePlan(syntheticOptions(day), syntheticData(ACTIONS, SUIVIS, day)));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "plan-vivant-bench-")), "grand.xlsx");
  writeFileSync(file, bytes);
  return { file, bytes, day };
}

export async function benchCheck(big: { file: string; bytes: Uint8Array; day: number }): Promise<void> {
  const runs = 3;
  const exceljs = median(
    await time(
      runs,
      async () => void (await new ExcelJS.Workbook().xlsx.load(big.bytes as unknown as ExcelJS.Buffer)),
    ),
  );
  const check = median(
    await time(runs, async () => {
      const code = await main(["check", big.file, "--json"], {
        out: () => undefined,
        err: (t) => console.error(t),
      });
      if (code !== 0) throw new Error(`check exited ${code}`);
    }),
  );
  const snapshot = await readXlsx(big.bytes);
  const domain = median(
    await time(5, async () => {
      const wb = readWorkbook(snapshot, { today: big.day });
      checkReport(wb, actionStates(wb));
    }),
  );
  console.log(
    `Workbook: ${ACTIONS} actions, ${SUIVIS} follow-ups, ${(big.bytes.length / 1e6).toFixed(1)} MB (${big.file})`,
  );
  console.log(`  ExcelJS read alone         ${ms(exceljs)}`);
  console.log(
    `  check end to end           ${ms(check)}   ratio ${(check / exceljs).toFixed(2)} x ExcelJS, in this process ` +
      `(information; the target, <= 0.50 x, is on whole processes: below)`,
  );
  console.log(`  domain alone (read+flags)  ${ms(domain)}   (target < 200 ms)`);
}
