/**
 * Data validation as Excel keeps it (ExcelApi 1.8, Microsoft Learn "Excel.DataValidation"):
 * `rule` takes exactly one kind of criteria (list, wholeNumber, decimal, date, time,
 * textLength, custom) and sets every cell of the range to it, a list needing its `source`
 * ("DataValidationRule: only one of its properties can be set at a time"); `type` reads back
 * the range's kind: `None` where no cell has a rule, `Inconsistent` where the cells differ
 * ("DataValidationType"). A protected sheet refuses it. Every set is also logged as before,
 * e.g. `C2:C2.dataValidation.rule = {"list":{...}}`.
 */
import { MAX_COLS } from "../fake/model";
import { boxLabel } from "./addresses";
import { HostError, camel } from "./messages";
import type { Family, RangeObject } from "./objects";
import { refuseProtected } from "./protection";
import { describe } from "./recorded";

const TYPES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

/** The kind of a rule, or InvalidArgument for anything but exactly one known criteria. */
function ruleType(rule: unknown): string {
  const keys =
    rule && typeof rule === "object"
      ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] != null)
      : [];
  const type = keys.length === 1 ? TYPES[keys[0]] : undefined;
  const list = (rule as { list?: { source?: unknown } } | undefined)?.list;
  if (!type || (type === "List" && (list?.source === undefined || list.source === "")))
    throw new HostError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  return type;
}

function cells(r: RangeObject, each: (key: number) => void): void {
  // Whole columns: only the first ten thousand rows are kept (a test never needs more).
  for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 10_000); row += 1)
    for (let col = r.c1; col <= r.c2; col += 1) each(row * MAX_COLS + col);
}

export const dataValidation: Family<"dataValidation"> = {
  get(_host, { range }, name) {
    if (name !== "Type") return undefined;
    const seen = new Set<string>();
    cells(range, (key) => seen.add(range.sheet.validations.get(key) ?? "None"));
    return seen.size === 1 ? [...seen][0] : "Inconsistent";
  },
  set(_host, { range }, name, value) {
    refuseProtected(range.sheet);
    if (name === "Rule") {
      const type = ruleType(value);
      cells(range, (key) => range.sheet.validations.set(key, type));
    }
    range.sheet.log.push(`${boxLabel(range)}.dataValidation.${camel(name)} = ${describe(value)}`);
  },
  call(_host, { range }, name) {
    if (name !== "Clear") return undefined;
    refuseProtected(range.sheet);
    cells(range, (key) => range.sheet.validations.delete(key));
    range.sheet.log.push(`${boxLabel(range)}.dataValidation.clear()`);
    return null;
  },
};
