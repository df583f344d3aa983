/**
 * Worksheets: found by name (case-insensitive) or id, added and deleted unless the workbook's
 * structure is protected, their ranges and used ranges, their tables and scoped names.
 */
import type { FakeSheet } from "../fake/model";
import { parseAddress } from "./addresses";
import { HostError } from "./messages";
import type { Family, HostObject, HostState } from "./objects";
import { refuseStructure } from "./protection";

function find(host: HostState, key: unknown): FakeSheet | undefined {
  return host.model.sheet(String(key)) ?? host.model.sheets.find((s) => host.idOf(s) === String(key));
}

const sheetObject = (sheet: FakeSheet): HostObject => ({ kind: "worksheet", sheet });

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ], no leading or trailing '. */
function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name))
    throw new HostError("InvalidArgument", `The sheet name ${name} is not valid.`);
}

export const worksheets: Family<"worksheets"> = {
  path(host, _obj, name, args) {
    switch (name) {
      case "GetItem": {
        const sheet = find(host, args[0]);
        if (!sheet)
          throw new HostError(
            "ItemNotFound",
            `The requested resource doesn't exist (sheet ${String(args[0])}).`,
          );
        return sheetObject(sheet);
      }
      case "GetItemOrNullObject": {
        const sheet = find(host, args[0]);
        return sheet ? sheetObject(sheet) : null;
      }
      case "GetItemAt": {
        const sheet = host.model.sheets[Number(args[0])];
        if (!sheet) throw new HostError("ItemNotFound", "No sheet at that index.");
        return sheetObject(sheet);
      }
      case "GetActiveWorksheet": {
        const model = host.model;
        const sheet = model.sheet(model.activeSheet ?? "") ?? model.sheets[0];
        if (!sheet) throw new HostError("ItemNotFound", "No sheet.");
        return sheetObject(sheet);
      }
      case "Add": {
        refuseStructure(host.model);
        const model = host.model;
        const text =
          args[0] === null || args[0] === undefined ? `Feuil${model.sheets.length + 1}` : String(args[0]);
        checkSheetName(text);
        if (model.sheet(text))
          throw new HostError("ItemAlreadyExists", `A sheet named ${text} already exists.`);
        return sheetObject(model.addSheet(text));
      }
      default:
        return undefined as never;
    }
  },
  get(host, _obj, name) {
    return name === "Count" ? host.model.sheets.length : undefined;
  },
  items(host) {
    return host.model.sheets.map(sheetObject);
  },
  itemId(host, obj) {
    return obj.kind === "worksheet" ? host.idOf(obj.sheet) : undefined;
  },
};

export const worksheet: Family<"worksheet"> = {
  path(_host, { sheet }, name, args) {
    switch (name) {
      case "GetRange":
        return { kind: "range", sheet, ...parseAddress(args[0] as string | null) };
      case "GetRangeByIndexes": {
        const [row, col, rows, cols] = args as number[];
        return { kind: "range", sheet, r1: row + 1, c1: col + 1, r2: row + rows, c2: col + cols };
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const used = sheet.usedRange();
        if (used) return { kind: "range", sheet, ...used };
        return name === "GetUsedRange" ? { kind: "range", sheet, r1: 1, c1: 1, r2: 1, c2: 1 } : null;
      }
      case "Tables":
        return { kind: "tables", sheet };
      case "Names":
        return { kind: "names", sheet };
      case "Protection":
        return { kind: "protection", sheet };
      case "PageLayout":
        return { kind: "pageLayout", sheet };
      case "Charts":
      case "FreezePanes":
        return { kind: "recorded", sheet, label: "", path: name.charAt(0).toLowerCase() + name.slice(1) };
      default:
        return undefined as never;
    }
  },
  get(host, { sheet }, name) {
    switch (name) {
      case "Name":
        return sheet.name;
      case "Id":
        return host.idOf(sheet);
      case "Position":
        return host.model.sheets.indexOf(sheet);
      case "Visibility":
        return sheet.visibility;
      case "TabColor":
        return sheet.tabColor;
      default:
        return undefined;
    }
  },
  set(host, { sheet }, name, value) {
    switch (name) {
      case "Name": {
        refuseStructure(host.model);
        const text = String(value);
        checkSheetName(text);
        const other = host.model.sheet(text);
        if (other && other !== sheet)
          throw new HostError("ItemAlreadyExists", `A sheet named ${text} already exists.`);
        sheet.name = text;
        return;
      }
      case "Position": {
        refuseStructure(host.model);
        const list = host.model.sheets;
        list.splice(list.indexOf(sheet), 1);
        list.splice(Math.min(Number(value), list.length), 0, sheet);
        return;
      }
      case "Visibility":
        refuseStructure(host.model);
        sheet.visibility = String(value);
        return;
      case "TabColor":
        sheet.tabColor = String(value);
        return;
      default:
        throw new HostError("GeneralException", `host: Worksheet.${name} cannot be set here`);
    }
  },
  call(host, { sheet }, name) {
    switch (name) {
      case "Delete":
        refuseStructure(host.model);
        if (!host.model.sheets.includes(sheet))
          throw new HostError("ItemNotFound", `The sheet ${sheet.name} no longer exists.`);
        if (
          host.model.sheets.filter((s) => s.visibility === "Visible").length <= 1 &&
          sheet.visibility === "Visible"
        )
          throw new HostError("InvalidOperation", "A workbook must keep at least one visible sheet.");
        host.model.deleteSheet(sheet);
        return null;
      case "Activate":
        host.model.activeSheet = sheet.name;
        return null;
      case "_RegisterDataChangedEvent":
      case "_UnregisterDataChangedEvent":
        host.register(sheet, name === "_RegisterDataChangedEvent");
        return null;
      default:
        return undefined;
    }
  },
};
