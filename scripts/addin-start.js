#!/usr/bin/env node
/**
 * Starts the Excel add-in for development.
 * - Windows, macOS: `npx --yes office-addin-debugging start manifest.xml [args]` (it runs
 *   `npm run dev-server` and sideloads into Excel); extra arguments are passed on (e.g. `desktop`).
 * - Linux: prints how to sideload into Excel on the web, then runs the webpack dev server
 *   (https://localhost:3000 when office-addin-dev-certs' certificates exist) until stopped.
 */
"use strict";

const fs = require("fs");
const { spawn } = require("child_process");
const dev = require("./addin-dev");

/** What to run: the office-addin-debugging command, or the dev server with its help text. */
function startPlan(platform = process.platform, extraArgs = [], certsPresent = false) {
  if (dev.canSideload(platform))
    return { kind: "debugging", ...dev.debuggingCommand("start", extraArgs, platform) };
  return {
    kind: "dev-server",
    command: process.execPath,
    args: [require.resolve("webpack/bin/webpack.js"), "serve", "--mode", "development"],
    shell: false,
    help: dev.sideloadHelp(certsPresent),
  };
}

function main(argv = process.argv.slice(2)) {
  const { httpsOptions } = require("../webpack.config.js");
  const certDir = process.env.OFFICE_ADDIN_DEV_CERTS_DIR || undefined;
  const plan = startPlan(process.platform, argv, httpsOptions(certDir) !== null);
  if (plan.help) process.stdout.write(plan.help);
  const child = spawn(plan.command, plan.args, { cwd: dev.ROOT, stdio: "inherit", shell: plan.shell });
  const pidFile = dev.pidFilePath();
  if (plan.kind === "dev-server") fs.writeFileSync(pidFile, String(child.pid));
  const forward = (signal) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  child.on("error", (error) => {
    console.error(`addin-start: ${error.message}`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    if (plan.kind === "dev-server" && dev.readPid(pidFile) === child.pid) fs.rmSync(pidFile, { force: true });
    process.exitCode = code ?? (signal ? 0 : 1);
  });
}

module.exports = { startPlan, main };

if (require.main === module) main();
