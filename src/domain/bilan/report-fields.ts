/**
 * What each version of the bilan report shows. The internal version (council, comité de suivi,
 * staff) shows everything; the public version (posted for citizens) leaves out what is internal:
 * obstacles and notes as typed, people's names (porteurs), management flags, staff hours, and the
 * money spent unless the setting « Dépenses dans la version publique » says Oui.
 */
export type ReportVersion = "internal" | "public";

/**
 * `both`: every version; `internal`: the internal one only; `public`: the public one only;
 * `setting`: the internal one, and the public one when the setting allows.
 */
export type FieldRule = "both" | "internal" | "public" | "setting";

export const REPORT_FIELDS = {
  "header.organisation": "both",
  "header.plan": "both",
  "header.planPeriod": "both",
  "header.referenceDate": "both",
  "header.period": "both",
  "header.generatedAt": "both",
  "keyFigures.actions": "both",
  "keyFigures.done": "both",
  "keyFigures.active": "both",
  "keyFigures.bonsCoups": "both",
  "keyFigures.late": "internal",
  "keyFigures.blocked": "internal",
  "keyFigures.stale": "internal",
  "keyFigures.dueSoon": "internal",
  /** The point statutaire: names the porteurs asked to act. */
  statutaire: "internal",
  /** The same facts in plain words, without names, flags or (unless allowed) spending. */
  publicSummary: "public",
  "chart.statuses": "both",
  "chart.areas": "both",
  "chart.years": "both",
  "chart.progress": "both",
  "money.budget": "both",
  "money.spent": "setting",
  "money.hours": "internal",
  "habit.suivis": "internal",
  "habit.followedShare": "internal",
  "lateBlocked.action": "internal",
  "lateBlocked.porteur": "internal",
  "lateBlocked.due": "internal",
  "lateBlocked.obstacles": "internal",
  "lateBlocked.nextSteps": "internal",
  "stale.action": "internal",
  "stale.porteur": "internal",
  "stale.lastSuivi": "internal",
  "bonsCoups.date": "both",
  "bonsCoups.action": "both",
  "bonsCoups.achievements": "both",
} as const satisfies Record<string, FieldRule>;

export type ReportField = keyof typeof REPORT_FIELDS;

/** Whether `version` shows `field`; `publicSpending` is the setting (Non when absent). */
export function reportShows(field: ReportField, version: ReportVersion, publicSpending = false): boolean {
  const rule: FieldRule = REPORT_FIELDS[field];
  if (version === "internal") return rule !== "public";
  return rule === "both" || rule === "public" || (rule === "setting" && publicSpending);
}
