/** Text helpers shared by every reading rule. Pure. */

/** Labels already folded: the same few porteurs, areas and statuses come back in every row. */
const folded = new Map<string, string>();
/** Past this many labels the memory is started over, so it stays small whatever is read. */
const FOLDED_MAX = 10_000;

/** Folds a label for matching: no case, accents, punctuation or extra spaces. */
export function fold(value: string): string {
  const known = folded.get(value);
  if (known !== undefined) return known;
  const out = value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (folded.size >= FOLDED_MAX) folded.clear();
  folded.set(value, out);
  return out;
}

const collators = new Map<string, Intl.Collator>();

/**
 * Compares two names in a language ignoring case and accents: `a.localeCompare(b, lang,
 * { sensitivity: "base" })`, with one collator per language instead of one per comparison.
 */
export function compareBase(lang: string): (a: string, b: string) => number {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang, { sensitivity: "base" })));
  return collator.compare;
}

/** Column letters for a 1-based column index: 1 -> A, 28 -> AB. */
export function columnLetters(col: number): string {
  let out = "";
  let n = col;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A sheet name as Excel writes it in a reference: quoted when it must be. */
export function sheetRef(sheet: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[RrCc]\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A cell reference as a person sees it, e.g. `Suivis!C7` or `'Plan d''action'!B4`. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheetRef(sheet)}!${columnLetters(col)}${row}`;
}
