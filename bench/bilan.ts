/**
 * `npm run bench`, part two: the bilan on the workbook of 2,000 actions and 50,000 follow-ups,
 * end to end through the CLI (read, figures, Bilan sheet with charts, computed columns,
 * part guard, write), against a bare ExcelJS read + write of the same file.
 * Target: the bilan within 1.5 x the bare ExcelJS read + write.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { ACTIONS, SUIVIS } from "./check";
import { median, ms, time } from "./timing";

export async function benchBilan(big: { file: string; bytes: Uint8Array }): Promise<void> {
  const runs = 3;
  const exceljs = median(
    await time(runs, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(big.bytes as unknown as ExcelJS.Buffer);
      await wb.xlsx.writeBuffer();
    }),
  );
  const out = path.join(path.dirname(big.file), "grand - bilan.xlsx");
  const bilan = median(
    await time(runs, async () => {
      const code = await main(["bilan", big.file, "-o", out, "--json", "--remplacer"], {
        out: () => undefined,
        err: () => undefined,
      });
      if (code !== 0) throw new Error(`bilan exited ${code}`);
    }),
  );
  console.log(`Bilan on ${ACTIONS} actions, ${SUIVIS} follow-ups`);
  console.log(`  ExcelJS read + write alone ${ms(exceljs)}`);
  console.log(
    `  bilan end to end           ${ms(bilan)}   ratio ${(bilan / exceljs).toFixed(2)} x ExcelJS (target <= 1.50)`,
  );
}
