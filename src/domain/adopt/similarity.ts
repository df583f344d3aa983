/**
 * How much a header of an adopted plan looks like each target column: whole spellings in
 * French or English, ignoring case, accents and punctuation, abbreviations (`Resp.`,
 * `Éch.`, `Budg.`), and headers that hold a known name among other words.
 */
import { fold } from "../text";
import type { Target } from "./targets";

/** Little words that say nothing about a column. */
const STOPWORDS = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "l",
  "d",
  "a",
  "au",
  "aux",
  "en",
  "et",
  "of",
  "the",
  "and",
  "s",
  "par",
  "pour",
]);

function tokens(folded: string): string[] {
  return folded.split(" ").filter((t) => t !== "" && !STOPWORDS.has(t));
}

/** A header word abbreviating a name word: a known abbreviation, or a start of 3 letters or more. */
function abbreviates(word: string, nameWord: string, short: readonly string[]): boolean {
  if (!nameWord.startsWith(word)) return false;
  return word.length >= 3 || short.includes(word);
}

function nameScore(header: string[], name: string[], short: readonly string[]): number {
  if (header.length === 0 || name.length === 0) return 0;
  let exact = 0;
  let abbreviated = 0;
  const used = new Set<number>();
  for (const word of header) {
    let j = name.findIndex((n, k) => !used.has(k) && n === word);
    if (j >= 0) exact++;
    else {
      j = name.findIndex((n, k) => !used.has(k) && abbreviates(word, n, short));
      if (j >= 0) abbreviated++;
    }
    if (j >= 0) used.add(j);
  }
  const matched = exact + abbreviated;
  if (matched === 0) return 0;
  const allHeader = matched === header.length;
  const allName = used.size === name.length;
  if (allHeader && allName) return abbreviated === 0 ? 0.95 : 0.85;
  // The header holds the whole name among other words: "Responsable de l'action".
  if (allName) return exact === name.length ? 0.8 : 0.7;
  // The header is a part of the name: "Début" for "Début prévu".
  if (allHeader) return abbreviated === 0 ? 0.7 : 0.6;
  return 0.5 * (matched / Math.max(header.length, name.length));
}

/** 0 (nothing alike) to 1 (the same header): how much `header` names `target`. */
export function headerScore(header: string, target: Target): number {
  const raw = header.trim();
  if (raw === "") return 0;
  if (raw === "#") return target.key === "no" ? 0.9 : 0;
  const folded = fold(raw);
  const names = [fold(target.column.fr), fold(target.column.en), ...target.names];
  if (names.includes(folded)) return 1;
  const words = tokens(folded);
  let best = 0;
  for (const name of names) best = Math.max(best, nameScore(words, tokens(name), target.short));
  return best;
}
