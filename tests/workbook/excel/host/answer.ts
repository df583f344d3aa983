/**
 * Answers one request message: resolves its object paths in action order (a path with a side
 * effect, `worksheets.add(name)`, runs once, where its instantiation stands), runs its actions
 * and builds the response the client library expects. The first failing action stops the
 * batch, as Excel does: what ran before it stays done (a batch is not a transaction), no
 * result is returned, and the error names the action.
 */
import { familyOf } from "./families";
import {
  ActionType,
  HostError,
  PathType,
  camel,
  pascal,
  type ActionInfo,
  type ActionResult,
  type ArgumentInfo,
  type RequestBody,
  type ResponseBody,
} from "./messages";
import type { Family, HostObject, HostState, Kind } from "./objects";

/** What the host keeps across requests: objects kept by reference (`trackedObjects`, Excel.run). */
export interface References {
  get(id: string): HostObject | undefined;
  keep(object: HostObject): string;
  release(id: string): void;
}

function notModelled(obj: HostObject, what: string): HostError {
  return new HostError("GeneralException", `host: ${obj.kind}.${what} is not modelled`);
}

/**
 * What Excel answers, in strict mode (HostState.strictNullObjects), for a method, a navigation or
 * a setter on a null object: the error of a missing item, failing the batch as getItem does.
 * Microsoft documents only that a `...OrNullObject` method gives an object whose isNullObject
 * is true; loading it (Query) and its own instantiation stay legitimate and answer null.
 */
function onNullObject(what: string): HostError {
  return new HostError("ItemNotFound", `The requested resource doesn't exist (${what} on a null object).`);
}

/** The client library's own reference keeping (Excel.run, trackedObjects): allowed on a null object. */
const REFERENCE_METHODS = new Set(["_KeepReference", "_RemoveReference"]);

function familyFor(obj: HostObject): Family<Kind> {
  return familyOf(obj.kind) as Family<Kind>;
}

/**
 * The API type of each kind, as Excel names the place of a failure in its response
 * (`Error.Location`, the library's `debugInfo.errorLocation`, e.g. `ConditionalFormat.delete`).
 */
const TYPE_NAMES: Partial<Record<Kind, string>> = {
  workbook: "Workbook",
  application: "Application",
  worksheets: "WorksheetCollection",
  worksheet: "Worksheet",
  range: "Range",
  rangeFormat: "RangeFormat",
  tables: "TableCollection",
  table: "Table",
  tableRows: "TableRowCollection",
  tableColumns: "TableColumnCollection",
  names: "NamedItemCollection",
  name: "NamedItem",
  conditionalFormats: "ConditionalFormatCollection",
  conditionalFormat: "ConditionalFormat",
  customFormat: "CustomConditionalFormat",
  dataValidation: "DataValidation",
  pageLayout: "PageLayout",
};

/** The member being run, for the failure's location: set before each family call. */
let running: { kind: Kind; name: string } | undefined;

function locationOf(): string | undefined {
  const type = running && TYPE_NAMES[running.kind];
  return type && running ? `${type}.${camel(running.name)}` : undefined;
}

function childPath(host: HostState, obj: HostObject, name: string, args: unknown[]): HostObject | null {
  const family = familyFor(obj);
  running = { kind: obj.kind, name };
  const child = family.path?.(host, obj as never, name, args);
  if (child === undefined) throw notModelled(obj, name);
  return child;
}

function scalar(host: HostState, obj: HostObject, name: string): unknown {
  const value = familyFor(obj).get?.(host, obj as never, name);
  if (value === undefined) throw notModelled(obj, name);
  return value;
}

/** The loaded properties of an object (`Select` paths such as `worksheet/name`), PascalCase. */
function properties(host: HostState, obj: HostObject, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const path of select) {
    const [head, ...rest] = path.split("/");
    const key = pascal(head);
    if (rest.length === 0) out[key] = scalar(host, obj, key);
    else nested.set(key, [...(nested.get(key) ?? []), rest.join("/")]);
  }
  for (const [key, paths] of nested) {
    const child = childPath(host, obj, key, []);
    out[key] = child === null ? null : query(host, child, paths, false);
  }
  return out;
}

/** A query's value: a collection's items (`_Items`, each with its id when it has one) or properties. */
export function query(host: HostState, obj: HostObject, select: string[], top = true): unknown {
  const family = familyFor(obj);
  if (top && family.items) {
    const items = family.items(host, obj as never);
    return {
      _Items: items.map((item) => {
        const id = family.itemId?.(host, item);
        return { ...(id === undefined ? {} : { Id: id }), ...properties(host, item, select) };
      }),
    };
  }
  return properties(host, obj, select);
}

export function answer(host: HostState, refs: References, body: RequestBody): ResponseBody {
  const objects = new Map<number, HostObject | null>();
  const kept = new Map<number, string>();
  const results: ActionResult[] = [];
  const traceIds: number[] = [];

  const args = (info: ArgumentInfo | undefined): unknown[] => {
    const values = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) values[i] = resolve(id);
    });
    return values;
  };

  const resolve = (id: number): HostObject | null => {
    if (objects.has(id)) return objects.get(id) as HostObject | null;
    const info = body.ObjectPaths[String(id)];
    if (!info) throw new HostError("InvalidObjectPath", `Object path ${id} is not in the request.`);
    let made: HostObject | null;
    switch (info.ObjectPathType) {
      case PathType.globalObject:
        made = { kind: "workbook" };
        break;
      case PathType.referenceId: {
        const found = refs.get(info.Name);
        if (!found)
          throw new HostError(
            "InvalidObjectPath",
            "The object path isn't working for what you're trying to do.",
          );
        made = found;
        break;
      }
      case PathType.nullObject:
        made = null;
        break;
      case PathType.method:
      case PathType.property:
      case PathType.indexer: {
        const parent = resolve(info.ParentObjectPathId ?? 0);
        const name = info.ObjectPathType === PathType.indexer ? "GetItem" : info.Name;
        if (parent === null && host.strictNullObjects) throw onNullObject(name);
        made = parent === null ? null : childPath(host, parent, name, args(info.ArgumentInfo));
        break;
      }
      default:
        throw new HostError("InvalidObjectPath", `Object path type ${info.ObjectPathType} is not modelled.`);
    }
    objects.set(id, made);
    return made;
  };

  const run = (action: ActionInfo): void => {
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const obj = resolve(action.ObjectPathId);
        const path = body.ObjectPaths[String(action.ObjectPathId)];
        const reference = kept.get(action.ObjectPathId);
        if (obj === null) results.push({ ActionId: action.Id, Value: null });
        else if (reference) results.push({ ActionId: action.Id, Value: { _ReferenceId: reference } });
        else if (obj.kind === "table" || obj.kind === "worksheet")
          results.push({
            ActionId: action.Id,
            Value: { Id: host.idOf(obj.kind === "table" ? obj.table : obj.sheet) },
          });
        else if (path?.Name.endsWith("OrNullObject")) results.push({ ActionId: action.Id, Value: {} });
        return;
      }
      case ActionType.query:
      case ActionType.queryAsJson: {
        const obj = resolve(action.ObjectPathId);
        const select = action.QueryInfo?.Select;
        if (obj !== null && !select) throw notModelled(obj, "load() without properties");
        results.push({ ActionId: action.Id, Value: obj === null ? null : query(host, obj, select ?? []) });
        return;
      }
      case ActionType.method: {
        const obj = resolve(action.ObjectPathId);
        if (obj === null && host.strictNullObjects && !REFERENCE_METHODS.has(action.Name))
          throw onNullObject(action.Name);
        if (obj === null) return;
        const values = args(action.ArgumentInfo);
        if (action.Name === "_KeepReference") {
          kept.set(action.ObjectPathId, refs.keep(obj));
          return;
        }
        if (action.Name === "_RemoveReference") {
          refs.release(String(values[0]));
          return;
        }
        running = { kind: obj.kind, name: action.Name };
        const value = familyFor(obj).call?.(host, obj as never, action.Name, values);
        if (value === undefined) throw notModelled(obj, `${camel(action.Name)}()`);
        results.push({ ActionId: action.Id, Value: value });
        return;
      }
      case ActionType.setProperty: {
        const obj = resolve(action.ObjectPathId);
        if (obj === null && host.strictNullObjects) throw onNullObject(action.Name);
        if (obj === null) return;
        const family = familyFor(obj);
        if (!family.set) throw notModelled(obj, action.Name);
        running = { kind: obj.kind, name: action.Name };
        family.set(host, obj as never, action.Name, args(action.ArgumentInfo)[0]);
        return;
      }
      case ActionType.trace:
        traceIds.push(action.Id);
        results.push({ ActionId: action.Id, Value: null });
        return;
      default:
        throw new HostError("GeneralException", `host: action type ${action.ActionType} is not modelled`);
    }
  };

  for (const [index, action] of body.Actions.entries()) {
    running = undefined;
    try {
      run(action);
    } catch (error) {
      const code = error instanceof HostError ? error.code : "GeneralException";
      const message = error instanceof Error ? error.message : String(error);
      if (process.env.HOST_DEBUG)
        console.log(`host: action ${index} failed: ${code} ${message}`, JSON.stringify(action));
      const location = locationOf();
      return {
        Results: [],
        Error: {
          Code: code,
          Message: message,
          HttpStatusCode: 400,
          ActionIndex: index,
          ...(location ? { Location: location } : {}),
        },
      };
    }
  }
  return traceIds.length > 0 ? { Results: results, TraceIds: traceIds } : { Results: results };
}
