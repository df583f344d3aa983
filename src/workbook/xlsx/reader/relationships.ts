/** The relationships of a part, from its `.rels` part, read with the tokenizer (any prefix, any quoting). */
import { END, OPEN, type XmlTokenizer } from "../package/tokenizer";
import { relsOf, resolveTarget } from "../rels";
import { partText, scanPart } from "./part-text";
import type { ZipPackage } from "./zip";

export interface Relationship {
  id: string;
  /** The relationship type's last segment, lower case (`worksheet`, `officedocument`...). */
  kind: string;
  /** The target part, resolved (no leading slash); "" for an external target. */
  part: string;
}

function kindOf(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1).toLowerCase();
}

/** Relationships as a `.rels` part lists them (`source` is the part they belong to). */
export function parseRelationships(x: XmlTokenizer, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN || x.local !== "Relationship") continue;
    const external = (x.attr("TargetMode") ?? "").toLowerCase() === "external";
    const target = x.attr("Target") ?? "";
    out.push({
      id: x.attr("Id") ?? "",
      kind: kindOf(x.attr("Type") ?? ""),
      part: external ? "" : resolveTarget(source, target),
    });
  }
  return out;
}

/** The relationships of `part` (none when it has no `.rels` part). */
export function relationshipsOf(zip: ZipPackage, part: string): Relationship[] {
  const rels = relsOf(part);
  const text = partText(zip, rels);
  if (text === undefined) return [];
  return scanPart(zip.spelling(rels) ?? rels, text, (x) => parseRelationships(x, part));
}
