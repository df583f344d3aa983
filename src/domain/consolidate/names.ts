/** The name each municipality gets in the regional workbook. */
import type { Workbook } from "../model";
import { fold } from "../text";

/** The file name without its folders and extension: `data/Saint-Paul.xlsx` -> `Saint-Paul`. */
export function baseName(file: string): string {
  const last = file.split(/[\\/]/).pop() ?? file;
  const dot = last.lastIndexOf(".");
  return dot > 0 ? last.slice(0, dot) : last;
}

/** The workbook's Organisation setting, else its file name. */
export function municipalityName(wb: Workbook, file: string): string {
  const organisation = (wb.settings.organisation ?? "").trim();
  return organisation === "" ? baseName(file) : organisation;
}

/**
 * Names made distinct (ignoring case and accents) in the given order: a second
 * `Saint-Paul` becomes `Saint-Paul (2)`, so no two municipalities merge in the figures.
 */
export function distinctNames(names: readonly string[]): string[] {
  const take = distinctNamer();
  return names.map(take);
}

/** `distinctNames` one name at a time: each call gets the next name, made distinct from the earlier ones. */
export function distinctNamer(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    let candidate = name;
    for (let n = 2; taken.has(fold(candidate)); n++) candidate = `${name} (${n})`;
    taken.add(fold(candidate));
    return candidate;
  };
}
