/**
 * The consolidation of a démarche collective: several municipal workbooks read by the domain,
 * the files that could not be used, and the regional figures (JSON-friendly, shares 0..1).
 */
import type { GroupRow, StatusCounts } from "../bilan/types";
import type { PlanValue } from "../layout/sheet-plan";
import type { ActionState, Workbook } from "../model";

/** One municipality's workbook, read at the regional reference date. */
export interface MunicipalPlan {
  /** The municipality as the regional workbook names it (its Organisation, else its file name). */
  name: string;
  /** The file as given by the person consolidating. */
  file: string;
  wb: Workbook;
  states: ActionState[];
}

/** A file left out of the consolidation, and why, in the user's language. */
export interface SkippedFile {
  file: string;
  cause: string;
}

export interface MunicipalCounts {
  actions: number;
  done: number;
  late: number;
  blocked: number;
  stale: number;
  dueSoon: number;
  /** Done actions over all actions, 0..1 rounded to 4 decimals. */
  shareDone: number;
  byStatus: StatusCounts;
  /** Follow-ups placed (counted in the figures). */
  suivis: number;
  errors: number;
  warnings: number;
}

export interface MunicipalFigures extends MunicipalCounts {
  name: string;
  file: string;
}

/** One area of action across the region: areas of the default list match in French or English. */
export interface RegionalAreaRow {
  /** `default:<id>` for an area of the default list, `custom:<folded text>`, or `none`. */
  key: string;
  label: string;
  actions: number;
  byStatus: StatusCounts;
}

export interface RegionalFigures {
  referenceDate: string;
  municipalities: MunicipalFigures[];
  total: MunicipalCounts;
  /** Share of all the region's actions per status. */
  shares: Record<keyof StatusCounts, number>;
  byArea: RegionalAreaRow[];
  skipped: SkippedFile[];
}

/**
 * What the regional workbook keeps of one municipality: its figures, its area groups and the
 * rows it adds to the regional tables, so that a consolidation holds one workbook at a time.
 */
export interface MunicipalDigest {
  figures: MunicipalFigures;
  areas: GroupRow[];
  actionRows: PlanValue[][];
  suiviRows: PlanValue[][];
  problemRows: PlanValue[][];
}
