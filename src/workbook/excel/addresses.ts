/** A1 addresses as Office.js takes them, and references as defined names hold them. */
import { columnLetters } from "../../domain/text";

/** `C7`, 1-based. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** `A2:U40` (or `C7` for one cell), 1-based, inclusive. */
export function a1Range(row: number, col: number, lastRow: number, lastCol: number): string {
  const first = a1(row, col);
  return row === lastRow && col === lastCol ? first : `${first}:${a1(lastRow, lastCol)}`;
}

/** Whole columns, e.g. `C:C`. */
export function columnsRange(col: number, lastCol = col): string {
  return `${columnLetters(col)}:${columnLetters(lastCol)}`;
}

/**
 * Splits `Bilan!$C$8:$C$15` or `'Plan d''action'!A4` into its sheet (unquoted) and address.
 * Without a `!` the sheet is undefined.
 */
export function splitReference(reference: string): { sheet?: string; address: string } {
  const text = reference.trim().replace(/^=/, "");
  if (text.startsWith("'")) {
    let i = 1;
    let sheet = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        sheet += "'";
        i += 2;
      } else if (text[i] === "'") {
        break;
      } else {
        sheet += text[i];
        i += 1;
      }
    }
    const rest = text.slice(i + 1);
    return rest.startsWith("!") ? { sheet, address: rest.slice(1) } : { address: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { address: text } : { sheet: text.slice(0, bang), address: text.slice(bang + 1) };
}

/** The sheet a defined name's formula points to (`=Bilan!$A$1` -> `Bilan`), unless it is broken (`#REF!`). */
export function nameTargetSheet(formula: string | undefined): string | undefined {
  if (!formula || formula.includes("#REF!")) return undefined;
  const { sheet } = splitReference(formula);
  return sheet && sheet.length > 0 ? sheet : undefined;
}

/** A defined name's formula as Office.js takes it: `"1"` -> `="1"`. */
export function asFormula(value: string): string {
  return value.startsWith("=") ? value : `=${value}`;
}
