/**
 * How a loaded Excel client library is wired to the hosts, wherever it was loaded (a jsdom
 * window in jest: library.ts; the page itself in the add-in's e2e: tests/e2e/support/office/
 * library.ts). Each `sync()` goes to the host registered for its request's origin; events are
 * delivered through the library's own rich-API message path. No Node or DOM import here, so
 * the page's bundle can take it.
 */
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

export interface WiredLibrary {
  /** The library, loaded and wired on first use. */
  excelLibrary(): ExcelLibrary;
  /** Registers a handler under a fresh origin (`https://host-N.excel.test`) and returns it. */
  registerHost(handler: RequestHandler): string;
  /** Delivers a rich-API event message to the library's registered handlers. */
  deliverEvent(message: unknown): void;
}

/** Wires the library `load` gives (called once, on first use) to the hosts registered later. */
export function wiredLibrary(load: () => ExcelLibrary): WiredLibrary {
  const handlers = new Map<string, RequestHandler>();
  let library: ExcelLibrary | undefined;
  let hosts = 0;
  const excelLibrary = (): ExcelLibrary => {
    if (library) return library;
    const loaded = load();
    loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
      const handler = handlers.get(new URL(request.url).origin);
      if (!handler) return { statusCode: 404, headers: {}, body: "" };
      return handler(request);
    });
    // Event registration is ready at once: the hosts deliver the events themselves.
    loaded.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
    library = loaded;
    return loaded;
  };
  return {
    excelLibrary,
    registerHost(handler) {
      hosts += 1;
      const origin = `https://host-${hosts}.excel.test`;
      handlers.set(origin, handler);
      return origin;
    },
    deliverEvent(message) {
      excelLibrary().OfficeExtension._testTriggerRichApiMessageEvent(message);
    },
  };
}
