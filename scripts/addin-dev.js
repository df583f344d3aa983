/**
 * Shared pieces of scripts/addin-start.js and scripts/addin-stop.js: where the Linux dev server's
 * process id is kept, and the messages shown there (French first, then English).
 */
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const MANIFEST = "manifest.xml";

/** File holding the process id of the dev server started by addin-start on Linux. */
function pidFilePath(root = ROOT) {
  const tag = crypto.createHash("sha1").update(path.resolve(root)).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `plan-vivant-dev-server-${tag}.pid`);
}

/** True when office-addin-debugging can sideload here (Excel desktop on Windows or macOS). */
function canSideload(platform = process.platform) {
  return platform === "win32" || platform === "darwin";
}

/** The npx command line for office-addin-debugging (never a dependency: it breaks installs on Linux). */
function debuggingCommand(action, extraArgs = [], platform = process.platform) {
  return {
    command: platform === "win32" ? "npx.cmd" : "npx",
    args: ["--yes", "office-addin-debugging", action, MANIFEST, ...extraArgs],
    shell: platform === "win32",
  };
}

function sideloadHelp(certsPresent) {
  const lines = [
    "Plan vivant — complément Excel en développement / Excel add-in in development",
    "",
    "FR  Sur Linux, chargez le complément dans Excel pour le web :",
    "    1. Ouvrez un classeur dans Excel pour le web (le classeur de suivi du plan).",
    "    2. Accueil (ou Insertion) > Compléments > Plus de compléments > Mes compléments >",
    "       Charger mon complément, puis choisissez manifest.xml à la racine du projet.",
    "    3. Le bouton « Suivi du plan » apparaît sous l'onglet Accueil.",
    "EN  On Linux, sideload the add-in into Excel on the web:",
    "    1. Open a workbook in Excel on the web (the plan's tracking workbook).",
    "    2. Home (or Insert) > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,",
    "       then choose manifest.xml at the project's root.",
    "    3. The “Plan tracking” button appears on the Home tab.",
  ];
  if (!certsPresent) {
    lines.push(
      "",
      "FR  Attention : aucun certificat de développement; Excel exige https://localhost:3000.",
      "    Créez-les avec `npx office-addin-dev-certs install`, puis relancez.",
      "EN  Warning: no development certificates; Excel needs https://localhost:3000.",
      "    Create them with `npx office-addin-dev-certs install`, then start again.",
    );
  }
  lines.push("");
  return lines.join("\n");
}

function removeHelp() {
  return [
    "FR  Dans Excel pour le web, le complément chargé disparaît quand vous videz le cache du",
    "    navigateur; le serveur de développement est arrêté.",
    "EN  In Excel on the web, the uploaded add-in goes away when you clear the browser's cache;",
    "    the development server is stopped.",
    "",
  ].join("\n");
}

/** Reads a process id file; null when absent or not a number. */
function readPid(file) {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when `pid` is alive and is a webpack dev server (checked on /proc where it exists). */
function isDevServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync(cmdline)) return true;
  return fs.readFileSync(cmdline, "utf8").includes("webpack");
}

module.exports = {
  ROOT,
  MANIFEST,
  pidFilePath,
  canSideload,
  debuggingCommand,
  sideloadHelp,
  removeHelp,
  readPid,
  isDevServer,
};
