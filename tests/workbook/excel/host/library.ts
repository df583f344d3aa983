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

import { wiredLibrary, type ExcelLibrary } from "./library-wiring";

export type { ExcelLibrary, HostResponse, RequestHandler, SentRequest } from "./library-wiring";

/** The library evaluated in a jsdom window of its own. */
function load(): ExcelLibrary {
  const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8");
  const dom = new JSDOM("<!doctype html><html><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  dom.window.eval(source);
  return dom.window as unknown as ExcelLibrary;
}

export const { excelLibrary, registerHost, deliverEvent } = wiredLibrary(load);
