/** Runs the CLI in-process and captures what it prints. */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function run(argv: string[], now = new Date("2026-11-26T12:00:00")): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "plan-vivant-"));
}
