/** The package's relationship graph: which part links to which. */
import type JSZip from "jszip";
import { parseRels, relPart, type Rel } from "./rels";
import { partPaths, readText } from "./zip";

export interface Link {
  source: string;
  target: string;
  rel: Rel;
}

/** The source part of a rels part: `xl/_rels/workbook.xml.rels` -> `xl/workbook.xml`, `_rels/.rels` -> ``. */
export function sourceOfRels(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : "";
}

/** Every internal relationship of the package. */
export async function links(zip: JSZip): Promise<Link[]> {
  const out: Link[] = [];
  for (const path of partPaths(zip)) {
    if (!path.endsWith(".rels")) continue;
    const source = sourceOfRels(path);
    for (const rel of parseRels(await readText(zip, path))) {
      const target = relPart(source, rel);
      if (target !== undefined) out.push({ source, target, rel });
    }
  }
  return out;
}

/**
 * The parts reachable from `root` through relationships that nothing outside that set
 * links to: what can be removed with `root` without breaking anything else.
 */
export function exclusiveParts(all: Link[], root: string): Set<string> {
  let allowed: Set<string> | undefined;
  for (;;) {
    const reach = new Set<string>([root]);
    const queue = [root];
    while (queue.length) {
      const part = queue.shift() as string;
      for (const l of all) {
        if (l.source === part && !reach.has(l.target) && (!allowed || allowed.has(l.target))) {
          reach.add(l.target);
          queue.push(l.target);
        }
      }
    }
    const kept = new Set(
      [...reach].filter((p) => p === root || !all.some((l) => l.target === p && !reach.has(l.source))),
    );
    if (kept.size === reach.size) return reach;
    allowed = kept;
  }
}
