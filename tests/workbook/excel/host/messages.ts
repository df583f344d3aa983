/**
 * The message Excel's host receives for one `sync()`, as the client library builds it
 * (`ClientRequest` in excel-web-16.00.debug.js), and the response it expects back.
 */

/** `ObjectPathType`: how an object is reached. */
export const PathType = {
  globalObject: 1,
  newObject: 2,
  method: 3,
  property: 4,
  indexer: 5,
  referenceId: 6,
  nullObject: 7,
} as const;

/** `ActionType`: what an action does with its object. */
export const ActionType = {
  instantiate: 1,
  query: 2,
  method: 3,
  setProperty: 4,
  trace: 5,
  queryAsJson: 7,
  update: 9,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** For each argument that is an object, its path id (0 or absent otherwise). */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

export interface ResponseBody {
  Results: ActionResult[];
  TraceIds?: number[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number; Location?: string };
}

/** The request's body: an object (the library's own), or its JSON text. */
export function decodeRequest(body: unknown): RequestBody {
  const parsed = (typeof body === "string" ? JSON.parse(body) : body) as Partial<RequestBody>;
  return { Actions: parsed.Actions ?? [], ObjectPaths: parsed.ObjectPaths ?? {} };
}

const encoder = new TextEncoder();

/** Bytes of a message as it travels (UTF-8 JSON). */
export function messageBytes(body: unknown): number {
  return encoder.encode(typeof body === "string" ? body : JSON.stringify(body)).length;
}

/** An error Excel's host reports for a whole batch: `code` as Excel names it. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The property or method name as the message spells it (`Values`) to the API's (`values`). */
export function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The API's name (`values`, `rowIndex`) as the response spells it (`Values`, `RowIndex`). */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
