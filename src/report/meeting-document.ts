/**
 * The printable meeting sheet as a report document, from the prepared meeting: the title block
 * (organisation, plan, body, date), the agenda item « Point statutaire : plan d'action PFM-MADA »
 * with the text sized for the body, the actions to review by porteur (why each is listed, where it
 * stands, room for the meeting's notes), then the committee's reflection: its answers after the
 * round, room to write them before. A body that gets the detailed text reads its list of actions in
 * the porteurs' tables (the same items), so the agenda section holds its opening paragraph.
 */
import { dayToIso } from "../domain/dates";
import { STATUSES, label } from "../domain/vocabulary";
import type { Lang } from "../domain/lang";
import {
  REFLECTION_KEYS,
  meetingRow,
  shortText,
  type Agenda,
  type PorteurGroup,
  type Reflection,
  type ReviewItem,
  type ReviewReason,
} from "../domain/meeting";
import type { Workbook } from "../domain/model";
import type { MeetingPlan } from "../features/prepare-meeting";
import { bilanText } from "../i18n/bilan";
import { meetingText } from "../i18n/meeting";
import { meetingPaneText } from "../i18n/meeting-pane";
import { meetingSheetText } from "../i18n/meeting-sheet";
import type { Block, ReportDocument, Section, TableColumn } from "./document";

export interface MeetingDocumentOptions {
  lang: Lang;
  /** The committee's reflection, once the round is over (blank room without it). */
  reflection?: Reflection;
}

/** Groups of at most this many actions are kept on one printed page. */
const KEEP_TOGETHER = 6;

/** Why an action is listed, with its days: `en retard de 40 j, sans suivi depuis 95 j`. */
export function reasonsText(item: ReviewItem, lang: Lang): string {
  const r = meetingText[lang].reasons;
  const days = (reason: ReviewReason) => item.state.flags.find((f) => f.kind === reason)?.days;
  return item.reasons
    .map((reason) => {
      switch (reason) {
        case "late":
          return r.late(days(reason) ?? 0);
        case "stale":
          return r.stale(days(reason) ?? null);
        case "due-soon":
          return r["due-soon"](days(reason) ?? 0);
        case "blocked":
          return r.blocked;
        default:
          return r.invited;
      }
    })
    .join(", ");
}

/** Where the action stands: its last follow-up (status, progress) and, when blocked, its obstacles. */
export function whereText(item: ReviewItem, lang: Lang): string {
  const t = meetingText[lang];
  const { lastSuivi, status, progress } = item.state;
  if (!lastSuivi) return t.noSuivi;
  const where = t.lastSuivi(
    dayToIso(lastSuivi.date),
    label(STATUSES, status, lang),
    progress === undefined ? null : String(progress),
  );
  const semi = lang === "fr" ? " ; " : "; ";
  return status === "blocked" && lastSuivi.obstacles
    ? `${where}${semi}${t.obstacles(lastSuivi.obstacles.replace(/\s+/g, " ").trim())}`
    : where;
}

function groupSection(group: PorteurGroup, index: number, lang: Lang): Section {
  const t = meetingSheetText[lang];
  const columns: TableColumn[] = [
    { label: t.no, nowrap: true },
    { label: t.action, wide: true },
    { label: t.why },
    { label: t.where },
    { label: t.notes, blank: true },
  ];
  return {
    id: `porteur-${index + 1}`,
    title: t.group(group.porteur ?? meetingText[lang].noPorteur, group.invited, group.items.length),
    keepTogether: group.items.length <= KEEP_TOGETHER,
    blocks: [
      {
        kind: "table",
        columns,
        rows: group.items.map((item) => [
          item.state.action.no,
          item.state.action.text,
          reasonsText(item, lang),
          whereText(item, lang),
          "",
        ]),
        empty: t.noReview,
      },
    ],
  };
}

/** The agenda item's text: the body's own text without its heading (the section's title). */
function agendaText(wb: Workbook, plan: MeetingPlan, lang: Lang): string {
  if (plan.agenda.instance.text === "detailed") return shortText(wb, plan.agenda, lang);
  const cut = plan.text.indexOf("\n\n");
  return cut < 0 ? plan.text : plan.text.slice(cut + 2);
}

function reflectionSection(reflection: Reflection | undefined, lang: Lang): Section {
  const t = meetingSheetText[lang];
  const words = meetingPaneText[lang];
  const answered = reflection !== undefined && REFLECTION_KEYS.some((k) => reflection[k].trim() !== "");
  const blocks: Block[] = [
    {
      kind: "table",
      columns: [
        { label: t.question },
        answered ? { label: t.answer, wide: true } : { label: t.answer, blank: true },
      ],
      rows: REFLECTION_KEYS.map((key) => [words[key], answered ? (reflection?.[key].trim() ?? "") : ""]),
      empty: t.none,
    },
  ];
  if (!answered) blocks.push({ kind: "text", note: true, text: t.reflectionBlank });
  return { id: "reflection", title: t.reflection, keepTogether: true, blocks };
}

/** The reflection Rencontres holds for this meeting (same day, same body), when it holds one. */
export function recordedReflection(wb: Workbook, agenda: Agenda): Reflection | undefined {
  const row = meetingRow(wb, agenda.date, agenda.instance.name);
  if (!row || !REFLECTION_KEYS.some((k) => row[k])) return undefined;
  return { wellDone: row.wellDone ?? "", toImprove: row.toImprove ?? "", inspires: row.inspires ?? "" };
}

export function meetingDocument(
  wb: Workbook,
  plan: MeetingPlan,
  options: MeetingDocumentOptions,
): ReportDocument {
  const { lang } = options;
  const t = meetingSheetText[lang];
  const m = meetingText[lang];
  const agenda: Agenda = plan.agenda;
  const date = dayToIso(agenda.date);
  const { settings } = wb;
  const sections: Section[] = [
    {
      id: "agenda",
      title: m.itemTitle,
      blocks: [
        { kind: "text", text: agendaText(wb, plan, lang) },
        ...(agenda.instance.text === "detailed" && agenda.items.length > 0
          ? [{ kind: "text" as const, note: true, text: t.detailBelow }]
          : []),
      ],
    },
  ];
  if (agenda.groups.length === 0) {
    sections.push({ id: "review", title: t.reviewCount, blocks: [{ kind: "text", text: t.noReview }] });
  }
  agenda.groups.forEach((group, i) => sections.push(groupSection(group, i, lang)));
  sections.push(reflectionSection(options.reflection, lang));

  const previous = agenda.previous?.date;
  return {
    lang,
    title: t.title,
    subtitle: settings.title ?? null,
    organisation: settings.organisation ?? null,
    facts: [
      { label: t.instance, value: agenda.instance.name },
      { label: t.date, value: date },
      { label: bilanText[lang].plan, value: settings.planType },
      { label: t.previous, value: previous === undefined ? t.none : dayToIso(previous) },
      { label: t.reviewCount, value: String(agenda.items.length) },
    ],
    running: {
      header: [settings.organisation, settings.title ?? t.title].filter((x) => x).join(" – "),
      footer: t.footer(date, agenda.instance.name),
    },
    sections,
  };
}
