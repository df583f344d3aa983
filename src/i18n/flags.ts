/** Flag words as the Alerte column and the reports show them. */
import type { Lang } from "../domain/lang";
import type { FlagKind } from "../domain/model";

export interface FlagStrings {
  late: string;
  blocked: string;
  stale: string;
  "due-soon": string;
  /** Days after a late flag, e.g. `12 j`. */
  days: (days: number) => string;
}

export const flagsText: Record<Lang, FlagStrings> = {
  fr: {
    late: "En retard",
    blocked: "Bloquée",
    stale: "Sans suivi récent",
    "due-soon": "Échéance proche",
    days: (days) => `${days} j`,
  },
  en: {
    late: "Late",
    blocked: "Blocked",
    stale: "No recent follow-up",
    "due-soon": "Due soon",
    days: (days) => `${days} d`,
  },
};

/** The order flags are listed in, most pressing first. */
export const FLAG_ORDER: readonly FlagKind[] = ["late", "blocked", "stale", "due-soon"];
