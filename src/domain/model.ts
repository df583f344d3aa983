/** The typed workbook the domain reads out of raw cells, with every located problem. */
import type { Day } from "./dates";
import type { Lang } from "./lang";
import type {
  ClienteleId,
  PlanTypeId,
  RecurrenceId,
  SourceId,
  StatusId,
  StatutoryTextId,
} from "./vocabulary";
import type { TableName } from "./schema";

/** Where a row lives in the workbook: its sheet and its 1-based sheet row. */
export interface Place {
  sheet: string;
  row: number;
}

export interface Settings {
  organisation?: string;
  planType: PlanTypeId;
  title?: string;
  /** Who coordinates the follow-up (signs the relances). */
  coordinator?: string;
  start?: Day;
  end?: Day;
  followUpDays: number;
  noticeDays: number;
  referenceDate?: Day;
  /** Whether the public version of the bilan shows the money spent (Oui / Non, default Non). */
  publicSpending?: boolean;
}

export interface Action extends Place {
  no: string;
  area?: string;
  objective?: string;
  text: string;
  clientele?: ClienteleId;
  porteur?: string;
  partners?: string;
  partnersRole?: string;
  plannedStart?: Day;
  due?: Day;
  recurrence?: RecurrenceId;
  budget?: number;
  hours?: number;
  expectedResult?: string;
  indicator?: string;
  target?: string | number;
  priority?: 1 | 2 | 3;
  /** The action's No in the previous plan, when it was carried over. */
  previousNo?: string;
  /** One line of its history in the previous plan. */
  history?: string;
}

export interface Suivi extends Place {
  date: Day;
  action: string;
  status: StatusId;
  progress?: number;
  achievements?: string;
  obstacles?: string;
  nextSteps?: string;
  spent?: number;
  hours?: number;
  indicatorValue?: string | number;
  bonCoup?: boolean;
  source?: SourceId;
  /** The body (of `ListeInstances`) whose meeting recorded it, when Source names one. */
  instance?: string;
  filledBy?: string;
}

export interface Acteur extends Place {
  name: string;
  organisation?: string;
  type?: string;
  role?: string;
  email?: string;
  phone?: string;
}

export interface Rencontre extends Place {
  date?: Day;
  instance?: string;
  statutory?: boolean;
  actions?: string;
  decisions?: string;
  /** The actions whose follow-up the meeting recorded. */
  suivis?: string;
  wellDone?: string;
  toImprove?: string;
  inspires?: string;
}

/** A body that meets about the plan (`ListeInstances`), and the point statutaire it gets. */
export interface Instance {
  name: string;
  text: StatutoryTextId;
}

export type Severity = "error" | "warning";

export type ProblemCode =
  | "missing-id"
  | "duplicate-id"
  | "missing-action-text"
  | "unknown-action"
  | "invalid-date"
  | "invalid-status"
  | "invalid-number"
  | "invalid-progress"
  | "invalid-choice"
  | "error-value"
  | "future-date"
  | "end-before-start"
  | "missing-table"
  | "missing-column"
  | "missing-owner"
  | "missing-due"
  | "unknown-area"
  | "done-not-complete"
  | "no-reason"
  /** A non-empty row typed right under a table, outside it: not counted until the table is extended. */
  | "rows-below-table"
  /** Two tables of the workbook have the same name (case-insensitive, as Excel compares them). */
  | "duplicate-table"
  /** Cells of a data set's sheet left unread past a long run of empty rows or columns. */
  | "cells-omitted";

export interface Problem {
  severity: Severity;
  code: ProblemCode;
  /** The cell as a person sees it, e.g. `Suivis!C7`; for a missing table, the sheet expected. */
  cell: string;
  sheet: string;
  row?: number;
  col?: number;
  table: TableName;
  /** The column key of the schema, when the problem is in a column. */
  column?: string;
  /** The header as the workbook spells it, for messages. */
  header?: string;
  /** What the cell holds, as text, for messages. */
  value?: string;
  /** More facts for the message (the action No, the first row of a duplicate...). */
  params?: Record<string, string | number>;
}

/** A table as found in the workbook, with where each schema column sits. */
export interface FoundTable {
  name: TableName;
  sheet: string;
  /** Sheet row of the header. */
  headerRow: number;
  /** Whether it is a real Excel table (found by name) or a header row found on its sheet. */
  real: boolean;
  /** Schema column key -> sheet column (1-based). */
  columns: Record<string, number>;
  /** The workbook's own header text, by schema column key. */
  headers: Record<string, string>;
  /** Headers of the workbook that match no schema column: kept untouched. */
  extraHeaders: string[];
  /** Sheet row just after the last data row. */
  endRow: number;
  /** Sheet column of the table's first column and its number of columns, extra ones included (when known). */
  col?: number;
  width?: number;
}

export interface Workbook {
  lang: Lang;
  /** The reference date R: the caller's, else the workbook's `Date de référence`, else today. */
  referenceDate: Day;
  version?: string;
  settings: Settings;
  actions: Action[];
  suivis: Suivi[];
  acteurs: Acteur[];
  rencontres: Rencontre[];
  /** `ListeChamps` values as the workbook has them (the defaults when the table is absent). */
  areas: string[];
  /** `ListeInstances` as the workbook has it (the defaults when the table is absent). */
  instances: Instance[];
  tables: Partial<Record<TableName, FoundTable>>;
  problems: Problem[];
  /** Data rows seen, placed or not: what `counts` reports. */
  counts: { actions: number; suivis: number };
}

export type FlagKind = "late" | "blocked" | "stale" | "due-soon";

export interface Flag {
  action: string;
  kind: FlagKind;
  days?: number;
}

/** Where an action stands at the reference date. */
export interface ActionState {
  action: Action;
  status: StatusId;
  progress?: number;
  /** The latest follow-up (latest date; on equal dates, the one further down). */
  lastSuivi?: Suivi;
  flags: Flag[];
  suivis: Suivi[];
}
