/**
 * Microsoft's Excel JavaScript client (`@microsoft/office-js`'s excel-web-16.00.debug.js, the
 * library Excel on the web loads), evaluated once per jest worker in a jsdom window: 3 MB of
 * script, so the window is cached at module level and every host shares it.
 *
 * The library sends each `sync()` through `OfficeExtension.HttpUtility`; a custom send
 * function hands it to the host registered for the request's URL (one URL per host). Change
 * events reach the add-in's handlers through the library's own rich-API message path
 * (`_testTriggerRichApiMessageEvent`), as Excel's host delivers them.
 */
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface HostResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** What a host does with one request: answers it (the body is the JSON the library parses). */
export type RequestHandler = (request: SentRequest) => Promise<HostResponse>;

/** The parts of the library the hosts use (its own types come from @types/office-js). */
export interface ExcelLibrary {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & {
    HttpUtility: { setCustomSendRequestFunc(fn: (request: SentRequest) => Promise<HostResponse>): void };
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: unknown): void;
  };
}

const handlers = new Map<string, RequestHandler>();
let library: ExcelLibrary | undefined;

function load(): ExcelLibrary {
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(source);
  const loaded = dom.window as unknown as ExcelLibrary;
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const origin = new URL(request.url).origin;
    const handler = handlers.get(origin);
    if (!handler) return { statusCode: 404, headers: {}, body: "" };
    return handler(request);
  });
  // Event registration is ready at once: no Office host to ask.
  loaded.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return loaded;
}

/** The library, loaded on first use. */
export function excelLibrary(): ExcelLibrary {
  library ??= load();
  return library;
}

let hosts = 0;

/** Registers a handler under a fresh origin (`https://host-N.excel.test`) and returns it. */
export function registerHost(handler: RequestHandler): string {
  hosts += 1;
  const origin = `https://host-${hosts}.excel.test`;
  handlers.set(origin, handler);
  return origin;
}

/** Delivers a rich-API event message to the library's registered handlers. */
export function deliverEvent(message: unknown): void {
  excelLibrary().OfficeExtension._testTriggerRichApiMessageEvent(message);
}
