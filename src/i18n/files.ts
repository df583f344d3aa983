/** Messages about workbook files (opening, reading, writing), French first, then English. */
import type { Lang } from "../domain/lang";
import type { WorkbookErrorCode } from "../workbook/port";

export type FileErrorCode = WorkbookErrorCode;

/** What a message may name: the file, the sheet or table at fault, and the underlying cause. */
export interface FileErrorParams {
  file?: string;
  sheet?: string;
  table?: string;
  column?: string;
  cause?: string;
}

type Messages = Record<FileErrorCode, (p: FileErrorParams) => string>;

const about = (p: FileErrorParams): string => (p.file ? ` (${p.file})` : "");
const because = (p: FileErrorParams, fr: boolean): string =>
  p.cause ? (fr ? ` Détail : ${p.cause}` : ` Detail: ${p.cause}`) : "";

export const filesText: Record<Lang, Messages> = {
  fr: {
    "not-found": (p) => `Fichier introuvable${about(p)}.`,
    "not-xlsx": (p) =>
      `Ce fichier n'est pas un classeur Excel (.xlsx)${about(p)}. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
    unreadable: (p) =>
      `Ce classeur Excel n'a pas pu être lu${about(p)}. Ouvrez-le dans Excel et enregistrez-le de nouveau, puis réessayez.${because(p, true)}`,
    "missing-table": (p) => `Le tableau ${p.table ?? ""} est introuvable dans le classeur${about(p)}.`,
    "missing-column": (p) =>
      `La colonne ${p.column ?? ""} manque dans le tableau ${p.table ?? ""}${about(p)}.`,
    "write-refused": (p) =>
      `Plan vivant ne peut pas modifier ce classeur existant${about(p)}.${because(p, true)}`,
    exists: (p) => `Le fichier existe déjà${about(p)}. Choisissez un autre nom ou demandez de le remplacer.`,
    "would-lose": (p) =>
      `Plan vivant n'a pas enregistré ce classeur${about(p)} : des éléments qu'il ne sait pas réécrire seraient perdus.${because(p, true)}`,
    "cell-edit": () =>
      "Une cellule est en cours de modification dans Excel : terminez la saisie (Entrée ou Échap), puis réessayez.",
    "requirement-set": () =>
      "Cette version d'Excel est trop ancienne pour Plan vivant (Excel 2019 ou plus récent requis).",
    "too-large": (p) =>
      `Ce classeur est trop volumineux pour Excel pour le Web${about(p)} : ouvrez-le dans l'application Excel de bureau.`,
  },
  en: {
    "not-found": (p) => `File not found${about(p)}.`,
    "not-xlsx": (p) =>
      `This file is not an Excel workbook (.xlsx)${about(p)}. Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".`,
    unreadable: (p) =>
      `This Excel workbook could not be read${about(p)}. Open it in Excel, save it again, then retry.${because(p, false)}`,
    "missing-table": (p) => `The table ${p.table ?? ""} is missing from the workbook${about(p)}.`,
    "missing-column": (p) =>
      `The column ${p.column ?? ""} is missing from the table ${p.table ?? ""}${about(p)}.`,
    "write-refused": (p) =>
      `Plan vivant cannot change this existing workbook${about(p)}.${because(p, false)}`,
    exists: (p) => `The file already exists${about(p)}. Choose another name or ask to replace it.`,
    "would-lose": (p) =>
      `Plan vivant did not save this workbook${about(p)}: parts it cannot rewrite would be lost.${because(p, false)}`,
    "cell-edit": () => "A cell is being edited in Excel: finish typing (Enter or Esc), then retry.",
    "requirement-set": () =>
      "This version of Excel is too old for Plan vivant (Excel 2019 or later required).",
    "too-large": (p) =>
      `This workbook is too large for Excel on the web${about(p)}: open it in the Excel desktop app.`,
  },
};

/** The message of a file error in a language, e.g. for the CLI, which localizes by code. */
export function fileErrorMessage(code: FileErrorCode, lang: Lang, params: FileErrorParams = {}): string {
  return filesText[lang][code](params);
}
