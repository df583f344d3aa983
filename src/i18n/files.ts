/** Messages about workbook files (opening, reading, writing), French first, then English. */
import type { Lang } from "../domain/lang";
import type { WorkbookErrorCode } from "../domain/errors";

export type FileErrorCode = WorkbookErrorCode;

/** What a message may name: the file, the sheet or table at fault, and the underlying cause. */
export interface FileErrorParams {
  file?: string;
  sheet?: string;
  table?: string;
  column?: string;
  cause?: string;
  /** The package part at fault, e.g. `xl/worksheets/sheet2.xml`. */
  part?: string;
  /** The folder a file should be written to. */
  folder?: string;
  /** The text encoding a part declares. */
  encoding?: string;
  /** The limit passed, in words (e.g. `200 Mo`, `5 000 000 cellules`). */
  limit?: string;
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
    "empty-file": (p) =>
      `Ce fichier est vide${about(p)} : il ne contient aucun octet. Il a peut-être été mal copié ou mal téléchargé.`,
    "is-directory": (p) =>
      `C'est un dossier, pas un fichier${about(p)}. Indiquez le classeur lui-même (.xlsx).`,
    "no-permission": (p) =>
      `Vous n'avez pas la permission d'ouvrir ce fichier${about(p)}. Demandez l'accès à la personne responsable du dossier, ou copiez le fichier ailleurs.`,
    "folder-not-writable": (p) =>
      `Impossible d'écrire dans le dossier ${p.folder ?? ""} : il est protégé en écriture ou n'existe pas. Choisissez un autre dossier.`,
    encrypted: (p) =>
      `Ce classeur est protégé par un mot de passe${about(p)}. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur), enregistrez-le, puis réessayez.`,
    damaged: (p) =>
      `Ce classeur est endommagé${about(p)} : la partie ${p.part ?? ""} est illisible.${because(p, true)} Ouvrez-le dans Excel, qui propose de le réparer, enregistrez-le, puis réessayez.`,
    encoding: (p) =>
      `La partie ${p.part ?? ""} du classeur${about(p)} est écrite dans un encodage que Plan vivant ne sait pas lire (${p.encoding ?? "?"}). Ouvrez le classeur dans Excel et enregistrez-le de nouveau.`,
    limit: (p) =>
      `La partie ${p.part ?? ""} du classeur${about(p)} dépasse ce qu'un plan d'action peut contenir (${p.limit ?? ""}) : Plan vivant ne la lit pas. Vérifiez qu'il s'agit bien du classeur de suivi.`,
    "macro-type": (p) =>
      `Ce classeur contient des macros (.xlsm)${about(p)} : le résultat doit garder l'extension .xlsm, sans quoi Excel refuserait de l'ouvrir.`,
    protected: (p) =>
      `La feuille ${p.sheet ?? ""} est protégée${about(p)} : retirez la protection (Révision > Ôter la protection), puis réessayez.`,
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
    "empty-file": (p) =>
      `This file is empty${about(p)}: it holds no bytes. It may have been copied or downloaded badly.`,
    "is-directory": (p) => `This is a folder, not a file${about(p)}. Name the workbook itself (.xlsx).`,
    "no-permission": (p) =>
      `You are not allowed to open this file${about(p)}. Ask the folder's owner for access, or copy the file elsewhere.`,
    "folder-not-writable": (p) =>
      `Cannot write to the folder ${p.folder ?? ""}: it is write-protected or does not exist. Choose another folder.`,
    encrypted: (p) =>
      `This workbook is protected by a password${about(p)}. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, then retry.`,
    damaged: (p) =>
      `This workbook is damaged${about(p)}: part ${p.part ?? ""} cannot be read.${because(p, false)} Open it in Excel, which offers to repair it, save it, then retry.`,
    encoding: (p) =>
      `Part ${p.part ?? ""} of the workbook${about(p)} uses a text encoding Plan vivant cannot read (${p.encoding ?? "?"}). Open the workbook in Excel and save it again.`,
    limit: (p) =>
      `Part ${p.part ?? ""} of the workbook${about(p)} passes what an action plan can hold (${p.limit ?? ""}): Plan vivant does not read it. Check that this is the tracking workbook.`,
    "macro-type": (p) =>
      `This workbook holds macros (.xlsm)${about(p)}: the result must keep the .xlsm extension, or Excel would refuse to open it.`,
    protected: (p) =>
      `Sheet ${p.sheet ?? ""} is protected${about(p)}: remove the protection (Review > Unprotect Sheet), then retry.`,
  },
};

/** The message of a file error in a language, e.g. for the CLI, which localizes by code. */
export function fileErrorMessage(code: FileErrorCode, lang: Lang, params: FileErrorParams = {}): string {
  return filesText[lang][code](params);
}
