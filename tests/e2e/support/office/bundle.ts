/**
 * The office.js stand-in as one script: Microsoft's Excel client library
 * (`@microsoft/office-js`'s excel-web-16.00.debug.js), then stand-in.ts and the fake Excel host
 * it runs (tests/workbook/excel/host/), bundled for the browser by webpack, with the host's
 * jsdom loader (host/library.ts) replaced by the page's (./library.ts). Built once per test run
 * and cached on its sources, as the pages are (../build.ts).
 */
import { readFileSync } from "fs";
import path from "path";
import type { Configuration, NormalModuleReplacementPlugin as Replacement, Stats } from "webpack";
import { REPO, cachedBuild, sourcesHash } from "../build";

const HOST_DIR = path.join(REPO, "tests", "workbook", "excel", "host");
const BROWSER_LIBRARY = path.join(__dirname, "library.ts");
const OUTPUT = "stand-in.js";
const INPUTS = [
  "src",
  "tests/workbook/excel/host",
  "tests/workbook/excel/fake",
  "tests/e2e/support/office",
  "tsconfig.json",
  "package-lock.json",
];

export const EXCEL_LIBRARY = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js", {
  paths: [REPO],
});

function config(outDir: string, replacement: typeof Replacement): Configuration {
  return {
    mode: "development",
    devtool: false,
    context: REPO,
    target: ["web", "es2017"],
    entry: path.join(__dirname, "stand-in.ts"),
    output: { path: outDir, filename: OUTPUT, iife: true },
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
              configFile: path.join(REPO, "tsconfig.json"),
              compilerOptions: { module: "es2020", target: "es2017" },
            },
          },
        },
      ],
    },
    plugins: [
      // The host's `./library` (jsdom, node:fs) becomes the page's own library.
      new replacement(/^\.\/library$/, (resource: { context: string; request: string }) => {
        if (resource.context === HOST_DIR) resource.request = BROWSER_LIBRARY;
      }),
    ],
  };
}

function bundle(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(require.resolve("webpack", { paths: [REPO] })) as typeof import("webpack");
  return new Promise((resolve, reject) => {
    webpack(config(outDir, webpack.NormalModuleReplacementPlugin), (error, stats?: Stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors())
        reject(new Error(`the office.js stand-in did not build:\n${stats.toString("errors-only")}`));
      else resolve();
    });
  });
}

/** The stand-in's script: the Excel client library, then the bundle that sets up Office and the host. */
export async function officeJsStandIn(): Promise<string> {
  const dir = await cachedBuild({
    kind: "office-stand-in",
    done: OUTPUT,
    hash: () => sourcesHash(INPUTS),
    build: bundle,
  });
  return `${readFileSync(EXCEL_LIBRARY, "utf8")}\n;\n${readFileSync(path.join(dir, OUTPUT), "utf8")}`;
}
