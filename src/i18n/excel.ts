/** Messages of the Excel (Office.js) host: failures a person can act on, and degraded features. */
import type { Lang } from "../domain/lang";
import type { WorkbookErrorCode } from "../domain/errors";

/** Features that depend on a newer ExcelApi requirement set than the 1.7 floor. */
export type ExcelFeature = "data-validation" | "screen-updating" | "page-layout" | "table-added";

/** What Excel on the web refused for its 5 MB payload limit: reading the workbook, or a change. */
export type PayloadOperation = "read" | "write";

interface ExcelMessages {
  errors: Record<WorkbookErrorCode, string>;
  /** Excel on the web refused an exchange over 5 MB, even in smaller pieces. */
  payload: Record<PayloadOperation, string>;
  features: Record<ExcelFeature, string>;
  degraded: string;
}

export const excelText: Record<Lang, ExcelMessages> = {
  fr: {
    errors: {
      "not-found": "Élément introuvable dans le classeur : {name}.",
      "not-xlsx": "Ce fichier n'est pas un classeur Excel (.xlsx).",
      unreadable: "Excel n'a pas pu lire le classeur ({reason}).",
      "missing-table": "Le tableau {table} est introuvable dans le classeur.",
      "missing-column": "La colonne {column} est introuvable dans le tableau {table}.",
      "write-refused":
        "Excel a refusé la modification : la feuille est peut-être protégée ou le classeur en lecture seule ({reason}).",
      "would-lose": "Cette opération effacerait des données : rien n'a été modifié.",
      exists: "{name} existe déjà dans le classeur.",
      "cell-edit":
        "Une cellule est en cours de modification : appuyez sur Entrée ou Échap dans Excel, puis réessayez.",
      "requirement-set":
        "Cette version d'Excel est trop ancienne pour Plan vivant (il faut {set}, soit Excel 2019, Microsoft 365 ou Excel pour le Web).",
      "too-large": "L'échange dépasse la limite de 5 Mo d'Excel pour le Web ({reason}).",
      "empty-file": "Le classeur est vide.",
      "is-directory": "Un dossier a été donné au lieu d'un classeur.",
      "no-permission": "Vous n'avez pas la permission de lire ce classeur.",
      "folder-not-writable": "Impossible d'écrire dans le dossier {folder}.",
      encrypted: "Ce classeur est protégé par un mot de passe.",
      damaged: "Une partie du classeur est endommagée ({part}).",
      encoding: "Une partie du classeur est dans un encodage illisible ({part}).",
      limit: "Une partie du classeur dépasse les limites de Plan vivant ({part}).",
      "macro-type": "Ce classeur contient des macros : il doit rester au format .xlsm.",
      protected:
        "La feuille {sheet} ou la structure du classeur est protégée : retirez la protection (Révision > Ôter la protection), puis réessayez.",
    },
    payload: {
      read: "Le classeur est trop volumineux pour être lu d'un coup dans Excel pour le Web, qui limite chaque échange à 5 Mo : ouvrez-le dans l'application Excel de bureau, ou déplacez les anciens suivis dans un classeur d'archives ({reason}).",
      write:
        "La modification est trop volumineuse pour Excel pour le Web, qui limite chaque échange à 5 Mo : faites-la dans l'application Excel de bureau ({reason}).",
    },
    features: {
      "data-validation": "listes déroulantes et validation des données (ExcelApi 1.8)",
      "screen-updating": "suspension de l'affichage pendant l'écriture (ExcelApi 1.9)",
      "page-layout": "mise en page pour l'impression du bilan (ExcelApi 1.9)",
      "table-added": "détection des tableaux ajoutés (ExcelApi 1.9)",
    },
    degraded: "Fonctions non offertes par cette version d'Excel : {features}.",
  },
  en: {
    errors: {
      "not-found": "Not found in the workbook: {name}.",
      "not-xlsx": "This file is not an Excel workbook (.xlsx).",
      unreadable: "Excel could not read the workbook ({reason}).",
      "missing-table": "The table {table} is missing from the workbook.",
      "missing-column": "The column {column} is missing from the table {table}.",
      "write-refused":
        "Excel refused the change: the sheet may be protected or the workbook read-only ({reason}).",
      "would-lose": "This would erase data: nothing was changed.",
      exists: "{name} already exists in the workbook.",
      "cell-edit": "A cell is being edited: press Enter or Esc in Excel, then try again.",
      "requirement-set":
        "This version of Excel is too old for Plan vivant (it needs {set}: Excel 2019, Microsoft 365 or Excel on the web).",
      "too-large": "The exchange passes Excel on the web's 5 MB limit ({reason}).",
      "empty-file": "The workbook is empty.",
      "is-directory": "A folder was given instead of a workbook.",
      "no-permission": "You are not allowed to read this workbook.",
      "folder-not-writable": "Cannot write to the folder {folder}.",
      encrypted: "This workbook is protected by a password.",
      damaged: "A part of the workbook is damaged ({part}).",
      encoding: "A part of the workbook uses an unreadable encoding ({part}).",
      limit: "A part of the workbook passes Plan vivant's limits ({part}).",
      "macro-type": "This workbook holds macros: it must stay in the .xlsm format.",
      protected:
        "Sheet {sheet} or the workbook's structure is protected: remove the protection (Review > Unprotect), then retry.",
    },
    payload: {
      read: "The workbook is too large for Excel on the web to read at once (it limits each exchange to 5 MB): open it in the Excel desktop app, or move old follow-ups to an archive workbook ({reason}).",
      write:
        "The change is too large for Excel on the web (it limits each exchange to 5 MB): make it in the Excel desktop app ({reason}).",
    },
    features: {
      "data-validation": "drop-down lists and data validation (ExcelApi 1.8)",
      "screen-updating": "screen updating paused while writing (ExcelApi 1.9)",
      "page-layout": "print layout of the bilan (ExcelApi 1.9)",
      "table-added": "noticing tables added later (ExcelApi 1.9)",
    },
    degraded: "Not offered by this version of Excel: {features}.",
  },
};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

/** The message of a workbook error code, with its params filled in; unknown params stay as `{name}`. */
export function excelErrorMessage(
  code: WorkbookErrorCode,
  lang: Lang,
  params: Record<string, string> = {},
): string {
  return fill(excelText[lang].errors[code], params);
}

/** The message of a refusal over Excel on the web's 5 MB payload limit. */
export function payloadMessage(
  operation: PayloadOperation,
  lang: Lang,
  params: Record<string, string> = {},
): string {
  return fill(excelText[lang].payload[operation], params);
}

/** One sentence listing the features this Excel lacks, or an empty string when nothing is degraded. */
export function degradedMessage(features: readonly ExcelFeature[], lang: Lang): string {
  if (features.length === 0) return "";
  const list = features.map((f) => excelText[lang].features[f]).join(lang === "fr" ? " ; " : "; ");
  return fill(excelText[lang].degraded, { features: list });
}
