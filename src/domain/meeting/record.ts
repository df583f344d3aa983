/**
 * The meeting's row in `Rencontres`: date, body, the actions to review, then (after the round)
 * the follow-ups it recorded and the committee's reflection. Pure: values by schema key.
 */
import type { Day } from "../dates";
import type { Lang } from "../lang";
import type { PlanValue } from "../layout/sheet-plan";
import type { Rencontre, Workbook } from "../model";
import { fold } from "../text";
import { STATUSES, YES_NO, label, type StatusId } from "../vocabulary";
import { meetingText } from "../../i18n/meeting";

/** What the committee says of itself after the round; every part optional. */
export interface Reflection {
  wellDone: string;
  toImprove: string;
  inspires: string;
}

export const REFLECTION_KEYS: readonly (keyof Reflection)[] = ["wellDone", "toImprove", "inspires"];

export function emptyReflection(): Reflection {
  return { wellDone: "", toImprove: "", inspires: "" };
}

export interface MeetingRecord {
  date: Day;
  instance: string;
  /** The actions to review, by No. */
  reviewed: readonly string[];
  /** The follow-ups recorded, by No with their status. */
  recorded?: readonly { action: string; status: StatusId }[];
  reflection?: Reflection;
}

/** The row's values by schema column key (nothing for parts not given). */
export function rencontreValues(record: MeetingRecord, lang: Lang): Record<string, PlanValue> {
  const values: Record<string, PlanValue> = {
    date: record.date,
    instance: record.instance,
    statutory: label(YES_NO, "yes", lang),
    actions: record.reviewed.join(", ") || null,
  };
  if (record.recorded) values.suivis = recordedText(record.recorded, lang) || null;
  for (const key of REFLECTION_KEYS) {
    const text = record.reflection?.[key].trim();
    if (text) values[key] = text;
  }
  return values;
}

export function recordedText(recorded: MeetingRecord["recorded"], lang: Lang): string {
  return (recorded ?? [])
    .map((r) => meetingText[lang].recorded(r.action, label(STATUSES, r.status, lang)))
    .join(", ");
}

/** The meeting's row already in `Rencontres`: same day, same body (the last one). */
export function meetingRow(wb: Workbook, date: Day, instance: string): Rencontre | undefined {
  const key = fold(instance);
  return wb.rencontres.filter((r) => r.date === date && fold(r.instance ?? "") === key).pop();
}

/** The latest reflections of the plan (most recent first), for the bilans. */
export function latestReflections(wb: Workbook, count = 3): Rencontre[] {
  return wb.rencontres
    .filter((r) => REFLECTION_KEYS.some((k) => r[k]))
    .sort((a, b) => (b.date ?? 0) - (a.date ?? 0) || b.row - a.row)
    .slice(0, count);
}
