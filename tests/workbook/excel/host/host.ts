/**
 * A fake Excel that is Microsoft's own client library talking to a host of ours: the adapter
 * under test builds real `Excel.RequestContext` batches (proxies, load/sync, null objects,
 * trackedObjects, request building, error objects are the library's), and each `sync()`
 * reaches `handle()` as the message Excel's host receives. The host answers it from the
 * workbook model (`../fake/model.ts`), counts round trips and measures the real request and
 * response messages, and on the web refuses either over 5 MB (limits.ts).
 *
 * `run` is an ExcelRun made of `Excel.run`, as the add-in's own `officeRun`: each batch gets a
 * fresh context whose ranges are tracked by reference for the run and released at its end
 * (the release is one more request, counted apart in `cleanups`, not in `syncs`).
 */
import type { ExcelRun } from "../../../../src/workbook/excel/excel-port";
import type { FakeChange, FakeSheet, FakeTable, FakeWorkbook } from "../fake/model";
import { answer, type References } from "./answer";
import { intersects, a1Of } from "./addresses";
import { deliverEvent, excelLibrary, registerHost, type HostResponse, type SentRequest } from "./library";
import { WEB_PAYLOAD_LIMIT } from "./limits";
import { ActionType, decodeRequest, messageBytes, type RequestBody, type ResponseBody } from "./messages";
import type { Bounds, HostObject, HostState } from "./objects";

/** Excel's event types as the library numbers them (GenericEventHandlers' eventType). */
const EVENT_WORKSHEET_CHANGED = 10;
const EVENT_TABLE_CHANGED = 101;
const EVENT_TABLE_ADDED = 102;
/** The rich-API message category of events (OfficeExtension.Constants.eventMessageCategory). */
const EVENT_CATEGORY = 65_536;

interface PendingEvent {
  type: number;
  target: string;
  args: Record<string, unknown>;
}

export class ExcelHost implements HostState {
  /** Round trips: requests that reached Excel, the run's final release of references apart. */
  syncs = 0;
  /** Bytes of each counted request and response message (UTF-8 JSON), in order. */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  /** Requests that only released the references a run kept (Excel.run's cleanup). */
  cleanups = 0;
  /** Where this Excel runs: only "web" limits payloads. */
  platform: "desktop" | "web" = "desktop";
  /** Bytes a request or a response may carry on the web. */
  payloadLimit = WEB_PAYLOAD_LIMIT;
  /** Called after each counted request is answered (a test changes the workbook between syncs). */
  afterRequest: ((syncs: number) => void) | undefined;
  /**
   * A method, navigation or setter on a null object fails the sync with ItemNotFound (on by
   * default: nothing documents that Excel chains null objects); off, it gives a null object.
   */
  strictNullObjects = true;
  /** The last request message, for tests that look at what was sent. */
  lastRequest: RequestBody | undefined;
  readonly url: string;
  private readonly prefix: string;
  private readonly ids = new Map<FakeSheet | FakeTable, string>();
  private readonly references = new Map<string, HostObject>();
  private referenceCount = 0;
  private readonly registered = new Set<FakeSheet | FakeTable>();
  private tableAddedRegistered = false;
  private pending: PendingEvent[] = [];
  private deliveries: Promise<void>[] = [];
  private source: "Local" | "Remote" = "Local";

  constructor(readonly model: FakeWorkbook) {
    excelLibrary();
    this.url = registerHost((request) => this.handle(request));
    this.prefix = this.url.replace(/\D/g, "");
    model.changeListeners.add((change) => this.userChange(change));
  }

  /** A context for this host, outside Excel.run (objects then live for one sync only). */
  context(): Excel.RequestContext {
    return new (excelLibrary().Excel.RequestContext)(this.url);
  }

  /** The ExcelRun the adapter takes: Excel.run on this host, or on an earlier context. */
  readonly run: ExcelRun = (batch, context) => {
    const { Excel } = excelLibrary();
    return context
      ? Excel.run(context, batch)
      : Excel.run({ session: this.url, delayForCellEdit: true } as Excel.RunOptions, batch);
  };

  /** Waits until the change events raised so far have reached the add-in's handlers. */
  async events(): Promise<void> {
    while (this.deliveries.length > 0) {
      const waiting = this.deliveries;
      this.deliveries = [];
      await Promise.all(waiting);
    }
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  idOf(target: FakeSheet | FakeTable): string {
    let id = this.ids.get(target);
    if (!id) {
      id = `{${this.prefix}-${"lastCol" in target ? "T" : "S"}${this.ids.size + 1}}`;
      this.ids.set(target, id);
    }
    return id;
  }

  byId(id: string): FakeSheet | FakeTable | undefined {
    for (const [target, known] of this.ids) if (known === id) return target;
    return undefined;
  }

  register(target: FakeSheet | FakeTable, on: boolean): void {
    if (on) this.registered.add(target);
    else this.registered.delete(target);
  }

  registerAdded(on: boolean): void {
    this.tableAddedRegistered = on;
  }

  /** Whether a table or a sheet has an onChanged registration (the add-in watches it). */
  watches(target: FakeSheet | FakeTable): boolean {
    return this.registered.has(target);
  }

  /** Whether the workbook's tables.onAdded is registered. */
  get watchesAddedTables(): boolean {
    return this.tableAddedRegistered;
  }

  changed(sheet: FakeSheet, bounds: Bounds): void {
    const address = a1Of(bounds);
    // A single cell's change carries its value after it (ChangedEventDetail, ExcelApi 1.9).
    const single = bounds.r1 === bounds.r2 && bounds.c1 === bounds.c2;
    const cell = single ? sheet.cell(bounds.r1, bounds.c1) : undefined;
    const details = single
      ? {
          valueAfter: cell?.value ?? "",
          valueTypeAfter: typeof cell?.value === "number" ? "Double" : "String",
        }
      : {};
    for (const target of this.registered) {
      if ("lastCol" in target) {
        const box = { r1: target.row, c1: target.col, r2: target.lastRow, c2: target.lastCol };
        if (target.sheet !== sheet || !intersects(box, bounds)) continue;
        this.pending.push({
          type: EVENT_TABLE_CHANGED,
          target: this.idOf(target),
          args: {
            changeType: "RangeEdited",
            source: this.source,
            worksheetId: this.idOf(sheet),
            tableId: this.idOf(target),
            address,
            ...details,
          },
        });
      } else if (target === sheet) {
        this.pending.push({
          type: EVENT_WORKSHEET_CHANGED,
          target: this.idOf(sheet),
          args: {
            changeType: "RangeEdited",
            source: this.source,
            worksheetId: this.idOf(sheet),
            address,
            ...details,
          },
        });
      }
    }
  }

  added(table: FakeTable): void {
    if (!this.tableAddedRegistered) return;
    const { OfficeExtension } = excelLibrary();
    const target = (OfficeExtension as unknown as { Constants: { eventWorkbookId: string } }).Constants
      .eventWorkbookId;
    this.pending.push({
      type: EVENT_TABLE_ADDED,
      target,
      args: { source: this.source, tableId: this.idOf(table), worksheetId: this.idOf(table.sheet) },
    });
  }

  /** A person's (or a co-author's) edit: Excel raises the events of what it touched. */
  private userChange(change: FakeChange): void {
    this.source = change.source;
    try {
      this.changed(change.sheet, change);
    } finally {
      this.source = "Local";
    }
    this.flush();
  }

  /** Delivers the pending events after the current message, as Excel does. */
  private flush(): void {
    if (this.pending.length === 0) return;
    const events = this.pending;
    this.pending = [];
    this.deliveries.push(
      new Promise((resolve) =>
        setTimeout(() => {
          deliverEvent({
            entries: events.map((event) => ({
              messageCategory: EVENT_CATEGORY,
              messageType: event.type,
              targetId: event.target,
              message: JSON.stringify(event.args),
              isRemoteOverride: event.args.source === "Remote",
            })),
          });
          resolve();
        }, 0),
      ),
    );
  }

  private readonly refs: References = {
    get: (id) => this.references.get(id),
    keep: (object) => {
      this.referenceCount += 1;
      const id = `${this.prefix}!${this.referenceCount}`;
      this.references.set(id, object);
      return id;
    },
    release: (id) => {
      this.references.delete(id);
    },
  };

  /** Objects kept by reference right now (a run releases its own at its end). */
  get keptReferences(): number {
    return this.references.size;
  }

  private static isCleanup(body: RequestBody): boolean {
    const release = (a: RequestBody["Actions"][number]) =>
      a.ActionType === ActionType.method && a.Name === "_RemoveReference";
    return (
      body.Actions.some(release) &&
      body.Actions.every((a) => a.ActionType === ActionType.instantiate || release(a))
    );
  }

  private static failure(code: string, message: string): ResponseBody {
    return { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 400 } };
  }

  /** Answers one message of the client library. */
  async handle(sent: SentRequest): Promise<HostResponse> {
    const body = decodeRequest(sent.body);
    const requestBytes = messageBytes(sent.body);
    const cleanup = ExcelHost.isCleanup(body);
    if (cleanup) this.cleanups += 1;
    else {
      this.syncs += 1;
      this.requestBytes.push(requestBytes);
      this.lastRequest = body;
    }
    const web = this.platform === "web";
    let response: ResponseBody;
    if (this.model.cellEditMode && !cleanup) {
      response = ExcelHost.failure("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    } else if (web && requestBytes > this.payloadLimit) {
      response = ExcelHost.failure(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    } else {
      response = answer(this, this.refs, body);
    }
    let text = JSON.stringify(response);
    const responseBytes = messageBytes(text);
    if (web && responseBytes > this.payloadLimit) {
      response = ExcelHost.failure(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${responseBytes} bytes) has exceeded the limit.`,
      );
      text = JSON.stringify(response);
      // What Excel computed is measured, not the short error that replaces it.
    }
    if (!cleanup) this.responseBytes.push(responseBytes);
    this.flush();
    if (!cleanup) this.afterRequest?.(this.syncs);
    return { statusCode: 200, headers: {}, body: text };
  }
}
