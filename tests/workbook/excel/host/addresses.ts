/** A1 addresses as the host parses and prints them. */
import { columnLetters } from "../../../../src/domain/text";
import { MAX_COLS, MAX_ROWS } from "../fake/model";
import { HostError } from "./messages";
import type { Bounds } from "./objects";

/** Parses `A1`, `$A$1:$C$9`, `C:E` or `2:4` into 1-based bounds; `""` (or none) is the whole sheet. */
export function parseAddress(address: string | null | undefined): Bounds {
  if (!address) return { r1: 1, c1: 1, r2: MAX_ROWS, c2: MAX_COLS };
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const part = (text: string) => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(text.toUpperCase());
    if (!m || (m[1] === "" && m[2] === "")) throw new HostError("InvalidArgument", `Bad address ${address}`);
    return { col: m[1] ? colNumber(m[1]) : undefined, row: m[2] ? Number(m[2]) : undefined };
  };
  const [a, b = a] = bare.split(":");
  const first = part(a);
  const last = part(b);
  const bounds = {
    r1: first.row ?? 1,
    c1: first.col ?? 1,
    r2: last.row ?? MAX_ROWS,
    c2: last.col ?? MAX_COLS,
  };
  if (bounds.r2 > MAX_ROWS || bounds.c2 > MAX_COLS || bounds.r1 > bounds.r2 || bounds.c1 > bounds.c2)
    throw new HostError("InvalidArgument", `Bad address ${address}`);
  return bounds;
}

/** A sheet's name as a reference spells it: quoted unless plain. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1:C3` always with both corners (the log's label). */
export function boxLabel(b: Bounds): string {
  return `${columnLetters(b.c1)}${b.r1}:${columnLetters(b.c2)}${b.r2}`;
}

/** `A1` or `A1:C3`, as Range.address gives it (without the sheet). */
export function a1Of(b: Bounds): string {
  const first = `${columnLetters(b.c1)}${b.r1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? first : `${first}:${columnLetters(b.c2)}${b.r2}`;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}
