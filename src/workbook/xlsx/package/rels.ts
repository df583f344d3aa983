/** Relationship parts (`_rels/*.rels`), edited in place. */
import { escapeAttr, findElements, getAttr, qualify, rootBounds, splice } from "./xml";
import { resolveTarget } from "./zip";

export const REL = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
} as const;

export const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The element text, and its span in the part it was read from. */
  text: string;
  start: number;
  end: number;
}

export function parseRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return findElements(xml, "Relationship").map((el) => ({
    id: getAttr(el.open, "Id") ?? "",
    type: getAttr(el.open, "Type") ?? "",
    target: getAttr(el.open, "Target") ?? "",
    external: getAttr(el.open, "TargetMode") === "External",
    text: el.text,
    start: el.start,
    end: el.end,
  }));
}

/** The package path a relationship points to (undefined for external ones). */
export function relPart(source: string, rel: Rel): string | undefined {
  return rel.external ? undefined : resolveTarget(source, rel.target);
}

/** Adds a relationship with a fresh id; returns the new xml and the id. */
export function addRel(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? EMPTY_RELS;
  const ids = new Set(parseRels(base).map((r) => r.id));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootBounds(base, "Relationships");
  const el = qualify(
    `<Relationship Id="${id}" Type="${escapeAttr(type)}" Target="${escapeAttr(target)}"/>`,
    root.prefix,
  );
  if (root.selfClosing) {
    const name = root.prefix ? `${root.prefix}:Relationships` : "Relationships";
    const head = base.slice(0, root.openEnd - 2).trimEnd();
    return { xml: `${head}>${el}</${name}>${base.slice(root.openEnd)}`, id };
  }
  return { xml: splice(base, root.closeStart, root.closeStart, el), id };
}

/** Removes the relationships with the given ids. */
export function removeRels(xml: string, ids: Iterable<string>): string {
  const drop = new Set(ids);
  let out = xml;
  for (const rel of parseRels(xml).reverse()) if (drop.has(rel.id)) out = splice(out, rel.start, rel.end, "");
  return out;
}
