/**
 * What the add-in's page gets in the place of office.js from Microsoft's CDN, in the e2e tests
 * (tests/e2e/addin.test.ts routes the CDN's address to it). Evaluated after Microsoft's own
 * Excel client library (excel-web-16.00.debug.js, the script office.js loads in Excel on the
 * web: it brings `Excel`, `OfficeExtension` and the `Office` namespace without `onReady`), it
 * provides what the office.js loader provides: `Office.onReady`, `Office.context` (display
 * language, platform, requirement sets, diagnostics, theme), `Office.HostType` and
 * `Office.PlatformType`, and the host facade under `OSF.DDA.RichApi.executeRichApiRequestAsync`,
 * through which the library sends every `sync()` of the add-in, as in Excel: here to the fake
 * Excel host of the adapter's tests (tests/workbook/excel/host/), running in the page on a
 * workbook that this script creates first: the example plan (the demo), in the display language.
 *
 * The page's test reads the host's workbook through `window.planVivantFake` (FakeInspector).
 */
import { today } from "../../../../src/domain/dates";
import { langFromLocale } from "../../../../src/domain/lang";
import { startWorkbook } from "../../../../src/features/start-workbook";
import { ExcelPort } from "../../../../src/workbook/excel/excel-port";
import { FakeWorkbook, type FakeCell, type FakeTable } from "../../../workbook/excel/fake/model";
import { ExcelHost } from "../../../workbook/excel/host/host";
import { excelLibrary } from "./library";
import type { FakeInspector, StandInOptions } from "./inspector";

const options: StandInOptions = {
  displayLanguage: "fr-CA",
  platform: "PC",
  excelApi: "1.17",
  ...(window as unknown as { __planVivantOffice?: Partial<StandInOptions> }).__planVivantOffice,
};
const lang = langFromLocale(options.displayLanguage);

const HOST_TYPE = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
};
const PLATFORM_TYPE = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
};

/** Whether `set` at `version` is supported: ExcelApi up to `options.excelApi`, no other set. */
function isSetSupported(set: string, version?: string): boolean {
  if (set.toLowerCase() !== "excelapi") return false;
  const [major, minor] = (version ?? "1.1").split(".").map(Number);
  const [topMajor, topMinor] = options.excelApi.split(".").map(Number);
  return major < topMajor || (major === topMajor && (minor ?? 0) <= topMinor);
}

const context = {
  displayLanguage: options.displayLanguage,
  contentLanguage: options.displayLanguage,
  platform: options.platform,
  host: HOST_TYPE.Excel,
  requirements: { isSetSupported },
  diagnostics: { host: HOST_TYPE.Excel, platform: options.platform, version: "16.0.17928.20114" },
  officeTheme: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  },
  document: { mode: "readWrite", url: "https://contoso.sharepoint.com/Plan%20vivant.xlsx" },
};

excelLibrary();
const osf = (window as unknown as { OSF: OsfSurface }).OSF;

const wb = new FakeWorkbook();
wb.locale = lang === "fr" ? "fr-CA" : "en-US";
const host = new ExcelHost(wb);
host.platform = options.platform === PLATFORM_TYPE.OfficeOnline ? "web" : "desktop";

/** Office's codes for Excel on the web's payload limits (RichApiMessageUtility's ooe… codes). */
const OFFICE_ERROR_CODES: Record<string, number> = {
  RequestPayloadSizeLimitExceeded: 5103,
  ResponsePayloadSizeLimitExceeded: 5104,
};

/**
 * The host facade of office.js, as Excel's Office host provides it: the library's
 * `Excel.run` (no session: the document the add-in runs in) sends each batch through
 * `OSF.DDA.RichApi.executeRichApiRequestAsync`, which comes here. The request's safe array
 * holds the message (index 4); the answer is the host's, as a safe array [status, headers, body],
 * or Office's error code for a payload over the web's limit.
 */
function invokeMethod(method: unknown, args: ArrayLike<unknown>): void {
  const callback = args[args.length - 1] as (result: unknown) => void;
  if (method !== osf.DDA.AsyncMethodNames.ExecuteRichApiRequestAsync) {
    callback({ status: "failed", error: { code: 5001, message: "Not supported by the stand-in." } });
    return;
  }
  viaOffice += 1;
  const message = args[0] as unknown[];
  const pairs = (message[3] ?? []) as string[];
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) headers[pairs[i]] = pairs[i + 1];
  void host
    .handle({ method: String(message[1]), url: host.url, headers, body: message[4] })
    .then((response) => {
      const code = (JSON.parse(response.body) as { Error?: { Code?: string; Message?: string } }).Error;
      const officeCode = code?.Code ? OFFICE_ERROR_CODES[code.Code] : undefined;
      if (officeCode !== undefined)
        callback({ status: "failed", error: { code: officeCode, message: code?.Message ?? "" } });
      else callback({ status: "succeeded", value: { data: [response.statusCode, [], response.body] } });
    });
}

// The library's `Office.context` and async methods ask OSF's app factory, as in Office.
osf._OfficeAppFactory = {
  getContext: () => context,
  getHostInfo: () => ({ hostType: "excel", hostPlatform: "web", isDialog: false }),
  getId: () => "plan-vivant-e2e",
  getHostFacade: () => ({ [osf.DDA.DispIdHost.Methods.InvokeMethod]: invokeMethod }),
};
// What office.js's initialisation does for Excel (loadAppSpecificScriptAndCreateOM): the rich
// API's async method, which goes through the host facade above. Change events reach the add-in
// through the library's own message path (host/library.ts's ready and trigger hooks).
osf.DDA.DispIdHost.addAsyncMethods(osf.DDA.RichApi, [osf.DDA.AsyncMethodNames.ExecuteRichApiRequestAsync]);

type Info = { host: string; platform: string };

/** The parts of the library's OSF namespace the stand-in uses. */
interface OsfSurface {
  DDA: {
    AsyncMethodNames: { ExecuteRichApiRequestAsync: unknown };
    DispIdHost: {
      Methods: { InvokeMethod: string };
      addAsyncMethods(target: unknown, methods: unknown[]): void;
    };
    RichApi: unknown;
  };
  _OfficeAppFactory: unknown;
}

let status: FakeInspector["status"] = "booting";
/** The messages of the workbook's creation, before the add-in ran. */
const booted = { requests: 0, responses: 0, cleanups: 0 };
/** Requests that came through Office's host facade (the add-in's; the workbook's creation uses a session). */
let viaOffice = 0;
const ready: Promise<Info> = (async () => {
  try {
    const port = new ExcelPort(host.run, { lang, supports: (v) => isSetSupported("ExcelApi", v) });
    await startWorkbook(port, { lang, demo: true, today: today() });
    // What the add-in does is counted from here.
    host.syncs = 0;
    booted.requests = host.requestBytes.length;
    booted.responses = host.responseBytes.length;
    booted.cleanups = host.cleanups;
    status = "ready";
  } catch (error) {
    status = `failed: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
  return { host: HOST_TYPE.Excel, platform: options.platform };
})();

const office = (window as unknown as { Office: Record<string, unknown> }).Office;
office.HostType = HOST_TYPE;
office.PlatformType = PLATFORM_TYPE;
office.onReady = (callback?: (info: Info) => void): Promise<Info> =>
  ready.then((info) => {
    callback?.(info);
    return info;
  });

const valueOf = (cell: FakeCell | undefined) => (cell === undefined ? "" : cell.value);

function tableOf(name: string): FakeTable {
  const table = wb.table(name);
  if (!table) throw new Error(`no table ${name} in the fake workbook`);
  return table;
}

const inspector: FakeInspector = {
  get status() {
    return status;
  },
  get syncs() {
    return host.syncs;
  },
  get requests() {
    return host.syncs + host.cleanups - booted.cleanups;
  },
  get viaOffice() {
    return viaOffice;
  },
  get platform() {
    return host.platform;
  },
  get officeOnWeb() {
    return Office.context.platform === Office.PlatformType.OfficeOnline;
  },
  get largestRequest() {
    return Math.max(0, ...host.requestBytes.slice(booted.requests));
  },
  get largestResponse() {
    return Math.max(0, ...host.responseBytes.slice(booted.responses));
  },
  sheetNames: () => wb.sheets.map((s) => s.name),
  table(name) {
    const table = tableOf(name);
    const line = (row: number) =>
      Array.from({ length: table.lastCol - table.col + 1 }, (_, i) =>
        valueOf(table.sheet.cell(row, table.col + i)),
      );
    const rows: (string | number | boolean)[][] = [];
    for (let row = table.row + 1; row <= table.bodyLastRow; row += 1) rows.push(line(row));
    return { sheet: table.sheet.name, header: line(table.row).map(String), rows };
  },
  rows(sheetName) {
    const sheet = wb.sheet(sheetName);
    const used = sheet?.usedRange();
    if (!sheet || !used) return [];
    const rows: (string | number | boolean)[][] = [];
    for (let row = used.r1; row <= used.r2; row += 1) {
      const line: (string | number | boolean)[] = [];
      for (let col = used.c1; col <= used.c2; col += 1) line.push(valueOf(sheet.cell(row, col)));
      rows.push(line);
    }
    return rows;
  },
  log: (sheetName) => [...(wb.sheet(sheetName)?.log ?? [])],
  names: () => wb.names.map((n) => ({ name: n.name, formula: n.formula, sheet: n.sheet?.name })),
};
(window as unknown as { planVivantFake: FakeInspector }).planVivantFake = inspector;
