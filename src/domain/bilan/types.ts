/**
 * The bilan's figures: a plain, JSON-friendly object (`bilan --json`).
 * Dates are ISO strings (AAAA-MM-JJ), missing values are `null` (never undefined),
 * shares are fractions 0..1 rounded to 4 decimals.
 */
import type { Lang } from "../lang";
import type { ClienteleId, PlanTypeId, StatusId } from "../vocabulary";

export type StatusCounts = Record<StatusId, number>;

export interface BilanHeader {
  organisation: string | null;
  title: string | null;
  planType: PlanTypeId;
  planStart: string | null;
  planEnd: string | null;
  referenceDate: string;
  generatedAt: string;
  /** Start of the period (the CLI's --depuis), or null for the whole plan. */
  since: string | null;
  followUpDays: number;
  noticeDays: number;
  /** The setting « Dépenses dans la version publique » (false when absent). */
  publicSpending: boolean;
}

export interface BilanTotals {
  actions: number;
  /** Every status id, 0 when none. */
  byStatus: StatusCounts;
  /** Share of all actions per status (0 when the plan has no action). */
  shares: Record<StatusId, number>;
  open: number;
  late: number;
  blocked: number;
  stale: number;
  dueSoon: number;
}

/** One group of actions: an area, a porteur or a clientèle. */
export interface GroupRow {
  /** The group as the workbook spells it (area, porteur) or its id (clientèle); null = none given. */
  name: string | null;
  /** What people read: the name, or "(sans porteur)" and the like. */
  label: string;
  actions: number;
  done: number;
  late: number;
  blocked: number;
  byStatus: StatusCounts;
}

export interface ClienteleRow extends GroupRow {
  name: ClienteleId | null;
}

export interface LateBlockedRow {
  no: string;
  action: string;
  porteur: string | null;
  status: StatusId;
  due: string | null;
  /** Days past the due date, null when not late. */
  daysLate: number | null;
  late: boolean;
  blocked: boolean;
  /** The latest non-empty obstacles and next steps of its follow-ups. */
  obstacles: string | null;
  nextSteps: string | null;
}

export interface StaleRow {
  no: string;
  action: string;
  porteur: string | null;
  status: StatusId;
  /** Date of its last follow-up, null when it has none. */
  lastSuivi: string | null;
  daysSince: number | null;
}

export interface BonCoupRow {
  date: string;
  no: string;
  action: string;
  achievements: string | null;
}

export interface MoneyRow {
  name: string | null;
  label: string;
  budget: number;
  spent: number;
  plannedHours: number;
  hours: number;
}

export interface BilanMoney {
  byArea: MoneyRow[];
  total: Omit<MoneyRow, "name" | "label">;
}

export interface YearRow {
  year: number;
  planned: number;
  done: number;
}

export interface BilanYears {
  years: YearRow[];
  /** Actions without a due date, counted apart. */
  noDue: { planned: number; done: number };
}

/** What moved in the period (the whole plan without `since`). */
export interface BilanPeriod {
  since: string | null;
  /** Follow-ups dated in the period. */
  suivis: number;
  /** Actions with at least one follow-up in the period. */
  actions: number;
  /** Actions now done whose latest follow-up is in the period. */
  done: number;
  bonsCoups: number;
}

/** Where the plan stood at the end of one quarter (see progress.ts and docs/workbook.md). */
export interface QuarterRow {
  /** `2025-T1`. */
  quarter: string;
  /** The quarter's last day, or the reference date for the last quarter. */
  end: string;
  /** Actions in each status at `end`. */
  byStatus: StatusCounts;
  /** Follow-ups dated in the quarter, up to `end`. */
  suivis: number;
  /** Share of the actions open at `end` with a follow-up within the interval before `end`. */
  followedShare: number;
}

export interface BilanFigures {
  lang: Lang;
  referenceDate: string;
  header: BilanHeader;
  totals: BilanTotals;
  period: BilanPeriod;
  byArea: GroupRow[];
  byPorteur: GroupRow[];
  byClientele: ClienteleRow[];
  lateBlocked: LateBlockedRow[];
  stale: StaleRow[];
  bonsCoups: BonCoupRow[];
  money: BilanMoney;
  years: BilanYears;
  /** One row per quarter, from the plan's (or the period's) start to the reference date. */
  progress: QuarterRow[];
}
