/** Relances: per porteur, the actions to follow up and a ready-to-send message. JSON-friendly. */
import type { Lang } from "../lang";

export type RelanceKind = "late" | "stale" | "due-soon";

/** One reason to write about one action (an action late and stale gives two). */
export interface RelanceItem {
  /** The action's No. */
  action: string;
  text: string;
  kind: RelanceKind;
  /** late: days past due; stale: days since the last follow-up or start (absent: never); due-soon: days left. */
  days?: number;
  /** The action's due date, AAAA-MM-JJ, when it has one. */
  due?: string;
}

/** Why a relance has no `mailto:` link. */
export type NoEmailReason = "no-contact" | "no-email" | "invalid-email";

export interface Relance {
  porteur: string;
  /** The person written to (from Acteurs), when the porteur was found there. */
  contact?: string;
  /** Address(es) from Acteurs, comma separated. */
  email?: string;
  /** When there is no address: why, and a sentence saying so. */
  noEmail?: { reason: NoEmailReason; message: string };
  actions: RelanceItem[];
  subject: string;
  body: string;
  mailto?: string;
}

export interface Relances {
  referenceDate: string;
  lang: Lang;
  relances: Relance[];
  /** Actions to follow up that name no porteur: nobody to write to. */
  withoutPorteur: RelanceItem[];
}
