/** What the `rencontre`, `fin-de-plan` and `nouveau-plan` commands print, French (Quebec) and English. */
import type { Lang } from "../domain/lang";

export interface MeetingCliStrings {
  usage: string[];
  noInstance: (value: string, known: string) => string;
  ambiguousInstance: (value: string, candidates: string) => string;
  instanceMissing: string;
  reviewHeading: (n: number) => string;
  recorded: (file: string) => string;
  overInput: (file: string) => string;
  alreadyRecorded: (file: string) => string;
  noRencontres: (file: string) => string;
  endWritten: (file: string, sheet: string) => string;
  periodMissing: string;
  endBeforeStart: string;
  unknownNos: (nos: string) => string;
  nextWritten: (file: string, carried: number, left: number) => string;
  carriedHeading: string;
  leftHeading: string;
}

export const meetingCliText: Record<Lang, MeetingCliStrings> = {
  fr: {
    usage: [
      "  plan-vivant rencontre FICHIER.xlsx --instance NOM [--date AAAA-MM-JJ] [--invite PORTEUR]...",
      "                        [--json] [-o SORTIE.xlsx | --sur-place] [--langue fr|en]",
      "      prépare une rencontre : le point statutaire adapté à l'instance (conseil : court ;",
      "      comité : détaillé) et les actions à revoir par porteur ; avec -o ou --sur-place, ajoute",
      "      la rencontre à la feuille Rencontres. NOM : une instance de la liste (p. ex. conseil, suivi)",
      "      --html FICHIER.html|- : la feuille de rencontre à imprimer, en un seul fichier HTML",
      "  plan-vivant fin-de-plan FICHIER.xlsx [-o SORTIE.xlsx] [--date AAAA-MM-JJ] [--json] [--texte]",
      "                          [--sur-place]",
      "      bilan de fin de plan : le résultat de chaque action, les taux de réalisation, le budget et",
      "      les heures, les bons coups et le texte pour la demande de renouvellement, dans",
      "      « FICHIER - bilan de fin de plan AAAA-MM-JJ.xlsx »",
      "      --html FICHIER.html|- : le bilan de fin de plan en rapport HTML à imprimer (le classeur",
      "      n'est alors écrit qu'avec -o ou --sur-place)",
      "  plan-vivant nouveau-plan FICHIER.xlsx -o PROCHAIN.xlsx --debut AAAA-MM-JJ --fin AAAA-MM-JJ",
      "                           [--avec NO,NO...] [--sans NO,NO...] [--date AAAA-MM-JJ] [--json]",
      "      crée le classeur du prochain plan : paramètres, acteurs, listes et instances repris ;",
      "      les actions non terminées reportées (--avec et --sans changent le choix) avec leur",
      "      No précédent et leur historique ; le classeur actuel n'est pas modifié",
    ],
    noInstance: (value, known) => `--instance : « ${value} » n'est pas une instance de la liste (${known}).`,
    ambiguousInstance: (value, candidates) =>
      `--instance : « ${value} » peut désigner ${candidates}. Précisez le nom.`,
    instanceMissing: "--instance est requis (p. ex. --instance conseil).",
    reviewHeading: (n) => `Actions à revoir (${n}), par porteur :`,
    recorded: (file) => `Rencontre ajoutée à la feuille Rencontres : ${file}`,
    overInput: (file) =>
      `plan-vivant : ${file} : c'est le classeur lu. Pour y écrire, ajoutez --sur-place ; sinon, choisissez un autre nom avec -o.`,
    alreadyRecorded: (file) => `La rencontre est déjà inscrite dans ${file} : rien d'écrit.`,
    noRencontres: (file) => `${file} n'a pas de tableau Rencontres : la rencontre n'est pas inscrite.`,
    endWritten: (file, sheet) => `Bilan de fin de plan écrit : ${file} (feuille « ${sheet} »)`,
    periodMissing: "--debut et --fin sont requis : la période du prochain plan.",
    endBeforeStart: "--fin est avant --debut.",
    unknownNos: (nos) => `Actions inconnues dans --avec ou --sans : ${nos}.`,
    nextWritten: (file, carried, left) =>
      `Prochain plan créé : ${file} (${carried} action${carried > 1 ? "s" : ""} reportée${carried > 1 ? "s" : ""}, ${left} laissée${left > 1 ? "s" : ""} au plan actuel)`,
    carriedHeading: "Reportées :",
    leftHeading: "Laissées :",
  },
  en: {
    usage: [
      "  plan-vivant rencontre FILE.xlsx --instance NAME [--date YYYY-MM-DD] [--invite LEAD]...",
      "                        [--json] [-o OUT.xlsx | --sur-place] [--langue fr|en]",
      "      prepares a meeting: the standing item sized for the body (council: short; committee:",
      "      detailed) and the actions to review by lead; with -o or --sur-place, adds the meeting",
      "      to the Meetings sheet. NAME: a body of the list (e.g. council, committee)",
      "      --html FILE.html|-: the printable meeting sheet, as one HTML file",
      "  plan-vivant fin-de-plan FILE.xlsx [-o OUT.xlsx] [--date YYYY-MM-DD] [--json] [--texte]",
      "                          [--sur-place]",
      "      end-of-plan report: each action's outcome, completion rates, budget and hours, success",
      "      stories and the text for the renewal request, in « FILE - bilan de fin de plan YYYY-MM-DD.xlsx »",
      "      --html FILE.html|-: the end-of-plan report, as one printable HTML file (the workbook is",
      "      then written only with -o or --sur-place)",
      "  plan-vivant nouveau-plan FILE.xlsx -o NEXT.xlsx --debut YYYY-MM-DD --fin YYYY-MM-DD",
      "                           [--avec NO,NO...] [--sans NO,NO...] [--date YYYY-MM-DD] [--json]",
      "      creates the next plan's workbook: settings, people, lists and bodies carried over;",
      "      unfinished actions carried over (--avec and --sans change the choice) with their",
      "      previous No. and history; the current workbook is not changed",
    ],
    noInstance: (value, known) => `--instance: "${value}" is not a body of the list (${known}).`,
    ambiguousInstance: (value, candidates) =>
      `--instance: "${value}" could mean ${candidates}. Give more of the name.`,
    instanceMissing: "--instance is required (e.g. --instance council).",
    reviewHeading: (n) => `Actions to review (${n}), by lead:`,
    recorded: (file) => `Meeting added to the Meetings sheet: ${file}`,
    overInput: (file) =>
      `plan-vivant: ${file}: that is the workbook read. To write into it, add --sur-place; otherwise choose another name with -o.`,
    alreadyRecorded: (file) => `The meeting is already recorded in ${file}: nothing written.`,
    noRencontres: (file) => `${file} has no Rencontres table: the meeting is not recorded.`,
    endWritten: (file, sheet) => `End-of-plan report written: ${file} (sheet "${sheet}")`,
    periodMissing: "--debut and --fin are required: the next plan's period.",
    endBeforeStart: "--fin is before --debut.",
    unknownNos: (nos) => `Unknown actions in --avec or --sans: ${nos}.`,
    nextWritten: (file, carried, left) =>
      `Next plan created: ${file} (${carried} action${carried === 1 ? "" : "s"} carried over, ${left} left with the current plan)`,
    carriedHeading: "Carried over:",
    leftHeading: "Left:",
  },
};
