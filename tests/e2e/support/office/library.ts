/**
 * The browser's side of tests/workbook/excel/host/library.ts: the same exports, over the Excel
 * client library the page loaded itself (the stand-in for office.js evaluates
 * `@microsoft/office-js`'s excel-web-16.00.debug.js before this bundle). The stand-in's bundle
 * puts this module in the place of the jsdom one (tests/e2e/support/office/bundle.ts), so the
 * host (host.ts and friends) runs unchanged in the page.
 */
import type {
  ExcelLibrary,
  HostResponse,
  RequestHandler,
  SentRequest,
} from "../../../workbook/excel/host/library";

export type { ExcelLibrary, HostResponse, RequestHandler, SentRequest };

const handlers = new Map<string, RequestHandler>();
let library: ExcelLibrary | undefined;

function load(): ExcelLibrary {
  const loaded = window as unknown as ExcelLibrary;
  if (typeof loaded.OfficeExtension?.HttpUtility?.setCustomSendRequestFunc !== "function")
    throw new Error("The Excel client library (excel-web-16.00.debug.js) is not loaded in this page.");
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const handler = handlers.get(new URL(request.url).origin);
    if (!handler) return { statusCode: 404, headers: {}, body: "" };
    return handler(request);
  });
  // Event registration is ready at once: the host delivers the events itself.
  loaded.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  return loaded;
}

/** The page's library, set up on first use. */
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
