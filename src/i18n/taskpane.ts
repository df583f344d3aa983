/** Everything the task pane shows, French (Quebec) first, then English. Form fields live in forms.ts. */
import { payloadMessage } from "./excel";
import type { Lang } from "../domain/lang";
import type { Severity } from "../domain/model";
import type { WorkbookErrorCode } from "../domain/errors";

type Params = Record<string, string>;

export interface TaskpaneStrings {
  productName: string;
  tabsLabel: string;
  /** The header's button to the Aide panel (the compatibility check). */
  help: string;
  tabs: {
    start: string;
    action: string;
    suivi: string;
    check: string;
    bilan: string;
    relances: string;
    rencontre: string;
    finDePlan: string;
  };
  loading: string;
  dismiss: string;
  /** An action in a list: its No and its text. */
  actionOption: (no: string, text: string) => string;
  start: {
    noTablesTitle: string;
    noTables: string;
    createEmpty: string;
    createDemo: string;
    creating: string;
    created: string;
  };
  action: {
    pick: string;
    newAction: string;
    save: string;
    saving: string;
    added: (no: string) => string;
    updated: (no: string) => string;
    fixErrors: string;
  };
  suivi: {
    pick: string;
    search: string;
    noActions: string;
    noMatch: string;
    submit: string;
    saving: string;
    added: (no: string) => string;
    fixErrors: string;
  };
  check: {
    title: string;
    flags: string;
    severity: Record<Severity, string>;
    nothing: string;
    counts: (actions: string, suivis: string) => string;
    show: (cell: string) => string;
    /** A problem in the list: its cell, then what is wrong. */
    problem: (cell: string, message: string) => string;
    /** An alert in the list: the action, then the alert. */
    flag: (action: string, alert: string) => string;
  };
  bilan: {
    referenceDate: string;
    referenceHint: string;
    since: string;
    sinceHint: string;
    make: string;
    working: string;
    done: (sheet: string) => string;
    goTo: (sheet: string) => string;
    statutaire: string;
    copy: string;
    copied: string;
    copyFailed: string;
  };
  problemsTitle: string;
  errors: Record<WorkbookErrorCode, (p: Params) => string>;
  unexpected: (detail: string) => string;
}

const fr: TaskpaneStrings = {
  productName: "Plan vivant",
  tabsLabel: "Vues de Plan vivant",
  help: "Aide",
  tabs: {
    start: "Démarrer",
    action: "Action",
    suivi: "Suivi",
    check: "Vérifier",
    bilan: "Bilan",
    relances: "Relances",
    rencontre: "Rencontre",
    finDePlan: "Fin de plan",
  },
  loading: "Lecture du classeur…",
  dismiss: "Fermer",
  actionOption: (no, text) => `${no} — ${text}`,
  start: {
    noTablesTitle: "Aucun tableau de suivi",
    noTables:
      "Ce classeur ne contient pas encore les tableaux Actions et Suivis. Créez-les pour suivre votre plan d'action dans Excel.",
    createEmpty: "Créer un classeur vide",
    createDemo: "Créer avec l'exemple",
    creating: "Création du classeur…",
    created: "Le classeur de suivi est prêt.",
  },
  action: {
    pick: "Action à modifier",
    newAction: "Nouvelle action",
    save: "Enregistrer l'action",
    saving: "Enregistrement…",
    added: (no) => `Action ${no} ajoutée au plan.`,
    updated: (no) => `Action ${no} mise à jour.`,
    fixErrors: "Corrigez les champs signalés avant d'enregistrer.",
  },
  suivi: {
    pick: "Action suivie",
    search: "Chercher par numéro, texte ou porteur",
    noActions: "Le plan ne contient encore aucune action.",
    noMatch: "Aucune action ne correspond.",
    submit: "Ajouter le suivi",
    saving: "Enregistrement…",
    added: (no) => `Suivi de l'action ${no} ajouté.`,
    fixErrors: "Corrigez les champs signalés avant d'ajouter le suivi.",
  },
  check: {
    title: "Vérification du classeur",
    flags: "Alertes",
    severity: { error: "Erreurs", warning: "Avertissements" },
    nothing: "Rien à signaler : le classeur est en ordre.",
    counts: (actions, suivis) => `${actions} actions et ${suivis} suivis lus.`,
    show: (cell) => `Afficher ${cell}`,
    problem: (cell, message) => `${cell} : ${message}`,
    flag: (action, alert) => `${action} (${alert})`,
  },
  bilan: {
    referenceDate: "Date de référence",
    referenceHint: "AAAA-MM-JJ ; vide : celle du classeur, sinon aujourd'hui",
    since: "Depuis",
    sinceHint: "AAAA-MM-JJ ; vide : tout le plan",
    make: "Produire le bilan",
    working: "Production du bilan…",
    done: (sheet) => `Bilan écrit dans la feuille ${sheet}.`,
    goTo: (sheet) => `Aller à la feuille ${sheet}`,
    statutaire: "Point statutaire",
    copy: "Copier le texte",
    copied: "Texte copié dans le presse-papiers.",
    copyFailed: "Copie impossible : sélectionnez le texte et copiez-le (Ctrl+C).",
  },
  problemsTitle: "Le classeur demande votre attention",
  errors: {
    "not-found": () => "Classeur introuvable.",
    "not-xlsx": () => "Ce fichier n'est pas un classeur Excel (.xlsx).",
    unreadable: () => "Le classeur n'a pas pu être lu. Réessayez dans un moment.",
    "missing-table": (p) =>
      `Le tableau ${p.table ?? ""} est introuvable : il a peut-être été renommé ou supprimé. Redonnez-lui son nom (Création de tableau > Nom du tableau) ou créez les tableaux manquants dans Démarrer.`,
    "missing-column": (p) => `La colonne ${p.column ?? ""} manque dans le tableau ${p.table ?? ""}.`,
    "write-refused": () =>
      "Excel a refusé l'écriture. La feuille est peut-être protégée ou le classeur ouvert en lecture seule.",
    "would-lose": () => "Cette écriture effacerait des données : rien n'a été modifié.",
    exists: (p) => `La feuille ${p.sheet ?? ""} existe déjà.`,
    "cell-edit": () =>
      "Excel est en mode édition de cellule. Appuyez sur Entrée ou Échap dans la cellule, puis réessayez.",
    "requirement-set": () =>
      "Cette version d'Excel est trop ancienne pour Plan vivant (ExcelApi 1.7 requis : Excel 2019, Microsoft 365 ou Excel pour le Web).",
    "too-large": (p) => payloadMessage(p.operation === "write" ? "write" : "read", "fr", p),
    "empty-file": () => "Ce classeur est vide.",
    "is-directory": () => "Un dossier a été donné au lieu d'un classeur.",
    "no-permission": () => "Vous n'avez pas la permission d'ouvrir ce classeur.",
    "folder-not-writable": (p) => `Impossible d'écrire dans le dossier ${p.folder ?? ""}.`,
    encrypted: () =>
      "Ce classeur est protégé par un mot de passe : retirez-le dans Excel (Fichier > Informations > Protéger le classeur), puis réessayez.",
    damaged: (p) =>
      `Ce classeur est endommagé (partie ${p.part ?? ""}) : ouvrez-le dans Excel, qui propose de le réparer, puis réessayez.`,
    encoding: (p) =>
      `Une partie du classeur (${p.part ?? ""}) est dans un encodage illisible : enregistrez-le de nouveau dans Excel.`,
    limit: (p) => `Une partie du classeur (${p.part ?? ""}) dépasse ce qu'un plan d'action peut contenir.`,
    "macro-type": () => "Ce classeur contient des macros : il doit rester au format .xlsm.",
    protected: (p) =>
      `La feuille ${p.sheet ?? ""} est protégée : retirez la protection (Révision > Ôter la protection), puis réessayez.`,
  },
  unexpected: (detail) => `Une erreur inattendue est survenue : ${detail}`,
};

const en: TaskpaneStrings = {
  productName: "Plan vivant",
  tabsLabel: "Plan vivant views",
  help: "Help",
  tabs: {
    start: "Start",
    action: "Action",
    suivi: "Follow-up",
    check: "Check",
    bilan: "Report",
    relances: "Reminders",
    rencontre: "Meeting",
    finDePlan: "End of plan",
  },
  loading: "Reading the workbook…",
  dismiss: "Dismiss",
  actionOption: (no, text) => `${no} — ${text}`,
  start: {
    noTablesTitle: "No tracking tables",
    noTables:
      "This workbook does not hold the Actions and Follow-ups tables yet. Create them to track your action plan in Excel.",
    createEmpty: "Create an empty workbook",
    createDemo: "Create with the example",
    creating: "Creating the workbook…",
    created: "The tracking workbook is ready.",
  },
  action: {
    pick: "Action to edit",
    newAction: "New action",
    save: "Save the action",
    saving: "Saving…",
    added: (no) => `Action ${no} added to the plan.`,
    updated: (no) => `Action ${no} updated.`,
    fixErrors: "Fix the fields marked before saving.",
  },
  suivi: {
    pick: "Action followed up",
    search: "Search by number, text or lead",
    noActions: "The plan holds no action yet.",
    noMatch: "No action matches.",
    submit: "Add the follow-up",
    saving: "Saving…",
    added: (no) => `Follow-up of action ${no} added.`,
    fixErrors: "Fix the fields marked before adding the follow-up.",
  },
  check: {
    title: "Workbook check",
    flags: "Alerts",
    severity: { error: "Errors", warning: "Warnings" },
    nothing: "Nothing to report: the workbook is in order.",
    counts: (actions, suivis) => `${actions} actions and ${suivis} follow-ups read.`,
    show: (cell) => `Show ${cell}`,
    problem: (cell, message) => `${cell}: ${message}`,
    flag: (action, alert) => `${action} (${alert})`,
  },
  bilan: {
    referenceDate: "Reference date",
    referenceHint: "YYYY-MM-DD; empty: the workbook's, else today",
    since: "Since",
    sinceHint: "YYYY-MM-DD; empty: the whole plan",
    make: "Make the report",
    working: "Making the report…",
    done: (sheet) => `Report written to sheet ${sheet}.`,
    goTo: (sheet) => `Go to sheet ${sheet}`,
    statutaire: "Standing item summary",
    copy: "Copy the text",
    copied: "Text copied to the clipboard.",
    copyFailed: "Could not copy: select the text and copy it (Ctrl+C).",
  },
  problemsTitle: "The workbook needs your attention",
  errors: {
    "not-found": () => "Workbook not found.",
    "not-xlsx": () => "This file is not an Excel workbook (.xlsx).",
    unreadable: () => "The workbook could not be read. Try again in a moment.",
    "missing-table": (p) =>
      `Table ${p.table ?? ""} cannot be found: it may have been renamed or deleted. Give it back its name (Table Design > Table Name) or create the missing tables in Start.`,
    "missing-column": (p) => `Column ${p.column ?? ""} is missing from table ${p.table ?? ""}.`,
    "write-refused": () =>
      "Excel refused the write. The sheet may be protected or the workbook open read-only.",
    "would-lose": () => "This write would erase data: nothing was changed.",
    exists: (p) => `Sheet ${p.sheet ?? ""} already exists.`,
    "cell-edit": () => "Excel is in cell-edit mode. Press Enter or Esc in the cell, then try again.",
    "requirement-set": () =>
      "This version of Excel is too old for Plan vivant (ExcelApi 1.7 needed: Excel 2019, Microsoft 365 or Excel on the web).",
    "too-large": (p) => payloadMessage(p.operation === "write" ? "write" : "read", "en", p),
    "empty-file": () => "This workbook is empty.",
    "is-directory": () => "A folder was given instead of a workbook.",
    "no-permission": () => "You are not allowed to open this workbook.",
    "folder-not-writable": (p) => `Cannot write to the folder ${p.folder ?? ""}.`,
    encrypted: () =>
      "This workbook is protected by a password: remove it in Excel (File > Info > Protect Workbook), then retry.",
    damaged: (p) =>
      `This workbook is damaged (part ${p.part ?? ""}): open it in Excel, which offers to repair it, then retry.`,
    encoding: (p) =>
      `A part of the workbook (${p.part ?? ""}) uses an unreadable encoding: save it again in Excel.`,
    limit: (p) => `A part of the workbook (${p.part ?? ""}) passes what an action plan can hold.`,
    "macro-type": () => "This workbook holds macros: it must stay in the .xlsm format.",
    protected: (p) =>
      `Sheet ${p.sheet ?? ""} is protected: remove the protection (Review > Unprotect Sheet), then retry.`,
  },
  unexpected: (detail) => `An unexpected error occurred: ${detail}`,
};

export const taskpaneText: Record<Lang, TaskpaneStrings> = { fr, en };
