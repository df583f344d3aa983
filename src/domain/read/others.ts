/** The optional tables: `Acteurs`, `Rencontres` and the lists of the `Listes` sheet. */
import type { Acteur, Problem, Rencontre } from "../model";
import { ACTEURS, RENCONTRES, type TableSpec } from "../schema";
import { YES_NO } from "../vocabulary";
import { readChoice, readDate, readText } from "./fields";
import type { Located } from "./locate";
import { RowCursor } from "./rows";
import { parseText } from "./values";

export function readActeurs(located: Located | undefined, problems: Problem[]): Acteur[] {
  if (!located) return [];
  const cur = new RowCursor(ACTEURS, located, problems);
  const out: Acteur[] = [];
  cur.each(() => {
    const name = readText(cur, "name");
    const acteur: Acteur = { sheet: located.found.sheet, row: cur.row, name: name ?? "" };
    for (const key of ["organisation", "type", "role", "email", "phone"] as const) {
      const value = readText(cur, key);
      if (value !== undefined) acteur[key] = value;
    }
    if (name !== undefined || acteur.organisation !== undefined) out.push(acteur);
  });
  return out;
}

export function readRencontres(located: Located | undefined, problems: Problem[]): Rencontre[] {
  if (!located) return [];
  const cur = new RowCursor(RENCONTRES, located, problems);
  const out: Rencontre[] = [];
  cur.each(() => {
    const r: Rencontre = { sheet: located.found.sheet, row: cur.row };
    const date = readDate(cur, "date");
    if (date !== undefined) r.date = date;
    for (const key of ["instance", "actions", "decisions"] as const) {
      const value = readText(cur, key);
      if (value !== undefined) r[key] = value;
    }
    const statutory = readChoice(cur, "statutory", YES_NO);
    if (statutory !== undefined) r.statutory = statutory === "yes";
    out.push(r);
  });
  return out;
}

/** The values of a one-column list table, in order, without blanks or repeats. */
export function readList(spec: TableSpec, located: Located | undefined, problems: Problem[]): string[] {
  if (!located) return [];
  const cur = new RowCursor(spec, located, problems);
  const seen = new Set<string>();
  const out: string[] = [];
  cur.each(() => {
    const value = parseText(cur.get("value"));
    if (value !== undefined && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  });
  return out;
}
