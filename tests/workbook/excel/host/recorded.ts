/**
 * Objects the host does not model (fonts, fills, charts, freeze panes, page layout, data
 * validation): every property set and method call on them is recorded in their sheet's log,
 * in the order Excel would apply them, e.g. `A1:A1.format.font.bold = true` or
 * `charts.add("Doughnut", Bilan!B5:B8, "Columns").setPosition("A12", "D26")`.
 * A protected sheet refuses them (AccessDenied), as it refuses formatting.
 */
import { refuseProtected } from "./protection";
import { boxLabel, sheetRef } from "./addresses";
import { camel } from "./messages";
import type { Family, HostObject } from "./objects";

/** An argument as the log shows it: a range by its reference, anything else as JSON. */
export function describe(value: unknown): string {
  const obj = value as HostObject | undefined;
  if (obj && typeof obj === "object" && "kind" in obj && obj.kind === "range")
    return `${sheetRef(obj.sheet.name)}!${boxLabel(obj)}`;
  return JSON.stringify(value) ?? String(value);
}

/** Arguments as the call spelled them: the library sends omitted optional ones as null. */
function argList(args: unknown[]): string {
  const given = [...args];
  while (given.length > 0 && (given[given.length - 1] === null || given[given.length - 1] === undefined))
    given.pop();
  return given.map(describe).join(", ");
}

export const recorded: Family<"recorded"> = {
  path(_host, obj, name, args) {
    const step =
      args.length > 0 || /^(Get|Add)/.test(name) ? `${camel(name)}(${argList(args)})` : camel(name);
    const path = obj.path === "" ? step : `${obj.path}.${step}`;
    // Adding (a chart, a series) is an effect of its own, whatever is done with the result.
    if (name === "Add") {
      refuseProtected(obj.sheet);
      obj.sheet.log.push(`${obj.label}${path}`);
    }
    return { ...obj, path };
  },
  set(_host, obj, name, value) {
    refuseProtected(obj.sheet);
    obj.sheet.log.push(`${obj.label}${obj.path}.${camel(name)} = ${describe(value)}`);
  },
  call(_host, obj, name, args) {
    refuseProtected(obj.sheet);
    const target = obj.path === "" ? "" : `${obj.path}.`;
    obj.sheet.log.push(`${obj.label}${target}${camel(name)}(${argList(args)})`);
    return null;
  },
};
