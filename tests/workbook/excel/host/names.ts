/**
 * Defined names: the workbook's (`workbook.names`) and a sheet's own (`worksheet.names`,
 * ExcelApi 1.4: "NamedItemCollection ... scoped to the worksheet"). A name added for a range
 * holds an absolute reference (`=Bilan!$A$1`); deleting the sheet deletes its scoped names and
 * turns references to it into `#REF!` (model.ts). `getRange()` / `getRangeOrNullObject()`
 * (ExcelApi 1.4) give the range a name of type Range points at; any other name, a broken one
 * included, has none (ItemNotFound / a null object).
 */
import type { FakeName, FakeSheet } from "../fake/model";
import { columnLetters } from "../../../../src/domain/text";
import { splitReference } from "../../../../src/workbook/excel/addresses";
import { parseAddress, sheetRef } from "./addresses";
import { HostError } from "./messages";
import type { Family, HostObject, HostState, RangeObject } from "./objects";

function scoped(host: HostState, sheet: FakeSheet | undefined): FakeName[] {
  return host.model.names.filter((n) => n.sheet === sheet);
}

function find(host: HostState, sheet: FakeSheet | undefined, name: unknown): FakeName | undefined {
  const key = String(name).toLowerCase();
  return scoped(host, sheet).find((n) => n.name.toLowerCase() === key);
}

function referenceFormula(reference: unknown): string {
  if (typeof reference === "string") return reference.startsWith("=") ? reference : `=${reference}`;
  const r = reference as RangeObject;
  const corner = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  const box =
    r.r1 === r.r2 && r.c1 === r.c2 ? corner(r.r1, r.c1) : `${corner(r.r1, r.c1)}:${corner(r.r2, r.c2)}`;
  return `=${sheetRef(r.sheet.name)}!${box}`;
}

export const names: Family<"names"> = {
  path(host, obj, name, args) {
    switch (name) {
      case "GetItem": {
        const item = find(host, obj.sheet, args[0]);
        if (!item)
          throw new HostError(
            "ItemNotFound",
            `The requested resource doesn't exist (name ${String(args[0])}).`,
          );
        return { kind: "name", item };
      }
      case "GetItemOrNullObject": {
        const item = find(host, obj.sheet, args[0]);
        return item ? { kind: "name", item } : null;
      }
      case "GetItemAt": {
        const item = scoped(host, obj.sheet)[Number(args[0])];
        if (!item) throw new HostError("ItemNotFound", "No name at that index.");
        return { kind: "name", item };
      }
      case "Add": {
        const text = String(args[0]);
        if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(text))
          throw new HostError("InvalidArgument", `Bad name ${text}`);
        if (find(host, obj.sheet, text))
          throw new HostError("ItemAlreadyExists", `The name ${text} already exists.`);
        const item: FakeName = { name: text, formula: referenceFormula(args[1]), visible: true };
        if (obj.sheet) item.sheet = obj.sheet;
        host.model.names.push(item);
        return { kind: "name", item };
      }
      default:
        return undefined as never;
    }
  },
  get(host, obj, name) {
    return name === "Count" ? scoped(host, obj.sheet).length : undefined;
  },
  items(host, obj) {
    return scoped(host, obj.sheet).map((item) => ({ kind: "name", item }) as HostObject);
  },
};

function nameType(formula: string): string {
  if (formula.includes("#REF!")) return "Error";
  if (/!/.test(formula)) return "Range";
  if (/^="/.test(formula)) return "String";
  if (/^=-?\d/.test(formula)) return "Double";
  if (/^=(TRUE|FALSE)$/i.test(formula)) return "Boolean";
  return "Formula";
}

/** The range a name's formula points at (`='Bilan (2)'!$A$1`), or null: not a range, or broken. */
function target(host: HostState, item: FakeName): RangeObject | null {
  if (nameType(item.formula) !== "Range") return null;
  const { sheet: name, address } = splitReference(item.formula);
  const sheet = name === undefined ? undefined : host.model.sheet(name);
  return sheet ? { kind: "range", sheet, ...parseAddress(address) } : null;
}

export const name: Family<"name"> = {
  path(host, { item }, key) {
    if (key === "GetRange" || key === "GetRangeOrNullObject") {
      const range = target(host, item);
      if (range || key === "GetRangeOrNullObject") return range;
      throw new HostError("ItemNotFound", `The name ${item.name} is not a range.`);
    }
    if (key === "Worksheet" || key === "WorksheetOrNullObject") {
      if (item.sheet) return { kind: "worksheet", sheet: item.sheet };
      if (key === "Worksheet") throw new HostError("ItemNotFound", "The name is workbook-level.");
      return null;
    }
    return undefined as never;
  },
  get(_host, { item }, key) {
    switch (key) {
      case "Name":
        return item.name;
      case "Formula":
        return item.formula;
      case "Value":
        return item.formula.replace(/^=/, "").replace(/^"(.*)"$/, "$1");
      case "Type":
        return nameType(item.formula);
      case "Visible":
        return item.visible;
      case "Scope":
        return item.sheet ? "Worksheet" : "Workbook";
      default:
        return undefined;
    }
  },
  set(_host, { item }, key, value) {
    if (key === "Visible") item.visible = value === true;
    else if (key === "Formula") item.formula = String(value);
    else throw new HostError("GeneralException", `host: NamedItem.${key} cannot be set here`);
  },
  call(host, { item }, key) {
    if (key !== "Delete") return undefined;
    const list = host.model.names;
    const at = list.indexOf(item);
    if (at < 0) throw new HostError("ItemNotFound", `The name ${item.name} no longer exists.`);
    list.splice(at, 1);
    return null;
  },
};
