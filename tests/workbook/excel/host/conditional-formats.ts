/**
 * Conditional formats as Excel exposes them:
 * - `ConditionalFormat.id` is the rule's position in the collection it was listed from, not a
 *   stable key: "The priority of the conditional format in the current
 *   ConditionalFormatCollection" (Microsoft Learn, "Excel.ConditionalFormat.id"); ids shift
 *   when a rule before is deleted, and `getItem(id)` finds whatever rule is at that position;
 * - a new format goes to the top priority (position 0);
 * - `custom` on a format that is not Custom fails (InvalidOperation), `customOrNullObject`
 *   gives a null object instead;
 * - with `bug5222` on (OfficeDev/office-js#5222, Excel on Windows), deleting a format whose
 *   range shares a cell with another format's throws ItemNotFound.
 * The model keeps each rule's own `id` only for tests to tell rules apart.
 */
import type { FakeRule, FakeSheet } from "../fake/model";
import { boxLabel, intersects } from "./addresses";
import { HostError } from "./messages";
import type { Family, HostObject, RangeObject } from "./objects";
import { refuseProtected } from "./protection";

const NOT_PERMITTED = "This operation is not permitted for the current object.";

function listed(range: RangeObject): FakeRule[] {
  return range.sheet.conditionalFormats.filter((rule) => intersects(rule, range));
}

function item(range: RangeObject, rule: FakeRule): HostObject {
  return { kind: "conditionalFormat", rule, sheet: range.sheet, from: range };
}

function at(range: RangeObject, id: unknown): FakeRule | undefined {
  const index = Number(id);
  return Number.isInteger(index) ? listed(range)[index] : undefined;
}

export const conditionalFormats: Family<"conditionalFormats"> = {
  path(host, { range }, name, args) {
    switch (name) {
      case "Add": {
        refuseProtected(range.sheet);
        const rule: FakeRule = {
          id: host.model.nextRuleId(),
          type: String(args[0]),
          r1: range.r1,
          c1: range.c1,
          r2: range.r2,
          c2: range.c2,
        };
        range.sheet.conditionalFormats.unshift(rule);
        return item(range, rule);
      }
      case "GetItem":
      case "GetItemAt": {
        const rule = at(range, args[0]);
        if (!rule) throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
        return item(range, rule);
      }
      case "GetItemOrNullObject": {
        const rule = at(range, args[0]);
        return rule ? item(range, rule) : null;
      }
      default:
        return undefined as never;
    }
  },
  get(_host, { range }, name) {
    return name === "Count" ? listed(range).length : undefined;
  },
  call(_host, { range }, name) {
    if (name !== "ClearAll") return undefined;
    refuseProtected(range.sheet);
    range.sheet.log.push(`${boxLabel(range)}.conditionalFormats.clearAll()`);
    for (const rule of listed(range))
      range.sheet.conditionalFormats.splice(range.sheet.conditionalFormats.indexOf(rule), 1);
    return null;
  },
  items(_host, { range }) {
    return listed(range).map((rule) => item(range, rule));
  },
};

function gone(sheet: FakeSheet, rule: FakeRule): boolean {
  return !sheet.conditionalFormats.includes(rule);
}

export const conditionalFormat: Family<"conditionalFormat"> = {
  path(host, obj, name) {
    // Excel has bugs listing some kinds of rules: the model can make every listing fail.
    if (host.model.conditionalFormatsUnlistable)
      throw new HostError("GeneralException", "An internal error has occurred.");
    const custom = obj.rule.type === "Custom";
    if (name === "Custom") {
      if (!custom) throw new HostError("InvalidOperation", NOT_PERMITTED);
      return { kind: "customFormat", rule: obj.rule, sheet: obj.sheet, part: "" };
    }
    if (name === "CustomOrNullObject")
      return custom ? { kind: "customFormat", rule: obj.rule, sheet: obj.sheet, part: "" } : null;
    return undefined as never;
  },
  get(_host, obj, name) {
    switch (name) {
      case "Id":
        return String(listed(obj.from).indexOf(obj.rule));
      case "Type":
        return obj.rule.type;
      case "Priority":
        return obj.sheet.conditionalFormats.indexOf(obj.rule);
      default:
        return undefined;
    }
  },
  call(host, obj, name) {
    if (name !== "Delete") return undefined;
    refuseProtected(obj.sheet);
    const rules = obj.sheet.conditionalFormats;
    if (gone(obj.sheet, obj.rule))
      throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    if (host.model.bug5222 && rules.some((other) => other !== obj.rule && intersects(other, obj.rule)))
      throw new HostError("ItemNotFound", "The requested resource doesn't exist.");
    rules.splice(rules.indexOf(obj.rule), 1);
    return null;
  },
};

/** A custom format's parts: `rule` (its formula), `format.fill` and `format.font` (colours). */
export const customFormat: Family<"customFormat"> = {
  path(_host, obj, name) {
    const part = obj.part === "" ? name.toLowerCase() : `${obj.part}.${name.toLowerCase()}`;
    return { ...obj, part };
  },
  get(_host, obj, name) {
    if (obj.part === "rule" && name === "Formula") return obj.rule.formula ?? "";
    return undefined;
  },
  set(_host, obj, name, value) {
    refuseProtected(obj.sheet);
    if (obj.part === "rule" && name === "Formula") obj.rule.formula = String(value);
    else if (obj.part === "format.fill" && name === "Color") obj.rule.fill = String(value);
    else if (obj.part === "format.font" && name === "Color") obj.rule.color = String(value);
    else
      throw new HostError(
        "GeneralException",
        `host: CustomConditionalFormat ${obj.part}.${name} is not modelled`,
      );
  },
};
