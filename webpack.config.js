/**
 * Webpack build of the Excel add-in, modelled on the official Office task pane React template:
 * entries `taskpane` (src/taskpane/taskpane.ts: React + Fluent UI v9) and `commands` (the ribbon's function file), HTML pages
 * from src/, assets/ and manifest*.xml copied to dist/, a dev server on https://localhost:3000.
 *
 * Environment:
 * - ADDIN_URL: production address of the add-in (https://…/). `--mode production` writes
 *   dist/manifest.xml with every https://localhost:3000/ replaced by it.
 * - OFFICE_JS_LOCAL=1: pages load office.js from /office-js/office.js, which the dev server serves
 *   from node_modules/@microsoft/office-js/dist (offline tests); otherwise from Microsoft's CDN.
 * - OFFICE_ADDIN_DEV_CERTS_DIR: where office-addin-dev-certs' files are (default
 *   ~/.office-addin-dev-certs); the dev server uses https when they exist, plain http otherwise.
 *
 * The `standalone` entry (src/standalone/) is the page that runs the same task pane on an .xlsx
 * file in the browser, without Office: it may load JSZip (lazily), the add-in may not; neither loads ExcelJS.
 * `--env standalone` builds that page alone into dist/standalone/ (index.html and its scripts), a
 * folder to put on any static web host.
 */
"use strict";

const fs = require("fs");
const os = require("os");
const path = require("path");
const { URL } = require("url");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL_URL = "/office-js/office.js";
const OFFICE_JS_DIR = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
/** Packages that must never reach the add-in's pages (they belong to the .xlsx host and the CLI). */
const FORBIDDEN_PACKAGES = ["exceljs", "jszip"];
/**
 * Packages the standalone page must not load either, even lazily: it reads and writes workbooks
 * with the project's package layer (JSZip, loaded lazily, is still allowed there).
 */
const STANDALONE_FORBIDDEN_PACKAGES = ["exceljs"];

/**
 * Checks and normalises the production URL (ADDIN_URL): https only, ends with a slash.
 * Returns null when it is not set.
 */
function productionUrl(value) {
  if (value === undefined || value.trim() === "") return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_URL must start with https:// (Office requires it): ${value}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must not have a query or a fragment: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites a manifest for production: https://localhost:3000/… becomes `prodUrl`…, and a bare
 * https://localhost:3000 (AppDomain) becomes the production origin.
 */
function replaceDevUrls(content, prodUrl) {
  const origin = new URL(prodUrl).origin;
  return content.split(URL_DEV).join(prodUrl).split(URL_DEV.slice(0, -1)).join(origin);
}

/**
 * Reads the certificates made by office-addin-dev-certs (`npx office-addin-dev-certs install`)
 * from `certDir`; null when any of them is missing.
 */
function httpsOptions(certDir = CERT_DIR) {
  const files = { cert: "localhost.crt", key: "localhost.key", ca: "ca.crt" };
  const options = {};
  for (const [key, name] of Object.entries(files)) {
    const file = path.join(certDir, name);
    if (!fs.existsSync(file)) return null;
    options[key] = fs.readFileSync(file);
  }
  return options;
}

/** Where the pages load office.js from. */
function officeJsUrl(local) {
  return local ? OFFICE_JS_LOCAL_URL : OFFICE_JS_CDN;
}

/** The chunks an entry loads, at once or later (its chunk group and all its descendants). */
function reachableChunks(entrypoint) {
  const chunks = new Set();
  const seen = new Set();
  const queue = [entrypoint];
  while (queue.length > 0) {
    const group = queue.shift();
    if (seen.has(group)) continue;
    seen.add(group);
    for (const chunk of group.chunks) chunks.add(chunk);
    for (const child of group.childrenIterable) queue.push(child);
  }
  return chunks;
}

/**
 * Fails the build when a module of a forbidden package (exceljs, jszip) is reachable from one of
 * the given entries, and names the chain of imports that brought it in.
 */
class ForbiddenModulesPlugin {
  constructor({ entries, packages = FORBIDDEN_PACKAGES }) {
    this.entries = entries;
    this.pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${packages.join("|")})[\\\\/]`);
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ForbiddenModulesPlugin", (compilation) => {
      // After chunks are split, before modules are concatenated (module.resource is still plain).
      compilation.hooks.afterOptimizeChunks.tap("ForbiddenModulesPlugin", () => {
        const { chunkGraph, moduleGraph } = compilation;
        for (const name of this.entries) {
          const entrypoint = compilation.entrypoints.get(name);
          if (!entrypoint) continue;
          const reported = new Set();
          for (const chunk of reachableChunks(entrypoint)) {
            for (const module of chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = module.resource || "";
              const match = this.pattern.exec(resource);
              if (!match || reported.has(match[1])) continue;
              reported.add(match[1]);
              const chain = [];
              for (
                let m = moduleGraph.getIssuer(module);
                m && chain.length < 8;
                m = moduleGraph.getIssuer(m)
              ) {
                chain.push(path.relative(compiler.context, m.resource || m.identifier()));
              }
              const error = new Error(
                `${match[1]} must not be in the "${name}" bundle (the .xlsx host and the CLI use it, ` +
                  `not the add-in). Imported by: ${chain.join(" <- ") || "the entry"}`,
              );
              error.name = "ForbiddenModuleError";
              compilation.errors.push(error);
            }
          }
        }
      });
    });
  }
}

/** The standalone page's entry (not an Office page: jszip is allowed there, lazily; exceljs is not). */
const STANDALONE_ENTRY = "./src/standalone/standalone.tsx";

/**
 * The add-in's initial chunks, which share the react and fluent chunks; the standalone page keeps
 * its own copy, so that what it uses never grows the add-in's download.
 */
function addinInitial(chunk) {
  return chunk.canBeInitial() && chunk.name !== "standalone";
}

/** Files in dist/ that this build does not own (tsc writes the CLI in dist/cli, dist/domain…). */
function keepOtherOutput(file) {
  const top = file.split(/[\\/]/)[0];
  const ours = top.includes(".") || top === "assets" || top === "office-js";
  return !ours;
}

/**
 * The webpack configuration. `env` comes from webpack-cli (WEBPACK_SERVE when serving),
 * `argv.mode` from --mode; `vars` defaults to process.env (ADDIN_URL, OFFICE_JS_LOCAL).
 */
function makeConfig(env = {}, argv = {}, vars = process.env) {
  const dev = argv.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = productionUrl(vars.ADDIN_URL);
  const officeJsLocal = vars.OFFICE_JS_LOCAL === "1";
  const standaloneOnly = Boolean(env.standalone);

  if (!dev && !prodUrl && !serving && !standaloneOnly) {
    console.warn(
      "[plan-vivant] ADDIN_URL n'est pas défini : dist/manifest.xml garde https://localhost:3000/.\n" +
        "[plan-vivant] ADDIN_URL is not set: dist/manifest.xml keeps https://localhost:3000/.",
    );
  }

  let server = "http";
  if (serving) {
    const certDir = vars.OFFICE_ADDIN_DEV_CERTS_DIR || CERT_DIR;
    const certs = httpsOptions(certDir);
    if (certs) {
      server = { type: "https", options: certs };
    } else {
      console.warn(
        `[plan-vivant] Certificats absents de ${certDir} : serveur en http://localhost:${DEV_PORT}/ ` +
          "(Excel exige https : lancez `npx office-addin-dev-certs install`).\n" +
          `[plan-vivant] No certificates in ${certDir}: serving plain http://localhost:${DEV_PORT}/ ` +
          "(Excel needs https: run `npx office-addin-dev-certs install`).",
      );
    }
  }

  const names = dev ? "[name].js" : "[name].[contenthash:8].js";
  return {
    mode: dev ? "development" : "production",
    context: __dirname,
    devtool: dev ? "source-map" : false,
    target: ["web", "es2017"],
    entry: standaloneOnly
      ? { standalone: STANDALONE_ENTRY }
      : {
          // The Office entry point: on Office.onReady it mounts the task pane (src/taskpane/index.tsx,
          // mountTaskpane) on #container with the Excel workbook port.
          // office-missing.ts first: the shell's message when office.js did not load (no inline script: CSP).
          taskpane: ["./src/taskpane/office-missing.ts", "./src/taskpane/taskpane.ts"],
          commands: "./src/commands/commands.ts",
          standalone: STANDALONE_ENTRY,
        },
    output: {
      path: standaloneOnly ? path.join(__dirname, "dist", "standalone") : path.join(__dirname, "dist"),
      filename: names,
      chunkFilename: names,
      publicPath: "auto",
      clean: { keep: keepOtherOutput },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.join(__dirname, "tsconfig.json"),
              // ES modules so webpack can tree-shake Fluent UI; ES2017 for older Office web views.
              compilerOptions: { module: "es2020", target: "es2017", sourceMap: dev },
            },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name].[contenthash:8][ext]" },
        },
      ],
    },
    optimization: {
      sideEffects: true,
      usedExports: true,
      splitChunks: {
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: addinInitial,
            priority: 20,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|tslib|use-sync-external-store)[\\/]/,
            name: "fluent",
            chunks: addinInitial,
            priority: 10,
          },
        },
      },
    },
    performance: { hints: false }, // the budget is gzipped: bench/bundle-size.js checks it
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          ...(standaloneOnly
            ? []
            : [
                {
                  from: "manifest*.xml",
                  to: "[name][ext]",
                  transform(content) {
                    return dev || !prodUrl ? content : replaceDevUrls(content.toString(), prodUrl);
                  },
                },
              ]),
        ],
      }),
      ...(standaloneOnly
        ? []
        : [
            new HtmlWebpackPlugin({
              filename: "taskpane.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["taskpane"],
              inject: false,
              templateParameters: { officeJsUrl: officeJsUrl(officeJsLocal) },
            }),
            new HtmlWebpackPlugin({
              filename: "commands.html",
              template: "./src/commands/commands.html",
              chunks: ["commands"],
              inject: false,
              templateParameters: { officeJsUrl: officeJsUrl(officeJsLocal) },
            }),
          ]),
      // No office.js on the standalone page: it runs the task pane on a file, in any browser.
      new HtmlWebpackPlugin({
        filename: standaloneOnly ? "index.html" : "standalone.html",
        template: "./src/standalone/standalone.html",
        chunks: ["standalone"],
        inject: false,
      }),
      new ForbiddenModulesPlugin({ entries: ["taskpane", "commands"] }),
      new ForbiddenModulesPlugin({ entries: ["standalone"], packages: STANDALONE_FORBIDDEN_PACKAGES }),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      static: officeJsLocal ? [{ directory: OFFICE_JS_DIR, publicPath: "/office-js", watch: false }] : false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
}

module.exports = Object.assign(makeConfig, {
  makeConfig,
  productionUrl,
  replaceDevUrls,
  httpsOptions,
  officeJsUrl,
  keepOtherOutput,
  ForbiddenModulesPlugin,
  URL_DEV,
  OFFICE_JS_CDN,
  OFFICE_JS_LOCAL_URL,
  FORBIDDEN_PACKAGES,
  STANDALONE_FORBIDDEN_PACKAGES,
});
