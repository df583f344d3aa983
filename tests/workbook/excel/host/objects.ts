/**
 * The objects a request's object paths reach, as the host keeps them while it answers one
 * message: model objects (a sheet, a table, a range's bounds) behind each API type, and a
 * family per type that knows its navigation properties, methods, scalar properties and setters.
 */
import type { FakeName, FakeRule, FakeSheet, FakeTable, FakeWorkbook } from "../fake/model";

export interface Bounds {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface RangeObject extends Bounds {
  kind: "range";
  sheet: FakeSheet;
}

export type HostObject =
  | { kind: "workbook" }
  | { kind: "application" }
  | { kind: "protection"; sheet?: FakeSheet }
  | { kind: "worksheets" }
  | { kind: "worksheet"; sheet: FakeSheet }
  | RangeObject
  | { kind: "rangeFormat"; range: RangeObject }
  | { kind: "tables"; sheet?: FakeSheet }
  | { kind: "table"; table: FakeTable }
  | { kind: "tableRows"; table: FakeTable }
  | { kind: "tableColumns"; table: FakeTable }
  | { kind: "names"; sheet?: FakeSheet }
  | { kind: "name"; item: FakeName }
  | { kind: "conditionalFormats"; range: RangeObject }
  | { kind: "conditionalFormat"; rule: FakeRule; sheet: FakeSheet; from: RangeObject }
  | { kind: "customFormat"; rule: FakeRule; sheet: FakeSheet; part: string }
  | { kind: "dataValidation"; range: RangeObject }
  | { kind: "pageLayout"; sheet: FakeSheet }
  | { kind: "recorded"; sheet: FakeSheet; label: string; path: string };

export type Kind = HostObject["kind"];
export type ObjectOf<K extends Kind> = Extract<HostObject, { kind: K }>;

/** What a family may ask of the host while it answers one message. */
export interface HostState {
  readonly model: FakeWorkbook;
  /**
   * Whether a method, a navigation or a setter on a null object fails the batch (ItemNotFound),
   * rather than giving another null object or doing nothing: what real Excel does there is not
   * documented, so the adapter must never rely on it.
   */
  readonly strictNullObjects: boolean;
  /** Records that cells of a sheet changed (for change events), in A1 bounds. */
  changed(sheet: FakeSheet, bounds: Bounds, table?: FakeTable): void;
  /** The stable id of a sheet or a table (events, collection items). */
  idOf(target: FakeSheet | FakeTable): string;
  /** A sheet or table by its id. */
  byId(id: string): FakeSheet | FakeTable | undefined;
  /** Registers (or removes) a change-event registration for a sheet or a table. */
  register(target: FakeSheet | FakeTable, on: boolean): void;
  /** Registers (or removes) the workbook's table-added event. */
  registerAdded(on: boolean): void;
  /** Records that a table was added (for the table-added event). */
  added(table: FakeTable): void;
}

/** One API type: how its paths, methods and properties behave. Absent members fail as Excel does. */
export interface Family<K extends Kind> {
  /** A child object reached by a property (`Format`) or a method (`GetRange`); null: a null object. */
  path?(host: HostState, obj: ObjectOf<K>, name: string, args: unknown[]): HostObject | null;
  /** A scalar property for a query (PascalCase name); undefined when not modelled. */
  get?(host: HostState, obj: ObjectOf<K>, name: string): unknown;
  set?(host: HostState, obj: ObjectOf<K>, name: string, value: unknown): void;
  /** A method called for its effect or scalar result (`Delete`, `Select`, `_RegisterDataChangedEvent`). */
  call?(host: HostState, obj: ObjectOf<K>, name: string, args: unknown[]): unknown;
  /** A collection's items, in order. */
  items?(host: HostState, obj: ObjectOf<K>): HostObject[];
  /** The id a collection item is addressed by (the indexer's argument), when it has one. */
  itemId?(host: HostState, obj: HostObject): string | undefined;
}
