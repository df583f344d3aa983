/**
 * Small parts are inflated whole by the host's codec (src/workbook/xlsx/codec.ts), bounded; the
 * size the archive declares only chooses the way: a part that holds more than it says, or that
 * does not inflate, is read streamed, under every limit, with the same words.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { deflateRawSync } from "node:zlib";
import { ZLIB_CODEC } from "../../../../src/cli/zlib-codec";
import { WorkbookError } from "../../../../src/workbook/port";
import { FFLATE_CODEC, type ZipCodec } from "../../../../src/workbook/xlsx/codec";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { writeWorkbook, type WorkbookSpec } from "./random-workbook";

const spec: WorkbookSpec = {
  sheets: [{ name: "Notes", rows: [[{ kind: "shared", runs: ["Réalisée"] }]], gaps: [0] }],
  date1904: false,
  names: [],
};
const SHEET = "xl/worksheets/sheet1.xml";

/** Sets the uncompressed size the central directory declares for `part`. */
function declare(zip: Uint8Array, part: string, size: number): Uint8Array {
  const b = Buffer.from(zip);
  for (let at = b.indexOf("PK\u0001\u0002"); at >= 0; at = b.indexOf("PK\u0001\u0002", at + 4)) {
    const n = b.readUInt16LE(at + 28);
    if (b.toString("utf8", at + 46, at + 46 + n) === part) {
      b.writeUInt32LE(size, at + 24);
      return b;
    }
  }
  throw new Error(`no ${part}`);
}

/** The workbook with its sheet padded by `spaces` blanks before </worksheet>. */
function padded(spaces: number): Uint8Array {
  const files = unzipSync(writeWorkbook(spec));
  const xml = new TextDecoder().decode(files[SHEET]);
  files[SHEET] = strToU8(xml.replace("</worksheet>", `${" ".repeat(spaces)}</worksheet>`));
  return zipSync(files);
}

async function failure(bytes: Uint8Array, codec: ZipCodec): Promise<WorkbookError> {
  try {
    await readXlsx(bytes, { file: "plan.xlsx", codec });
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("readXlsx did not fail");
}

describe.each([
  ["fflate", FFLATE_CODEC],
  ["zlib", ZLIB_CODEC],
])("small parts inflated whole by the %s codec", (_, codec) => {
  test("a part of a few kilobytes that declares 3 MB, or 10 bytes while it holds 3 MB, reads the same", async () => {
    const plain = await readXlsx(writeWorkbook(spec), { codec });
    expect(plain.sheets[0].values).toEqual([["Réalisée"]]);
    const lying = declare(writeWorkbook(spec), SHEET, 3_000_000);
    expect(await readXlsx(lying, { codec })).toEqual(plain);
    // 3 MB of blanks deflate into a few kilobytes: past the whole-inflating bound, read streamed.
    const understated = declare(padded(3_000_000), SHEET, 10);
    expect(await readXlsx(understated, { codec })).toEqual(plain);
  });

  test("a damaged small part is damaged, naming it", async () => {
    const b = Buffer.from(writeWorkbook(spec));
    // The first spelling of the name is in the sheet's local header, 30 bytes after its start.
    const local = b.indexOf(SHEET) - 30;
    expect([b.readUInt32LE(local), b.readUInt16LE(local + 8)]).toEqual([0x04034b50, 8]);
    const data = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    b.fill(0xff, data, data + 8);
    const e = await failure(b, codec);
    expect(e).toMatchObject({ code: "damaged", params: { part: SHEET } });
    expect(e.message).toContain("plan.xlsx");
  });

  test("whole inflating gives the bytes when they fit the bound, and nothing otherwise", () => {
    const data = strToU8("<a>".repeat(50_000));
    const deflated = deflateRawSync(data);
    expect(Buffer.from(codec.inflateUpTo(deflated, data.length) ?? []).equals(Buffer.from(data))).toBe(true);
    expect(codec.inflateUpTo(deflated, data.length - 1)).toBeUndefined();
    expect(codec.inflateUpTo(deflated.subarray(0, 100), data.length)).toBeUndefined();
  });
});

test("what the fflate codec gives stays the caller's: a second inflating does not change the first", () => {
  const one = FFLATE_CODEC.inflateUpTo(deflateRawSync(strToU8("one")), 100);
  FFLATE_CODEC.inflateUpTo(deflateRawSync(strToU8("two!")), 100);
  expect(new TextDecoder().decode(one)).toBe("one");
});
