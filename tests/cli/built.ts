/**
 * The built CLI (`bin/plan-vivant.js` over `dist/`, as `npm ci` builds it), run as another user:
 * root reads and writes through any permission, so the permission messages are exercised by the
 * user `nobody` (uid 65534) through setpriv.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Run } from "./run";

const REPO = path.resolve(__dirname, "../..");
const BIN = path.join(REPO, "bin", "plan-vivant.js");
const MAIN = path.join(REPO, "dist", "src", "cli", "main.js");
const SETPRIV = "/usr/bin/setpriv";
const NOBODY = "65534";

/** Whether permissions stop this process: false as root. */
export const permissionsApply = process.getuid?.() !== 0;
export const hasSetpriv = existsSync(SETPRIV);

/** Runs the built CLI as `nobody`; the CLI must be built (`npx tsc -p tsconfig.cli.json`). */
export function runAsNobody(argv: string[]): Run {
  if (!existsSync(MAIN)) throw new Error(`the CLI is not built (${MAIN}): run npx tsc -p tsconfig.cli.json`);
  const r = spawnSync(
    SETPRIV,
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", process.execPath, BIN, ...argv],
    { encoding: "utf8", env: { ...process.env, HOME: "/tmp" }, timeout: 60_000 },
  );
  if (r.error) throw r.error;
  return { code: r.status ?? -1, out: r.stdout.trimEnd(), err: r.stderr.trimEnd() };
}
