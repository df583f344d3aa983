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

/** The rels part of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to its source part (leading `/` = package root). */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target);
  if (decoded.startsWith("/")) return normalize(decoded.slice(1));
  const dir = source.slice(0, source.lastIndexOf("/") + 1);
  return normalize(dir + decoded);
}

function safeDecode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A relative target from part `source` to part `target` (both package paths). */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** The first free path `${prefix}${n}${suffix}` (n from 1) not in `taken`. */
export function freePartName(taken: Iterable<string>, prefix: string, suffix: string): string {
  const set = new Set([...taken].map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!set.has(name.toLowerCase())) return name;
  }
}
