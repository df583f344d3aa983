/** Adopting an existing plan: what the CLI and the task pane say, French (Quebec) first, then English. */
import type { Confidence, TargetKey, UnconvertedCause, UnconvertedCell } from "../domain/adopt";
import { targetOf } from "../domain/adopt/targets";
import type { Lang } from "../domain/lang";

export interface AdoptStrings {
  confidence: Record<Confidence, string>;
  ignore: string;
  /** A target column as people know it, e.g. `Échéance` or `Statut (1re fiche de suivi)`. */
  target: (key: TargetKey) => string;
  cause: Record<UnconvertedCause, (header: string, value: string) => string>;
  /** The text of the first fiche de suivi made from the plan's status or progress. */
  suiviNote: (sheet: string, row: number) => string;
  noHeader: string;
  missing: (targets: string) => string;
  repeated: (targets: string) => string;
  totalRow: (cell: string) => string;
  converted: (actions: number, suivis: number) => string;
  unconvertedHeading: (n: number) => string;
  noneUnconverted: string;
}

/** French puts 0 and 1 in the singular, English only 1. */
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;
const pluralEn = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const quoted = (lang: Lang, value: string) => (lang === "fr" ? `« ${value} »` : `"${value}"`);

function targetLabel(lang: Lang, key: TargetKey): string {
  const header = targetOf(key).column[lang];
  if (key === "status" || key === "progress") {
    return lang === "fr" ? `${header} (1re fiche de suivi)` : `${header} (first follow-up)`;
  }
  return header;
}

export const adoptText: Record<Lang, AdoptStrings> = {
  fr: {
    confidence: { high: "sûre", medium: "probable", low: "incertaine" },
    ignore: "— ignorer —",
    target: (key) => targetLabel("fr", key),
    cause: {
      "missing-id": () => "numéro d'action vide : la ligne n'est pas reprise",
      "duplicate-id": (_h, v) => `le numéro ${v} est déjà pris plus haut : la ligne n'est pas reprise`,
      "missing-action-text": () => "texte de l'action vide : la ligne n'est pas reprise",
      "error-value": (h, v) => `la cellule contient l'erreur ${v} (${h})`,
      "invalid-date": (h, v) => `${quoted("fr", v)} n'est pas une date (${h}) : écrivez-la AAAA-MM-JJ`,
      "year-only": (h, v) =>
        `${quoted("fr", v)} est une année, pas une date (${h}) : inscrivez la date AAAA-MM-JJ`,
      "invalid-number": (h, v) => `${quoted("fr", v)} n'est pas un montant positif (${h})`,
      "invalid-progress": (h, v) => `${quoted("fr", v)} n'est pas un avancement entre 0 et 100 (${h})`,
      "invalid-choice": (h, v) => `${quoted("fr", v)} n'est pas une valeur de la liste (${h})`,
      "invalid-status": (h, v) => `${quoted("fr", v)} n'est pas un statut reconnu (${h})`,
    },
    suiviNote: (sheet, row) => `Statut repris du plan adopté (feuille « ${sheet} », ligne ${row}).`,
    noHeader: "Aucune ligne d'en-têtes n'a été trouvée : la feuille ne semble pas contenir de tableau.",
    missing: (targets) => `Aucune colonne ne correspond à : ${targets}.`,
    repeated: (targets) => `Plusieurs colonnes correspondent à : ${targets}. Gardez-en une seule.`,
    totalRow: (cell) => `${cell} : ligne de total, laissée de côté`,
    converted: (actions, suivis) =>
      `${plural(actions, "action reprise", "actions reprises")}, ${plural(suivis, "fiche de suivi créée", "fiches de suivi créées")}.`,
    unconvertedHeading: (n) => `Cellules non converties (${n})`,
    noneUnconverted: "Toutes les cellules ont été converties.",
  },
  en: {
    confidence: { high: "sure", medium: "likely", low: "uncertain" },
    ignore: "— ignore —",
    target: (key) => targetLabel("en", key),
    cause: {
      "missing-id": () => "empty action number: the row is not taken",
      "duplicate-id": (_h, v) => `number ${v} is already used above: the row is not taken`,
      "missing-action-text": () => "empty action text: the row is not taken",
      "error-value": (h, v) => `the cell holds the error ${v} (${h})`,
      "invalid-date": (h, v) => `${quoted("en", v)} is not a date (${h}): write it YYYY-MM-DD`,
      "year-only": (h, v) => `${quoted("en", v)} is a year, not a date (${h}): enter the date YYYY-MM-DD`,
      "invalid-number": (h, v) => `${quoted("en", v)} is not a positive amount (${h})`,
      "invalid-progress": (h, v) => `${quoted("en", v)} is not a progress between 0 and 100 (${h})`,
      "invalid-choice": (h, v) => `${quoted("en", v)} is not a value of the list (${h})`,
      "invalid-status": (h, v) => `${quoted("en", v)} is not a known status (${h})`,
    },
    suiviNote: (sheet, row) => `Status taken from the adopted plan (sheet "${sheet}", row ${row}).`,
    noHeader: "No header row was found: the sheet does not seem to hold a table.",
    missing: (targets) => `No column maps to: ${targets}.`,
    repeated: (targets) => `Several columns map to: ${targets}. Keep only one.`,
    totalRow: (cell) => `${cell}: total row, left out`,
    converted: (actions, suivis) =>
      `${pluralEn(actions, "action taken", "actions taken")}, ${pluralEn(suivis, "follow-up created", "follow-ups created")}.`,
    unconvertedHeading: (n) => `Cells not converted (${n})`,
    noneUnconverted: "Every cell was converted.",
  },
};

/** Why a cell was not converted, in a language. */
export function unconvertedMessage(cell: UnconvertedCell, lang: Lang): string {
  return adoptText[lang].cause[cell.cause](cell.header, cell.value ?? "");
}

/** The task pane's "Adopter un plan" view. */
export interface AdoptPaneStrings {
  title: string;
  intro: string;
  /** The intro when the workbook's only sheet or table was taken without a pick. */
  introOnly: string;
  open: string;
  source: string;
  pickSource: string;
  sheetOption: (sheet: string) => string;
  tableOption: (table: string, sheet: string) => string;
  /** The workbook's only source, chosen without a pick (its sheetOption or tableOption). */
  onlySource: (source: string) => string;
  noSources: string;
  mappingTitle: (row: number) => string;
  columnLabel: (letter: string, header: string) => string;
  columnHint: (confidence: string, samples: string) => string;
  noSamples: string;
  confirm: string;
  working: string;
  back: string;
  done: (actions: number, suivis: number) => string;
  showCell: (cell: string, message: string) => string;
  untouched: string;
}

export const adoptPaneText: Record<Lang, AdoptPaneStrings> = {
  fr: {
    title: "Adopter un plan",
    intro:
      "Choisissez la feuille où se trouve votre plan d'action. Plan vivant propose une colonne du suivi pour chacune de ses colonnes : vérifiez-les, puis confirmez. La feuille d'origine n'est jamais modifiée.",
    introOnly:
      "Plan vivant propose une colonne du suivi pour chacune des colonnes de votre plan d'action : vérifiez-les, puis confirmez. La feuille d'origine n'est jamais modifiée.",
    open: "Adopter un plan existant",
    source: "Feuille ou tableau du plan",
    pickSource: "Choisir…",
    sheetOption: (sheet) => `Feuille « ${sheet} »`,
    tableOption: (table, sheet) => `Tableau ${table} (feuille « ${sheet} »)`,
    onlySource: (source) => `${source} : la seule feuille remplie du classeur, retenue d'office.`,
    noSources: "Ce classeur ne contient aucune feuille remplie à adopter.",
    mappingTitle: (row) => `Colonnes du plan (en-têtes à la ligne ${row})`,
    columnLabel: (letter, header) => `${letter} · ${header || "(sans en-tête)"}`,
    columnHint: (confidence, samples) => `Correspondance ${confidence}. Exemples : ${samples}`,
    noSamples: "aucune valeur",
    confirm: "Créer les tableaux de suivi",
    working: "Création des tableaux…",
    back: "Retour à Démarrer",
    done: (actions, suivis) =>
      `Tableaux de suivi créés : ${plural(actions, "action reprise", "actions reprises")}, ${plural(suivis, "fiche de suivi", "fiches de suivi")}.`,
    showCell: (cell, message) => `Afficher ${cell} : ${message}`,
    untouched: "La feuille d'origine n'a pas été modifiée.",
  },
  en: {
    title: "Adopt a plan",
    intro:
      "Pick the sheet that holds your action plan. Plan vivant proposes a tracking column for each of its columns: check them, then confirm. The original sheet is never changed.",
    introOnly:
      "Plan vivant proposes a tracking column for each column of your action plan: check them, then confirm. The original sheet is never changed.",
    open: "Adopt an existing plan",
    source: "Sheet or table of the plan",
    pickSource: "Choose…",
    sheetOption: (sheet) => `Sheet "${sheet}"`,
    tableOption: (table, sheet) => `Table ${table} (sheet "${sheet}")`,
    onlySource: (source) => `${source}: the workbook's only filled sheet, taken at once.`,
    noSources: "This workbook has no filled sheet to adopt.",
    mappingTitle: (row) => `Columns of the plan (headers on row ${row})`,
    columnLabel: (letter, header) => `${letter} · ${header || "(no header)"}`,
    columnHint: (confidence, samples) => `Mapping ${confidence}. Examples: ${samples}`,
    noSamples: "no values",
    confirm: "Create the tracking tables",
    working: "Creating the tables…",
    back: "Back to Start",
    done: (actions, suivis) =>
      `Tracking tables created: ${pluralEn(actions, "action taken", "actions taken")}, ${pluralEn(suivis, "follow-up", "follow-ups")}.`,
    showCell: (cell, message) => `Show ${cell}: ${message}`,
    untouched: "The original sheet was not changed.",
  },
};
