/**
 * The workbook contract (docs/workbook.md) as data: tables, sheets,
 * columns with French and English headers, their types and the lists that feed them.
 */
import type { Lang } from "./lang";

export type ColumnType =
  | "text" // free text
  | "id" // an action number, always text
  | "date"
  | "amount" // number >= 0 (dollars, hours)
  | "progress" // number 0..100, or a percent-formatted fraction
  | "integer" // whole number >= 0
  | "status"
  | "choice" // one value of a closed list (clientèle, récurrence, oui/non, source, priorité, type de plan)
  | "area" // a value of ListeChamps (open list: unknown values are warnings)
  | "text-or-number"
  | "computed"; // written by Plan vivant, never typed

export type ListName =
  | "ListeChamps"
  | "ListeClienteles"
  | "ListeStatuts"
  | "ListeRecurrences"
  | "ListeOuiNon"
  | "ListeSources"
  | "ListePriorites"
  | "ListeTypesPlan"
  | "ListeInstances";

export interface ColumnSpec {
  key: string;
  fr: string;
  en: string;
  type: ColumnType;
  /** The list whose values this column takes (drop-down in the workbook). */
  list?: ListName;
  /** Column width in characters for the template. */
  width: number;
  /** Other header spellings people use (folded before matching). */
  aliases?: string[];
}

export type TableName = "Parametres" | "Actions" | "Suivis" | "Acteurs" | "Rencontres" | ListName;

export interface TableSpec {
  name: TableName;
  sheet: Record<Lang, string>;
  columns: ColumnSpec[];
  /** Columns without which the table cannot be used (missing-column). */
  required: string[];
  /** Tables without which the workbook cannot be used (missing-table). */
  mandatory: boolean;
}

const col = (
  key: string,
  fr: string,
  en: string,
  type: ColumnType,
  width: number,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({ key, fr, en, type, width, ...extra });

export const PARAMETRES: TableSpec = {
  name: "Parametres",
  sheet: { fr: "Paramètres", en: "Settings" },
  mandatory: false,
  required: ["key", "value"],
  columns: [col("key", "Paramètre", "Setting", "text", 34), col("value", "Valeur", "Value", "text", 40)],
};

export const ACTIONS: TableSpec = {
  name: "Actions",
  sheet: { fr: "Plan d'action", en: "Action plan" },
  mandatory: true,
  required: ["no", "action"],
  columns: [
    col("no", "No", "No.", "id", 8, { aliases: ["numero", "no de l action", "n", "number", "id"] }),
    col("area", "Champ d'action", "Area of action", "area", 28, { list: "ListeChamps", aliases: ["champ"] }),
    col("objective", "Objectif", "Objective", "text", 34),
    col("action", "Action", "Action", "text", 48),
    col("clientele", "Clientèle", "Clientele", "choice", 18, { list: "ListeClienteles" }),
    col("porteur", "Porteur", "Lead", "text", 22, { aliases: ["responsable"] }),
    col("partners", "Partenaires", "Partners", "text", 26),
    col("partnersRole", "Rôle des partenaires", "Partners' role", "text", 30),
    col("plannedStart", "Début prévu", "Planned start", "date", 13),
    col("due", "Échéance", "Due date", "date", 13, { aliases: ["echeancier"] }),
    col("recurrence", "Récurrence", "Recurrence", "choice", 14, { list: "ListeRecurrences" }),
    col("budget", "Budget prévu ($)", "Planned budget ($)", "amount", 15),
    col("hours", "Heures prévues", "Planned hours", "amount", 12),
    col("expectedResult", "Résultat attendu", "Expected result", "text", 30),
    col("indicator", "Indicateur", "Indicator", "text", 26),
    col("target", "Cible", "Target", "text-or-number", 12),
    col("priority", "Priorité", "Priority", "choice", 10, { list: "ListePriorites" }),
    col("currentStatus", "Statut actuel", "Current status", "computed", 20),
    col("currentProgress", "Avancement (%)", "Progress (%)", "computed", 13),
    col("lastSuivi", "Dernier suivi", "Last follow-up", "computed", 13),
    col("alert", "Alerte", "Alert", "computed", 22),
    // Filled by « nouveau plan » for an action carried over from the previous plan.
    col("previousNo", "No précédent", "Previous No.", "id", 12, { aliases: ["no du plan precedent"] }),
    col("history", "Historique", "History", "text", 48, { aliases: ["historique du plan precedent"] }),
  ],
};

export const SUIVIS: TableSpec = {
  name: "Suivis",
  sheet: { fr: "Suivis", en: "Follow-ups" },
  mandatory: true,
  required: ["date", "action", "status"],
  columns: [
    col("date", "Date", "Date", "date", 12),
    col("action", "No action", "Action No.", "id", 11, {
      aliases: ["action no", "no de l action", "no d action", "numero de l action", "action number"],
    }),
    col("status", "Statut", "Status", "status", 22, { list: "ListeStatuts" }),
    col("progress", "Avancement (%)", "Progress (%)", "progress", 13),
    col("achievements", "Réalisations", "Achievements", "text", 40),
    col("obstacles", "Obstacles", "Obstacles", "text", 30),
    col("nextSteps", "Prochaines étapes", "Next steps", "text", 30),
    col("spent", "Dépenses ($)", "Spent ($)", "amount", 13),
    col("hours", "Heures", "Hours", "amount", 10),
    col("indicatorValue", "Valeur de l'indicateur", "Indicator value", "text-or-number", 16),
    col("bonCoup", "Bon coup", "Success story", "choice", 11, { list: "ListeOuiNon" }),
    col("source", "Source", "Source", "choice", 17, { list: "ListeSources" }),
    col("filledBy", "Rempli par", "Filled in by", "text", 20),
  ],
};

export const ACTEURS: TableSpec = {
  name: "Acteurs",
  sheet: { fr: "Acteurs", en: "People" },
  mandatory: false,
  required: [],
  columns: [
    col("name", "Nom", "Name", "text", 26),
    col("organisation", "Organisation", "Organization", "text", 30),
    col("type", "Type", "Type", "text", 18),
    col("role", "Rôle", "Role", "text", 28),
    col("email", "Courriel", "Email", "text", 30),
    col("phone", "Téléphone", "Phone", "text", 16),
  ],
};

export const RENCONTRES: TableSpec = {
  name: "Rencontres",
  sheet: { fr: "Rencontres", en: "Meetings" },
  mandatory: false,
  required: [],
  columns: [
    col("date", "Date", "Date", "date", 12),
    col("instance", "Instance", "Body", "text", 24, { list: "ListeInstances", aliases: ["instance"] }),
    col("statutory", "Point statutaire", "Standing item", "choice", 16, { list: "ListeOuiNon" }),
    col("actions", "Actions traitées", "Actions discussed", "text", 24),
    col("decisions", "Décisions", "Decisions", "text", 48),
    // Written by « Enregistrer les suivis »: the actions whose follow-up the meeting recorded.
    col("suivis", "Suivis enregistrés", "Follow-ups recorded", "text", 30),
    // The committee's reflection after the round (all three optional).
    col("wellDone", "Ce qu'on fait bien", "What we do well", "text", 36),
    col("toImprove", "Ce qu'on peut améliorer", "What we can improve", "text", 36),
    col("inspires", "Ce qui nous inspire", "What inspires us", "text", 36),
  ],
};

const list = (name: ListName, fr: string, en: string, width: number): TableSpec => ({
  name,
  sheet: { fr: "Listes", en: "Lists" },
  mandatory: false,
  required: ["value"],
  columns: [col("value", fr, en, "text", width)],
});

/**
 * The bodies that meet about the plan, extendable by the user: the body's name, and the text
 * of the point statutaire it gets (short: key figures and what it is asked to note or decide;
 * detailed: the actions to discuss, by porteur).
 */
export const LISTE_INSTANCES: TableSpec = {
  name: "ListeInstances",
  sheet: { fr: "Listes", en: "Lists" },
  mandatory: false,
  required: ["value"],
  columns: [
    col("value", "Instance", "Body", "text", 28),
    col("text", "Texte du point statutaire", "Standing item text", "choice", 16, {
      aliases: ["texte", "point statutaire", "text"],
    }),
  ],
};

export const LISTS: readonly TableSpec[] = [
  list("ListeChamps", "Champ d'action", "Area of action", 34),
  list("ListeClienteles", "Clientèle", "Clientele", 20),
  list("ListeStatuts", "Statut", "Status", 24),
  list("ListeRecurrences", "Récurrence", "Recurrence", 14),
  list("ListeOuiNon", "Oui/Non", "Yes/No", 10),
  list("ListeSources", "Source", "Source", 18),
  list("ListePriorites", "Priorité", "Priority", 10),
  list("ListeTypesPlan", "Type de plan", "Plan type", 14),
  LISTE_INSTANCES,
];

export const TABLES: readonly TableSpec[] = [PARAMETRES, ACTIONS, SUIVIS, ACTEURS, RENCONTRES, ...LISTS];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`Unknown table ${name}`);
  return spec;
}

export type SettingKey =
  | "organisation"
  | "planType"
  | "title"
  | "coordinator"
  | "start"
  | "end"
  | "followUpDays"
  | "noticeDays"
  | "referenceDate"
  | "publicSpending";

export interface SettingSpec {
  key: SettingKey;
  fr: string;
  en: string;
  type: "text" | "choice" | "date" | "integer" | "yesno";
  /** Other labels people give the row, matched on the folded label (no case, no accents). */
  pattern?: RegExp;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: "organisation", fr: "Organisation", en: "Organization", type: "text" },
  { key: "planType", fr: "Type de plan", en: "Plan type", type: "choice" },
  { key: "title", fr: "Titre du plan", en: "Plan title", type: "text" },
  {
    key: "coordinator",
    fr: "Coordination du plan",
    en: "Plan coordinator",
    type: "text",
    // « Coordonnatrice du plan », « Coordonnateur », « Coordination », "Coordinator"...
    pattern: /^(coordonnat|coordination)|\bcoordinator\b|^coordinateur du plan$/,
  },
  { key: "start", fr: "Début du plan", en: "Plan start", type: "date" },
  { key: "end", fr: "Fin du plan", en: "Plan end", type: "date" },
  { key: "followUpDays", fr: "Délai de suivi (jours)", en: "Follow-up interval (days)", type: "integer" },
  { key: "noticeDays", fr: "Préavis d'échéance (jours)", en: "Due-date notice (days)", type: "integer" },
  { key: "referenceDate", fr: "Date de référence", en: "Reference date", type: "date" },
  {
    key: "publicSpending",
    fr: "Dépenses dans la version publique",
    en: "Spending in the public version",
    type: "yesno",
  },
];

export const DEFAULT_FOLLOW_UP_DAYS = 90;
export const DEFAULT_NOTICE_DAYS = 30;

/** The workbook format version Plan vivant writes, kept in the defined name below. */
export const FORMAT_VERSION = "1";
export const VERSION_NAME = "PlanVivant.Version";
/** The sheet Plan vivant owns and replaces on each bilan. */
export const BILAN_SHEET: Record<Lang, string> = { fr: "Bilan", en: "Report" };
