/**
 * The shared strings part: one plain text per `<si>`, rich text runs (`<r><t>`) joined, phonetic
 * runs (`<rPh>`, the readings of East Asian text) left out, as Excel shows the cell.
 */
import { CLOSE, END, OPEN, TEXT, type XmlTokenizer } from "../package/tokenizer";

export function parseSharedStrings(x: XmlTokenizer): string[] {
  const out: string[] = [];
  let current: string | undefined;
  // Depth of the `<t>` being read (text is taken only inside one), and of an open `<rPh>`.
  let inText = 0;
  let phonetic = 0;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      const local = x.local;
      if (local === "si") current = "";
      else if (local === "rPh") phonetic = phonetic || x.depth;
      else if (local === "t" && current !== undefined && !phonetic) inText = x.depth;
    } else if (t === TEXT) {
      if (inText) current += x.text();
    } else if (t === CLOSE) {
      if (inText && x.depth === inText) inText = 0;
      else if (phonetic && x.depth === phonetic) phonetic = 0;
      else if (x.local === "si" && current !== undefined) {
        out.push(current);
        current = undefined;
      }
    }
  }
  return out;
}
