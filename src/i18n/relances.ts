/**
 * Every word of the relances: the message to a porteur (vouvoiement), why there is no
 * address, the CLI lines and the task pane view. French (Quebec) first, then English.
 */
import type { Lang } from "../domain/lang";

const frN = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) < 2 ? one : many}`;
const enN = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) === 1 ? one : many}`;

export interface RelancesStrings {
  subject: (actions: number, title: string | null) => string;
  greeting: (name: string | null) => string;
  intro: (date: string, title: string | null, organisation: string | null) => string;
  late: (days: number, due: string | null) => string;
  stale: (days: number | null) => string;
  dueSoon: (days: number, due: string | null) => string;
  ask: string;
  thanks: string;
  closing: string;
  /** Signs the message when the plan names no coordinator. */
  team: string;
  noContact: (porteur: string) => string;
  noEmail: (name: string) => string;
  invalidEmail: (name: string, value: string) => string;
  /** CLI lines. */
  title: (date: string) => string;
  none: string;
  porteurHeading: (porteur: string, actions: number) => string;
  to: (email: string) => string;
  subjectLine: (subject: string) => string;
  link: (mailto: string) => string;
  withoutPorteur: (actions: number, nos: string) => string;
  /** Task pane. */
  view: {
    title: string;
    intro: (date: string) => string;
    write: string;
    writeTo: (porteur: string) => string;
    copy: string;
    copied: string;
    copyFailed: string;
    message: (porteur: string) => string;
    actionsOf: (porteur: string) => string;
  };
}

export const relancesText: Record<Lang, RelancesStrings> = {
  fr: {
    subject: (n, title) =>
      `${title ?? "Plan d'action"} : mise à jour demandée pour ${frN(n, "action", "actions")}`,
    greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
    intro: (date, title, organisation) =>
      `Dans le cadre du suivi ${title ? `du « ${title} »` : "du plan d'action"}${
        organisation ? ` (${organisation})` : ""
      }, voici, en date du ${date}, les actions qui vous sont confiées et qui demandent votre attention :`,
    late: (days, due) => `en retard de ${frN(days, "jour", "jours")}${due ? ` (échéance : ${due})` : ""}`,
    stale: (days) =>
      days === null ? "aucun suivi n'a encore été noté" : `aucun suivi depuis ${frN(days, "jour", "jours")}`,
    dueSoon: (days, due) =>
      `${days === 0 ? "échéance aujourd'hui" : `échéance dans ${frN(days, "jour", "jours")}`}${due ? ` (${due})` : ""}`,
    ask: "Pourriez-vous nous transmettre une brève mise à jour (avancement, obstacles rencontrés, prochaines étapes) d'ici deux semaines ? Si une échéance doit être revue, n'hésitez pas à nous le faire savoir : nous ajusterons le plan en conséquence.",
    thanks: "Merci de votre précieuse collaboration.",
    closing: "Cordialement,",
    team: "L'équipe du suivi du plan d'action",
    noContact: (porteur) =>
      `Aucune adresse courriel : « ${porteur} » ne figure pas dans la feuille Acteurs (colonne Nom ou Organisation).`,
    noEmail: (name) => `Aucune adresse courriel : la feuille Acteurs n'en donne pas pour ${name}.`,
    invalidEmail: (name, value) =>
      `Aucune adresse courriel utilisable : « ${value} » (feuille Acteurs, ${name}) n'est pas une adresse valide.`,
    title: (date) => `Plan vivant : relances des porteurs au ${date}`,
    none: "Aucune action en retard, sans suivi récent ou à échéance proche : aucune relance à faire.",
    porteurHeading: (porteur, n) => `== ${porteur} (${frN(n, "action", "actions")}) ==`,
    to: (email) => `À : ${email}`,
    subjectLine: (subject) => `Objet : ${subject}`,
    link: (mailto) => `Lien : ${mailto}`,
    withoutPorteur: (n, nos) =>
      `${frN(n, "action sans porteur ne peut", "actions sans porteur ne peuvent")} pas être relancée${n > 1 ? "s" : ""} : ${nos}.`,
    view: {
      title: "Relances des porteurs",
      intro: (date) =>
        `En date du ${date}, les actions en retard, sans suivi récent ou à échéance proche, regroupées par porteur.`,
      write: "Écrire",
      writeTo: (porteur) => `Écrire à ${porteur}`,
      copy: "Copier le message",
      copied: "Message copié.",
      copyFailed: "La copie n'a pas fonctionné : sélectionnez le texte et copiez-le (Ctrl+C).",
      message: (porteur) => `Message à ${porteur}`,
      actionsOf: (porteur) => `Actions de ${porteur}`,
    },
  },
  en: {
    subject: (n, title) => `${title ?? "Action plan"}: update requested for ${enN(n, "action", "actions")}`,
    greeting: (name) => (name ? `Hello ${name},` : "Hello,"),
    intro: (date, title, organisation) =>
      `As part of the follow-up of ${title ? `the "${title}"` : "the action plan"}${
        organisation ? ` (${organisation})` : ""
      }, here are, as of ${date}, the actions entrusted to you that need your attention:`,
    late: (days, due) => `${enN(days, "day", "days")} late${due ? ` (due date: ${due})` : ""}`,
    stale: (days) =>
      days === null ? "no follow-up recorded yet" : `no follow-up for ${enN(days, "day", "days")}`,
    dueSoon: (days, due) =>
      `${days === 0 ? "due today" : `due in ${enN(days, "day", "days")}`}${due ? ` (${due})` : ""}`,
    ask: "Could you send us a short update (progress, obstacles, next steps) within two weeks? If a due date needs to change, please let us know: we will adjust the plan accordingly.",
    thanks: "Thank you for your valuable collaboration.",
    closing: "Best regards,",
    team: "The action plan follow-up team",
    noContact: (porteur) =>
      `No email address: "${porteur}" is not in the People sheet (Name or Organization column).`,
    noEmail: (name) => `No email address: the People sheet gives none for ${name}.`,
    invalidEmail: (name, value) =>
      `No usable email address: "${value}" (People sheet, ${name}) is not a valid address.`,
    title: (date) => `Plan vivant: reminders to leads as of ${date}`,
    none: "No action is late, without recent follow-up or due soon: no reminder to send.",
    porteurHeading: (porteur, n) => `== ${porteur} (${enN(n, "action", "actions")}) ==`,
    to: (email) => `To: ${email}`,
    subjectLine: (subject) => `Subject: ${subject}`,
    link: (mailto) => `Link: ${mailto}`,
    withoutPorteur: (n, nos) =>
      `${enN(n, "action has", "actions have")} no lead and cannot be followed up: ${nos}.`,
    view: {
      title: "Reminders to leads",
      intro: (date) => `As of ${date}, the late, neglected and due-soon actions, grouped by lead.`,
      write: "Write",
      writeTo: (porteur) => `Write to ${porteur}`,
      copy: "Copy the message",
      copied: "Message copied.",
      copyFailed: "Copying did not work: select the text and copy it (Ctrl+C).",
      message: (porteur) => `Message to ${porteur}`,
      actionsOf: (porteur) => `Actions of ${porteur}`,
    },
  },
};
