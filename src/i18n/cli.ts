/** What the `plan-vivant` command prints, French (Quebec) and English. */
import type { Lang } from "../domain/lang";
import type { FlagKind } from "../domain/model";
import { meetingCliText } from "./meeting-cli";

export interface CliStrings {
  usage: string;
  badArgs: (detail: string) => string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  noValue: (option: string) => string;
  unexpectedArgs: string;
  badDate: (option: string, value: string) => string;
  badChoice: (option: string, value: string, choices: string) => string;
  created: (file: string) => string;
  demoCreated: (file: string, actions: number, suivis: number) => string;
  checkTitle: (file: string) => string;
  checkSummary: (date: string, actions: number, suivis: number) => string;
  flagsHeading: (n: number) => string;
  /** Group headings of the flags, plural where it reads better. */
  flagGroups: Record<FlagKind, string>;
  noFlags: string;
  errorsHeading: (n: number) => string;
  warningsHeading: (n: number) => string;
  daysLate: (n: number) => string;
  daysSince: (n: number) => string;
  neverFollowed: string;
  daysLeft: (n: number) => string;
  result: (errors: number, warnings: number) => string;
  bilanWritten: (file: string, sheet: string) => string;
  bilanOverInput: (file: string) => string;
  unusable: (file: string, cause: string) => string;
  /** An existing file, refused without --remplacer (`base`: the shared words for the `exists` code). */
  exists: (file: string) => string;
  /** The output is one of the files read, for a command without --sur-place. */
  overInput: (file: string) => string;
  /** A path that names a device, a pipe... where a workbook should be written. */
  notAFile: (file: string) => string;
  /** The rename onto an existing file was refused: another program holds it. */
  locked: (file: string) => string;
  /** A message that names its own place (e.g. the folder). */
  plain: (cause: string) => string;
  /** The last resort: one line, the log file with the details (or none when it could not be written). */
  unexpected: (file: string, log: string | undefined) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const cliText: Record<Lang, CliStrings> = {
  fr: {
    usage: [
      "Plan vivant : garder vivant le plan d'action PFM-MADA de la municipalité.",
      "",
      "Utilisation :",
      "  plan-vivant init FICHIER.xlsx [--organisation NOM] [--type PFM|MADA|PFM-MADA]",
      "                   [--debut AAAA-MM-JJ] [--fin AAAA-MM-JJ] [--langue fr|en]",
      "      crée un classeur de suivi vide (ne remplace jamais un fichier existant)",
      "  plan-vivant demo FICHIER.xlsx [--langue fr|en] [--remplacer]",
      "      crée un classeur d'exemple : une municipalité fictive et un an de suivis",
      "  plan-vivant check FICHIER.xlsx [--date AAAA-MM-JJ] [--json] [--langue fr|en]",
      "      vérifie le classeur : actions en retard, bloquées, sans suivi, échéances proches, problèmes",
      "  plan-vivant bilan FICHIER.xlsx [-o SORTIE.xlsx] [--date AAAA-MM-JJ] [--depuis AAAA-MM-JJ]",
      "                    [--json] [--texte] [--sur-place] [--html RAPPORT.html|-] [--public]",
      "      écrit la feuille Bilan (chiffres, listes, graphiques, point statutaire) dans",
      "      « FICHIER - bilan AAAA-MM-JJ.xlsx » (le fichier lui-même seulement avec --sur-place) ;",
      "      --html : le bilan en un seul fichier HTML à envoyer ou à imprimer (- : sortie standard),",
      "      sans écrire de classeur (sauf avec -o) ; --public : la version à publier pour les citoyens",
      "  plan-vivant relances FICHIER.xlsx [--date AAAA-MM-JJ] [--json] [--langue fr|en]",
      "      par porteur, les actions en retard, sans suivi récent ou à échéance proche, avec un",
      "      message poli prêt à envoyer et son lien mailto: (adresse tirée de la feuille Acteurs)",
      "  plan-vivant consolider FICHIER.xlsx... -o REGIONAL.xlsx [--date AAAA-MM-JJ] [--langue fr|en]",
      "      crée un NOUVEAU classeur régional (démarche collective) : les actions et les suivis de",
      "      chaque municipalité, un bilan régional avec graphiques et les problèmes de chaque fichier ;",
      "      un fichier inutilisable est exclu et signalé (code de sortie 1)",
      "  plan-vivant adopter FICHIER.xlsx --feuille NOM [-o SORTIE.xlsx] [--correspondance CORR.json]",
      "                      [--langue fr|en]",
      "      adopte un plan existant : propose la correspondance de ses colonnes avec celles du plan",
      "      d'action, puis, si elle est sûre pour No et Action ou confirmée par CORR.json, crée un",
      "      NOUVEAU classeur de suivi « FICHIER - suivi.xlsx » (jamais le plan lui-même) et liste les",
      "      cellules non converties. CORR.json : un objet JSON qui associe la lettre d'une colonne",
      "      de la feuille à une colonne du plan d'action (no, action, porteur, due... ou son en-tête,",
      "      p. ex. « Échéance »), ou à null pour l'ignorer ; les colonnes absentes gardent la",
      '      correspondance proposée. Exemple : {"A": "no", "D": "Échéance", "H": null}',
      "      Codes de sortie : 0 = écrit ; 1 = écrit, avec des cellules non converties ;",
      "      2 = rien d'écrit (feuille introuvable, correspondance incomplète ou pas sûre).",
      ...meetingCliText.fr.usage,
      "",
      "Écriture : aucune commande ne remplace un fichier existant sans --remplacer (la même option",
      "      partout) ; le classeur lu n'est réécrit qu'avec --sur-place, même atteint par un lien ;",
      "      un classeur à macros (.xlsm) donne des fichiers .xlsm.",
      "",
      "Codes de sortie : 0 = lu, aucune erreur ; 1 = lu, les données ont des erreurs ;",
      "                  2 = impossible de continuer (fichier introuvable, vide ou illisible, pas un .xlsx,",
      "                  tableau manquant, fichier existant sans --remplacer).",
    ].join("\n"),
    badArgs: (detail) => `Commande incomplète ou mal écrite : ${detail}. Tapez « plan-vivant --aide ».`,
    unknownOption: (option) => `l'option « ${option} » n'existe pas pour cette commande`,
    missingValue: (option) => `il manque la valeur de l'option « ${option} »`,
    noValue: (option) => `l'option « ${option} » ne prend pas de valeur`,
    unexpectedArgs: "les arguments ne sont pas ceux que la commande attend",
    badDate: (option, value) => `--${option} attend une date AAAA-MM-JJ, pas « ${value} ».`,
    badChoice: (option, value, choices) => `--${option} attend ${choices}, pas « ${value} ».`,
    created: (file) => `Classeur de suivi créé : ${file}`,
    demoCreated: (file, actions, suivis) =>
      `Classeur d'exemple créé : ${file} (${plural(actions, "action", "actions")}, ${plural(suivis, "suivi", "suivis")})`,
    checkTitle: (file) => `Plan vivant : vérification de ${file}`,
    checkSummary: (date, actions, suivis) =>
      `Date de référence : ${date} · ${plural(actions, "action", "actions")} · ${plural(suivis, "fiche de suivi", "fiches de suivi")}`,
    flagsHeading: (n) => `Alertes (${n})`,
    flagGroups: {
      late: "En retard",
      blocked: "Bloquées",
      stale: "Sans suivi récent",
      "due-soon": "Échéance proche",
    },
    noFlags: "Aucune action en retard, bloquée, sans suivi récent ou à échéance proche.",
    errorsHeading: (n) => `Erreurs (${n})`,
    warningsHeading: (n) => `Avertissements (${n})`,
    daysLate: (n) => `${plural(n, "jour", "jours")} de retard`,
    daysSince: (n) => `aucun suivi depuis ${plural(n, "jour", "jours")}`,
    neverFollowed: "aucun suivi ni date de début",
    daysLeft: (n) => (n === 0 ? "échéance aujourd'hui" : `échéance dans ${plural(n, "jour", "jours")}`),
    result: (errors, warnings) =>
      `Résultat : ${errors === 0 ? "aucune erreur" : plural(errors, "erreur", "erreurs")}, ${
        warnings === 0 ? "aucun avertissement" : plural(warnings, "avertissement", "avertissements")
      }.`,
    bilanWritten: (file, sheet) => `Bilan écrit dans ${file} (feuille « ${sheet} »).`,
    bilanOverInput: (file) =>
      `plan-vivant : ${file} : c'est le classeur lu. Pour y écrire le bilan, ajoutez --sur-place ; sinon, choisissez un autre nom avec -o.`,
    unusable: (file, cause) => `plan-vivant : ${file} : ${cause}`,
    exists: (file) =>
      `plan-vivant : ${file} : le fichier existe déjà. Pour le remplacer, ajoutez --remplacer ; sinon, choisissez un autre nom (-o).`,
    overInput: (file) =>
      `plan-vivant : ${file} : c'est un des fichiers lus, il n'est jamais réécrit par cette commande. Choisissez un autre nom avec -o.`,
    notAFile: (file) =>
      `plan-vivant : ${file} : ce n'est pas un fichier ordinaire (un périphérique ou un tube, par exemple) : Plan vivant n'y écrit pas. Choisissez un autre nom.`,
    locked: (file) =>
      `plan-vivant : ${file} : le fichier n'a pas pu être remplacé, un autre programme le tient peut-être ouvert (Excel, par exemple). Fermez-le, puis réessayez ; le fichier n'a pas changé.`,
    plain: (cause) => `plan-vivant : ${cause}`,
    unexpected: (file, log) =>
      `plan-vivant : ${file} : erreur inattendue, la commande s'est arrêtée sans rien écrire de partiel.${
        log ? ` Le détail technique est dans ${log} (joignez-le si vous signalez le problème).` : ""
      }`,
  },
  en: {
    usage: [
      "Plan vivant: keep the municipality's PFM-MADA action plan alive.",
      "",
      "Usage:",
      "  plan-vivant init FILE.xlsx [--organisation NAME] [--type PFM|MADA|PFM-MADA]",
      "                   [--debut YYYY-MM-DD] [--fin YYYY-MM-DD] [--langue fr|en]",
      "      creates an empty tracking workbook (never replaces an existing file)",
      "  plan-vivant demo FILE.xlsx [--langue fr|en] [--remplacer]",
      "      creates a sample workbook: a fictional municipality and a year of follow-ups",
      "  plan-vivant check FILE.xlsx [--date YYYY-MM-DD] [--json] [--langue fr|en]",
      "      checks the workbook: late, blocked, neglected and due-soon actions, problems",
      "  plan-vivant bilan FILE.xlsx [-o OUT.xlsx] [--date YYYY-MM-DD] [--depuis YYYY-MM-DD]",
      "                    [--json] [--texte] [--sur-place] [--html REPORT.html|-] [--public]",
      "      writes the Bilan sheet (figures, lists, charts, point statutaire) to",
      '      "FILE - bilan YYYY-MM-DD.xlsx" (the file itself only with --sur-place);',
      "      --html: the report as one HTML file to send or print (-: standard output), with no",
      "      workbook written (unless -o); --public: the version to post for citizens",
      "  plan-vivant relances FILE.xlsx [--date YYYY-MM-DD] [--json] [--langue fr|en]",
      "      per lead, the late, neglected and due-soon actions, with a polite message ready to",
      "      send and its mailto: link (address taken from the People sheet)",
      "  plan-vivant consolider FILE.xlsx... -o REGIONAL.xlsx [--date YYYY-MM-DD] [--langue fr|en]",
      "      creates a NEW regional workbook (démarche collective): every municipality's actions and",
      "      follow-ups, a regional report with charts and each file's problems; a file that cannot",
      "      be used is left out and reported (exit code 1)",
      "  plan-vivant adopter FILE.xlsx --feuille NAME [-o OUT.xlsx] [--correspondance MAP.json]",
      "                      [--langue fr|en]",
      "      adopts an existing plan: proposes how its columns map to the action plan's, then, when",
      "      the mapping is sure for No and Action or confirmed by MAP.json, creates a NEW tracking",
      '      workbook "FILE - suivi.xlsx" (never the plan itself) and lists the cells not converted.',
      "      MAP.json: a JSON object mapping a sheet column letter to an action plan column (no,",
      '      action, porteur, due... or its header, e.g. "Due date"), or to null to ignore it;',
      '      columns left out keep the proposed mapping. Example: {"A": "no", "D": "Due date", "H": null}',
      "      Exit codes: 0 = written; 1 = written, with cells not converted;",
      "      2 = nothing written (no such sheet, mapping incomplete or not sure).",
      ...meetingCliText.en.usage,
      "",
      "Writing: no command replaces an existing file without --remplacer (the same option",
      "      everywhere); the workbook read is rewritten only with --sur-place, even through a link;",
      "      a macro-enabled workbook (.xlsm) gives .xlsm files.",
      "",
      "Exit codes: 0 = read, no errors; 1 = read, the data has errors;",
      "            2 = cannot proceed (no such file, empty or unreadable, not an .xlsx,",
      "            missing table, existing file without --remplacer).",
    ].join("\n"),
    badArgs: (detail) => `Incomplete or mistyped command: ${detail}. Type "plan-vivant --help".`,
    unknownOption: (option) => `this command has no option "${option}"`,
    missingValue: (option) => `the option "${option}" needs a value`,
    noValue: (option) => `the option "${option}" takes no value`,
    unexpectedArgs: "the arguments are not those the command expects",
    badDate: (option, value) => `--${option} expects a YYYY-MM-DD date, not "${value}".`,
    badChoice: (option, value, choices) => `--${option} expects ${choices}, not "${value}".`,
    created: (file) => `Tracking workbook created: ${file}`,
    demoCreated: (file, actions, suivis) =>
      `Sample workbook created: ${file} (${plural(actions, "action", "actions")}, ${plural(suivis, "follow-up", "follow-ups")})`,
    checkTitle: (file) => `Plan vivant: check of ${file}`,
    checkSummary: (date, actions, suivis) =>
      `Reference date: ${date} · ${plural(actions, "action", "actions")} · ${plural(suivis, "follow-up", "follow-ups")}`,
    flagsHeading: (n) => `Alerts (${n})`,
    flagGroups: { late: "Late", blocked: "Blocked", stale: "No recent follow-up", "due-soon": "Due soon" },
    noFlags: "No action is late, blocked, without recent follow-up or due soon.",
    errorsHeading: (n) => `Errors (${n})`,
    warningsHeading: (n) => `Warnings (${n})`,
    daysLate: (n) => `${plural(n, "day", "days")} late`,
    daysSince: (n) => `no follow-up for ${plural(n, "day", "days")}`,
    neverFollowed: "no follow-up and no start date",
    daysLeft: (n) => (n === 0 ? "due today" : `due in ${plural(n, "day", "days")}`),
    result: (errors, warnings) =>
      `Result: ${errors === 0 ? "no errors" : plural(errors, "error", "errors")}, ${
        warnings === 0 ? "no warnings" : plural(warnings, "warning", "warnings")
      }.`,
    bilanWritten: (file, sheet) => `Report written to ${file} (sheet "${sheet}").`,
    bilanOverInput: (file) =>
      `plan-vivant: ${file}: this is the workbook being read. To write the report into it, add --sur-place; otherwise choose another name with -o.`,
    unusable: (file, cause) => `plan-vivant: ${file}: ${cause}`,
    exists: (file) =>
      `plan-vivant: ${file}: the file already exists. To replace it, add --remplacer; otherwise choose another name (-o).`,
    overInput: (file) =>
      `plan-vivant: ${file}: this is one of the files read, which this command never rewrites. Choose another name with -o.`,
    notAFile: (file) =>
      `plan-vivant: ${file}: this is not a regular file (a device or a pipe, for instance): Plan vivant does not write to it. Choose another name.`,
    locked: (file) =>
      `plan-vivant: ${file}: the file could not be replaced; another program may hold it open (Excel, for instance). Close it, then retry; the file has not changed.`,
    plain: (cause) => `plan-vivant: ${cause}`,
    unexpected: (file, log) =>
      `plan-vivant: ${file}: unexpected error; the command stopped without writing anything partial.${
        log ? ` The technical details are in ${log} (attach it if you report the problem).` : ""
      }`,
  },
};
