/** The end-of-plan bilan's figures: plain, JSON-friendly (`fin-de-plan --json`); dates ISO, missing values null. */
import type { Lang } from "../lang";
import type { OutcomeId } from "./outcome";

export type OutcomeCounts = Record<OutcomeId, number>;

export interface OutcomeRow {
  no: string;
  action: string;
  area: string | null;
  porteur: string | null;
  due: string | null;
  outcome: OutcomeId;
  /** The reason it was dropped, when it was. */
  reason: string | null;
  progress: number | null;
  lastSuivi: string | null;
}

/** A group (an area, a clientèle, a porteur): its outcomes, completion rate, money and hours. */
export interface OutcomeGroup {
  name: string | null;
  label: string;
  actions: number;
  outcomes: OutcomeCounts;
  /** (réalisées + en continu) ÷ (actions − abandonnées); null when nothing is left to count. */
  rate: number | null;
  budget: number;
  spent: number;
  plannedHours: number;
  hours: number;
}

export interface ReflectionRow {
  date: string | null;
  instance: string | null;
  wellDone: string | null;
  toImprove: string | null;
  inspires: string | null;
}

export interface EndOfPlanFigures {
  lang: Lang;
  referenceDate: string;
  header: {
    organisation: string | null;
    title: string | null;
    planStart: string | null;
    planEnd: string | null;
    /** Whether the plan's end date is past at the reference date. */
    ended: boolean;
    generatedAt: string;
  };
  total: OutcomeGroup;
  actions: OutcomeRow[];
  byArea: OutcomeGroup[];
  byClientele: OutcomeGroup[];
  byPorteur: OutcomeGroup[];
  bonsCoups: { date: string; no: string; action: string; achievements: string | null }[];
  reflections: ReflectionRow[];
}
