/** `npm run bench`: prints the performance figures the issues set targets for. */
import { benchBilan } from "./bilan";
import { benchCheck, bigWorkbook } from "./check";
import { benchFirstPaint } from "./first-paint";

async function run(): Promise<void> {
  const big = await bigWorkbook();
  await benchCheck(big);
  await benchBilan(big);
  await benchFirstPaint();
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
