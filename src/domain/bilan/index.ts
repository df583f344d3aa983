/** The bilan: figures, point statutaire, the Bilan sheet, and the computed columns of Actions. */
export { bilanFigures, share, type BilanOptions } from "./figures";
export { pointStatutaire, publicSummary } from "./statutaire";
export { REPORT_FIELDS, reportShows, type ReportField, type ReportVersion } from "./report-fields";
export { bilanLayout } from "./layout";
export { STATUS_COLORS } from "./charts";
export {
  ALERT_ROWS_AHEAD,
  COMPUTED_COLUMNS,
  alertConditionalFormats,
  alertText,
  computedColumns,
  flagLabel,
  type AlertFormatOptions,
  type ComputedColumns,
} from "./computed-columns";
export type * from "./types";
