/** The action and suivi forms: field labels, hints and the messages of field checks. French first, then English. */
import type { ActionField, FormIssueKey, SuiviField } from "../domain/forms/inputs";
import type { Lang } from "../domain/lang";
import { ACTIONS, SUIVIS, type TableSpec } from "../domain/schema";

type Params = Record<string, string>;
type IssueMessages = Record<FormIssueKey, (p: Params) => string>;

function headers<Field extends string>(
  spec: TableSpec,
  lang: Lang,
  keys: readonly Field[],
): Record<Field, string> {
  const out = {} as Record<Field, string>;
  for (const key of keys) out[key] = spec.columns.find((c) => c.key === key)?.[lang] ?? key;
  return out;
}

const ACTION_KEYS: readonly ActionField[] = [
  "no",
  "area",
  "objective",
  "action",
  "clientele",
  "porteur",
  "partners",
  "partnersRole",
  "plannedStart",
  "due",
  "recurrence",
  "budget",
  "hours",
  "expectedResult",
  "indicator",
  "target",
  "priority",
];
const SUIVI_KEYS: readonly SuiviField[] = [
  "date",
  "action",
  "status",
  "progress",
  "achievements",
  "obstacles",
  "nextSteps",
  "spent",
  "hours",
  "indicatorValue",
  "bonCoup",
  "source",
  "filledBy",
];

export interface FormsMessages {
  issues: IssueMessages;
  action: Record<ActionField, string>;
  suivi: Record<SuiviField, string>;
  /** The Obstacles field when the status needs a reason. */
  reason: string;
  dateHint: string;
  amountHint: string;
  progressHint: string;
  noneChosen: string;
  warning: string;
}

const fr: FormsMessages = {
  issues: {
    required: () => "Ce champ est obligatoire.",
    "duplicate-id": (p) => `Le numéro ${p.no ?? ""} est déjà pris par une autre action.`,
    "invalid-date": () => "Date invalide : écrivez-la AAAA-MM-JJ (ex. 2026-03-15) ou JJ/MM/AAAA.",
    "end-before-start": () => "L'échéance tombe avant le début prévu.",
    "invalid-number": () => "Nombre invalide : un nombre positif ou nul (ex. 1 234,50).",
    "invalid-priority": () => "La priorité est 1, 2 ou 3.",
    "invalid-progress": () => "L'avancement est un nombre de 0 à 100.",
    "unknown-area": () =>
      "Ce champ d'action n'est pas dans la liste ListeChamps (il sera tout de même enregistré).",
    "missing-owner": () => "Aucun porteur : indiquez qui est responsable de l'action.",
    "missing-due": () => "Aucune échéance : l'action ne pourra pas être signalée en retard.",
    "future-date": () => "La date est postérieure à la date de référence.",
    "unknown-action": (p) => `Aucune action ne porte le numéro ${p.no ?? ""}.`,
    "reason-required": () => "Indiquez la raison (obstacles) pour ce statut.",
    "done-not-complete": () => "Action réalisée, mais l'avancement est inférieur à 100 %.",
  },
  action: headers(ACTIONS, "fr", ACTION_KEYS),
  suivi: headers(SUIVIS, "fr", SUIVI_KEYS),
  reason: "Raison (obstacles)",
  dateHint: "AAAA-MM-JJ",
  amountHint: "Nombre positif ou nul",
  progressHint: "De 0 à 100",
  noneChosen: "(aucun)",
  warning: "Attention",
};

const en: FormsMessages = {
  issues: {
    required: () => "This field is required.",
    "duplicate-id": (p) => `Number ${p.no ?? ""} is already used by another action.`,
    "invalid-date": () => "Invalid date: write it YYYY-MM-DD (e.g. 2026-03-15) or DD/MM/YYYY.",
    "end-before-start": () => "The due date falls before the planned start.",
    "invalid-number": () => "Invalid number: a number of zero or more (e.g. 1,234.50).",
    "invalid-priority": () => "Priority is 1, 2 or 3.",
    "invalid-progress": () => "Progress is a number from 0 to 100.",
    "unknown-area": () => "This area is not in the ListeChamps list (it will be saved anyway).",
    "missing-owner": () => "No lead: say who is responsible for the action.",
    "missing-due": () => "No due date: the action can never be flagged as late.",
    "future-date": () => "The date is after the reference date.",
    "unknown-action": (p) => `No action has number ${p.no ?? ""}.`,
    "reason-required": () => "Give the reason (obstacles) for this status.",
    "done-not-complete": () => "Action done, but progress is below 100%.",
  },
  action: headers(ACTIONS, "en", ACTION_KEYS),
  suivi: headers(SUIVIS, "en", SUIVI_KEYS),
  reason: "Reason (obstacles)",
  dateHint: "YYYY-MM-DD",
  amountHint: "Zero or more",
  progressHint: "From 0 to 100",
  noneChosen: "(none)",
  warning: "Warning",
};

export const formsText: Record<Lang, FormsMessages> = { fr, en };

/** The message of one field issue, in the person's language. */
export function issueMessage(lang: Lang, key: FormIssueKey, params: Params = {}): string {
  return formsText[lang].issues[key](params);
}
