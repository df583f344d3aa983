#!/usr/bin/env node
/**
 * Size of the task pane's initial JavaScript, read from dist/ after `npm run build` (this script
 * builds nothing). Sums the files of the <script src> tags of dist/taskpane.html, raw and gzipped,
 * and exits 1 when the gzipped total is over the budget (150 KiB). office.js (Microsoft's CDN or
 * /office-js/) is not ours and is not counted.
 *
 * Usage: node bench/bundle-size.js [distDir]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_GZIP_BYTES = 150 * 1024;

/** The local script files an HTML page loads, in order (absolute URLs and /office-js/ left out). */
function scriptFiles(html) {
  const files = [];
  const tag = /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const src = (m[1] ?? m[2] ?? m[3]).trim();
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src) || src.startsWith("/office-js/")) continue;
    files.push(src.replace(/[?#].*$/, "").replace(/^(\.\/|\/)/, ""));
  }
  return files;
}

/** Raw and gzipped size of each script of `page` in `distDir`, and their totals. */
function measure(distDir, page = "taskpane.html") {
  const html = fs.readFileSync(path.join(distDir, page), "utf8");
  const scripts = scriptFiles(html).map((file) => {
    const content = fs.readFileSync(path.join(distDir, file));
    return { file, raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
  });
  const total = scripts.reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { page, scripts, total };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function main(argv = process.argv.slice(2)) {
  const distDir = path.resolve(argv[0] || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    console.error(
      `bundle-size: ${path.join(distDir, "taskpane.html")} is missing; run \`npm run build\` first.`,
    );
    return 2;
  }
  const { scripts, total } = measure(distDir);
  if (scripts.length === 0) {
    console.error("bundle-size: dist/taskpane.html loads no script of ours; is the build complete?");
    return 2;
  }
  console.log("Task pane initial JavaScript (dist/taskpane.html):");
  for (const s of scripts)
    console.log(`  ${s.file.padEnd(36)} ${kib(s.raw).padStart(11)} raw ${kib(s.gzip).padStart(11)} gzip`);
  console.log(
    `  ${"total".padEnd(36)} ${kib(total.raw).padStart(11)} raw ${kib(total.gzip).padStart(11)} gzip`,
  );
  const within = total.gzip <= BUDGET_GZIP_BYTES;
  console.log(`Budget ${kib(BUDGET_GZIP_BYTES)} gzip: ${within ? "within" : "OVER"} (${kib(total.gzip)}).`);
  return within ? 0 : 1;
}

module.exports = { scriptFiles, measure, BUDGET_GZIP_BYTES, main };

if (require.main === module) process.exitCode = main();
