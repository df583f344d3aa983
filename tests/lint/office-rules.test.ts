/**
 * The Office add-in lint rules run on the adapter: eslint-plugin-office-addins'
 * `no-context-sync-in-loop` keys on a request context named `context`, so a sync put in a
 * loop must be reported where the adapter's files are.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

const LOOPED = `/// <reference types="office-js" />
export async function readAll(context: Excel.RequestContext, names: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.load("name");
    await context.sync();
    out.push(sheet.name);
  }
  return out;
}
`;

/** Lints `source` as if it were the file at `file` (ESLint's --stdin), with the project's config. */
function lint(source: string, file: string): { ruleId: string | null }[] {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/eslint/bin/eslint.js"),
      "--stdin",
      "--stdin-filename",
      file,
      "--format",
      "json",
    ],
    { cwd: ROOT, input: source, encoding: "utf8" },
  );
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return result.messages;
}

describe("Office lint rules", () => {
  test("a context.sync() inside a loop in src/workbook/excel is reported", () => {
    const rules = lint(LOOPED, "src/workbook/excel/looped-sync.ts").map((m) => m.ruleId);
    expect(rules).toContain("office-addins/no-context-sync-in-loop");
  }, 60_000);

  test("the same loop over a context named ctx goes unreported: the adapter must name it context", () => {
    const renamed = LOOPED.replace(/\bcontext\b/g, "ctx");
    const rules = lint(renamed, "src/workbook/excel/looped-sync.ts").map((m) => m.ruleId);
    expect(rules).not.toContain("office-addins/no-context-sync-in-loop");
  }, 60_000);
});
