/** Every API type the host answers for, by the kind of object behind it. */
import { conditionalFormat, conditionalFormats, customFormat } from "./conditional-formats";
import { name, names } from "./names";
import { pageLayout } from "./page-layout";
import type { Family, Kind } from "./objects";
import { protection } from "./protection";
import { range, rangeFormat } from "./ranges";
import { recorded } from "./recorded";
import { table, tableColumns, tableRows, tables } from "./tables";
import { dataValidation } from "./validation";
import { application, workbook } from "./workbook";
import { worksheet, worksheets } from "./worksheets";

export const FAMILIES: { [K in Kind]: Family<K> } = {
  workbook,
  application,
  protection,
  worksheets,
  worksheet,
  range,
  rangeFormat,
  tables,
  table,
  tableRows,
  tableColumns,
  names,
  name,
  conditionalFormats,
  conditionalFormat,
  customFormat,
  recorded,
  dataValidation,
  pageLayout,
};

export function familyOf<K extends Kind>(kind: K): Family<K> {
  return FAMILIES[kind] as Family<K>;
}
