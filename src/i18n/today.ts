/** « Aujourd'hui », the first screen once a plan is open: French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";

export interface TodayStrings {
  /** The first tab's name once the workbook holds a plan. */
  tab: string;
  title: string;
  intro: (date: string) => string;
  quiet: string;
  late: string;
  blocked: string;
  stale: string;
  dueSoon: string;
  /** Why an action is listed, after its No and text. */
  lateBy: (days: number, due: string | null) => string;
  blockedNote: (porteur: string | null) => string;
  staleFor: (days: number | null) => string;
  dueIn: (days: number, due: string | null) => string;
  /** The accessible name of an action's button: what a click does. */
  openSuivi: (no: string) => string;
  meetingTitle: string;
  meeting: (date: string, instance: string | null) => string;
  porteursTitle: string;
  porteur: (porteur: string, actions: number) => string;
  withoutPorteur: (actions: number) => string;
  openRelances: string;
  problemsTitle: string;
  problems: (errors: number, warnings: number) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const todayText: Record<Lang, TodayStrings> = {
  fr: {
    tab: "Aujourd'hui",
    title: "Aujourd'hui",
    intro: (date) => `Ce qui demande votre attention au ${date}. Un clic pour agir.`,
    quiet: "Rien ne presse : aucune action en retard, bloquée, sans suivi récent ni à échéance proche.",
    late: "En retard",
    blocked: "Bloquées",
    stale: "Sans suivi récent",
    dueSoon: "Échéance proche",
    lateBy: (days, due) => `${plural(days, "jour", "jours")} de retard${due ? ` (échéance : ${due})` : ""}`,
    blockedNote: (porteur) => (porteur ? `bloquée, porteur : ${porteur}` : "bloquée"),
    staleFor: (days) =>
      days === null ? "aucun suivi encore" : `aucun suivi depuis ${plural(days, "jour", "jours")}`,
    dueIn: (days, due) =>
      `${days === 0 ? "échéance aujourd'hui" : `échéance dans ${plural(days, "jour", "jours")}`}${due ? ` (${due})` : ""}`,
    openSuivi: (no) => `Remplir la fiche de suivi de l'action ${no}`,
    meetingTitle: "Prochaine rencontre",
    meeting: (date, instance) => (instance ? `${date}, ${instance}` : date),
    porteursTitle: "Porteurs à relancer",
    porteur: (porteur, actions) => `${porteur} (${plural(actions, "action", "actions")})`,
    withoutPorteur: (actions) =>
      `${plural(actions, "action à suivre n'a", "actions à suivre n'ont")} pas de porteur.`,
    openRelances: "Préparer les relances",
    problemsTitle: "Problèmes dans le classeur",
    problems: (errors, warnings) =>
      `${plural(errors, "erreur", "erreurs")} et ${plural(warnings, "avertissement", "avertissements")} à vérifier`,
  },
  en: {
    tab: "Today",
    title: "Today",
    intro: (date) => `What needs your attention on ${date}. One click to act.`,
    quiet: "Nothing is pressing: no action is late, blocked, without recent follow-up or due soon.",
    late: "Late",
    blocked: "Blocked",
    stale: "No recent follow-up",
    dueSoon: "Due soon",
    lateBy: (days, due) => `${plural(days, "day", "days")} late${due ? ` (due ${due})` : ""}`,
    blockedNote: (porteur) => (porteur ? `blocked, lead: ${porteur}` : "blocked"),
    staleFor: (days) =>
      days === null ? "no follow-up yet" : `no follow-up for ${plural(days, "day", "days")}`,
    dueIn: (days, due) =>
      `${days === 0 ? "due today" : `due in ${plural(days, "day", "days")}`}${due ? ` (${due})` : ""}`,
    openSuivi: (no) => `Fill in the follow-up form of action ${no}`,
    meetingTitle: "Next meeting",
    meeting: (date, instance) => (instance ? `${date}, ${instance}` : date),
    porteursTitle: "Leads to remind",
    porteur: (porteur, actions) => `${porteur} (${plural(actions, "action", "actions")})`,
    withoutPorteur: (actions) =>
      `${plural(actions, "action to follow up has", "actions to follow up have")} no lead.`,
    openRelances: "Prepare the reminders",
    problemsTitle: "Problems in the workbook",
    problems: (errors, warnings) =>
      `${plural(errors, "error", "errors")} and ${plural(warnings, "warning", "warnings")} to check`,
  },
};
