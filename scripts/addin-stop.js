#!/usr/bin/env node
/**
 * Stops the Excel add-in started by scripts/addin-start.js.
 * - Windows, macOS: `npx --yes office-addin-debugging stop manifest.xml` (unloads it, stops the server).
 * - Linux: stops the dev server whose process id addin-start recorded (that process only), and
 *   says how the add-in goes away from Excel on the web.
 */
"use strict";

const fs = require("fs");
const { spawnSync } = require("child_process");
const dev = require("./addin-dev");

/**
 * Stops the dev server recorded in `pidFile`. Returns "stopped", "not-running" (no file, or a
 * stale one, which is removed) — never signals a process that is not a webpack dev server.
 */
function stopDevServer(pidFile = dev.pidFilePath(), isDevServer = dev.isDevServer) {
  const pid = dev.readPid(pidFile);
  if (pid === null || !isDevServer(pid)) {
    fs.rmSync(pidFile, { force: true });
    return "not-running";
  }
  process.kill(pid, "SIGTERM");
  fs.rmSync(pidFile, { force: true });
  return "stopped";
}

/** Waits (blocking) until `pid` is gone; false after `timeoutMs`. */
function waitForExit(pid, timeoutMs) {
  const tick = new Int32Array(new SharedArrayBuffer(4));
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    Atomics.wait(tick, 0, 0, 200);
  }
  return false;
}

function main(platform = process.platform) {
  if (dev.canSideload(platform)) {
    const { command, args, shell } = dev.debuggingCommand("stop", [], platform);
    const result = spawnSync(command, args, { cwd: dev.ROOT, stdio: "inherit", shell });
    return result.status ?? 1;
  }
  const pid = dev.readPid(dev.pidFilePath());
  const outcome = stopDevServer();
  if (outcome === "stopped") {
    // webpack serve shuts down gracefully: give it a moment so the port is free on return.
    if (!waitForExit(pid, 30000))
      console.warn(`addin-stop: the dev server (pid ${pid}) is still shutting down.`);
    process.stdout.write(dev.removeHelp());
  } else console.log("Aucun serveur de développement en cours. / No development server running.");
  return 0;
}

module.exports = { stopDevServer, waitForExit, main };

if (require.main === module) process.exitCode = main();
