/**
 * Text the tracking workbook template shows: data-validation error titles and messages
 * (Excel caps titles at 32 characters and messages at 255), hints beside the settings
 * and the default plan title. French (Quebec usage) first, English.
 */
import type { Lang } from "../domain/lang";

export interface TemplateTexts {
  dateTitle: string;
  dateMessage: string;
  moneyTitle: string;
  moneyMessage: string;
  hoursTitle: string;
  hoursMessage: string;
  progressTitle: string;
  progressMessage: string;
  wholeTitle: string;
  wholeMessage: string;
  statusTitle: string;
  statusMessage: string;
  choiceTitle: string;
  /** A closed list: the header of the list the value must come from. */
  choiceMessage: (list: string) => string;
  areaTitle: string;
  areaMessage: string;
  instanceTitle: string;
  instanceMessage: string;
  /** Hints written beside the settings, by setting key. */
  settingHints: {
    organisation: string;
    planType: string;
    title: string;
    coordinator: string;
    start: string;
    end: string;
    followUpDays: string;
    noticeDays: string;
    referenceDate: string;
    publicSpending: string;
  };
  /** Default title of a plan, e.g. `Plan d'action PFM-MADA 2025-2028`. */
  planTitle: (planType: string, firstYear: number, lastYear: number) => string;
}

export const templateText: Record<Lang, TemplateTexts> = {
  fr: {
    dateTitle: "Date invalide",
    dateMessage: "Entrez une date, par exemple 2026-03-15.",
    moneyTitle: "Montant invalide",
    moneyMessage: "Entrez un montant en dollars, positif ou nul, par exemple 1500.",
    hoursTitle: "Nombre d'heures invalide",
    hoursMessage: "Entrez un nombre d'heures positif ou nul, par exemple 12,5.",
    progressTitle: "Avancement invalide",
    progressMessage: "Entrez un pourcentage de 0 à 100, par exemple 40.",
    wholeTitle: "Nombre invalide",
    wholeMessage: "Entrez un nombre entier positif, par exemple 90.",
    statusTitle: "Statut invalide",
    statusMessage:
      "Choisissez un statut dans la liste : À venir, En cours, En continu, Reportée, Bloquée, Réalisée, Partiellement réalisée ou Abandonnée.",
    choiceTitle: "Valeur hors liste",
    choiceMessage: (list) =>
      `Choisissez une valeur dans la liste déroulante (feuille Listes, colonne « ${list} »).`,
    areaTitle: "Champ d'action hors liste",
    areaMessage:
      "Ce champ d'action n'est pas dans la liste de la feuille Listes. S'il s'agit d'un nouveau champ, ajoutez-le à cette liste.",
    instanceTitle: "Instance hors liste",
    instanceMessage:
      "Cette instance n'est pas dans la liste des instances (feuille Listes). Pour la proposer dans la liste déroulante, ajoutez-la à cette liste.",
    settingHints: {
      organisation: "Nom de la municipalité ou de la MRC",
      planType: "PFM, MADA ou PFM-MADA",
      title: "Titre tel qu'adopté par le conseil",
      coordinator: "Personne qui coordonne le suivi : elle signe les relances",
      start: "Première date couverte par le plan (AAAA-MM-JJ)",
      end: "Dernière date couverte par le plan (AAAA-MM-JJ)",
      followUpDays: "Une action sans suivi depuis ce nombre de jours est signalée",
      noticeDays: "Une action à venir dont l'échéance arrive dans ce nombre de jours est signalée",
      referenceDate: "Laissez vide pour utiliser la date du jour",
      publicSpending:
        "Oui : la version publique du bilan montre les dépenses ; Non (par défaut) : elle ne les montre pas",
    },
    planTitle: (planType, firstYear, lastYear) => `Plan d'action ${planType} ${firstYear}-${lastYear}`,
  },
  en: {
    dateTitle: "Invalid date",
    dateMessage: "Enter a date, for example 2026-03-15.",
    moneyTitle: "Invalid amount",
    moneyMessage: "Enter an amount in dollars, zero or more, for example 1500.",
    hoursTitle: "Invalid number of hours",
    hoursMessage: "Enter a number of hours, zero or more, for example 12.5.",
    progressTitle: "Invalid progress",
    progressMessage: "Enter a percentage from 0 to 100, for example 40.",
    wholeTitle: "Invalid number",
    wholeMessage: "Enter a whole number, zero or more, for example 90.",
    statusTitle: "Invalid status",
    statusMessage:
      "Choose a status from the list: Not started, In progress, Ongoing, Postponed, Blocked, Done, Partly done or Dropped.",
    choiceTitle: "Value not in the list",
    choiceMessage: (list) => `Choose a value from the drop-down list (Lists sheet, "${list}" column).`,
    areaTitle: "Area not in the list",
    areaMessage:
      "This area of action is not in the list on the Lists sheet. If it is a new area, add it to that list.",
    instanceTitle: "Body not in the list",
    instanceMessage:
      "This body is not in the list of bodies (Lists sheet). To offer it in the drop-down list, add it to that list.",
    settingHints: {
      organisation: "Name of the municipality or the MRC",
      planType: "PFM, MADA or PFM-MADA",
      title: "Title as adopted by council",
      coordinator: "Person who coordinates the follow-up: signs the reminders",
      start: "First date the plan covers (YYYY-MM-DD)",
      end: "Last date the plan covers (YYYY-MM-DD)",
      followUpDays: "An action without a follow-up for this many days is flagged",
      noticeDays: "A not-started action due within this many days is flagged",
      referenceDate: "Leave empty to use today's date",
      publicSpending: "Yes: the public version of the report shows spending; No (default): it does not",
    },
    planTitle: (planType, firstYear, lastYear) => `${planType} action plan ${firstYear}-${lastYear}`,
  },
};
