/** Reads a downloaded workbook with the project's own reader, as the CLI would. */
import { readFileSync } from "fs";
import { bilanFigures } from "../../../src/domain/bilan";
import { today } from "../../../src/domain/dates";
import { actionStates } from "../../../src/domain/flags";
import type { Lang } from "../../../src/domain/lang";
import type { RawCell, RawGrid } from "../../../src/domain/raw";
import { readWorkbook } from "../../../src/domain/read";
import { bilanText } from "../../../src/i18n/bilan";
import { readXlsx } from "../../../src/workbook/xlsx/read";

export async function readDownloaded(file: string, lang: Lang) {
  const snapshot = await readXlsx(readFileSync(file), { lang, file });
  const wb = readWorkbook(snapshot, { today: today() });
  const states = actionStates(wb);
  const figures = bilanFigures(wb, states, { generatedAt: new Date().toISOString(), lang });
  return { snapshot, wb, states, figures };
}

/** The value beside a label of the Bilan's key figures block (the first match below its heading). */
export function keyFigure(bilan: RawGrid, lang: Lang, label: string): RawCell | undefined {
  const t = bilanText[lang];
  const start = bilan.values.findIndex((row) => row.includes(t.keyFigures));
  if (start < 0) return undefined;
  for (const row of bilan.values.slice(start + 1)) {
    const at = row.indexOf(label);
    if (at >= 0) return row.slice(at + 1).find((v) => v !== null && v !== "");
  }
  return undefined;
}
