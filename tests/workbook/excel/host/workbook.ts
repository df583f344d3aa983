/** The workbook (the request's root object) and the application. */
import type { Family } from "./objects";

export const workbook: Family<"workbook"> = {
  path(_host, _obj, name) {
    switch (name) {
      case "Worksheets":
        return { kind: "worksheets" };
      case "Tables":
        return { kind: "tables" };
      case "Names":
        return { kind: "names" };
      case "Application":
        return { kind: "application" };
      case "Protection":
        return { kind: "protection" };
      default:
        return undefined as never;
    }
  },
};

export const application: Family<"application"> = {
  call(host, _obj, name) {
    if (name === "SuspendScreenUpdatingUntilNextSync") {
      host.model.log.push("suspendScreenUpdatingUntilNextSync");
      return null;
    }
    return undefined;
  },
  get(_host, _obj, name) {
    return name === "CalculationMode" ? "Automatic" : undefined;
  },
};
