/** Reading and writing workbook files: clear one-line failures, writes through a temporary file. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Lang } from "../domain/lang";
import { fileErrorMessage } from "../i18n/files";
import { WorkbookError } from "../workbook/port";
import { cliText } from "../i18n/cli";
import { CliError } from "./errors";

export async function readBytes(file: string, lang: Lang): Promise<Buffer> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new Error("not a file");
    return await fs.readFile(file);
  } catch {
    throw new CliError(cliText[lang].unusable(file, fileErrorMessage("not-found", lang)), 2);
  }
}

/** Writes `bytes` to `file` through a temporary file and a rename; refuses to replace unless asked. */
export async function writeBytes(
  file: string,
  bytes: Uint8Array,
  lang: Lang,
  replace = false,
): Promise<void> {
  if (!replace && (await exists(file))) {
    throw new CliError(cliText[lang].unusable(file, fileErrorMessage("exists", lang)), 2);
  }
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** A WorkbookError from a host as the CLI's one-line failure. */
export function fromWorkbookError(error: unknown, file: string, lang: Lang): unknown {
  if (error instanceof WorkbookError) {
    return new CliError(
      cliText[lang].unusable(file, fileErrorMessage(error.code, lang, { ...error.params, file: undefined })),
      2,
    );
  }
  return error;
}
