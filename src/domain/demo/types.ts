/**
 * The built-in demo's raw material: every text as a French/English pair and every
 * date as a number of days from `today`, so the demo always looks current.
 */
import type { Lang } from "../lang";
import type { ClienteleId, RecurrenceId, SourceId, StatusId } from "../vocabulary";

/** One text in both languages. */
export interface Bi {
  fr: string;
  en: string;
}

export const bi = (fr: string, en: string): Bi => ({ fr, en });

/** The same text in both languages (names, acronyms). */
export const same = (text: string): Bi => ({ fr: text, en: text });

export function pick(text: Bi | undefined, lang: Lang): string | undefined {
  return text?.[lang];
}

export interface DemoAction {
  no: string;
  /** A DEFAULT_AREAS id, or a text for an area that is not in ListeChamps. */
  area: string | Bi;
  objective: Bi;
  text: Bi;
  clientele?: ClienteleId;
  porteur?: Bi;
  partners?: Bi;
  partnersRole?: Bi;
  /** Days from today. */
  start?: number;
  /** Days from today. */
  due?: number;
  recurrence: RecurrenceId;
  budget?: number;
  hours?: number;
  expectedResult?: Bi;
  indicator?: Bi;
  target?: Bi | number;
  priority?: 1 | 2 | 3;
}

export interface DemoSuivi {
  /** Days from today, never after today. */
  at: number;
  no: string;
  status: StatusId;
  progress?: number;
  achievements?: Bi;
  obstacles?: Bi;
  nextSteps?: Bi;
  spent?: number;
  hours?: number;
  indicatorValue?: Bi | number;
  bonCoup?: boolean;
  source?: SourceId;
  filledBy?: string;
}

export interface DemoActeur {
  name: string;
  organisation: Bi;
  type: Bi;
  role: Bi;
  email: string;
  phone: string;
}

export interface DemoRencontre {
  at: number;
  instance: Bi;
  statutory: boolean;
  actions: string;
  decisions: Bi;
  /** The committee's reflection after the round. */
  reflection?: { wellDone: Bi; toImprove: Bi; inspires: Bi };
}
