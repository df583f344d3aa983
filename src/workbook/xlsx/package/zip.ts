/** Loading and saving the package with JSZip, and part path arithmetic. */
import JSZip from "jszip";
import { PackageError } from "./errors";

export async function loadPackage(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new PackageError("not-a-package", {});
  }
}

/** Saves the package; parts not touched keep their exact bytes (JSZip re-compresses only). */
export async function savePackage(zip: JSZip): Promise<Uint8Array> {
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Every file part of the package (no folders), in archive order. */
export function partPaths(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name);
}

export async function readText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

export async function readRequired(zip: JSZip, path: string): Promise<string> {
  const text = await readText(zip, path);
  if (text === undefined) throw new PackageError("missing-part", { part: path });
  return text;
}

// One resolution of relationship targets for the reader and the package editor (OPC rules,
// openpyxl's absolute targets, backslashes, percent-encoding): see ../rels.
export { relativeTarget, relsOf as relsPathOf, resolveTarget } from "../rels";

/** The first free path `${prefix}${n}${suffix}` (n from 1) not in `taken`. */
export function freePartName(taken: Iterable<string>, prefix: string, suffix: string): string {
  const set = new Set([...taken].map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!set.has(name.toLowerCase())) return name;
  }
}
