/** A1 references of cells and ranges, parsed by hand (no regular expression): `B7`, `$A$1:$C$9`. */

/** Column number of letters (`A` = 1, `XFD` = 16,384); 0 when not letters. */
function columnOf(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) | 0x20; // lower case
    if (c < 97 || c > 122) return 0;
    n = n * 26 + (c - 96);
  }
  return n;
}

export interface CellRef {
  row: number;
  col: number;
}

/** A cell reference (`$` allowed), or undefined. Column 1..16,384, row 1..1,048,576. */
export function parseCell(ref: string): CellRef | undefined {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 36) i++;
  const letters = i;
  while (i < n && (ref.charCodeAt(i) | 0x20) >= 97 && (ref.charCodeAt(i) | 0x20) <= 122) i++;
  const col = columnOf(ref, letters, i);
  if (i === letters || i - letters > 3) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  while (i < n && ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57) {
    row = row * 10 + (ref.charCodeAt(i) - 48);
    i++;
  }
  if (i !== n || i === digits || i - digits > 7) return undefined;
  if (col < 1 || col > 16384 || row < 1 || row > 1048576) return undefined;
  return { row, col };
}

/** The column of a cell reference (`C7` -> 3), or undefined. */
export function columnOfRef(ref: string): number | undefined {
  return parseCell(ref)?.col;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range `A1:C9` (or one cell), corners in any order; undefined when malformed. */
export function parseRange(text: string): RangeRef | undefined {
  const ref = text.trim();
  const colon = ref.indexOf(":");
  const a = parseCell(colon < 0 ? ref : ref.slice(0, colon));
  const b = colon < 0 ? a : parseCell(ref.slice(colon + 1));
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
