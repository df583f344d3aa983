/**
 * Part-name arithmetic of an OPC package, shared by the reader and the package editor: where a
 * relationship target points (absolute or relative, backslashes, percent-encoding), the `.rels`
 * part of a part, and the part a `.rels` part describes.
 */

/** The folder of a part (`xl/worksheets/sheet1.xml` -> `xl/worksheets/`), root is ``. */
function folderOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i + 1);
}

/** The part a `.rels` part describes (`xl/_rels/workbook.xml.rels` -> `xl/workbook.xml`; `_rels/.rels` -> ``). */
export function sourceOfRels(relsPart: string): string {
  const slash = relsPart.lastIndexOf("/");
  const file = relsPart.slice(slash + 1);
  const folder = relsPart.slice(0, slash + 1);
  if (!folder.endsWith("_rels/") || !file.endsWith(".rels")) return "";
  return folder.slice(0, folder.length - "_rels/".length) + file.slice(0, file.length - ".rels".length);
}

/** The `.rels` part of a part. */
export function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** Resolves a relationship target against its source part (OPC): the absolute part name, without a leading slash. */
export function resolveTarget(source: string, target: string): string {
  let t = target.trim().split("\\").join("/");
  try {
    t = decodeURI(t);
  } catch {
    // keep the target as written
  }
  const base = t.startsWith("/") ? [] : folderOf(source).split("/").filter(Boolean);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** A part name written relative to the folder of a source part, as Excel writes targets. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return "../".repeat(from.length - i) + to.slice(i).join("/");
}
