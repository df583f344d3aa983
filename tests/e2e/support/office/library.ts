/**
 * The browser's side of tests/workbook/excel/host/library.ts: the same exports, over the Excel
 * client library the page loaded itself (the stand-in for office.js evaluates
 * `@microsoft/office-js`'s excel-web-16.00.debug.js before this bundle). The stand-in's bundle
 * puts this module in the place of the jsdom one (tests/e2e/support/office/bundle.ts), so the
 * host (host.ts and friends) runs unchanged in the page.
 */
import { wiredLibrary, type ExcelLibrary } from "../../../workbook/excel/host/library-wiring";

export type {
  ExcelLibrary,
  HostResponse,
  RequestHandler,
  SentRequest,
} from "../../../workbook/excel/host/library-wiring";

/** The library the page loaded itself, before this bundle. */
function load(): ExcelLibrary {
  const loaded = window as unknown as ExcelLibrary;
  if (typeof loaded.OfficeExtension?.HttpUtility?.setCustomSendRequestFunc !== "function")
    throw new Error("The Excel client library (excel-web-16.00.debug.js) is not loaded in this page.");
  return loaded;
}

export const { excelLibrary, registerHost, deliverEvent } = wiredLibrary(load);
