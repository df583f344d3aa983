/**
 * The webpack configuration, checked quickly without a full production build (that one is
 * `npm run build`, measured by bench/bundle-size.js). The exceljs/jszip guard is checked with small
 * real compilations.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const config = require("../../webpack.config.js");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
/* eslint-enable @typescript-eslint/no-require-imports */

const repo = path.resolve(__dirname, "../..");
const quiet = () => jest.spyOn(console, "warn").mockImplementation(() => undefined);

function build(mode: "production" | "development", vars: Record<string, string> = {}, env: object = {}) {
  const warn = quiet();
  try {
    return config(env, { mode }, vars);
  } finally {
    warn.mockRestore();
  }
}

const pluginOf = (cfg: any, type: any): any[] => cfg.plugins.filter((p: unknown) => p instanceof type);

function copyTransform(cfg: any): (content: Buffer) => Buffer | string {
  const [copy] = pluginOf(cfg, CopyWebpackPlugin);
  const pattern = copy.patterns.find((p: any) => p.from === "manifest*.xml");
  return pattern.transform;
}

describe("production configuration", () => {
  const cfg = build("production", { ADDIN_URL: "https://plan.example.org/vivant" });

  test("entries: the task pane's Office entry point and the function file", () => {
    expect(cfg.entry.taskpane).toEqual(["./src/taskpane/office-missing.ts", "./src/taskpane/taskpane.ts"]);
    expect(cfg.entry.commands).toBe("./src/commands/commands.ts");
    for (const file of [
      "src/taskpane/taskpane.html",
      "src/commands/commands.html",
      "src/commands/commands.ts",
    ]) {
      expect(fs.existsSync(path.join(repo, file))).toBe(true);
    }
  });

  test("production mode, no source maps, hashed names, tree shaking on", () => {
    expect(cfg.mode).toBe("production");
    expect(cfg.devtool).toBe(false);
    expect(cfg.output.filename).toBe("[name].[contenthash:8].js");
    expect(cfg.output.path).toBe(path.join(repo, "dist"));
    expect(cfg.optimization.sideEffects).toBe(true);
    expect(cfg.optimization.usedExports).toBe(true);
  });

  test("TypeScript is transpiled to ES modules (tree shaking) by ts-loader, transpile only", () => {
    const rule = cfg.module.rules.find((r: any) => r.test.test("index.tsx"));
    expect(rule.test.test("commands.ts")).toBe(true);
    expect(rule.use.loader).toBe("ts-loader");
    expect(rule.use.options.transpileOnly).toBe(true);
    expect(rule.use.options.compilerOptions.module).toBe("es2020");
    expect(rule.use.options.compilerOptions.sourceMap).toBe(false);
  });

  test("React and Fluent go to their own initial chunks", () => {
    const groups = cfg.optimization.splitChunks.cacheGroups;
    const file = (p: string) => path.join(repo, "node_modules", p, "index.js");
    expect(groups.react.test.test(file("react-dom"))).toBe(true);
    expect(groups.react.test.test(file("react-dom-extra"))).toBe(false);
    expect(groups.fluent.test.test(file("@fluentui/react-button"))).toBe(true);
    expect(groups.fluent.test.test(file("exceljs"))).toBe(false);
  });

  test("two Office pages from the src/ templates, each with its own entry, office.js from the CDN", () => {
    const pages = pluginOf(cfg, HtmlWebpackPlugin).map((p) => p.userOptions);
    expect(pages.map((p) => [p.filename, p.template, p.chunks])).toEqual([
      ["taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]],
      ["commands.html", "./src/commands/commands.html", ["commands"]],
      ["standalone.html", "./src/standalone/standalone.html", ["standalone"]],
    ]);
    for (const p of pages.slice(0, 2)) expect(p.templateParameters.officeJsUrl).toBe(config.OFFICE_JS_CDN);
    expect(config.OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test("the standalone page: no office.js, no exceljs, jszip allowed there only, its own React and Fluent", () => {
    const [standalonePage] = pluginOf(cfg, HtmlWebpackPlugin).filter(
      (p) => p.userOptions.chunks[0] === "standalone",
    );
    expect(standalonePage.userOptions.templateParameters).toBeUndefined();
    const html = fs.readFileSync(path.join(repo, "src/standalone/standalone.html"), "utf8");
    expect(html.toLowerCase()).not.toContain("office");
    expect(cfg.entry.standalone).toBe("./src/standalone/standalone.tsx");
    const [guard, standaloneGuard] = pluginOf(cfg, config.ForbiddenModulesPlugin);
    expect(guard.entries).toEqual(["taskpane", "commands"]);
    expect(standaloneGuard.entries).toEqual(["standalone"]);
    expect(config.STANDALONE_FORBIDDEN_PACKAGES).toEqual(["exceljs"]);
    const chunks = cfg.optimization.splitChunks.cacheGroups.fluent.chunks;
    const initial = (name: string) => ({ name, canBeInitial: () => true });
    expect(chunks(initial("taskpane"))).toBe(true);
    expect(chunks(initial("standalone"))).toBe(false);
  });

  test("--env standalone builds the page alone into dist/standalone/index.html", () => {
    const only = build("production", {}, { standalone: true });
    expect(Object.keys(only.entry)).toEqual(["standalone"]);
    expect(only.output.path).toBe(path.join(repo, "dist", "standalone"));
    const pages = pluginOf(only, HtmlWebpackPlugin).map((p) => p.userOptions.filename);
    expect(pages).toEqual(["index.html"]);
  });

  test("the page templates use the office.js address and the bundle tags", () => {
    for (const file of ["src/taskpane/taskpane.html", "src/commands/commands.html"]) {
      const html = fs.readFileSync(path.join(repo, file), "utf8");
      expect(html).toContain('<script src="<%= officeJsUrl %>"></script>');
      expect(html).toContain("<%= htmlWebpackPlugin.tags.headTags %>");
    }
    const taskpane = fs.readFileSync(path.join(repo, "src/taskpane/taskpane.html"), "utf8");
    expect(taskpane).toContain('<main id="container">');
    // the entry mounts on the shell's element
    const entry = fs.readFileSync(path.join(repo, "src/taskpane/taskpane.ts"), "utf8");
    expect(entry).toMatch(/CONTAINER_ID = "container"/);
  });

  test("assets and manifests are copied; the manifest gets the production URL", () => {
    const [copy] = pluginOf(cfg, CopyWebpackPlugin);
    expect(copy.patterns.map((p: any) => p.from)).toEqual(["assets/*", "manifest*.xml"]);
    const manifest = fs.readFileSync(path.join(repo, "manifest.xml"));
    const out = String(copyTransform(cfg)(manifest));
    expect(out).not.toContain("localhost");
    expect(out).toContain('<SourceLocation DefaultValue="https://plan.example.org/vivant/taskpane.html"/>');
    expect(out).toContain("<AppDomain>https://plan.example.org</AppDomain>");
    expect(out).toContain('"https://plan.example.org/vivant/assets/icon-80.png"');
  });

  test("without ADDIN_URL the manifest keeps localhost (and a warning says so)", () => {
    const warn = quiet();
    const cfgNoUrl = config({}, { mode: "production" }, {});
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("ADDIN_URL"));
    warn.mockRestore();
    const manifest = fs.readFileSync(path.join(repo, "manifest.xml"));
    expect(String(copyTransform(cfgNoUrl)(manifest))).toBe(manifest.toString());
  });

  test("the exceljs/jszip guard covers both pages", () => {
    const [guard] = pluginOf(cfg, config.ForbiddenModulesPlugin);
    expect(guard.entries).toEqual(["taskpane", "commands"]);
    expect(config.FORBIDDEN_PACKAGES).toEqual(["exceljs", "jszip"]);
  });

  test("cleaning dist/ keeps the CLI that tsc writes there", () => {
    const keep = cfg.output.clean.keep;
    for (const f of ["src", "src/cli/main.js", "bench/run.js", "cli/main.js"]) expect(keep(f)).toBe(true);
    for (const f of ["taskpane.html", "react.1234abcd.js", "manifest.xml", "assets", "assets/icon-16.png"]) {
      expect(keep(f)).toBe(false);
    }
  });
});

describe("development configuration and dev server", () => {
  test("development: plain names, source maps, manifest untouched even with ADDIN_URL", () => {
    const cfg = build("development", { ADDIN_URL: "https://plan.example.org/" });
    expect(cfg.mode).toBe("development");
    expect(cfg.devtool).toBe("source-map");
    expect(cfg.output.filename).toBe("[name].js");
    const manifest = fs.readFileSync(path.join(repo, "manifest.xml"));
    expect(String(copyTransform(cfg)(manifest))).toContain("https://localhost:3000/taskpane.html");
  });

  test("serves https on localhost:3000 with office-addin-dev-certs' files when they exist", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-certs-"));
    for (const f of ["localhost.crt", "localhost.key", "ca.crt"])
      fs.writeFileSync(path.join(dir, f), `fake ${f}`);
    const cfg = build("development", { OFFICE_ADDIN_DEV_CERTS_DIR: dir }, { WEBPACK_SERVE: true });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(cfg.devServer.port).toBe(3000);
    expect(cfg.devServer.host).toBe("localhost");
    expect(cfg.devServer.server.type).toBe("https");
    expect(String(cfg.devServer.server.options.cert)).toBe("fake localhost.crt");
    expect(String(cfg.devServer.server.options.key)).toBe("fake localhost.key");
    expect(String(cfg.devServer.server.options.ca)).toBe("fake ca.crt");
  });

  test("falls back to plain http, and says so, when a certificate is missing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-certs-"));
    fs.writeFileSync(path.join(dir, "localhost.crt"), "only the certificate");
    const warn = quiet();
    const cfg = config({ WEBPACK_SERVE: true }, { mode: "development" }, { OFFICE_ADDIN_DEV_CERTS_DIR: dir });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("http://localhost:3000/"));
    warn.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
    expect(cfg.devServer.server).toBe("http");
  });

  test("office.js is served locally only with OFFICE_JS_LOCAL=1", () => {
    const cdn = build("development");
    expect(cdn.devServer.static).toBe(false);
    const local = build("development", { OFFICE_JS_LOCAL: "1" });
    const [page] = pluginOf(local, HtmlWebpackPlugin);
    expect(page.userOptions.templateParameters.officeJsUrl).toBe("/office-js/office.js");
    expect(local.devServer.static).toHaveLength(1);
    const [served] = local.devServer.static;
    expect(served.publicPath).toBe("/office-js");
    expect(fs.existsSync(path.join(served.directory, "office.js"))).toBe(true);
  });
});

describe("helpers", () => {
  test("productionUrl: https only, trailing slash added, empty means none", () => {
    expect(config.productionUrl(undefined)).toBeNull();
    expect(config.productionUrl("  ")).toBeNull();
    expect(config.productionUrl("https://plan.example.org")).toBe("https://plan.example.org/");
    expect(config.productionUrl("https://plan.example.org/a/b/")).toBe("https://plan.example.org/a/b/");
    expect(() => config.productionUrl("http://plan.example.org/")).toThrow(/https/);
    expect(() => config.productionUrl("plan.example.org")).toThrow(/not a URL/);
    expect(() => config.productionUrl("https://plan.example.org/?x=1")).toThrow(/query/);
  });

  test("a bad ADDIN_URL stops the build configuration", () => {
    expect(() => config({}, { mode: "production" }, { ADDIN_URL: "http://insecure.example.org/" })).toThrow(
      /https/,
    );
  });

  test("replaceDevUrls: paths get the production URL, the bare origin gets the production origin", () => {
    const xml =
      '<a DefaultValue="https://localhost:3000/taskpane.html"/><AppDomain>https://localhost:3000</AppDomain>' +
      '<b DefaultValue="https://localhost:3000/assets/icon-16.png"/>';
    expect(config.replaceDevUrls(xml, "https://x.example.org/pv/")).toBe(
      '<a DefaultValue="https://x.example.org/pv/taskpane.html"/><AppDomain>https://x.example.org</AppDomain>' +
        '<b DefaultValue="https://x.example.org/pv/assets/icon-16.png"/>',
    );
  });
});

describe("exceljs/jszip guard (real compilations)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-guard-"));
    fs.writeFileSync(path.join(dir, "clean.js"), 'export const ok = "ok";\n');
    fs.writeFileSync(
      path.join(dir, "helper.js"),
      'import JSZip from "jszip";\nexport const zip = () => new JSZip();\n',
    );
    fs.writeFileSync(
      path.join(dir, "direct.js"),
      'import { zip } from "./helper.js";\nconsole.log(zip());\n',
    );
    fs.writeFileSync(path.join(dir, "lazy.js"), 'export const later = () => import("./helper.js");\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function compile(entry: string): Promise<webpack.Stats> {
    const compiler = webpack({
      mode: "development",
      devtool: false,
      context: dir,
      entry: { taskpane: `./${entry}` },
      output: { path: path.join(dir, "out"), filename: "[name].js" },
      resolve: { modules: [path.join(repo, "node_modules")] },
      infrastructureLogging: { level: "none" },
      plugins: [new config.ForbiddenModulesPlugin({ entries: ["taskpane"] })],
    });
    return new Promise((resolve, reject) =>
      compiler.run((err, stats) => {
        compiler.close(() => undefined);
        if (err || !stats) reject(err);
        else resolve(stats);
      }),
    );
  }

  test("a bundle without them builds", async () => {
    const stats = await compile("clean.js");
    expect(stats.hasErrors()).toBe(false);
  });

  test("jszip imported through another module fails the build and names the chain", async () => {
    const stats = await compile("direct.js");
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/jszip must not be in the "taskpane" bundle/);
    expect(errors[0].message).toMatch(/helper\.js <- .*direct\.js/);
  });

  test("a lazy import() of jszip fails too", async () => {
    const stats = await compile("lazy.js");
    expect(stats.hasErrors()).toBe(true);
  });
});
