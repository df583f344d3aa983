/**
 * The last resort for an error nobody foresaw: one line in the person's language naming the
 * file, and a log file under the system's temporary folder holding what a developer needs (the
 * command, the versions, the stack). Never a stack trace or a JavaScript internal on the terminal.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import type { Lang } from "../domain/lang";
import { cliText } from "../i18n/cli";

export interface Failure {
  error: unknown;
  /** The command line after `plan-vivant`. */
  argv: readonly string[];
  /** The file the command was working on, as the person typed it. */
  file: string;
  lang: Lang;
}

/** Writes the log and returns the one line to print; exit code 2 (cannot proceed). */
export function lastResort(failure: Failure): string {
  return cliText[failure.lang].unexpected(failure.file, writeLog(failure));
}

/** The log file's path, or undefined when it could not be written. */
export function writeLog(failure: Failure): string | undefined {
  const when = new Date();
  const stamp = when.toISOString().replace(/[:.]/g, "-");
  const file = path.join(os.tmpdir(), `plan-vivant-${stamp}-${randomBytes(3).toString("hex")}.log`);
  const text = [
    `plan-vivant, ${when.toISOString()}`,
    `command: plan-vivant ${failure.argv.join(" ")}`,
    `node ${process.version}, ${process.platform} ${process.arch}`,
    "",
    inspect(failure.error, { depth: 6 }),
    "",
  ].join("\n");
  try {
    writeFileSync(file, text, { flag: "wx", mode: 0o600 });
    return file;
  } catch {
    return undefined;
  }
}
