/**
 * Reading and writing workbook files: clear one-line failures naming the file (or the folder)
 * and the cause; nothing replaced unless asked (`--remplacer`, or `--sur-place` for the input
 * itself); writes through a temporary file in the same folder and a rename, the replaced file's
 * permissions kept.
 */
import { randomBytes } from "node:crypto";
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import type { WorkbookErrorCode } from "../domain/errors";
import type { Lang } from "../domain/lang";
import { cliText } from "../i18n/cli";
import { fileErrorMessage } from "../i18n/files";
import { WorkbookError } from "../workbook/port";
import { CliError } from "./errors";
import { sameFile } from "./identity";

/** The one option that lets a command replace an existing file, spread into every writing command's options. */
export const REPLACE_OPTIONS = { remplacer: { type: "boolean" } } as const;

const errno = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

function unusable(file: string, code: WorkbookErrorCode, lang: Lang): CliError {
  return new CliError(cliText[lang].unusable(file, fileErrorMessage(code, lang)), 2);
}

/** Why a file cannot be read, from the system's error; undefined for a failure no person can act on. */
export function readFailure(error: unknown): WorkbookErrorCode | undefined {
  switch (errno(error)) {
    case "ENOENT":
    case "ENOTDIR":
    case "ELOOP":
      return "not-found";
    case "EISDIR":
      return "is-directory";
    case "EACCES":
    case "EPERM":
      return "no-permission";
    default:
      return undefined;
  }
}

export async function readBytes(file: string, lang: Lang): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw unusable(file, "is-directory", lang);
    // A device or a pipe is no workbook (and reading one may never end).
    if (!stat.isFile()) throw unusable(file, "not-xlsx", lang);
    bytes = await fs.readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = readFailure(error);
    if (code === undefined) throw error;
    throw unusable(file, code, lang);
  }
  if (bytes.length === 0) throw unusable(file, "empty-file", lang);
  return bytes;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Refused before any work: an existing file without --remplacer. */
function existsError(file: string, lang: Lang): CliError {
  return new CliError(cliText[lang].exists(file), 2);
}

export interface OutputCheck {
  /** The files the command reads. */
  inputs: readonly string[];
  /** --sur-place: the output may be the input, and then replaces it. */
  inPlace?: boolean;
  /** --remplacer. */
  replace: boolean;
  /** The message when the output is one of the inputs and --sur-place was not given (or is not offered). */
  overInput: (input: string) => string;
}

/**
 * Before any work: refuses an output that is one of the inputs by identity (unless --sur-place),
 * and an existing file (unless --remplacer, or --sur-place onto the input). Resolves to whether
 * the write may replace a file, for writeBytes.
 */
export async function checkOutput(out: string, check: OutputCheck, lang: Lang): Promise<boolean> {
  // An output that is not there yet reaches no file: it is an input only by its spelling (no
  // need to look at each of a consolidation's thousand inputs on the disk).
  const outThere = await exists(out);
  for (const input of check.inputs) {
    if (outThere ? await sameFile(out, input) : path.resolve(out) === path.resolve(input)) {
      if (!check.inPlace) throw new CliError(check.overInput(input), 2);
      return true;
    }
  }
  if (!check.replace && outThere) throw existsError(out, lang);
  return check.replace;
}

/** The file a write lands on: the real file behind a symbolic link (the link stays), else the path. */
async function landing(file: string): Promise<{ target: string; previous?: Stats }> {
  try {
    const target = await fs.realpath(file);
    return { target, previous: await fs.stat(target) };
  } catch {
    return { target: path.resolve(file) };
  }
}

const FOLDER_FAILURES = new Set(["EACCES", "EPERM", "EROFS", "ENOENT", "ENOTDIR", "EEXIST"]);

function folderError(folder: string, lang: Lang): CliError {
  return new CliError(cliText[lang].plain(fileErrorMessage("folder-not-writable", lang, { folder })), 2);
}

/** Renaming onto a file fails when another program holds it (Excel, on Windows, holds the files it has open). */
const LOCKED = new Set(["EBUSY", "EPERM", "EACCES"]);

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename. Without
 * `replace`, an existing file is refused, also at the last moment (the new file is linked into
 * place, which fails if another appeared meanwhile). A replaced file's permissions are kept.
 */
export async function writeBytes(
  file: string,
  bytes: Uint8Array,
  lang: Lang,
  replace = false,
): Promise<void> {
  const { target, previous } = await landing(file);
  if (previous && !replace) throw existsError(file, lang);
  if (previous?.isDirectory()) throw unusable(file, "is-directory", lang);
  if (previous && !previous.isFile()) throw new CliError(cliText[lang].notAFile(file), 2);
  const folder = path.dirname(target);
  try {
    await fs.mkdir(folder, { recursive: true });
  } catch (error) {
    if (FOLDER_FAILURES.has(errno(error) ?? "")) throw folderError(folder, lang);
    throw error;
  }
  const temp = path.join(
    folder,
    `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    try {
      await fs.writeFile(temp, bytes, { flag: "wx" });
    } catch (error) {
      if (FOLDER_FAILURES.has(errno(error) ?? "")) throw folderError(folder, lang);
      throw error;
    }
    if (previous) await keepPermissions(temp, previous);
    if (previous || replace) {
      try {
        await fs.rename(temp, target);
      } catch (error) {
        if (LOCKED.has(errno(error) ?? "")) throw new CliError(cliText[lang].locked(file), 2);
        throw error;
      }
    } else await linkIntoPlace(temp, target, file, lang);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

/** The replaced file's mode, and its owner where this user may give it (as root, or the owner). */
async function keepPermissions(temp: string, previous: Stats): Promise<void> {
  await fs.chmod(temp, previous.mode & 0o7777);
  try {
    await fs.chown(temp, previous.uid, previous.gid);
  } catch {
    // Another user's file: the new one is this user's, with the same mode.
  }
}

/** Puts the new file at `target` only if nothing is there: a hard link fails on an existing name. */
async function linkIntoPlace(temp: string, target: string, file: string, lang: Lang): Promise<void> {
  try {
    await fs.link(temp, target);
    return;
  } catch (error) {
    if (errno(error) === "EEXIST") throw existsError(file, lang);
  }
  // A file system without hard links (FAT, some network shares): check, then rename.
  if (await exists(target)) throw existsError(file, lang);
  await fs.rename(temp, target);
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
