/** Consolidation of several municipal plans into one regional workbook (démarche collective). */
export { baseName, distinctNamer, distinctNames, municipalityName } from "./names";
export { areaKey, regionalAreas } from "./areas";
export { figuresOf, regionalFigures } from "./figures";
export { REGIONAL_TABLES, actionsTable, suivisTable } from "./tables";
export { regionalReportSheet } from "./report-sheet";
export { problemsSheet } from "./problems-sheet";
export { CONSOLIDATION_NAME, digestMunicipal, regionalPlan, regionalPlanOf } from "./workbook";
export type * from "./types";
