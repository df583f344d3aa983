/** Consolidation of several municipal plans into one regional workbook (démarche collective). */
export { baseName, distinctNames, municipalityName } from "./names";
export { areaKey, regionalAreas } from "./areas";
export { regionalFigures } from "./figures";
export { REGIONAL_TABLES, actionsTable, suivisTable } from "./tables";
export { regionalReportSheet } from "./report-sheet";
export { problemsSheet } from "./problems-sheet";
export { CONSOLIDATION_NAME, regionalPlan } from "./workbook";
export type * from "./types";
