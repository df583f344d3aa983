/**
 * @jest-environment jsdom
 */
// jsdom for DOMParser (XML); the checks themselves read files and run tools.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { describeWith, toolPath } from "../support/tools";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { replaceDevUrls } = require("../../webpack.config.js") as {
  replaceDevUrls: (content: string, prodUrl: string) => string;
};

const repo = path.resolve(__dirname, "../..");
const manifestPath = path.join(repo, "manifest.xml");
// The team's schema set (../shared/schemas/office-manifest-2020, see its README), copied into
// the repository so that a clone validates on its own; the copy is checked against the team's
// set when that one is beside the clone.
const schemaDir = path.join(repo, "tests", "fixtures", "office-manifest-2020");
const sharedDir = path.resolve(repo, "..", "shared", "schemas", "office-manifest-2020");
const schema = path.join(schemaDir, "OfficeAppManifestV1_1.xsd");
const manifestText = fs.readFileSync(manifestPath, "utf8");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

const doc = new DOMParser().parseFromString(manifestText, "application/xml");
const all = (ns: string, name: string, root: Document | Element = doc): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name));
const one = (ns: string, name: string, root: Document | Element = doc): Element => {
  const found = all(ns, name, root);
  expect(found).toHaveLength(1);
  return found[0];
};
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");
const overrides = (el: Element) =>
  Object.fromEntries(
    Array.from(el.children)
      .filter((c) => c.localName === "Override")
      .map((c) => [c.getAttribute("Locale"), c.getAttribute("Value")]),
  );

function xmllint(file: string) {
  return spawnSync(toolPath("xmllint"), ["--noout", "--schema", schema, file], { encoding: "utf8" });
}

describeWith(["xmllint"], "manifest.xml against Microsoft's schemas (offline, xmllint)", () => {
  test("the schema copy is where the repository expects it, and matches the team's set", () => {
    expect(fs.existsSync(schema)).toBe(true);
    if (!fs.existsSync(sharedDir)) return;
    for (const name of fs.readdirSync(sharedDir)) {
      expect([name, fs.readFileSync(path.join(schemaDir, name), "utf8")]).toEqual([
        name,
        fs.readFileSync(path.join(sharedDir, name), "utf8"),
      ]);
    }
  });

  test("manifest.xml validates", () => {
    const result = xmllint(manifestPath);
    expect(result.stderr).toContain("validates");
    expect(result.status).toBe(0);
  });

  test("the production manifest (URLs replaced) validates too", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-manifest-"));
    const file = path.join(dir, "manifest.xml");
    const prod = replaceDevUrls(manifestText, "https://plan.example.org/vivant/");
    fs.writeFileSync(file, prod);
    const result = xmllint(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).toContain("validates");
    expect(prod).not.toContain("localhost");
  });

  test("the validator really checks: a manifest with a 300-character description fails", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pv-manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(
      file,
      manifestText.replace(/(<Description DefaultValue=")[^"]*"/, `$1${"x".repeat(300)}"`),
    );
    const result = xmllint(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
  });
});

describe("manifest.xml content", () => {
  test("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
  });

  test("is an Excel (Workbook) task pane with ReadWriteDocument and ExcelApi 1.7", () => {
    const hosts = all(NS.app, "Host").filter((h) => h.parentElement?.parentElement === doc.documentElement);
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(one(NS.app, "Permissions").textContent).toBe("ReadWriteDocument");
    const sets = all(NS.app, "Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.7"]]);
  });

  test("has a GUID id, Plan vivant as provider, fr-CA as default locale", () => {
    expect(one(NS.app, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(one(NS.app, "Id").textContent).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143"); // the template's
    expect(one(NS.app, "ProviderName").textContent).toBe("Plan vivant");
    expect(one(NS.app, "DefaultLocale").textContent).toBe("fr-CA");
  });

  test("name and description: French by default, fr-CA and fr-FR overrides, English for en-US, en-CA, en-GB", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = all(NS.app, name).find((e) => e.parentElement === doc.documentElement) as Element;
      const byLocale = overrides(el);
      const french = el.getAttribute("DefaultValue") as string;
      expect(french).toMatch(/plan d'action/);
      expect(byLocale["fr-CA"]).toBe(french);
      expect(byLocale["fr-FR"]).toBe(french);
      expect(byLocale["en-US"]).toMatch(/action plan/);
      expect(byLocale["en-CA"]).toBe(byLocale["en-US"]);
      expect(byLocale["en-GB"]).toBe(byLocale["en-US"]);
    }
  });

  test("the Home tab has a button that opens the task pane", () => {
    const tab = one(NS.ov, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = one(NS.ov, "Control", tab);
    expect(xsiType(control)).toBe("Button");
    const action = one(NS.ov, "Action", control);
    expect(xsiType(action)).toBe("ShowTaskpane");
    const resid = one(NS.ov, "SourceLocation", action).getAttribute("resid");
    const url = all(NS.bt, "Url").find((u) => u.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe("https://localhost:3000/taskpane.html");
    expect(one(NS.app, "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
    const sizes = all(NS.bt, "Image", control).map((i) => i.getAttribute("size"));
    expect(sizes).toEqual(["16", "32", "80"]);
  });

  test("every ribbon string has fr-CA, fr-FR, en-US, en-CA and en-GB overrides, and every resid resolves", () => {
    const strings = [...all(NS.bt, "String")];
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const s of strings) {
      const byLocale = overrides(s);
      expect(Object.keys(byLocale).sort()).toEqual(["en-CA", "en-GB", "en-US", "fr-CA", "fr-FR"]);
      expect(byLocale["fr-CA"]).toBe(s.getAttribute("DefaultValue"));
      // English-speaking Canada and the UK get the English ribbon, not the French default
      expect(byLocale["en-CA"]).toBe(byLocale["en-US"]);
      expect(byLocale["en-GB"]).toBe(byLocale["en-US"]);
    }
    const ids = new Set(
      [...all(NS.bt, "String"), ...all(NS.bt, "Url"), ...all(NS.bt, "Image")]
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const refs = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) expect(ids).toContain(r);
  });

  test("all URLs are https://localhost:3000 in development", () => {
    const urls = manifestText.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const ours = urls.filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org"));
    expect(ours.length).toBeGreaterThan(5);
    for (const u of ours) expect(u.startsWith("https://localhost:3000")).toBe(true);
  });

  test("every icon it names exists in assets/ as a PNG of the size it claims", () => {
    const icons = [...new Set(manifestText.match(/https:\/\/localhost:3000\/assets\/icon-\d+\.png/g) ?? [])];
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const url of icons) {
      const file = path.join(repo, "assets", path.basename(url));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    expect(fs.existsSync(path.join(repo, "assets", "aide.html"))).toBe(true);
  });
});

describe("office-addin-manifest", () => {
  test("`office-addin-manifest info manifest.xml` reads it", () => {
    const bin = path.join(repo, "node_modules", ".bin", "office-addin-manifest");
    const result = spawnSync(bin, ["info", "manifest.xml"], { cwd: repo, encoding: "utf8", timeout: 30000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Plan vivant – suivi du plan d'action PFM-MADA");
    expect(result.stdout).toContain("c51e7794-91b3-46b0-a1e6-7a902a756daa");
    expect(result.stdout).toContain("Workbook");
  });
});
