/** `[Content_Types].xml`, edited in place. */
import { escapeAttr, findElements, getAttr, qualify, rootBounds, splice } from "./xml";

export const CONTENT_TYPES = "[Content_Types].xml";

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of findElements(xml, "Default")) {
    defaults.set((getAttr(el.open, "Extension") ?? "").toLowerCase(), getAttr(el.open, "ContentType") ?? "");
  }
  for (const el of findElements(xml, "Override")) {
    overrides.set(
      (getAttr(el.open, "PartName") ?? "").replace(/^\//, ""),
      getAttr(el.open, "ContentType") ?? "",
    );
  }
  return { defaults, overrides };
}

/** Adds (or replaces) the override of `part` (a package path without leading `/`). */
export function setOverride(xml: string, part: string, type: string): string {
  const cleaned = removeOverrides(xml, [part]);
  const root = rootBounds(cleaned, "Types");
  const el = qualify(
    `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(type)}"/>`,
    root.prefix,
  );
  if (root.selfClosing) {
    const name = root.prefix ? `${root.prefix}:Types` : "Types";
    return `${cleaned.slice(0, root.openEnd - 2).trimEnd()}>${el}</${name}>${cleaned.slice(root.openEnd)}`;
  }
  return splice(cleaned, root.closeStart, root.closeStart, el);
}

export function removeOverrides(xml: string, parts: Iterable<string>): string {
  const drop = new Set([...parts].map((p) => p.toLowerCase()));
  if (drop.size === 0) return xml;
  let out = xml;
  for (const el of findElements(xml, "Override").reverse()) {
    const name = (getAttr(el.open, "PartName") ?? "").replace(/^\//, "").toLowerCase();
    if (drop.has(name)) out = splice(out, el.start, el.end, "");
  }
  return out;
}
