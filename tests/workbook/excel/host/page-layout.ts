/**
 * A sheet's page layout (ExcelApi 1.9, Microsoft Learn "Excel.PageLayout"): `orientation` is
 * kept and read back (`Portrait` or `Landscape`, anything else InvalidArgument); the rest
 * (zoom, headers and footers, margins) is recorded in the sheet's log as `pageLayout.<path>`.
 */
import { HostError } from "./messages";
import type { Family, HostObject } from "./objects";
import { recorded } from "./recorded";

const asRecorded = (sheet: HostObject & { kind: "pageLayout" }) =>
  ({ kind: "recorded", sheet: sheet.sheet, label: "", path: "pageLayout" }) as const;

export const pageLayout: Family<"pageLayout"> = {
  path(host, obj, name, args) {
    return recorded.path?.(host, asRecorded(obj), name, args) ?? null;
  },
  get(_host, { sheet }, name) {
    return name === "Orientation" ? sheet.orientation : undefined;
  },
  set(host, obj, name, value) {
    if (name === "Orientation" && value !== "Portrait" && value !== "Landscape")
      throw new HostError(
        "InvalidArgument",
        "The argument is invalid or missing or has an incorrect format.",
      );
    recorded.set?.(host, asRecorded(obj), name, value);
    if (name === "Orientation") obj.sheet.orientation = String(value);
  },
  call(host, obj, name, args) {
    return recorded.call?.(host, asRecorded(obj), name, args);
  },
};
