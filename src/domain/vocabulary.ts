/** The closed vocabularies of the workbook: ids for code and JSON, labels FR/EN for people. */
import type { Lang } from "./lang";

export interface Term<Id extends string = string> {
  id: Id;
  fr: string;
  en: string;
}

export type StatusId =
  "not-started" | "in-progress" | "ongoing" | "postponed" | "blocked" | "done" | "partly-done" | "dropped";

export interface Status extends Term<StatusId> {
  open: boolean;
}

export const STATUSES: readonly Status[] = [
  { id: "not-started", fr: "À venir", en: "Not started", open: true },
  { id: "in-progress", fr: "En cours", en: "In progress", open: true },
  { id: "ongoing", fr: "En continu", en: "Ongoing", open: true },
  { id: "postponed", fr: "Reportée", en: "Postponed", open: true },
  { id: "blocked", fr: "Bloquée", en: "Blocked", open: true },
  { id: "done", fr: "Réalisée", en: "Done", open: false },
  { id: "partly-done", fr: "Partiellement réalisée", en: "Partly done", open: false },
  { id: "dropped", fr: "Abandonnée", en: "Dropped", open: false },
];

export const STATUS_IDS: readonly StatusId[] = STATUSES.map((s) => s.id);

export function isOpen(status: StatusId): boolean {
  return STATUSES.find((s) => s.id === status)?.open ?? true;
}

export type ClienteleId = "families" | "seniors" | "families-seniors";
export const CLIENTELES: readonly Term<ClienteleId>[] = [
  { id: "families", fr: "Familles", en: "Families" },
  { id: "seniors", fr: "Aînés", en: "Seniors" },
  { id: "families-seniors", fr: "Familles et aînés", en: "Families and seniors" },
];

export type RecurrenceId = "one-time" | "ongoing";
export const RECURRENCES: readonly Term<RecurrenceId>[] = [
  { id: "one-time", fr: "Ponctuelle", en: "One-time" },
  { id: "ongoing", fr: "En continu", en: "Ongoing" },
];

export type YesNoId = "yes" | "no";
export const YES_NO: readonly Term<YesNoId>[] = [
  { id: "yes", fr: "Oui", en: "Yes" },
  { id: "no", fr: "Non", en: "No" },
];

export type SourceId = "committee" | "lead" | "council";
export const SOURCES: readonly Term<SourceId>[] = [
  { id: "committee", fr: "Comité de suivi", en: "Committee" },
  { id: "lead", fr: "Porteur", en: "Lead" },
  { id: "council", fr: "Conseil", en: "Council" },
];

export type PlanTypeId = "PFM" | "MADA" | "PFM-MADA";
export const PLAN_TYPES: readonly Term<PlanTypeId>[] = [
  { id: "PFM", fr: "PFM", en: "PFM" },
  { id: "MADA", fr: "MADA", en: "MADA" },
  { id: "PFM-MADA", fr: "PFM-MADA", en: "PFM-MADA" },
];

export const PRIORITIES: readonly Term<"1" | "2" | "3">[] = [
  { id: "1", fr: "1", en: "1" },
  { id: "2", fr: "2", en: "2" },
  { id: "3", fr: "3", en: "3" },
];

/** The point statutaire an instance gets: short (key figures, what to note or decide) or detailed (by porteur). */
export type StatutoryTextId = "short" | "detailed";
export const STATUTORY_TEXTS: readonly Term<StatutoryTextId>[] = [
  { id: "short", fr: "Court", en: "Short" },
  { id: "detailed", fr: "Détaillé", en: "Detailed" },
];

/** Default `ListeInstances`: the bodies that usually meet about a PFM-MADA plan. */
export const DEFAULT_INSTANCES: readonly (Term & { text: StatutoryTextId })[] = [
  { id: "committee", fr: "Comité de suivi", en: "Follow-up committee", text: "detailed" },
  { id: "council", fr: "Conseil municipal", en: "Municipal council", text: "short" },
  { id: "management", fr: "Comité de direction", en: "Management committee", text: "detailed" },
  { id: "table", fr: "Table de concertation", en: "Consultation table", text: "short" },
  { id: "regional", fr: "Table régionale", en: "Regional table", text: "short" },
];

/** Default `ListeChamps`: the nine MADA areas, then common PFM ones. */
export const DEFAULT_AREAS: readonly Term[] = [
  { id: "outdoor", fr: "Espaces extérieurs et bâtiments", en: "Outdoor spaces and buildings" },
  { id: "housing", fr: "Habitat et milieu de vie", en: "Housing and living environment" },
  { id: "transport", fr: "Transport et mobilité", en: "Transportation and mobility" },
  { id: "safety", fr: "Sécurité", en: "Safety" },
  { id: "communication", fr: "Communication et information", en: "Communication and information" },
  { id: "leisure", fr: "Loisirs", en: "Recreation" },
  { id: "health", fr: "Santé et services sociaux", en: "Health and social services" },
  { id: "participation", fr: "Participation sociale", en: "Social participation" },
  { id: "respect", fr: "Respect et inclusion sociale", en: "Respect and social inclusion" },
  { id: "family", fr: "Famille et services de garde", en: "Family and childcare services" },
  { id: "culture", fr: "Culture", en: "Culture" },
  { id: "environment", fr: "Environnement", en: "Environment" },
  { id: "administration", fr: "Administration municipale", en: "Municipal administration" },
];

export function label<Id extends string>(terms: readonly Term<Id>[], id: Id, lang: Lang): string {
  const term = terms.find((t) => t.id === id);
  return term ? term[lang] : id;
}
