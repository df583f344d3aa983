import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XmlTokenizer } from "../../../src/workbook/xlsx/package/tokenizer";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { parseRelationships } from "../../../src/workbook/xlsx/reader/relationships";
import { parseWorkbook, workbookNames } from "../../../src/workbook/xlsx/reader/workbook-part";
import { relativeTarget, resolveTarget, sourceOfRels } from "../../../src/workbook/xlsx/rels";
import { preparePackage } from "../../support/exceljs-reader/normalize";

test("targets resolve per OPC rules, absolute or relative to the source part", () => {
  expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table1.xml")).toBe("xl/tables/table1.xml");
  expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe("xl/tables/table1.xml");
  expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(resolveTarget("xl/workbook.xml", "./worksheets\\sheet%201.xml")).toBe("xl/worksheets/sheet 1.xml");
  expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  expect(relativeTarget("xl/worksheets/sheet1.xml", "xl/tables/table1.xml")).toBe("../tables/table1.xml");
  expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
  expect(relativeTarget("xl/drawings/drawing1.xml", "xl/media/image1.png")).toBe("../media/image1.png");
  expect(sourceOfRels("xl/worksheets/_rels/sheet1.xml.rels")).toBe("xl/worksheets/sheet1.xml");
  expect(sourceOfRels("_rels/.rels")).toBe("");
});

test("relationships and defined names are parsed with their entities", () => {
  expect(
    parseRelationships(
      new XmlTokenizer(
        '<Relationships><Relationship Id="r1" Type="t/hyperlink" Target="https://a.b/?x=1&amp;y=2" TargetMode="External"/>' +
          "<Relationship Id='r2' Type = 't/Worksheet' Target='/xl/worksheets/sheet%201.xml'/></Relationships>",
      ),
      "xl/workbook.xml",
    ),
  ).toEqual([
    { id: "r1", kind: "hyperlink", part: "" },
    { id: "r2", kind: "worksheet", part: "xl/worksheets/sheet 1.xml" },
  ]);
  const xml =
    '<workbook><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">A!$A$1:$B$2</definedName>' +
    '<definedName name="Local" localSheetId="1">1</definedName><definedName name="PlanVivant.Version">&quot;1&quot;</definedName>' +
    "<definedName name=\"Champs\">'Listes'!$A$2:$A$9</definedName></definedNames></workbook>";
  const workbook = parseWorkbook(new XmlTokenizer(xml));
  expect(workbookNames(workbook.definedNames)).toEqual({
    "PlanVivant.Version": '"1"',
    Champs: "'Listes'!$A$2:$A$9",
  });
  // Sheet-level names keep the sheet they belong to.
  expect(workbook.definedNames.find((n) => n.name === "Local")).toEqual({
    name: "Local",
    value: "1",
    localSheetId: 1,
  });
});

async function exceljsFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Suivis").addTable({ name: "Suivis", ref: "A1", columns: [{ name: "Date" }], rows: [[1]] });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("the reader follows absolute targets and part names in any case, with nothing to normalize", async () => {
  const zip = await JSZip.loadAsync(await exceljsFile());
  const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels.replace(/Target="[^"]*table1.xml"/, 'Target="/xl/tables/Suivis.xml"'),
  );
  const table = await zip.file("xl/tables/table1.xml")!.async("string");
  zip.remove("xl/tables/table1.xml");
  zip.file("xl/tables/suivis.XML", table);
  const s = await readXlsx(await zip.generateAsync({ type: "uint8array" }));
  expect(s.tables.map((t) => [t.name, t.values])).toEqual([["Suivis", [["Date"], [1]]]]);
});

// The ExcelJS-based reader the tests compare with (tests/support/exceljs-reader) needs the package
// normalized first: these check that normalization.
test("a package that needs nothing is handed over as is, without re-zipping", async () => {
  const data = await exceljsFile();
  const prepared = await preparePackage(data);
  expect(prepared.bytes).toBe(data);
  expect(prepared.changed).toEqual([]);
});

test("absolute targets and odd part names are rewritten into what ExcelJS expects", async () => {
  const zip = await JSZip.loadAsync(await exceljsFile());
  const rels = await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string");
  // Absolute target to a table part with a name ExcelJS does not recognise, in another case.
  zip.file(
    "xl/worksheets/_rels/sheet1.xml.rels",
    rels.replace(/Target="[^"]*table1.xml"/, 'Target="/xl/tables/Suivis.xml"'),
  );
  const table = await zip.file("xl/tables/table1.xml")!.async("string");
  zip.remove("xl/tables/table1.xml");
  zip.file("xl/tables/suivis.XML", table);
  const prepared = await preparePackage(await zip.generateAsync({ type: "nodebuffer" }));
  expect(prepared.changed.sort()).toEqual(["xl/tables/table1.xml", "xl/worksheets/_rels/sheet1.xml.rels"]);
  const out = await JSZip.loadAsync(prepared.bytes);
  expect(await out.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toContain(
    'Target="../tables/table1.xml"',
  );
  const wb = await new ExcelJS.Workbook().xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet("Suivis")!.getTables()).toHaveLength(1);
});
