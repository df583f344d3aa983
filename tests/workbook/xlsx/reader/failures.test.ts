/** What the reader says of a file it cannot read: one code per cause, the part named, no JavaScript internal. */
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { readerText } from "../../../../src/i18n/xlsx-package";
import { WorkbookError } from "../../../../src/workbook/port";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { MAX_CELLS } from "../../../../src/workbook/xlsx/reader/limits";
import { workbookSpec, writeWorkbook, type WorkbookSpec } from "./random-workbook";

async function failure(bytes: Uint8Array, lang: "fr" | "en" = "fr"): Promise<WorkbookError> {
  try {
    await readXlsx(bytes, { file: "plan.xlsx", lang });
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("readXlsx did not fail");
}

const spec: WorkbookSpec = {
  sheets: [{ name: "Notes", rows: [[{ kind: "shared", runs: ["Réalisée"] }]], gaps: [0] }],
  date1904: false,
  names: [],
};

function edit(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(writeWorkbook(spec));
  change(files);
  return zipSync(files);
}

const INTERNALS = /richText|sheetNo|Invalid string length|undefined|TypeError|at Object\./;

describe("files the reader refuses, and why", () => {
  test("an empty file", async () => {
    const e = await failure(new Uint8Array(0));
    expect(e.code).toBe("empty-file");
    expect(e.message).toContain("plan.xlsx");
  });

  test("a password-protected workbook (an OLE2 container with an EncryptedPackage stream)", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(
      [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    const e = await failure(ole);
    expect(e.code).toBe("encrypted");
    expect(e.message).toContain("mot de passe");
    expect((await failure(ole, "en")).message).toContain("password");
  });

  test("a missing workbook relationships part is damaged, naming it", async () => {
    const e = await failure(edit((f) => delete f["xl/_rels/workbook.xml.rels"]));
    expect(e.code).toBe("damaged");
    expect(e.params.part).toBe("xl/_rels/workbook.xml.rels");
    expect(e.message).toContain("xl/_rels/workbook.xml.rels");
  });

  test("a missing sheet part is damaged, naming it", async () => {
    const e = await failure(edit((f) => delete f["xl/worksheets/sheet1.xml"]));
    expect(e).toMatchObject({ code: "damaged", params: { part: "xl/worksheets/sheet1.xml" } });
  });

  test("a damaged deflate stream is damaged, naming the part", async () => {
    const bytes = writeWorkbook(spec);
    const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
    // The local header of the sheet, then its data: flip its compressed bytes.
    let at = -1;
    for (let i = 0; i < bytes.length - name.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
        const n = bytes[i + 26] | (bytes[i + 27] << 8);
        if (new TextDecoder().decode(bytes.subarray(i + 30, i + 30 + n)) === "xl/worksheets/sheet1.xml") {
          at = i + 30 + n + (bytes[i + 28] | (bytes[i + 29] << 8));
          break;
        }
      }
    }
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < 8; i++) bytes[at + i] = 0xff;
    const e = await failure(bytes);
    expect(e).toMatchObject({ code: "damaged", params: { part: "xl/worksheets/sheet1.xml" } });
  });

  test("a declared ISO-8859-1 encoding is honoured; an unknown one is an encoding error naming the part", async () => {
    const latin1 = edit((f) => {
      const xml = new TextDecoder()
        .decode(f["xl/sharedStrings.xml"])
        .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
      f["xl/sharedStrings.xml"] = Uint8Array.from([...xml].map((c) => c.charCodeAt(0)));
    });
    expect((await readXlsx(latin1)).sheets[0].values).toEqual([["Réalisée"]]);
    const unknown = edit((f) => {
      const xml = new TextDecoder()
        .decode(f["xl/sharedStrings.xml"])
        .replace('encoding="UTF-8"', 'encoding="x-martien"');
      f["xl/sharedStrings.xml"] = strToU8(xml);
    });
    const e = await failure(unknown);
    expect(e).toMatchObject({
      code: "encoding",
      params: { part: "xl/sharedStrings.xml", encoding: "x-martien" },
    });
    expect(e.message).toContain("x-martien");
  });

  test("a sheet past the cell limit is a limit error naming the part and the limit", async () => {
    const row = "<c><v>1</v></c>".repeat(1000);
    const rows = Array.from({ length: Math.ceil(MAX_CELLS / 1000) + 1 }, () => `<row>${row}</row>`).join("");
    const bytes = edit((f) => {
      f["xl/worksheets/sheet1.xml"] = strToU8(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
      );
    });
    const e = await failure(bytes);
    expect(e).toMatchObject({ code: "limit", params: { part: "xl/worksheets/sheet1.xml" } });
    expect(e.message).toMatch(/\(5\s000\s000 cellules\)/);
    expect(readerText.en.limit({ kind: "cells", cells: MAX_CELLS })).toBe("5,000,000 cells");
  }, 60_000);

  test("a part that inflates past the size limit stops there, whatever size the archive declares", async () => {
    // 250 MB of spaces inside the sheet compresses to about 250 KB.
    const bytes = edit((f) => {
      const pad = new Uint8Array(250 * 1024 * 1024).fill(32);
      const head = strToU8('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
      const tail = strToU8("<sheetData/></worksheet>");
      const xml = new Uint8Array(head.length + pad.length + tail.length);
      xml.set(head);
      xml.set(pad, head.length);
      xml.set(tail, head.length + pad.length);
      f["xl/worksheets/sheet1.xml"] = xml;
    });
    const e = await failure(bytes);
    expect(e).toMatchObject({ code: "limit", params: { part: "xl/worksheets/sheet1.xml" } });
    expect(e.message).toMatch(/\(200 Mo une fois décompressée\)/);
  }, 60_000);
});

describe("random damage", () => {
  test("a random package, truncated or with bytes changed, reads or fails with a WorkbookError in words", async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookSpec,
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.boolean(),
        async (s, cut, flips, truncate) => {
          let bytes = writeWorkbook(s);
          if (truncate) bytes = bytes.subarray(0, cut % bytes.length);
          else for (const [at, b] of flips) bytes[at % bytes.length] = b;
          try {
            await readXlsx(bytes);
          } catch (e) {
            expect(e).toBeInstanceOf(WorkbookError);
            expect((e as WorkbookError).message).not.toMatch(INTERNALS);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
