/**
 * The CLI's zip codec (src/cli/zlib-codec.ts): an entry deflated in blocks, each primed with the
 * input before it, is one deflate stream that the project's reader, fflate and Python's zipfile
 * all read back byte for byte; its inflating stops at the bound it is given.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { strToU8, unzipSync, Zip } from "fflate";
import { emptySheet, type PlanValue, type WorkbookPlan } from "../../src/domain/layout/sheet-plan";
import { ZLIB_CODEC } from "../../src/cli/zlib-codec";
import { readXlsx } from "../../src/workbook/xlsx/read";
import { ZipPackage } from "../../src/workbook/xlsx/reader/zip";
import { writeNewWorkbook } from "../../src/workbook/xlsx/writer/new-workbook";
import { PYTHON, testWith } from "../workbook/xlsx/tools";
import { tempDir } from "./run";

/** About `bytes` of XML-like text that repeats at every distance, across the codec's blocks. */
function text(bytes: number): Uint8Array {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `<row r="${i}"><c t="s"><v>${(i * 7919) % 1000}</v></c><c><v>${i % 97}.5</v></c></row>\n`;
    lines.push(line);
    size += line.length;
  }
  return strToU8(lines.join(""));
}

/** A zip of `entries`, each deflated by the codec and pushed in pieces of the given sizes. */
function zipOf(entries: [string, Uint8Array][], piece: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    out.push(chunk);
  });
  for (const [name, data] of entries) {
    const file = ZLIB_CODEC.deflated(name);
    zip.add(file);
    for (let at = 0; at < data.length; at += piece) file.push(data.subarray(at, at + piece));
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  return Buffer.concat(out);
}

/** The stored size of an entry, from its central directory record. */
function compressedSize(zip: Uint8Array, name: string): number {
  const b = Buffer.from(zip);
  for (let at = b.indexOf("PK\u0001\u0002"); at >= 0; at = b.indexOf("PK\u0001\u0002", at + 4)) {
    const n = b.readUInt16LE(at + 28);
    if (b.toString("utf8", at + 46, at + 46 + n) === name) return b.readUInt32LE(at + 20);
  }
  throw new Error(`no ${name} in the zip`);
}

const big = text(3_500_000);
const entries: [string, Uint8Array][] = [
  ["xl/worksheets/sheet1.xml", big],
  ["xl/empty.xml", new Uint8Array(0)],
  ["xl/small.xml", text(40_000)],
];

describe("the CLI's zlib codec", () => {
  it.each([100_000, 1_000_003, 4_000_000])(
    "deflates an entry pushed in pieces of %i bytes into a stream the reader and fflate read back",
    (piece) => {
      const zip = zipOf(entries, piece);
      const files = unzipSync(zip);
      const pkg = new ZipPackage(zip);
      for (const [name, data] of entries) {
        expect(Buffer.from(files[name]).equals(Buffer.from(data))).toBe(true);
        expect(Buffer.from(pkg.read(name) ?? []).equals(Buffer.from(data))).toBe(true);
      }
      // Compressed as well as one deflate of the whole text, within a percent.
      const whole = deflateRawSync(big, { level: 6 }).length;
      expect(compressedSize(zip, "xl/worksheets/sheet1.xml")).toBeLessThan(whole * 1.01);
    },
  );

  testWith("python3")("writes a zip Python's zipfile tests clean and reads back byte for byte", () => {
    const dir = tempDir();
    const file = path.join(dir, "blocks.zip");
    writeFileSync(file, zipOf(entries, 300_000));
    const script =
      "import hashlib, sys, zipfile\n" +
      "z = zipfile.ZipFile(sys.argv[1])\n" +
      "assert z.testzip() is None\n" +
      "for n in z.namelist(): print(n, len(z.read(n)), hashlib.sha256(z.read(n)).hexdigest())\n";
    const out = execFileSync(PYTHON, ["-c", script, file], { encoding: "utf8" }).trim().split("\n");
    const sha = (d: Uint8Array) => createHash("sha256").update(d).digest("hex");
    expect(out).toEqual(entries.map(([name, data]) => `${name} ${data.length} ${sha(data)}`));
  });

  it("writes a workbook whose every part reads back as the default codec's does", async () => {
    const rows: PlanValue[][] = Array.from({ length: 20_000 }, (_, i) => [
      `Ville ${i % 13}`,
      i,
      `texte ${i}`,
    ]);
    const sheet = {
      ...emptySheet("Données"),
      tables: [
        {
          name: "Grand",
          row: 1,
          col: 1,
          columns: [
            { header: "Ville", width: 20 },
            { header: "N", width: 8, format: "integer" as const },
            { header: "Texte", width: 30, wrap: true },
          ],
          rows,
          style: "TableStyleMedium2",
        },
      ],
    };
    const plan: WorkbookPlan = { lang: "fr", sheets: [sheet], definedNames: {} };
    const byZlib = writeNewWorkbook(plan, { charts: false, codec: ZLIB_CODEC });
    const byDefault = writeNewWorkbook(plan, { charts: false });
    const zlibFiles = unzipSync(byZlib);
    const defaultFiles = unzipSync(byDefault);
    expect(Object.keys(zlibFiles)).toEqual(Object.keys(defaultFiles));
    for (const name of Object.keys(defaultFiles))
      expect(Buffer.from(zlibFiles[name]).equals(Buffer.from(defaultFiles[name]))).toBe(true);
    expect(zlibFiles["xl/worksheets/sheet1.xml"].length).toBeGreaterThan(1 << 20);
    const read = await readXlsx(byZlib, { codec: ZLIB_CODEC });
    expect(read).toEqual(await readXlsx(byDefault));
    expect(read.tables[0].values).toHaveLength(1 + 20_000);
    expect(read.tables[0].values[20_000]).toEqual(["Ville 5", 19_999, "texte 19999"]);
  });

  it("inflates whole what fits the bound, and nothing that does not fit or does not inflate", () => {
    const data = text(200_000);
    const deflated = deflateRawSync(data);
    expect(Buffer.from(ZLIB_CODEC.inflateUpTo(deflated, data.length) ?? []).equals(Buffer.from(data))).toBe(
      true,
    );
    expect(ZLIB_CODEC.inflateUpTo(deflated, data.length - 1)).toBeUndefined();
    expect(ZLIB_CODEC.inflateUpTo(deflated.subarray(0, deflated.length >> 1), data.length)).toBeUndefined();
    const flipped = Uint8Array.from(deflated);
    flipped.fill(0xff, 0, 8);
    expect(ZLIB_CODEC.inflateUpTo(flipped, data.length)).toBeUndefined();
  });
});
