#!/usr/bin/env node
/**
 * `npm start`.
 * - Windows, macOS (desktop Excel): the add-in start (scripts/addin-start.js: sideloads into Excel).
 * - Linux, or CI (no desktop Excel): builds the standalone page when its build is missing or older
 *   than the sources, serves it over plain HTTP on localhost (port 3000 or the next free one, PORT to
 *   choose another) and prints its address, opening on the demo workbook.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const dev = require("./addin-dev");
const { serve } = require("./serve-static");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist", "standalone");
const PAGE = path.join(OUT, "index.html");
/** What the standalone build depends on: a change here makes the build stale. */
const SOURCES = ["src", "assets", "webpack.config.js", "package-lock.json", "tsconfig.json"];

/** "addin" where desktop Excel can take the add-in, "standalone" elsewhere (Linux, CI). */
function startMode(platform = process.platform, env = process.env) {
  return dev.canSideload(platform) && !env.CI ? "addin" : "standalone";
}

function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/** True when dist/standalone/index.html is missing or older than a source file. */
function needsBuild(root = ROOT, page = PAGE) {
  if (!fs.existsSync(page)) return true;
  const built = fs.statSync(page).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

function build() {
  const webpack = require.resolve("webpack/bin/webpack.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "standalone"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("webpack --env standalone failed");
}

/** The policy of the page's <meta http-equiv="Content-Security-Policy">, or null without one. */
function pagePolicy(html) {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match ? match[1] : null;
}

function banner(url) {
  return [
    "",
    `Plan vivant — page autonome / standalone page: ${url}?demo`,
    "FR  Excel pour le web : `npm run dev-server`, puis Insertion > Compléments > Charger mon complément > manifest.xml.",
    "EN  Excel on the web: `npm run dev-server`, then Insert > Add-ins > Upload My Add-in > manifest.xml.",
    "Ctrl+C : arrêter / stop.",
    "",
  ].join("\n");
}

async function main(argv = process.argv.slice(2)) {
  if (startMode() === "addin") {
    require("./addin-start").main(argv);
    return;
  }
  if (needsBuild()) {
    process.stdout.write("Construction de la page autonome… / Building the standalone page…\n");
    build();
  }
  const { server, url } = await serve({ dir: OUT, port: Number(process.env.PORT) || 3000 });
  // The page's own Content-Security-Policy, sent as a header too (set before the file server's headers).
  const policy = pagePolicy(fs.readFileSync(PAGE, "utf8"));
  if (policy)
    server.prependListener("request", (_req, res) => res.setHeader("Content-Security-Policy", policy));
  process.stdout.write(banner(url));
}

module.exports = { startMode, needsBuild, build, banner, pagePolicy };

if (require.main === module) {
  main().catch((error) => {
    console.error(`start: ${error.message}`);
    process.exitCode = 1;
  });
}
