/** `npm run bench`: prints the performance figures the issues set targets for. */
import { benchBilan } from "./bilan";
import { benchCheck, bigWorkbook } from "./check";
import { readFileSync } from "node:fs";
import { demoPlan } from "../src/domain/demo";
import { writeXlsx } from "../src/workbook/xlsx/write";
import { benchFileChosen, benchFirstPaint } from "./first-paint";
import { benchCheckProcess, benchConsolider, resavedByLibreOffice } from "./processes";

async function run(): Promise<void> {
  const big = await bigWorkbook();
  await benchCheck(big);
  const resaved = resavedByLibreOffice(big.file);
  benchCheckProcess(resaved.file, resaved.how);
  await benchBilan(big);
  await benchConsolider();
  await benchFirstPaint();
  const demo = { name: "demo.xlsx", bytes: await writeXlsx(demoPlan(big.day, "fr")) };
  await benchFileChosen({ name: "grand.xlsx", bytes: readFileSync(resaved.file) }, demo);
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
