/**
 * Preloaded (`node --require bench/maxrss.cjs …`) into a process the benchmark measures: on exit
 * it writes the process's peak resident memory to stderr as `maxrss-kb=<n>`.
 */
"use strict";

process.on("exit", () => {
  process.stderr.write(`\nmaxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
