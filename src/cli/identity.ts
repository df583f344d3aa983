/**
 * Whether two paths reach the same file, by identity rather than spelling: the same device and
 * inode (a symbolic link, a hard link, `./x`, another case on a case-insensitive disk all reach
 * the same inode); where the file system gives no inode (0, as some network shares and FAT
 * disks on Windows do), the same real path, compared case-insensitively when the folder's file
 * system ignores case.
 */
import { randomBytes } from "node:crypto";
import { promises as fs, type BigIntStats } from "node:fs";
import path from "node:path";

async function statOf(file: string): Promise<BigIntStats | undefined> {
  try {
    return await fs.stat(file, { bigint: true });
  } catch {
    return undefined;
  }
}

export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([statOf(a), statOf(b)]);
  // A path that reaches nothing is not the other file, whatever its spelling.
  if (!sa || !sb) return false;
  if (sa.ino !== 0n && sb.ino !== 0n) return sa.dev === sb.dev && sa.ino === sb.ino;
  const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
  if (ra === rb) return true;
  if (path.dirname(ra).toLowerCase() !== path.dirname(rb).toLowerCase()) return false;
  return (await caseInsensitiveFolder(path.dirname(ra))) && ra.toLowerCase() === rb.toLowerCase();
}

/**
 * Whether the file system of `folder` ignores case: a temporary file is created in it and its
 * upper-cased name looked up. A folder that cannot be written is taken as its platform's usual
 * disk (case-insensitive on Windows and macOS).
 */
export async function caseInsensitiveFolder(folder: string): Promise<boolean> {
  const name = `.plan-vivant-case-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const probe = path.join(folder, name);
  try {
    await fs.writeFile(probe, "", { flag: "wx" });
  } catch {
    return process.platform === "win32" || process.platform === "darwin";
  }
  try {
    await fs.stat(path.join(folder, name.toUpperCase()));
    return true;
  } catch {
    return false;
  } finally {
    await fs.rm(probe, { force: true });
  }
}
