#!/usr/bin/env node
/**
 * Size of the task pane's initial JavaScript, read from dist/ after `npm run build` (this script
 * builds nothing). Sums the files of the <script src> tags of dist/taskpane.html, raw and gzipped,
 * and exits 1 when the gzipped total is over the budget (150 KiB). office.js (Microsoft's CDN or
 * /office-js/) is not ours and is not counted.
 *
 * It also prints the largest chunk of every page (the scripts its HTML loads) and the largest
 * chunk loaded later (lazy chunks, such as the standalone page's workbook code), gzipped, beside
 * the target "no chunk over 150 KB gzipped", and exits 1 when a chunk is over it.
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

const PAGES = ["taskpane.html", "commands.html", "standalone.html"];
const CHUNK_TARGET_GZIP_BYTES = 150 * 1024;

function gzipSize(distDir, file) {
  return zlib.gzipSync(fs.readFileSync(path.join(distDir, file)), { level: 9 }).length;
}

/** The largest script of each page of `distDir`, and the largest script no page loads at once. */
function largestChunks(distDir) {
  const initial = new Set();
  const rows = [];
  const biggest = (files) =>
    files
      .map((file) => ({ file, gzip: gzipSize(distDir, file) }))
      .reduce((a, b) => (a && a.gzip >= b.gzip ? a : b), undefined);
  for (const page of PAGES) {
    const html = path.join(distDir, page);
    if (!fs.existsSync(html)) continue;
    const files = scriptFiles(fs.readFileSync(html, "utf8")).filter((f) =>
      fs.existsSync(path.join(distDir, f)),
    );
    files.forEach((f) => initial.add(f));
    const top = biggest(files);
    if (top) rows.push({ page, ...top });
  }
  const lazy = fs.readdirSync(distDir).filter((f) => f.endsWith(".js") && !initial.has(f));
  const topLazy = biggest(lazy);
  if (topLazy) rows.push({ page: "lazy chunks", ...topLazy });
  return rows;
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
  console.log(`Largest chunk of each page, gzipped (target: no chunk over ${kib(CHUNK_TARGET_GZIP_BYTES)}):`);
  let chunksWithin = true;
  for (const row of largestChunks(distDir)) {
    const ok = row.gzip <= CHUNK_TARGET_GZIP_BYTES;
    chunksWithin = chunksWithin && ok;
    console.log(
      `  ${row.page.padEnd(16)} ${row.file.padEnd(36)} ${kib(row.gzip).padStart(11)} ${ok ? "within" : "OVER"}`,
    );
  }
  return within && chunksWithin ? 0 : 1;
}

module.exports = { scriptFiles, measure, largestChunks, BUDGET_GZIP_BYTES, CHUNK_TARGET_GZIP_BYTES, main };

if (require.main === module) process.exitCode = main();
