/** What the compatibility report says of the Excel it ran in: sets, platform, version, words. */
import {
  EXCEL_API_VERSIONS,
  officeDiagnostics,
  supportedVersions,
} from "../../../src/workbook/excel/requirements";
import { apiSetsText, compatText, platformText } from "../../../src/i18n/compat";

const scope = globalThis as { Office?: unknown };

afterEach(() => {
  delete scope.Office;
});

describe("the Excel the check ran in", () => {
  test("each ExcelApi set is asked through Office.context.requirements.isSetSupported", () => {
    const asked: string[] = [];
    scope.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            asked.push(`${name} ${version}`);
            return Number(version.split(".")[1]) <= 17;
          },
        },
      },
    };
    expect(supportedVersions()).toEqual(EXCEL_API_VERSIONS.slice(0, 17));
    expect(asked).toEqual(EXCEL_API_VERSIONS.map((v) => `ExcelApi ${v}`));
  });

  test("platform and version come from Office.context.diagnostics; outside Office, ?", () => {
    expect(officeDiagnostics()).toEqual({ host: "?", platform: "?", version: "?" });
    scope.Office = {
      context: { diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.18324.42003" } },
    };
    expect(officeDiagnostics()).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      version: "16.0.18324.42003",
    });
  });

  test("sets read as a range when unbroken from 1.1, else listed; platforms named for people", () => {
    expect(apiSetsText(["1.1", "1.2", "1.3"], "fr")).toBe("1.1 à 1.3");
    expect(apiSetsText(["1.1", "1.2", "1.3"], "en")).toBe("1.1 to 1.3");
    expect(apiSetsText(["1.1", "1.3"], "en")).toBe("1.1, 1.3");
    expect(apiSetsText([], "fr")).toBe("aucun");
    expect(platformText("OfficeOnline", "fr")).toBe("Excel sur le Web (OfficeOnline)");
    expect(platformText("Mac", "en")).toBe("Mac");
    expect(platformText("Quelquechose", "en")).toBe("Quelquechose");
  });

  test("French and English say the same things", () => {
    const keys = (lang: "fr" | "en") => {
      const t = compatText[lang];
      return [
        Object.keys(t),
        Object.keys(t.probes),
        Object.keys(t.status),
        Object.keys(t.mark),
        Object.keys(t.platforms),
      ]
        .map((list) => list.sort().join(","))
        .join("|");
    };
    expect(keys("fr")).toBe(keys("en"));
  });
});
