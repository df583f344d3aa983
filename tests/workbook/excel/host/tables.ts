/**
 * Tables as Excel keeps them. A table with a total row (Table Design > Total Row,
 * `showTotals`) has it inside `getRange()` but not inside `getDataBodyRange()`, and
 * `rows.count` counts the data body only (Microsoft Learn, "Excel.Table": getRange "Gets the
 * range object associated with the entire table", getDataBodyRange "the data body",
 * getTotalRowRange; "TableRowCollection.count").
 *
 * `rows.add` INSERTS rows at the end of the data body (above the total row): the cells below
 * in the table's columns shift down, nothing is overwritten, and values other than boolean,
 * string and number are refused with InvalidArgument, null included (Microsoft Learn,
 * "TableRowCollection.add": values "A 2D array of unformatted values of the table row",
 * `(boolean | string | number)[][]`; the row inherits the formats of the row above).
 */
import { FakeTable, type FakeSheet } from "../fake/model";
import { parseAddress } from "./addresses";
import { HostError } from "./messages";
import type { Family, HostObject, HostState, RangeObject } from "./objects";
import { refuseProtected } from "./protection";
import { checkCellValue, enterValue } from "./ranges";

const rangeOf = (t: FakeTable, r1: number, r2: number): RangeObject => ({
  kind: "range",
  sheet: t.sheet,
  r1,
  c1: t.col,
  r2,
  c2: t.lastCol,
});

function tablesOf(host: HostState, sheet?: FakeSheet): FakeTable[] {
  return host.model.tables.filter((t) => !sheet || t.sheet === sheet);
}

function find(host: HostState, sheet: FakeSheet | undefined, key: unknown): FakeTable | undefined {
  const text = String(key).toLowerCase();
  return tablesOf(host, sheet).find((t) => t.name.toLowerCase() === text || host.idOf(t) === String(key));
}

function addTable(
  host: HostState,
  on: FakeSheet | undefined,
  address: unknown,
  hasHeaders: unknown,
): FakeTable {
  let target: RangeObject;
  if (typeof address === "string") {
    const bang = address.lastIndexOf("!");
    const sheetName = bang < 0 ? undefined : address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    const sheet = sheetName ? host.model.sheet(sheetName) : on;
    if (!sheet) throw new HostError("ItemNotFound", `No sheet for ${address}`);
    target = { kind: "range", sheet, ...parseAddress(address) };
  } else {
    target = address as RangeObject;
  }
  if (on && target.sheet !== on) throw new HostError("InvalidArgument", "The range is on another sheet.");
  refuseProtected(target.sheet);
  const overlap = host.model.tables.some(
    (t) =>
      t.sheet === target.sheet &&
      t.row <= target.r2 &&
      target.r1 <= t.lastRow &&
      t.col <= target.c2 &&
      target.c1 <= t.lastCol,
  );
  if (overlap) throw new HostError("InvalidOperation", "A table can't overlap another table.");
  const header = hasHeaders === true;
  const row = header ? target.r1 : target.r1 - 1;
  const table = new FakeTable(
    `Table${host.model.tables.length + 1}`,
    target.sheet,
    row,
    target.c1,
    Math.max(target.r2, row + 1),
    target.c2,
  );
  host.model.tables.push(table);
  host.added(table);
  return table;
}

export const tables: Family<"tables"> = {
  path(host, obj, name, args) {
    switch (name) {
      case "GetItem": {
        const table = find(host, obj.sheet, args[0]);
        if (!table)
          throw new HostError(
            "ItemNotFound",
            `The requested resource doesn't exist (table ${String(args[0])}).`,
          );
        return { kind: "table", table };
      }
      case "GetItemOrNullObject": {
        const table = find(host, obj.sheet, args[0]);
        return table ? { kind: "table", table } : null;
      }
      case "GetItemAt": {
        const table = tablesOf(host, obj.sheet)[Number(args[0])];
        if (!table) throw new HostError("ItemNotFound", "No table at that index.");
        return { kind: "table", table };
      }
      case "Add":
        return { kind: "table", table: addTable(host, obj.sheet, args[0], args[1]) };
      default:
        return undefined as never;
    }
  },
  get(host, obj, name) {
    return name === "Count" ? tablesOf(host, obj.sheet).length : undefined;
  },
  call(host, _obj, name) {
    if (name === "_RegisterAddedEvent" || name === "_UnregisterAddedEvent") {
      host.registerAdded(name === "_RegisterAddedEvent");
      return null;
    }
    return undefined;
  },
  items(host, obj) {
    return tablesOf(host, obj.sheet).map((table) => ({ kind: "table", table }) as HostObject);
  },
  itemId(host, obj) {
    return obj.kind === "table" ? host.idOf(obj.table) : undefined;
  },
};

export const table: Family<"table"> = {
  path(_host, { table: t }, name) {
    switch (name) {
      case "GetRange":
        return rangeOf(t, t.row, t.lastRow);
      case "GetDataBodyRange":
        return rangeOf(t, t.row + 1, t.bodyLastRow);
      case "GetHeaderRowRange":
        return rangeOf(t, t.row, t.row);
      case "GetTotalRowRange":
        if (!t.showTotals) throw new HostError("InvalidOperation", "The table has no total row.");
        return rangeOf(t, t.lastRow, t.lastRow);
      case "Rows":
        return { kind: "tableRows", table: t };
      case "Columns":
        return { kind: "tableColumns", table: t };
      case "Worksheet":
        return { kind: "worksheet", sheet: t.sheet };
      default:
        return undefined as never;
    }
  },
  get(host, { table: t }, name) {
    switch (name) {
      case "Name":
        return t.name;
      case "Id":
        return host.idOf(t);
      case "ShowHeaders":
        return t.showHeaders;
      case "ShowTotals":
        return t.showTotals;
      case "Style":
        return t.style;
      default:
        return undefined;
    }
  },
  set(host, { table: t }, name, value) {
    refuseProtected(t.sheet);
    if (name === "Name") {
      const other = host.model.table(String(value));
      if (other && other !== t)
        throw new HostError("ItemAlreadyExists", `A table named ${String(value)} exists.`);
      t.name = String(value);
    } else if (name === "Style") {
      t.style = String(value);
    } else if (name === "ShowTotals") {
      if (value === t.showTotals) return;
      t.showTotals = value === true;
      t.lastRow += t.showTotals ? 1 : -1;
    } else {
      throw new HostError("GeneralException", `host: Table.${name} cannot be set here`);
    }
  },
  call(host, { table: t }, name) {
    if (name === "_RegisterDataChangedEvent" || name === "_UnregisterDataChangedEvent") {
      host.register(t, name === "_RegisterDataChangedEvent");
      return null;
    }
    return undefined;
  },
};

/** Inserts `values` as new rows at the end of the data body, shifting what is below. */
function insertRows(host: HostState, t: FakeTable, index: unknown, values: unknown): RangeObject {
  refuseProtected(t.sheet);
  const width = t.lastCol - t.col + 1;
  if (
    !Array.isArray(values) ||
    values.length === 0 ||
    values.some((row) => !Array.isArray(row) || row.length !== width)
  )
    throw new HostError("InvalidArgument", "The number of columns doesn't match the table.");
  for (const row of values as unknown[][])
    for (const value of row) {
      // null is not a value rows.add takes (its type is boolean | string | number).
      if (value === null)
        throw new HostError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
        );
      checkCellValue(value);
    }
  const bodyRows = t.bodyLastRow - t.row;
  const at = index === null || index === undefined ? bodyRows : Number(index);
  if (at < 0 || at > bodyRows) throw new HostError("InvalidArgument", "The index is outside the table.");
  const first = t.row + 1 + at;
  const count = values.length;
  const sheet = t.sheet;
  // Shift the cells of the table's columns from `first` down by `count`, bottom up.
  const moved: [number, number][] = [];
  for (const key of sheet.cells.keys()) {
    const row = Math.floor(key / 16_384);
    const col = key % 16_384;
    if (row >= first && col >= t.col && col <= t.lastCol) moved.push([row, col]);
  }
  moved.sort((a, b) => b[0] - a[0]);
  for (const [row, col] of moved) {
    sheet.put(row + count, col, sheet.cell(row, col));
    sheet.put(row, col, undefined);
  }
  for (const other of host.model.tables) {
    if (
      other !== t &&
      other.sheet === sheet &&
      other.row >= first &&
      other.col <= t.lastCol &&
      t.col <= other.lastCol
    ) {
      other.row += count;
      other.lastRow += count;
    }
  }
  t.lastRow += count;
  // The new rows take the formats of the row above (the header's when the body was empty).
  const above = first - 1;
  (values as unknown[][]).forEach((row, i) =>
    row.forEach((value, j) => {
      const format = above > t.row ? sheet.cell(above, t.col + j)?.format : undefined;
      if (format) sheet.put(first + i, t.col + j, { value: "", format });
      enterValue(host, sheet, first + i, t.col + j, value);
    }),
  );
  const added = rangeOf(t, first, first + count - 1);
  host.changed(sheet, added, t);
  return added;
}

export const tableRows: Family<"tableRows"> = {
  path(host, { table: t }, name, args) {
    if (name === "Add") return insertRows(host, t, args[0], args[1]);
    return undefined as never;
  },
  get(_host, { table: t }, name) {
    return name === "Count" ? t.bodyLastRow - t.row : undefined;
  },
};

export const tableColumns: Family<"tableColumns"> = {
  get(_host, { table: t }, name) {
    return name === "Count" ? t.lastCol - t.col + 1 : undefined;
  },
};
