import JSZip from "jszip";
import { savedFile } from "../../src/standalone/workbook-file";

const MAIN = (type: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="${type}"/></Types>`;

async function pkg(type: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", MAIN(type));
  return zip.generateAsync({ type: "uint8array" });
}

test("a macro-enabled workbook is downloaded as .xlsm, whatever it was named; others keep their name", async () => {
  const xlsm = await pkg("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  const xlsx = await pkg("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  expect(await savedFile(xlsm, "plan.xlsm")).toEqual({
    name: "plan.xlsm",
    type: "application/vnd.ms-excel.sheet.macroEnabled.12",
  });
  expect((await savedFile(xlsm, "plan.xlsx")).name).toBe("plan.xlsm");
  expect(await savedFile(xlsx, "plan.xlsx")).toEqual({
    name: "plan.xlsx",
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
});
