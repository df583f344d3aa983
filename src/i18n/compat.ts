/**
 * The compatibility check of Excel in words: the report a person copies into a support request
 * (plain text, one line per operation, Excel's codes and API names left as they are for IT),
 * and the pane's Aide panel that runs it. French (Quebec) first, then English.
 */
import type { Lang } from "../domain/lang";
import type { CompatProbe, CompatProbeId, CompatReport, CompatStatus } from "../workbook/compat-report";

export interface CompatStrings {
  /** The pane's help panel. */
  helpTitle: string;
  helpIntro: string;
  /** The check itself. */
  title: string;
  intro: string;
  run: string;
  running: string;
  excelOnly: string;
  failedToRun: string;
  allPassed: string;
  someFailed: (failed: number) => string;
  reportLabel: string;
  copy: string;
  copied: string;
  copyFailed: string;
  /** The report. */
  reportTitle: string;
  date: string;
  application: string;
  platform: string;
  version: string;
  apiSets: string;
  none: string;
  setRange: (from: string, to: string) => string;
  result: (counts: Record<CompatStatus, number>) => string;
  platforms: Record<string, string>;
  probes: Record<CompatProbeId, string>;
  status: Record<CompatStatus, string>;
  /** The status as the report's column shows it, in capitals. */
  mark: Record<CompatStatus, string>;
  unsupported: (requirement: string) => string;
  notRunAfter: (probe: string) => string;
  structureProtected: string;
  noSheet: (code: string) => string;
  sheetRemoved: (sheet: string) => string;
  sheetLeft: (sheet: string, code: string) => string;
  syncs: (n: number) => string;
}

const FR: CompatStrings = {
  helpTitle: "Aide",
  helpIntro:
    "Plan vivant garde votre plan d'action vivant dans le classeur de suivi : chaque vue lit et écrit les tableaux Actions et Suivis. Si une opération échoue dans votre Excel, la vérification ci-dessous dit laquelle, pour votre soutien informatique.",
  title: "Vérifier la compatibilité d'Excel",
  intro:
    "Essaie chaque opération d'Excel dont Plan vivant a besoin, sur une feuille masquée temporaire qui est supprimée ensuite. Vos feuilles, tableaux et noms ne sont ni lus ni modifiés.",
  run: "Vérifier la compatibilité d'Excel",
  running: "Vérification en cours : une feuille masquée temporaire est créée, puis supprimée…",
  excelOnly:
    "La vérification de compatibilité concerne Excel : ouvrez Plan vivant dans Excel (Accueil > Plan vivant) pour la faire. Cette page travaille sur un fichier, sans Excel.",
  failedToRun: "La vérification n'a pas pu démarrer. Fermez le volet, rouvrez-le, puis réessayez.",
  allPassed: "Toutes les opérations ont réussi : cet Excel fait tout ce dont Plan vivant a besoin.",
  someFailed: (n) =>
    `${n} opération${n > 1 ? "s ont" : " a"} échoué : copiez le rapport dans votre demande au soutien informatique.`,
  reportLabel: "Rapport pour le soutien informatique",
  copy: "Copier le rapport",
  copied: "Rapport copié : collez-le dans votre demande.",
  copyFailed: "Copie impossible ici : le rapport est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).",
  reportTitle: "Plan vivant — vérification de la compatibilité d'Excel",
  date: "Date",
  application: "Application",
  platform: "Plateforme",
  version: "Version",
  apiSets: "Ensembles ExcelApi pris en charge",
  none: "aucun",
  setRange: (from, to) => `${from} à ${to}`,
  result: (c) =>
    `${c.passed} réussie${c.passed > 1 ? "s" : ""}, ${c.failed} échouée${c.failed > 1 ? "s" : ""}, ` +
    `${c.unsupported} non prise${c.unsupported > 1 ? "s" : ""} en charge, ${c["not-run"]} non faite${c["not-run"] > 1 ? "s" : ""}`,
  platforms: {
    PC: "Windows",
    Mac: "Mac",
    OfficeOnline: "Excel sur le Web",
    iOS: "iPad",
    Android: "Android",
    Universal: "Windows (application universelle)",
  },
  probes: {
    "hidden-sheet": "Feuille temporaire masquée (worksheets.add, visibility = Hidden)",
    tables: "Tableaux avec et sans ligne de total (tables.add, showTotals, getRange, getDataBodyRange)",
    "rows-add": "Ajout de lignes à un tableau (rows.add)",
    "text-dates":
      "Texte qui ressemble à une date, «\u00a0mars 2025\u00a0», gardé comme texte (numberFormat @, values)",
    "conditional-formats": "Mises en forme conditionnelles : ajout et liste (conditionalFormats.add, items)",
    "shared-rule-delete":
      "Remplacement d'une règle quand deux règles partagent une cellule (ConditionalFormat.delete, OfficeDev/office-js#5222)",
    chart: "Graphique (charts.add, title, setPosition)",
    "row-heights": "Hauteur de ligne jusqu'à 409 points (format.rowHeight)",
    events: "Événements : suivre et cesser de suivre les changements (onChanged.add, remove)",
    "data-validation": "Listes déroulantes (dataValidation.rule)",
    "page-layout": "Mise en page pour l'impression (pageLayout.orientation, zoom)",
  },
  status: {
    passed: "Réussie",
    failed: "Échouée",
    unsupported: "Absente",
    "not-run": "Non faite",
  },
  mark: { passed: "OK", failed: "ÉCHEC", unsupported: "ABSENT", "not-run": "NON FAIT" },
  unsupported: (r) => `non prise en charge par cet Excel (${r})\u00a0: Plan vivant s'en passe`,
  notRunAfter: (p) => `non faite : elle a besoin de « ${p} », qui a échoué`,
  structureProtected:
    "La structure du classeur est protégée (Révision > Protéger le classeur) : la vérification doit ajouter une feuille temporaire, elle n'a donc rien essayé ni modifié. Retirez la protection le temps de la vérification, puis remettez-la.",
  noSheet: (code) =>
    `Excel a refusé de commencer la vérification (${code}) : rien n'a été essayé ni modifié.`,
  sheetRemoved: (s) => `Feuille temporaire : ${s}, supprimée.`,
  sheetLeft: (s, code) =>
    `La feuille temporaire ${s} n'a pas pu être supprimée (${code}) : affichez-la (clic droit sur un onglet > Afficher) et supprimez-la.`,
  syncs: (n) => `Allers-retours avec Excel : ${n}`,
};

const EN: CompatStrings = {
  helpTitle: "Help",
  helpIntro:
    "Plan vivant keeps your action plan alive in its tracking workbook: every view reads and writes the Actions and Follow-ups tables. If an operation fails in your Excel, the check below says which one, for your IT support.",
  title: "Check Excel compatibility",
  intro:
    "Tries every Excel operation Plan vivant needs, on a temporary hidden sheet that is deleted afterwards. Your sheets, tables and names are neither read nor changed.",
  run: "Check Excel compatibility",
  running: "Checking: a temporary hidden sheet is created, then deleted…",
  excelOnly:
    "The compatibility check is about Excel: open Plan vivant in Excel (Home > Plan vivant) to run it. This page works on a file, without Excel.",
  failedToRun: "The check could not start. Close the pane, open it again, then retry.",
  allPassed: "Every operation passed: this Excel does everything Plan vivant needs.",
  someFailed: (n) =>
    `${n} operation${n > 1 ? "s" : ""} failed: copy the report into your request to IT support.`,
  reportLabel: "Report for IT support",
  copy: "Copy the report",
  copied: "Report copied: paste it into your request.",
  copyFailed: "Copying is not possible here: the report is selected, copy it with Ctrl+C (⌘+C on a Mac).",
  reportTitle: "Plan vivant — Excel compatibility check",
  date: "Date",
  application: "Application",
  platform: "Platform",
  version: "Version",
  apiSets: "Supported ExcelApi sets",
  none: "none",
  setRange: (from, to) => `${from} to ${to}`,
  result: (c) =>
    `${c.passed} passed, ${c.failed} failed, ${c.unsupported} unsupported, ${c["not-run"]} not run`,
  platforms: {
    PC: "Windows",
    Mac: "Mac",
    OfficeOnline: "Excel on the web",
    iOS: "iPad",
    Android: "Android",
    Universal: "Windows (universal app)",
  },
  probes: {
    "hidden-sheet": "Temporary hidden sheet (worksheets.add, visibility = Hidden)",
    tables: "Tables with and without a total row (tables.add, showTotals, getRange, getDataBodyRange)",
    "rows-add": "Adding rows to a table (rows.add)",
    "text-dates": 'Text that looks like a date, "mars 2025", kept as text (numberFormat @, values)',
    "conditional-formats": "Conditional formats: adding and listing (conditionalFormats.add, items)",
    "shared-rule-delete":
      "Replacing a rule where two rules share a cell (ConditionalFormat.delete, OfficeDev/office-js#5222)",
    chart: "Chart (charts.add, title, setPosition)",
    "row-heights": "Row height up to 409 points (format.rowHeight)",
    events: "Events: following and no longer following changes (onChanged.add, remove)",
    "data-validation": "Drop-down lists (dataValidation.rule)",
    "page-layout": "Print page layout (pageLayout.orientation, zoom)",
  },
  status: { passed: "Passed", failed: "Failed", unsupported: "Missing", "not-run": "Not run" },
  mark: { passed: "OK", failed: "FAILED", unsupported: "MISSING", "not-run": "NOT RUN" },
  unsupported: (r) => `not supported by this Excel (${r}): Plan vivant does without it`,
  notRunAfter: (p) => `not run: it needs "${p}", which failed`,
  structureProtected:
    "The workbook's structure is protected (Review > Protect Workbook): the check must add a temporary sheet, so it tried and changed nothing. Remove the protection for the check, then put it back.",
  noSheet: (code) => `Excel refused to start the check (${code}): nothing was tried or changed.`,
  sheetRemoved: (s) => `Temporary sheet: ${s}, deleted.`,
  sheetLeft: (s, code) =>
    `The temporary sheet ${s} could not be deleted (${code}): unhide it (right-click a tab > Unhide) and delete it.`,
  syncs: (n) => `Round trips to Excel: ${n}`,
};

export const compatText: Record<Lang, CompatStrings> = { fr: FR, en: EN };

/** The supported sets, `1.1 à 1.17` when they run unbroken from 1.1, else listed. */
export function apiSetsText(sets: string[], lang: Lang): string {
  const t = compatText[lang];
  if (sets.length === 0) return t.none;
  const unbroken = sets.every((set, i) => set === `1.${i + 1}`);
  return unbroken && sets.length > 1 ? t.setRange(sets[0], sets[sets.length - 1]) : sets.join(", ");
}

/** A platform by its name, Office's own word after it for IT when it differs: `Windows (PC)`, `Mac`. */
export function platformText(platform: string, lang: Lang): string {
  const name = compatText[lang].platforms[platform];
  return name && name !== platform ? `${name} (${platform})` : platform;
}

/** What a probe's line says after its status: Excel's code and where, or why it did not run. */
export function probeNote(probe: CompatProbe, lang: Lang): string {
  const t = compatText[lang];
  switch (probe.status) {
    case "failed": {
      const where = probe.location ? ` (${probe.location})` : "";
      const detail = probe.detail ? ` : ${probe.detail}` : "";
      return `${probe.code ?? "?"}${where}${lang === "en" ? detail.replace(" : ", ": ") : detail}`;
    }
    case "unsupported":
      return t.unsupported(probe.requirement ?? "?");
    case "not-run":
      return probe.after ? t.notRunAfter(t.probes[probe.after]) : "";
    default:
      return "";
  }
}

export function statusCounts(report: CompatReport): Record<CompatStatus, number> {
  const counts: Record<CompatStatus, number> = { passed: 0, failed: 0, unsupported: 0, "not-run": 0 };
  for (const probe of report.probes) counts[probe.status] += 1;
  return counts;
}

/** The report as plain text, for a support request. */
export function compatReportText(report: CompatReport, lang: Lang): string {
  const t = compatText[lang];
  const colon = lang === "fr" ? " : " : ": ";
  const lines = [
    t.reportTitle,
    `${t.date}${colon}${report.ranAt}`,
    `${t.application}${colon}${report.host}`,
    `${t.platform}${colon}${platformText(report.platform, lang)}`,
    `${t.version}${colon}${report.version}`,
    `${t.apiSets}${colon}${apiSetsText(report.apiSets, lang)}`,
  ];
  if (report.outcome === "structure-protected") lines.push("", t.structureProtected);
  else if (report.outcome === "no-sheet") lines.push("", t.noSheet(report.setupCode ?? "?"));
  else {
    const width = Math.max(...Object.values(t.mark).map((mark) => mark.length));
    lines.push(`${lang === "fr" ? "Résultat" : "Result"}${colon}${t.result(statusCounts(report))}`, "");
    for (const probe of report.probes) {
      const note = probeNote(probe, lang);
      lines.push(`${t.mark[probe.status].padEnd(width)}  ${t.probes[probe.id]}${note ? ` — ${note}` : ""}`);
    }
    lines.push(
      "",
      report.sheetRemoved
        ? t.sheetRemoved(report.sheet)
        : t.sheetLeft(report.sheet, report.cleanupCode ?? "?"),
    );
  }
  lines.push(t.syncs(report.syncs));
  return lines.join("\n");
}
