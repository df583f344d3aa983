/** One worksheet cell as XML: text is always an inline string, never a formula. */
import { columnLetters } from "../../../domain/text";
import { escapeText } from "./xml";

export type CellValue = string | number | boolean | null;

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `AB12` -> { row: 12, col: 28 }. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** `A1:C5` (or a single cell) -> its corners. */
export function parseRange(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | undefined {
  const [a, b] = ref.split(":");
  const start = parseA1(a);
  const end = b ? parseA1(b) : start;
  if (!start || !end) return undefined;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
}

/** The `<c>` element of a value; `style` is a cellXfs index (0 omitted). */
export function cellXml(row: number, col: number, value: CellValue, style = 0): string {
  const s = style ? ` s="${style}"` : "";
  const r = a1(row, col);
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) {
    return style ? `<c r="${r}"${s}/>` : "";
  }
  if (typeof value === "number") return `<c r="${r}"${s}><v>${String(value)}</v></c>`;
  if (typeof value === "boolean") return `<c r="${r}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = escapeText(value);
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<c r="${r}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}
