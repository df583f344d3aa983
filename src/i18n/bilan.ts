/** Every word of the bilan: group labels, the Bilan sheet, and the point statutaire sentences. */
import type { Lang } from "../domain/lang";

/** Picks `one` or `many` by the language's rule (French: 0 and 1 are singular). */
const fr = (n: number, one: string, many: string): string => (Math.abs(n) < 2 ? one : many);
const en = (n: number, one: string, many: string): string => (Math.abs(n) === 1 ? one : many);

export interface StatutaireStrings {
  standing: (date: string, actions: number, title: string | null) => string;
  noActionHint: string;
  breakdownIntro: string;
  /** A part of the breakdown, e.g. `6 sont réalisées (25 %)`. */
  done: (n: number, share: string) => string;
  partlyDone: (n: number) => string;
  active: (n: number) => string;
  notStarted: (n: number) => string;
  postponed: (n: number) => string;
  dropped: (n: number) => string;
  moved: (suivis: number, actions: number, since: string | null) => string;
  movedDone: (n: number) => string;
  movedNone: (since: string | null) => string;
  nothingStuck: string;
  /** Opens the late / blocked sentence. */
  stuckIntro: string;
  late: (n: number) => string;
  blocked: (n: number) => string;
  ask: (porteurs: number, names: string) => string;
  noPorteur: (actions: number, nos: string) => string;
  stale: (n: number, days: number) => string;
  staleNone: (days: number) => string;
  allClosed: string;
  dueSoon: (n: number, days: number) => string;
  money: (spent: string, budget: string | null, since: string | null) => string;
  bonsCoups: (n: number, since: string | null, listed: string, all: boolean) => string;
  bonsCoupsNone: (since: string | null) => string;
  quote: (text: string, no: string) => string;
}

const FR = {
  noArea: "(sans champ)",
  noPorteur: "(sans porteur)",
  noClientele: "(non précisée)",
  title: "Bilan du suivi",
  organisation: "Organisation",
  plan: "Plan",
  planPeriod: "Période du plan",
  referenceDate: "Date de référence",
  generatedAt: "Produit le",
  period: "Période des suivis",
  wholePlan: "Depuis le début du plan",
  keyFigures: "Chiffres clés",
  actions: "Actions au total",
  late: "En retard",
  blocked: "Bloquées",
  stale: "Sans suivi récent",
  dueSoon: "Échéance proche",
  statuses: "Actions par statut",
  status: "Statut",
  count: "Nombre",
  share: "Part",
  byArea: "Actions par champ d'action et statut",
  area: "Champ d'action",
  total: "Total",
  byPorteur: "Actions par porteur",
  porteur: "Porteur",
  done: "Réalisées",
  byClientele: "Actions par clientèle",
  clientele: "Clientèle",
  lateBlocked: "Actions en retard ou bloquées",
  no: "No",
  action: "Action",
  due: "Échéance",
  daysLate: "Jours de retard",
  obstacles: "Derniers obstacles",
  nextSteps: "Prochaines étapes",
  staleList: "Actions sans suivi récent",
  lastSuivi: "Dernier suivi",
  daysSince: "Jours depuis",
  neverFollowed: "Aucun suivi",
  bonsCoups: "Bons coups de la période",
  date: "Date",
  achievements: "Réalisations",
  money: "Argent et temps par champ d'action",
  budget: "Budget prévu ($)",
  spent: "Dépenses ($)",
  plannedHours: "Heures prévues",
  hours: "Heures",
  years: "Avancement par année du plan",
  year: "Année",
  planned: "Prévues",
  noDue: "Sans échéance",
  statutaire: "Point statutaire",
  none: "Aucune",
  moreBonsCoups: (n: number, shown: number) =>
    `Les ${shown} plus récents sont listés ; ${n} ${fr(n, "autre bon coup est inscrit", "autres bons coups sont inscrits")} dans la feuille Suivis (colonne Bon coup).`,
  chartStatuses: "Actions par statut",
  chartAreas: "Statut des actions par champ d'action",
  chartMoney: "Budget prévu et dépenses par champ d'action",
  chartYears: "Actions prévues et réalisées par année",
  progress: "Avancement du plan par trimestre",
  progressHabit: "Suivi par trimestre",
  quarter: "Trimestre",
  quarterEnd: "En date du",
  suivisEntered: "Fiches de suivi remplies",
  followedShare: "Actions en cours suivies dans le délai",
  chartProgress: "Statut des actions à la fin de chaque trimestre",
  /** `2025-T1` as people read it: `2025-T1` in French, `2025 Q1` in English. */
  quarterLabel: (id: string) => id,
  sentences: {
    standing: (date, n, title) =>
      n === 0
        ? `En date du ${date}, le plan d'action ne compte encore aucune action.`
        : `En date du ${date}, le plan d'action${title ? ` « ${title} »` : ""} compte ${n} ${fr(n, "action", "actions")}.`,
    noActionHint: "Les actions s'ajoutent dans la feuille « Plan d'action » du classeur.",
    breakdownIntro: "De ce nombre, ",
    done: (n, share) => `${n} ${fr(n, "est réalisée", "sont réalisées")} (${share})`,
    partlyDone: (n) => `${n} ${fr(n, "est partiellement réalisée", "sont partiellement réalisées")}`,
    active: (n) => `${n} ${fr(n, "est en cours", "sont en cours")}`,
    notStarted: (n) => `${n} ${fr(n, "est à venir", "sont à venir")}`,
    postponed: (n) => `${n} ${fr(n, "est reportée", "sont reportées")}`,
    dropped: (n) => `${n} ${fr(n, "a été abandonnée", "ont été abandonnées")}`,
    moved: (k, m, since) =>
      `${since ? `Depuis le ${since}` : "Depuis le début du plan"}, ${k} ${fr(k, "fiche de suivi a été remplie", "fiches de suivi ont été remplies")} pour ${m} ${fr(m, "action", "actions")}`,
    movedDone: (n) => `, dont ${n} ${fr(n, "est maintenant réalisée", "sont maintenant réalisées")}`,
    movedNone: (since) =>
      since
        ? `Aucune fiche de suivi n'a été remplie depuis le ${since}.`
        : "Aucune fiche de suivi n'a encore été remplie.",
    nothingStuck: "Aucune action n'est en retard ni bloquée.",
    stuckIntro: "En ce moment, ",
    late: (n) => `${n} ${fr(n, "action est en retard", "actions sont en retard")}`,
    blocked: (n) => `${n} ${fr(n, "action est bloquée", "actions sont bloquées")}`,
    ask: (n, names) =>
      `On demande ${fr(n, "au porteur concerné", "aux porteurs concernés")} de faire le point d'ici la prochaine rencontre : ${names}.`,
    noPorteur: (n, nos) =>
      n === 1
        ? `Un porteur reste à désigner pour l'action ${nos}.`
        : `Des porteurs restent à désigner pour les actions ${nos}.`,
    stale: (n, d) =>
      `Par ailleurs, ${n} ${fr(n, "action n'a pas eu de suivi", "actions n'ont pas eu de suivi")} depuis plus de ${d} jours.`,
    staleNone: (d) => `Toutes les actions non terminées ont eu un suivi dans les ${d} derniers jours.`,
    allClosed: "Toutes les actions du plan sont terminées.",
    dueSoon: (n, d) => `D'ici ${d} jours, ${n} ${fr(n, "action arrive", "actions arrivent")} à échéance.`,
    money: (spent, budget, since) =>
      `Les dépenses ${since ? `depuis le ${since}` : "inscrites"} totalisent ${spent}${budget ? `, pour un budget prévu de ${budget}` : ""}.`,
    bonsCoups: (n, since, listed, all) =>
      `À souligner${since ? ` depuis le ${since}` : ""} : ${n === 1 ? "un bon coup" : `${n} bons coups`}, ${all ? "" : "dont "}${listed}.`,
    bonsCoupsNone: (since) =>
      since ? `Aucun bon coup n'a été signalé depuis le ${since}.` : "Aucun bon coup n'a encore été signalé.",
    quote: (text, no) => `« ${text} » (action ${no})`,
  } satisfies StatutaireStrings,
};

export type BilanStrings = typeof FR;

const EN: BilanStrings = {
  noArea: "(no area)",
  noPorteur: "(no lead)",
  noClientele: "(not specified)",
  title: "Follow-up report",
  organisation: "Organization",
  plan: "Plan",
  planPeriod: "Plan period",
  referenceDate: "Reference date",
  generatedAt: "Generated on",
  period: "Follow-up period",
  wholePlan: "Since the plan began",
  keyFigures: "Key figures",
  actions: "Actions in all",
  late: "Late",
  blocked: "Blocked",
  stale: "No recent follow-up",
  dueSoon: "Due soon",
  statuses: "Actions by status",
  status: "Status",
  count: "Count",
  share: "Share",
  byArea: "Actions by area and status",
  area: "Area of action",
  total: "Total",
  byPorteur: "Actions by lead",
  porteur: "Lead",
  done: "Done",
  byClientele: "Actions by clientele",
  clientele: "Clientele",
  lateBlocked: "Late or blocked actions",
  no: "No.",
  action: "Action",
  due: "Due date",
  daysLate: "Days late",
  obstacles: "Latest obstacles",
  nextSteps: "Next steps",
  staleList: "Actions without recent follow-up",
  lastSuivi: "Last follow-up",
  daysSince: "Days since",
  neverFollowed: "No follow-up",
  bonsCoups: "Success stories of the period",
  date: "Date",
  achievements: "Achievements",
  money: "Money and time by area",
  budget: "Planned budget ($)",
  spent: "Spent ($)",
  plannedHours: "Planned hours",
  hours: "Hours",
  years: "Progress by plan year",
  year: "Year",
  planned: "Planned",
  noDue: "No due date",
  statutaire: "Standing item",
  none: "None",
  moreBonsCoups: (n: number, shown: number) =>
    `The ${shown} most recent are listed; ${n} more ${en(n, "success story is", "success stories are")} recorded in the Follow-ups sheet (Success story column).`,
  chartStatuses: "Actions by status",
  chartAreas: "Action status by area",
  chartMoney: "Planned budget and spending by area",
  chartYears: "Actions planned and done by year",
  progress: "Plan progress by quarter",
  progressHabit: "Follow-up by quarter",
  quarter: "Quarter",
  quarterEnd: "As of",
  suivisEntered: "Follow-ups filled in",
  followedShare: "Open actions followed within the interval",
  chartProgress: "Action status at the end of each quarter",
  quarterLabel: (id: string) => id.replace("-T", " Q"),
  sentences: {
    standing: (date, n, title) =>
      n === 0
        ? `As of ${date}, the action plan has no actions yet.`
        : `As of ${date}, the action plan${title ? ` “${title}”` : ""} has ${n} ${en(n, "action", "actions")}.`,
    noActionHint: "Actions are added on the “Action plan” sheet of the workbook.",
    breakdownIntro: "Of these, ",
    done: (n, share) => `${n} ${en(n, "is done", "are done")} (${share})`,
    partlyDone: (n) => `${n} ${en(n, "is partly done", "are partly done")}`,
    active: (n) => `${n} ${en(n, "is in progress", "are in progress")}`,
    notStarted: (n) => `${n} ${en(n, "has not started", "have not started")}`,
    postponed: (n) => `${n} ${en(n, "is postponed", "are postponed")}`,
    dropped: (n) => `${n} ${en(n, "was dropped", "were dropped")}`,
    moved: (k, m, since) =>
      `${since ? `Since ${since}` : "Since the plan began"}, ${k} ${en(k, "follow-up was", "follow-ups were")} filled in for ${m} ${en(m, "action", "actions")}`,
    movedDone: (n) => `, ${n} of which ${en(n, "is now done", "are now done")}`,
    movedNone: (since) =>
      since ? `No follow-up has been filled in since ${since}.` : "No follow-up has been filled in yet.",
    nothingStuck: "No action is late or blocked.",
    stuckIntro: "Right now, ",
    late: (n) => `${n} ${en(n, "action is late", "actions are late")}`,
    blocked: (n) => `${n} ${en(n, "action is blocked", "actions are blocked")}`,
    ask: (n, names) =>
      `We ask ${en(n, "the lead concerned", "the leads concerned")} to report back by the next meeting: ${names}.`,
    noPorteur: (n, nos) =>
      n === 1
        ? `A lead still needs to be named for action ${nos}.`
        : `Leads still need to be named for actions ${nos}.`,
    stale: (n, d) =>
      `Also, ${n} ${en(n, "action has", "actions have")} had no follow-up in more than ${d} days.`,
    staleNone: (d) => `Every unfinished action has had a follow-up in the last ${d} days.`,
    allClosed: "Every action of the plan is finished.",
    dueSoon: (n, d) => `Within the next ${d} days, ${n} ${en(n, "action comes", "actions come")} due.`,
    money: (spent, budget, since) =>
      `${since ? `Spending since ${since}` : "Recorded spending"} totals ${spent}${budget ? `, against a planned budget of ${budget}` : ""}.`,
    bonsCoups: (n, since, listed, all) =>
      `To celebrate${since ? ` since ${since}` : ""}: ${n === 1 ? "one success story" : `${n} success stories`}, ${all ? "" : "including "}${listed}.`,
    bonsCoupsNone: (since) =>
      since
        ? `No success story has been reported since ${since}.`
        : "No success story has been reported yet.",
    quote: (text, no) => `“${text}” (action ${no})`,
  },
};

export const bilanText: Record<Lang, BilanStrings> = { fr: FR, en: EN };
