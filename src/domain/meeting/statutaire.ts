/**
 * The point statutaire of a meeting, sized for its body: short (a paragraph with the key
 * figures and what the body is asked to note or decide) or detailed (the same, then the
 * actions to review by porteur, with why and where each stands).
 */
import { dayToIso } from "../dates";
import { formatPercent, joinWords } from "../format";
import type { Lang } from "../lang";
import type { Workbook } from "../model";
import { STATUSES, label } from "../vocabulary";
import { meetingText } from "../../i18n/meeting";
import type { Agenda, ReviewItem, ReviewReason } from "./agenda";

const QUOTE_MAX = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

/** The paragraph every body gets: where the plan stands, what moved, what is proposed. */
export function shortText(wb: Workbook, agenda: Agenda, lang: Lang): string {
  const t = meetingText[lang];
  const { states, date } = agenda;
  const count = (test: (s: (typeof states)[number]) => boolean) => states.filter(test).length;
  const done = count((s) => s.status === "done");
  const active = count((s) => s.status === "in-progress" || s.status === "ongoing");
  const late = count((s) => s.flags.some((f) => f.kind === "late"));
  const blocked = count((s) => s.status === "blocked");
  const share = states.length === 0 ? 0 : done / states.length;
  const sentences = [
    t.standing(wb.settings.title ?? null, states.length, dayToIso(date)),
    states.length > 0 ? t.figures(done, formatPercent(share, lang), active, late, blocked) : "",
  ];
  const previous = agenda.previous?.date;
  if (previous !== undefined) {
    const since = wb.suivis.filter((s) => s.date > previous && s.date <= date);
    sentences.push(t.sincePrevious(dayToIso(previous), since.length, since.filter((s) => s.bonCoup).length));
  } else sentences.push(t.firstMeeting);
  const dueOf = new Map(states.map((s) => [s.action.no, s.action.due]));
  const changes = agenda.changes.map((c) => {
    const due = dueOf.get(c.action);
    return c.status === "postponed"
      ? t.postponed(c.action, due === undefined ? null : dayToIso(due))
      : t.dropped(c.action, c.obstacles ? shorten(c.obstacles) : null);
  });
  sentences.push(changes.length === 0 ? t.proposal : `${t.proposalChanges}${joinWords(changes, lang)}.`);
  return sentences.filter((x) => x !== "").join(" ");
}

function reasonText(item: ReviewItem, reason: ReviewReason, lang: Lang): string {
  const r = meetingText[lang].reasons;
  const days = item.state.flags.find((f) => f.kind === reason)?.days;
  switch (reason) {
    case "late":
      return r.late(days ?? 0);
    case "stale":
      return r.stale(days ?? null);
    case "due-soon":
      return r["due-soon"](days ?? 0);
    case "blocked":
      return r.blocked;
    default:
      return r.invited;
  }
}

/** One line of the agenda: `1.2 Aménager… : en retard de 40 j ; dernier suivi 2026-01-10 : En cours, 40 %`. */
export function itemLine(item: ReviewItem, lang: Lang): string {
  const t = meetingText[lang];
  const { action, lastSuivi, status, progress } = item.state;
  const why = item.reasons.map((r) => reasonText(item, r, lang)).join(", ");
  const where = lastSuivi
    ? t.lastSuivi(
        dayToIso(lastSuivi.date),
        label(STATUSES, status, lang),
        progress === undefined ? null : String(progress),
      )
    : t.noSuivi;
  const colon = lang === "fr" ? " : " : ": ";
  const semi = lang === "fr" ? " ; " : "; ";
  const obstacles =
    status === "blocked" && lastSuivi?.obstacles ? `${semi}${t.obstacles(shorten(lastSuivi.obstacles))}` : "";
  return `${action.no} ${shorten(action.text)}${colon}${why}${semi}${where}${obstacles}`;
}

/** The detailed text: the short paragraph, then the actions to review by porteur. */
export function detailedText(wb: Workbook, agenda: Agenda, lang: Lang): string {
  const t = meetingText[lang];
  const lines = [shortText(wb, agenda, lang), ""];
  if (agenda.items.length === 0) lines.push(t.nothingToReview);
  else {
    lines.push(t.reviewIntro(agenda.items.length));
    for (const group of agenda.groups) {
      const who = group.porteur ?? t.noPorteur;
      lines.push(`${who}${group.invited ? ` (${t.invited})` : ""}`);
      for (const item of group.items) lines.push(`  - ${itemLine(item, lang)}`);
    }
  }
  return lines.join("\n");
}

/** The point statutaire the meeting's body gets, under its heading. */
export function meetingStatutaire(wb: Workbook, agenda: Agenda, lang: Lang): string {
  const t = meetingText[lang];
  const heading = t.heading(agenda.instance.name, dayToIso(agenda.date));
  const body =
    agenda.instance.text === "detailed" ? detailedText(wb, agenda, lang) : shortText(wb, agenda, lang);
  return `${heading}\n\n${body}`;
}
