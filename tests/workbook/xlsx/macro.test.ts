import { declaresMacros, isMacroEnabled } from "../../../src/workbook/xlsx/macro";

const NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const types = (body: string, root = `<Types xmlns="${NS}">`, close = "</Types>") =>
  `<?xml version="1.0" encoding="UTF-8"?>${root}${body}${close}`;

describe("declaresMacros: the main part's content type, read with the tokenizer", () => {
  test("an .xlsm's main part, in any case, quoting or prefix", () => {
    expect(
      declaresMacros(
        types(
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>',
        ),
      ),
    ).toBe(true);
    expect(
      declaresMacros(
        types(
          "<ct:Override PartName = '/xl/wb.xml' ContentType = 'Application/VND.ms-excel.sheet.macroenabled.main+xml' />",
          `<ct:Types xmlns:ct="${NS}">`,
          "</ct:Types>",
        ),
      ),
    ).toBe(true);
    expect(
      declaresMacros(
        types(
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.template.macroEnabled.main+xml"/>',
        ),
      ),
    ).toBe(true);
  });

  test("an .xlsx, a VBA part alone, or the type inside a comment is not macro-enabled", () => {
    const xlsx =
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';
    expect(declaresMacros(types(xlsx))).toBe(false);
    expect(
      declaresMacros(
        types(`${xlsx}<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`),
      ),
    ).toBe(false);
    expect(
      declaresMacros(
        types(
          `${xlsx}<!-- <Override ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/> -->`,
        ),
      ),
    ).toBe(false);
  });

  test("bytes that are no package are not macro-enabled (the reader says what is wrong)", async () => {
    expect(await isMacroEnabled(new TextEncoder().encode("pas un zip"))).toBe(false);
    expect(await isMacroEnabled(new Uint8Array())).toBe(false);
  });
});
