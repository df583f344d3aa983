/** scripts/addin-start.js and scripts/addin-stop.js: what runs where, and stopping only our server. */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { startPlan } = require("../../scripts/addin-start.js");
const { stopDevServer, waitForExit } = require("../../scripts/addin-stop.js");
const dev = require("../../scripts/addin-dev.js");
/* eslint-enable @typescript-eslint/no-require-imports */

describe("addin-start", () => {
  test("Windows and macOS: office-addin-debugging through npx, never a dependency", () => {
    expect(startPlan("win32", ["desktop"])).toMatchObject({
      kind: "debugging",
      command: "npx.cmd",
      args: ["--yes", "office-addin-debugging", "start", "manifest.xml", "desktop"],
      shell: true,
    });
    expect(startPlan("darwin", [])).toMatchObject({
      command: "npx",
      args: ["--yes", "office-addin-debugging", "start", "manifest.xml"],
    });
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8"));
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty("office-addin-debugging");
  });

  test("Linux: the webpack dev server, with sideloading steps for Excel on the web in French and English", () => {
    const plan = startPlan("linux", [], true);
    expect(plan.kind).toBe("dev-server");
    expect(plan.command).toBe(process.execPath);
    expect(plan.args.slice(1)).toEqual(["serve", "--mode", "development"]);
    expect(fs.existsSync(plan.args[0])).toBe(true);
    expect(plan.help).toContain("Charger mon complément");
    expect(plan.help).toContain("Upload My Add-in");
    expect(plan.help).toContain("manifest.xml");
    expect(plan.help).not.toContain("office-addin-dev-certs install");
    expect(startPlan("linux", [], false).help).toContain("npx office-addin-dev-certs install");
  });
});

describe("addin-stop", () => {
  let dir: string;
  let pidFile: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-stop-"));
    pidFile = path.join(dir, "dev-server.pid");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("Windows and macOS: office-addin-debugging stop", () => {
    expect(dev.debuggingCommand("stop", [], "darwin").args).toEqual([
      "--yes",
      "office-addin-debugging",
      "stop",
      "manifest.xml",
    ]);
  });

  test("nothing recorded: nothing to stop", () => {
    expect(stopDevServer(pidFile)).toBe("not-running");
  });

  test("a stale record is removed and no process is signalled", () => {
    fs.writeFileSync(pidFile, "4194000");
    const check = jest.fn(() => false);
    expect(stopDevServer(pidFile, check)).toBe("not-running");
    expect(check).toHaveBeenCalledWith(4194000);
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  test("a process that is not a webpack dev server is left alone", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
    try {
      fs.writeFileSync(pidFile, String(child.pid));
      if (process.platform === "linux") {
        expect(stopDevServer(pidFile)).toBe("not-running");
        expect(() => process.kill(child.pid as number, 0)).not.toThrow();
      }
    } finally {
      child.kill();
    }
  });

  test("the recorded dev server is stopped", async () => {
    const child = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)", "webpack", "serve"], {
      stdio: "ignore",
    });
    const exited = new Promise((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    fs.writeFileSync(pidFile, String(child.pid));
    expect(dev.isDevServer(child.pid)).toBe(true);
    expect(stopDevServer(pidFile)).toBe("stopped");
    expect(await exited).toBe("SIGTERM");
    expect(waitForExit(child.pid, 1000)).toBe(true);
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  test("the pid file is per checkout", () => {
    expect(dev.pidFilePath("/a/plan-vivant")).not.toBe(dev.pidFilePath("/b/plan-vivant"));
    expect(path.dirname(dev.pidFilePath("/a/plan-vivant"))).toBe(os.tmpdir());
  });
});
