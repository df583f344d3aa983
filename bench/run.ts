/** `npm run bench`: prints the performance figures the issues set targets for. */
import { benchCheck, bigWorkbook } from "./check";

async function run(): Promise<void> {
  const big = await bigWorkbook();
  await benchCheck(big);
}

run().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
