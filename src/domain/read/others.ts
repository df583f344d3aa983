/** The optional tables: `Acteurs`, `Rencontres` and the lists of the `Listes` sheet. */
import type { Lang } from "../lang";
import type { Acteur, Instance, Problem, Rencontre } from "../model";
import { ACTEURS, LISTE_INSTANCES, RENCONTRES, type TableSpec } from "../schema";
import { fold } from "../text";
import { DEFAULT_INSTANCES, STATUTORY_TEXTS, YES_NO, type StatutoryTextId } from "../vocabulary";
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
    for (const key of [
      "instance",
      "actions",
      "decisions",
      "suivis",
      "wellDone",
      "toImprove",
      "inspires",
    ] as const) {
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

/** The text an instance gets when its row does not say: detailed for a committee, short otherwise. */
export function defaultTextOf(name: string): StatutoryTextId {
  return /\bcomit|\bcommittee/.test(fold(name)) ? "detailed" : "short";
}

/** `ListeInstances`: each body once (first spelling kept), with its text; the defaults without the table. */
export function readInstances(located: Located | undefined, problems: Problem[], lang: Lang): Instance[] {
  if (!located) return DEFAULT_INSTANCES.map((i) => ({ name: i[lang], text: i.text }));
  const cur = new RowCursor(LISTE_INSTANCES, located, problems);
  const seen = new Set<string>();
  const out: Instance[] = [];
  cur.each(() => {
    const name = parseText(cur.get("value"));
    if (name === undefined || seen.has(fold(name))) return;
    seen.add(fold(name));
    out.push({ name, text: readChoice(cur, "text", STATUTORY_TEXTS) ?? defaultTextOf(name) });
  });
  return out;
}
