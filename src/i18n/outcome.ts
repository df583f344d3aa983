/** Every word of the end-of-plan bilan (the sheet, the JSON's labels, the text for the renewal request). */
import type { Lang } from "../domain/lang";

const pl = (n: number, lang: Lang, one: string, many: string): string =>
  (lang === "fr" ? Math.abs(n) < 2 : n === 1) ? one : many;

export interface OutcomeStrings {
  sheet: string;
  title: string;
  asOf: string;
  ended: string;
  notEnded: (end: string | null) => string;
  keyFigures: string;
  rate: string;
  rateHint: string;
  outcome: string;
  reason: string;
  progress: string;
  outcomesTitle: string;
  byArea: string;
  byClientele: string;
  byPorteur: string;
  actionsList: string;
  money: string;
  bonsCoups: string;
  reflections: string;
  wellDone: string;
  toImprove: string;
  inspires: string;
  instance: string;
  renewal: string;
  chartOutcomes: string;
  chartAreas: string;
  chartMoney: string;
  /** The text for the renewal request. */
  renewalText: {
    opening: (
      org: string | null,
      title: string | null,
      start: string | null,
      end: string | null,
      ended: boolean,
    ) => string;
    done: (done: number, total: number, rate: string, ongoing: number) => string;
    rest: (partly: number, notDone: number, dropped: number) => string;
    money: (spent: string, budget: string, hours: string) => string;
    strongest: (areas: string) => string;
    bonsCoups: (n: number, quotes: string) => string;
    reflection: (text: string) => string;
    next: (n: number) => string;
  };
}

export const outcomeText: Record<Lang, OutcomeStrings> = {
  fr: {
    sheet: "Bilan de fin de plan",
    title: "Bilan de fin de plan",
    asOf: "Résultats au",
    ended: "Le plan est terminé.",
    notEnded: (end) =>
      `Le plan n'est pas terminé${end ? ` (fin prévue le ${end})` : ""} : voici où il en serait s'il finissait à la date de référence.`,
    keyFigures: "Résultats du plan",
    rate: "Taux de réalisation",
    rateHint: "(réalisées + en continu) ÷ (actions − abandonnées)",
    outcome: "Résultat",
    reason: "Motif de l'abandon",
    progress: "Avancement (%)",
    outcomesTitle: "Actions par résultat",
    byArea: "Résultats par champ d'action",
    byClientele: "Résultats par clientèle",
    byPorteur: "Résultats par porteur",
    actionsList: "Résultat de chaque action",
    money: "Budget et heures : prévus et réalisés",
    bonsCoups: "Les bons coups du plan",
    reflections: "Ce que le comité retient (dernières rencontres)",
    wellDone: "Ce qu'on fait bien",
    toImprove: "Ce qu'on peut améliorer",
    inspires: "Ce qui nous inspire",
    instance: "Instance",
    renewal: "Texte pour la demande de renouvellement",
    chartOutcomes: "Actions par résultat",
    chartAreas: "Résultats par champ d'action",
    chartMoney: "Budget prévu et dépenses par champ d'action",
    renewalText: {
      opening: (org, title, start, end, ended) =>
        `${ended ? "Au terme de" : "À ce jour, dans"} son plan d'action${title ? ` « ${title} »` : ""}${start && end ? ` (${start} au ${end})` : ""}, ${org ?? "la municipalité"}`,
      done: (done, total, rate, ongoing) =>
        ` a réalisé ${done} des ${total} actions prévues, dont ${ongoing} en continu, soit un taux de réalisation de ${rate}.`,
      rest: (partly, notDone, dropped) =>
        ` ${partly} ${pl(partly, "fr", "action a été partiellement réalisée", "actions ont été partiellement réalisées")}, ${notDone} ${pl(notDone, "fr", "n'a pas été réalisée", "n'ont pas été réalisées")} et ${dropped} ${pl(dropped, "fr", "a été abandonnée", "ont été abandonnées")}.`,
      money: (spent, budget, hours) =>
        ` Le plan a mobilisé ${spent} (pour un budget prévu de ${budget}) et ${hours} heures de travail.`,
      strongest: (areas) => ` Les champs d'action les plus avancés : ${areas}.`,
      bonsCoups: (n, quotes) => ` Parmi ses ${n} bons coups : ${quotes}.`,
      reflection: (text) => ` Le comité de suivi retient : ${text}.`,
      next: (n) =>
        ` ${n} ${pl(n, "fr", "action (partiellement réalisée, non réalisée ou en continu) se poursuivra", "actions (partiellement réalisées, non réalisées ou en continu) se poursuivront")} dans le prochain plan d'action, qui s'appuiera sur ces acquis.`,
    },
  },
  en: {
    sheet: "End-of-plan report",
    title: "End-of-plan report",
    asOf: "Results as of",
    ended: "The plan has ended.",
    notEnded: (end) =>
      `The plan has not ended${end ? ` (planned end ${end})` : ""}: this is where it would stand if it ended on the reference date.`,
    keyFigures: "Results of the plan",
    rate: "Completion rate",
    rateHint: "(done + ongoing) ÷ (actions − dropped)",
    outcome: "Outcome",
    reason: "Why it was dropped",
    progress: "Progress (%)",
    outcomesTitle: "Actions by outcome",
    byArea: "Results by area of action",
    byClientele: "Results by clientele",
    byPorteur: "Results by lead",
    actionsList: "Outcome of each action",
    money: "Budget and hours: planned and spent",
    bonsCoups: "The plan's success stories",
    reflections: "What the committee takes away (latest meetings)",
    wellDone: "What we do well",
    toImprove: "What we can improve",
    inspires: "What inspires us",
    instance: "Body",
    renewal: "Text for the renewal request",
    chartOutcomes: "Actions by outcome",
    chartAreas: "Results by area of action",
    chartMoney: "Planned budget and spending by area",
    renewalText: {
      opening: (org, title, start, end, ended) =>
        `${ended ? "At the end of" : "So far in"} its action plan${title ? ` "${title}"` : ""}${start && end ? ` (${start} to ${end})` : ""}, ${org ?? "the municipality"}`,
      done: (done, total, rate, ongoing) =>
        ` has carried out ${done} of the ${total} planned actions, ${ongoing} of them ongoing, a completion rate of ${rate}.`,
      rest: (partly, notDone, dropped) =>
        ` ${partly} ${pl(partly, "en", "action was", "actions were")} partly done, ${notDone} ${pl(notDone, "en", "was", "were")} not done and ${dropped} ${pl(dropped, "en", "was", "were")} dropped.`,
      money: (spent, budget, hours) =>
        ` The plan spent ${spent} (against a planned budget of ${budget}) and ${hours} hours of work.`,
      strongest: (areas) => ` The most advanced areas of action: ${areas}.`,
      bonsCoups: (n, quotes) => ` Among its ${n} success stories: ${quotes}.`,
      reflection: (text) => ` The follow-up committee takes away: ${text}.`,
      next: (n) =>
        ` ${n} ${pl(n, "en", "action (partly done, not done or ongoing) continues", "actions (partly done, not done or ongoing) continue")} in the next action plan, which will build on these achievements.`,
    },
  },
};

export interface NextPlanStrings {
  /** One line of an action's history in the previous plan. */
  history: (p: {
    plan: string;
    outcome: string;
    progress: number | null;
    suivis: number;
    last: string | null;
    note: string | null;
  }) => string;
}

export const nextPlanText: Record<Lang, NextPlanStrings> = {
  fr: {
    history: ({ plan, outcome, progress, suivis, last, note }) =>
      `${plan} : ${outcome.toLowerCase()}${progress === null ? "" : ` (${progress} %)`}, ` +
      `${suivis} suivi${suivis > 1 ? "s" : ""}${last ? `, dernier le ${last}` : ""}${note ? ` : ${note}` : ""}`,
  },
  en: {
    history: ({ plan, outcome, progress, suivis, last, note }) =>
      `${plan}: ${outcome.toLowerCase()}${progress === null ? "" : ` (${progress}%)`}, ` +
      `${suivis} follow-up${suivis === 1 ? "" : "s"}${last ? `, last on ${last}` : ""}${note ? `: ${note}` : ""}`,
  },
};

/** The end-of-plan bilan as a report document (pane « Aperçu », print, `fin-de-plan --html`). */
export interface OutcomeReportStrings {
  /** The title block's line saying whether the plan has ended. */
  state: string;
  /** The running footer: `Bilan de fin de plan au 2029-01-15`. */
  footer: (referenceDate: string) => string;
  /** A card's line under the completion rate. */
  rateDetail: string;
  /** The card's value when nothing is left to count. */
  noRate: string;
  /** The outcome table's short column (the sheet's is `Avancement (%)`). */
  progress: string;
  moneyTotals: string;
  /** Démarrer, once the plan's end date is past. */
  endedHint: (end: string) => string;
  open: string;
  preview: string;
  previewHint: string;
  close: string;
  loading: string;
  failed: (cause: string) => string;
  cli: {
    written: (file: string) => string;
    twoOnStdout: string;
    overInput: (file: string) => string;
  };
}

export const outcomeReportText: Record<Lang, OutcomeReportStrings> = {
  fr: {
    state: "État du plan",
    footer: (date) => `Bilan de fin de plan au ${date}`,
    rateDetail: "(réalisées + en continu) ÷ (actions − abandonnées)",
    noRate: "—",
    progress: "Avancement",
    moneyTotals: "Total du plan",
    endedHint: (end) => `Le plan a pris fin le ${end} : c'est le moment du bilan de fin de plan.`,
    open: "Voir le bilan de fin de plan",
    preview: "Aperçu du bilan de fin de plan",
    previewHint: "Le bilan de fin de plan tel qu'il s'imprime, avec ses graphiques.",
    close: "Fermer l'aperçu",
    loading: "Préparation du bilan de fin de plan…",
    failed: (cause) => `Le bilan de fin de plan n'a pas pu être préparé : ${cause}`,
    cli: {
      written: (file) => `Bilan de fin de plan en HTML écrit dans ${file}.`,
      twoOnStdout:
        "plan-vivant : --html - écrit le bilan de fin de plan sur la sortie standard ; --json et --texte aussi : n'en demandez qu'un.",
      overInput: (file) =>
        `plan-vivant : ${file} : c'est le classeur lu ; choisissez un autre nom pour --html.`,
    },
  },
  en: {
    state: "Plan status",
    footer: (date) => `End-of-plan report as of ${date}`,
    rateDetail: "(done + ongoing) ÷ (actions − dropped)",
    noRate: "—",
    progress: "Progress",
    moneyTotals: "Whole plan",
    endedHint: (end) => `The plan ended on ${end}: time for the end-of-plan report.`,
    open: "See the end-of-plan report",
    preview: "End-of-plan report preview",
    previewHint: "The end-of-plan report as it prints, with its charts.",
    close: "Close the preview",
    loading: "Preparing the end-of-plan report…",
    failed: (cause) => `The end-of-plan report could not be prepared: ${cause}`,
    cli: {
      written: (file) => `End-of-plan report as HTML written to ${file}.`,
      twoOnStdout:
        "plan-vivant: --html - writes the end-of-plan report to standard output; so do --json and --texte: ask for only one.",
      overInput: (file) =>
        `plan-vivant: ${file}: that is the workbook being read; choose another name for --html.`,
    },
  },
};
