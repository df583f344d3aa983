/** Messages for the problems of a workbook, French (Quebec) and English. */
import { dayToIso } from "../domain/dates";
import type { Lang } from "../domain/lang";
import type { Problem, ProblemCode } from "../domain/model";
import { tableSpec } from "../domain/schema";

type Params = {
  header: string;
  value: string;
  no: string;
  firstRow: string;
  sheet: string;
  choices: string;
  /** The table's name as the workbook spells it. */
  table: string;
  /** The other place a problem involves (the table read instead of a duplicate). */
  other: string;
};
type Messages = Record<ProblemCode, (p: Params) => string>;

const fr: Messages = {
  "missing-id": () => "Le numéro de l'action est vide : la ligne n'est pas comptée.",
  "duplicate-id": (p) =>
    `Le numéro ${p.no} est déjà utilisé à la ligne ${p.firstRow} : cette ligne n'est pas comptée.`,
  "missing-action-text": () => "Le texte de l'action est vide : la ligne n'est pas comptée.",
  "unknown-action": (p) =>
    p.value
      ? `Aucune action ne porte le numéro « ${p.value} » dans le plan d'action : ce suivi n'est pas compté.`
      : "Le numéro de l'action est vide : ce suivi n'est pas compté.",
  "invalid-date": (p) =>
    p.value
      ? `« ${p.value} » n'est pas une date (${p.header}) : écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA.`
      : `La date est vide (${p.header}).`,
  "invalid-status": (p) =>
    p.value
      ? `« ${p.value} » n'est pas un statut reconnu : choisissez-en un dans la liste.`
      : "Le statut est vide : choisissez-en un dans la liste.",
  "invalid-number": (p) => `« ${p.value} » n'est pas un nombre positif (${p.header}).`,
  "invalid-progress": (p) => `L'avancement doit être entre 0 et 100 (« ${p.value} »).`,
  "invalid-choice": (p) =>
    `« ${p.value} » n'est pas une valeur de la liste (${p.header}) : la cellule est ignorée.`,
  "error-value": (p) => `La cellule contient l'erreur ${p.value} (${p.header}) : elle est ignorée.`,
  "future-date": (p) => `Ce suivi est daté du ${p.value}, après la date de référence : il n'est pas compté.`,
  "end-before-start": (p) => `${p.header} tombe avant la date de début.`,
  "missing-table": (p) => `Le tableau ou la feuille « ${p.sheet} » est introuvable.`,
  "missing-column": (p) => `La colonne « ${p.header} » est introuvable dans « ${p.sheet} ».`,
  "missing-owner": (p) => `L'action ${p.no} n'a pas de porteur.`,
  "missing-due": (p) => `L'action ${p.no} n'a pas d'échéance.`,
  "unknown-area": (p) => `Le champ d'action « ${p.value} » n'est pas dans la liste des champs.`,
  "done-not-complete": (p) => `L'action ${p.no} est réalisée, mais son avancement est de ${p.value} %.`,
  "no-reason": (p) => `Le suivi de l'action ${p.no} n'explique pas pourquoi (Obstacles est vide).`,
  "rows-below-table": (p) =>
    `Cette ligne est sous le tableau ${p.table}, pas dedans : elle n'est pas comptée. Agrandissez le tableau pour l'inclure (Excel : Création de tableau > Redimensionner le tableau ; ou tapez dans la dernière ligne du tableau et appuyez sur Tab).`,
  "duplicate-table": (p) =>
    `Un autre tableau porte déjà le nom ${p.table} (${p.other}) : Plan vivant lit celui-là et ignore celui-ci. Renommez ou supprimez l'un des deux.`,
  "cells-omitted": (p) =>
    `La feuille « ${p.sheet} » n'est pas lue à partir d'ici : cette cellule est isolée, loin des données, après une longue suite de cellules vides. Déplacez-la près des données ou supprimez-la.`,
};

const en: Messages = {
  "missing-id": () => "The action number is empty: the row is not counted.",
  "duplicate-id": (p) => `Number ${p.no} is already used on row ${p.firstRow}: this row is not counted.`,
  "missing-action-text": () => "The action text is empty: the row is not counted.",
  "unknown-action": (p) =>
    p.value
      ? `No action is numbered "${p.value}" in the action plan: this follow-up is not counted.`
      : "The action number is empty: this follow-up is not counted.",
  "invalid-date": (p) =>
    p.value
      ? `"${p.value}" is not a date (${p.header}): write it YYYY-MM-DD or DD/MM/YYYY.`
      : `The date is empty (${p.header}).`,
  "invalid-status": (p) =>
    p.value
      ? `"${p.value}" is not a known status: pick one from the list.`
      : "The status is empty: pick one from the list.",
  "invalid-number": (p) => `"${p.value}" is not a positive number (${p.header}).`,
  "invalid-progress": (p) => `Progress must be between 0 and 100 ("${p.value}").`,
  "invalid-choice": (p) => `"${p.value}" is not a value of the list (${p.header}): the cell is ignored.`,
  "error-value": (p) => `The cell holds the error ${p.value} (${p.header}): it is ignored.`,
  "future-date": (p) => `This follow-up is dated ${p.value}, after the reference date: it is not counted.`,
  "end-before-start": (p) => `${p.header} falls before the start date.`,
  "missing-table": (p) => `The table or sheet "${p.sheet}" cannot be found.`,
  "missing-column": (p) => `The column "${p.header}" cannot be found in "${p.sheet}".`,
  "missing-owner": (p) => `Action ${p.no} has no lead.`,
  "missing-due": (p) => `Action ${p.no} has no due date.`,
  "unknown-area": (p) => `The area of action "${p.value}" is not in the list of areas.`,
  "done-not-complete": (p) => `Action ${p.no} is done, but its progress is ${p.value}%.`,
  "no-reason": (p) => `The follow-up of action ${p.no} does not say why (Obstacles is empty).`,
  "rows-below-table": (p) =>
    `This row is under the table ${p.table}, not in it: it is not counted. Extend the table to include it (Excel: Table Design > Resize Table; or type in the table's last row and press Tab).`,
  "duplicate-table": (p) =>
    `Another table is already named ${p.table} (${p.other}): Plan vivant reads that one and ignores this one. Rename or delete one of them.`,
  "cells-omitted": (p) =>
    `Sheet "${p.sheet}" is not read from here on: this cell stands alone, far from the data, after a long run of empty cells. Move it near the data or delete it.`,
};

const MESSAGES: Record<Lang, Messages> = { fr, en };

export function problemMessage(problem: Problem, lang: Lang): string {
  const table = tableSpec(problem.table);
  const column = table.columns.find((c) => c.key === problem.column);
  const params: Params = {
    header: column ? column[lang] : (problem.header ?? ""),
    value: problem.value ?? "",
    no: String(problem.params?.no ?? ""),
    firstRow: String(problem.params?.firstRow ?? ""),
    sheet: problem.sheet,
    choices: String(problem.params?.choices ?? ""),
    table: String(problem.params?.table ?? problem.table),
    other: String(problem.params?.other ?? ""),
  };
  if (problem.code === "future-date" && /^\d+(\.\d+)?$/.test(params.value)) {
    params.value = dayToIso(Number(params.value));
  }
  return MESSAGES[lang][problem.code](params);
}
