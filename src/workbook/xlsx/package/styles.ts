/**
 * `xl/styles.xml`: Plan vivant appends the fonts, fills, number formats, cell formats and
 * differential formats it needs, and never renumbers or edits the existing ones. An entry
 * identical (same XML text) to an existing one is reused, so regenerating the bilan does
 * not grow the part.
 */
import { FORMATS, type CellStyle, type FormatName } from "../../../domain/layout/sheet-plan";
import { PackageError } from "./errors";
import {
  argb,
  escapeAttr,
  findElement,
  findElements,
  getAttr,
  insertionPoint,
  qualify,
  rootBounds,
  rootPrefix,
  setAttr,
} from "./xml";

/** Built-in number formats Excel knows by id. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "0%": 9, "@": 49 };

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

export const STYLES_PATH = "xl/styles.xml";

export class StyleBook {
  private changed = false;
  /**
   * Index of each entry already looked up or added, by collection and text, and of each plan style
   * (a sheet of many styled cells asks for the same few styles again and again). Entries are only
   * ever appended, never moved or removed, so an index once known stays right.
   */
  private readonly known = new Map<string, number>();
  private readonly styles = new Map<string, number>();
  private prefix: string | undefined;

  constructor(
    private xml: string,
    path = STYLES_PATH,
  ) {
    if (!findElement(xml, "styleSheet")) throw new PackageError("unsupported-xml", { part: path });
  }

  get modified(): boolean {
    return this.changed;
  }

  toXml(): string {
    return this.xml;
  }

  /** Id of a number format code, adding a custom format (id ≥ 164) when needed. */
  numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const fmts = this.children("numFmts", "numFmt");
    for (const f of fmts) if (getAttr(f, "formatCode") === code) return Number(getAttr(f, "numFmtId"));
    const id = Math.max(163, ...fmts.map((f) => Number(getAttr(f, "numFmtId") ?? 0))) + 1;
    this.append("numFmts", "numFmt", `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  formatId(format: FormatName | undefined): number {
    return format ? this.numFmtId(FORMATS[format]) : 0;
  }

  /** The cell format index for a plan style (0, the workbook default, for no style). */
  cellStyle(style: CellStyle | undefined): number {
    if (!style || Object.keys(style).length === 0) return 0;
    const key = styleKey(style);
    const known = this.styles.get(key);
    if (known !== undefined) return known;
    const index = this.newCellStyle(style);
    this.styles.set(key, index);
    return index;
  }

  private newCellStyle(style: CellStyle): number {
    const numFmtId = this.formatId(style.format);
    const fontId = this.fontId(style);
    const fillId = style.fill ? this.append("fills", "fill", solidFill(style.fill)) : 0;
    const top = style.wrap || style.top ? ' vertical="top"' : "";
    const align =
      style.wrap || style.align || style.top
        ? `<alignment${style.align ? ` horizontal="${style.align}"` : ""}${top}${style.wrap ? ' wrapText="1"' : ""}/>`
        : "";
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (align ? ' applyAlignment="1"' : "");
    return this.append("cellXfs", "xf", align ? `<xf ${attrs}>${align}</xf>` : `<xf ${attrs}/>`);
  }

  /** A copy of cell format `xfIndex` with number format `format` (the cell keeps its font, fill, borders). */
  withFormat(xfIndex: number, format: FormatName): number {
    const xfs = this.children("cellXfs", "xf");
    const base = xfs[xfIndex] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const id = this.numFmtId(FORMATS[format]);
    if (Number(getAttr(base, "numFmtId") ?? 0) === id) return xfIndex;
    const open = /^<(?:[\w.-]+:)?xf\b[^>]*?\/?>/.exec(base)?.[0] ?? base;
    const changed = setAttr(setAttr(open, "numFmtId", String(id)), "applyNumberFormat", "1");
    return this.append(
      "cellXfs",
      "xf",
      base.replace(open, changed),
      xfs[xfIndex] !== undefined || xfs[0] !== undefined,
    );
  }

  /** A differential format (for conditional formatting): fill colour and optional font colour. */
  dxf(fill: string, color?: string): number {
    const font = color ? `<font><color rgb="${argb(color)}"/></font>` : "";
    return this.append(
      "dxfs",
      "dxf",
      `<dxf>${font}<fill><patternFill patternType="solid"><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
    );
  }

  private fontId(style: CellStyle): number {
    if (!style.bold && !style.italic && !style.size && !style.color) return 0;
    const base = this.children("fonts", "font")[0] ?? "";
    const size = style.size ?? Number(/<sz\b[^>]*val="([^"]+)"/.exec(base)?.[1] ?? 11);
    const name = /<name\b[^>]*val="([^"]+)"/.exec(base)?.[1] ?? "Calibri";
    const family = /<family\b[^>]*val="([^"]+)"/.exec(base)?.[1];
    const scheme = /<scheme\b[^>]*val="([^"]+)"/.exec(base)?.[1];
    const color = style.color ? `<color rgb="${argb(style.color)}"/>` : '<color theme="1"/>';
    const font =
      `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${size}"/>${color}<name val="${name}"/>` +
      `${family ? `<family val="${family}"/>` : ""}${scheme ? `<scheme val="${scheme}"/>` : ""}</font>`;
    return this.append("fonts", "font", font);
  }

  /** Texts of the children of a collection (empty when the collection is absent). */
  private children(collection: string, child: string): string[] {
    const el = findElement(this.xml, collection);
    if (!el || !el.inner) return [];
    const from = el.start + el.open.length;
    return findElements(this.xml, child, from, el.end).map((c) => c.text);
  }

  /**
   * Appends `entry` to `collection` unless an identical entry exists; returns its index. What is
   * added takes the part's own namespace prefix (`<x:xf>` in an Open XML SDK stylesheet), unless
   * `asWritten` (an entry copied from the part itself already has it).
   */
  private append(collection: string, child: string, entry: string, asWritten = false): number {
    const prefix = (this.prefix ??= rootPrefix(this.xml));
    const added = asWritten ? entry : qualify(entry, prefix);
    const key = `${collection}\u0000${added}`;
    const known = this.known.get(key);
    if (known !== undefined) return known;
    const existing = this.children(collection, child);
    const found = existing.indexOf(added);
    if (found >= 0) {
      this.known.set(key, found);
      return found;
    }
    const count = existing.length + 1;
    const el = findElement(this.xml, collection);
    if (!el) {
      const root = rootBounds(this.xml, "styleSheet");
      const at = insertionPoint(
        this.xml,
        root.openEnd,
        root.closeStart,
        ORDER.slice(0, ORDER.indexOf(collection)),
      );
      const block = qualify(`<${collection} count="1">${entry}</${collection}>`, prefix);
      this.xml = this.xml.slice(0, at) + block + this.xml.slice(at);
    } else if (el.selfClosing) {
      const open = setAttr(el.open.replace(/\s*\/>$/, ">"), "count", String(count));
      this.xml = this.xml.slice(0, el.start) + open + added + `</${el.name}>` + this.xml.slice(el.end);
    } else {
      const open = setAttr(el.open, "count", String(count));
      this.xml =
        this.xml.slice(0, el.start) +
        open +
        this.xml.slice(el.innerStart, el.innerEnd) +
        added +
        this.xml.slice(el.innerEnd);
    }
    this.changed = true;
    this.known.set(key, count - 1);
    return count - 1;
  }
}

/** Every property of a plan style: the compiler refuses this list if CellStyle gains one. */
const STYLE_PROPERTIES = [
  "bold",
  "italic",
  "size",
  "color",
  "fill",
  "wrap",
  "align",
  "top",
  "format",
] as const;
type Unlisted = Exclude<keyof CellStyle, (typeof STYLE_PROPERTIES)[number]>;
const everyPropertyListed: [Unlisted] extends [never] ? true : never = true;
void everyPropertyListed;

/** One key per distinct plan style, whatever the order its properties were set in. */
function styleKey(s: CellStyle): string {
  return STYLE_PROPERTIES.map((p) => String(s[p] ?? "")).join("|");
}

function solidFill(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}
