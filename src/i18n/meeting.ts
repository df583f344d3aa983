/** Every word of a meeting: the point statutaire by body, the agenda, the round and the meeting sheet. */
import type { Lang } from "../domain/lang";

const s = (n: number, lang: Lang): string => ((lang === "fr" ? Math.abs(n) < 2 : n === 1) ? "" : "s");

export interface MeetingStrings {
  itemTitle: string;
  heading: (instance: string, date: string) => string;
  standing: (title: string | null, actions: number, date: string) => string;
  figures: (done: number, donePct: string, active: number, late: number, blocked: number) => string;
  sincePrevious: (date: string, suivis: number, bonsCoups: number) => string;
  firstMeeting: string;
  proposal: string;
  proposalChanges: string;
  postponed: (no: string, due: string | null) => string;
  dropped: (no: string, reason: string | null) => string;
  reviewIntro: (n: number) => string;
  nothingToReview: string;
  noPorteur: string;
  invited: string;
  reasons: {
    late: (days: number) => string;
    blocked: string;
    stale: (days: number | null) => string;
    "due-soon": (days: number) => string;
    invited: string;
  };
  lastSuivi: (date: string, status: string, progress: string | null) => string;
  noSuivi: string;
  obstacles: (text: string) => string;
  /** The Rencontres row: the actions to review, and each recorded follow-up with its status. */
  recorded: (no: string, status: string) => string;
}

export const meetingText: Record<Lang, MeetingStrings> = {
  fr: {
    itemTitle: "Point statutaire : plan d'action PFM-MADA",
    heading: (instance, date) => `Point statutaire : plan d'action PFM-MADA (${instance}, ${date})`,
    standing: (title, n, date) =>
      `${title ? `Le plan d'action « ${title} »` : "Le plan d'action"} compte ${n} action${s(n, "fr")} au ${date}.`,
    figures: (done, pct, active, late, blocked) =>
      `${done} ${done < 2 ? "est réalisée" : "sont réalisées"} (${pct}), ${active} en cours ou en continu, ${late} en retard et ${blocked} bloquée${s(blocked, "fr")}.`,
    sincePrevious: (date, suivis, bons) =>
      `Depuis la dernière rencontre (${date}) : ${suivis} fiche${s(suivis, "fr")} de suivi et ${bons} bon${s(bons, "fr")} coup${s(bons, "fr")}.`,
    firstMeeting: "C'est la première rencontre de cette instance inscrite au classeur.",
    proposal: "Proposition : prendre acte de l'état d'avancement du plan d'action.",
    proposalChanges:
      "Proposition : prendre acte de l'état d'avancement du plan d'action et des changements suivants : ",
    postponed: (no, due) => `report de l'action ${no}${due ? ` (nouvelle échéance ${due})` : ""}`,
    dropped: (no, reason) => `abandon de l'action ${no}${reason ? ` (${reason})` : ""}`,
    reviewIntro: (n) => `Action${s(n, "fr")} à revoir (${n}), par porteur :`,
    nothingToReview:
      "Aucune action à revoir : rien en retard, bloqué, sans suivi récent ou à échéance proche.",
    noPorteur: "(sans porteur)",
    invited: "invité",
    reasons: {
      late: (days) => `en retard de ${days} j`,
      blocked: "bloquée",
      stale: (days) => (days === null ? "jamais suivie" : `sans suivi depuis ${days} j`),
      "due-soon": (days) => `échéance dans ${days} j`,
      invited: "porteur invité",
    },
    lastSuivi: (date, status, progress) =>
      `dernier suivi ${date} : ${status}${progress === null ? "" : `, ${progress} %`}`,
    noSuivi: "aucun suivi",
    obstacles: (text) => `obstacles : ${text}`,
    recorded: (no, status) => `${no} (${status})`,
  },
  en: {
    itemTitle: "Standing item: PFM-MADA action plan",
    heading: (instance, date) => `Standing item: PFM-MADA action plan (${instance}, ${date})`,
    standing: (title, n, date) =>
      `${title ? `The action plan "${title}"` : "The action plan"} has ${n} action${s(n, "en")} as of ${date}.`,
    figures: (done, pct, active, late, blocked) =>
      `${done} ${done === 1 ? "is" : "are"} done (${pct}), ${active} in progress or ongoing, ${late} late and ${blocked} blocked.`,
    sincePrevious: (date, suivis, bons) =>
      `Since the last meeting (${date}): ${suivis} follow-up${s(suivis, "en")} and ${bons} success stor${bons === 1 ? "y" : "ies"}.`,
    firstMeeting: "This is the first meeting of this body recorded in the workbook.",
    proposal: "Proposed: to take note of the progress of the action plan.",
    proposalChanges:
      "Proposed: to take note of the progress of the action plan and of the following changes: ",
    postponed: (no, due) => `action ${no} postponed${due ? ` (new due date ${due})` : ""}`,
    dropped: (no, reason) => `action ${no} dropped${reason ? ` (${reason})` : ""}`,
    reviewIntro: (n) => `Action${s(n, "en")} to review (${n}), by lead:`,
    nothingToReview: "No action to review: nothing late, blocked, without recent follow-up or due soon.",
    noPorteur: "(no lead)",
    invited: "invited",
    reasons: {
      late: (days) => `${days} d late`,
      blocked: "blocked",
      stale: (days) => (days === null ? "never followed up" : `no follow-up for ${days} d`),
      "due-soon": (days) => `due in ${days} d`,
      invited: "lead invited",
    },
    lastSuivi: (date, status, progress) =>
      `last follow-up ${date}: ${status}${progress === null ? "" : `, ${progress}%`}`,
    noSuivi: "no follow-up",
    obstacles: (text) => `obstacles: ${text}`,
    recorded: (no, status) => `${no} (${status})`,
  },
};
