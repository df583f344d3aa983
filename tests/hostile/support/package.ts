/**
 * Hostile inputs made from a real tracking workbook (the CLI's demo): its parts rewritten with
 * JSZip the way other producers, slips and attackers would leave them, and a zip bomb streamed by
 * fflate (a valid sheet whose whitespace inflates far past any real plan, a few MB on disk).
 * These edit the generator's own, known XML: patterns are fine here.
 */
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import JSZip from "jszip";

export type Parts = Record<string, string | Uint8Array>;

export async function partsOf(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    parts[name] = /\.(xml|rels)$/.test(name) ? await entry.async("string") : await entry.async("uint8array");
  }
  return parts;
}

export async function zipOf(parts: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The workbook with some of its parts rewritten (a part changed to null is removed). */
export async function mutate(
  bytes: Uint8Array,
  change: (parts: Parts) => void | Record<string, string | Uint8Array | null>,
): Promise<Uint8Array> {
  const parts = await partsOf(bytes);
  const replaced = change(parts) ?? {};
  for (const [name, data] of Object.entries(replaced)) {
    if (data === null) delete parts[name];
    else parts[name] = data;
  }
  return zipOf(parts);
}

export const text = (parts: Parts, name: string): string => {
  const data = parts[name];
  if (typeof data !== "string") throw new Error(`no XML part ${name}`);
  return data;
};

/** The sheet part and table part of a sheet named in xl/workbook.xml (the demo's layout). */
export function sheetPart(parts: Parts, sheetName: string): string {
  const workbook = text(parts, "xl/workbook.xml").replace(/&apos;/g, "'");
  const sheet = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rels = text(parts, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no relationship ${sheet[1]}`);
  return `xl/${target[1]}`;
}

export function tablePartNamed(parts: Parts, table: string): string {
  const found = Object.keys(parts).find(
    (name) => name.startsWith("xl/tables/") && text(parts, name).includes(` name="${table}"`),
  );
  if (!found) throw new Error(`no table ${table}`);
  return found;
}

/** Every element of the main namespace written with the prefix `x:` (Open XML SDK style). */
export function prefixed(xml: string): string {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  return xml
    .replace(`xmlns="${main}"`, `xmlns:x="${main}"`)
    .replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, (_all, slash: string, name: string) => `<${slash}x:${name}`);
}

/** Attributes of the elements of sheetData quoted with ' and spaced around = (valid XML). */
export function spacedQuotes(xml: string): string {
  return xml.replace(
    /(<sheetData>)([\s\S]*)(<\/sheetData>)/,
    (_all, open: string, body: string, close: string) => {
      const spaced = body.replace(/ ([\w:]+)="([^"'<>]*)"/g, " $1 = '$2'");
      return open + spaced + close;
    },
  );
}

/** A comment holding tags, a processing instruction and whitespace between rows of sheetData. */
export function commentsInSheetData(xml: string): string {
  return xml
    .replace("<sheetData>", '<sheetData><!-- <row r="1"><c r="A1"><v>1</v></c></row> --><?producer note?>')
    .replace(/<\/row><row /, '</row>\n  <!-- </sheetData> <c r="Z9"> -->\n  <?pi ok?><row ');
}

/** The `r` attribute dropped from every cell that directly follows its left neighbour. */
export function cellsWithoutR(xml: string): string {
  const column = (ref: string) => {
    let n = 0;
    for (const ch of /^[A-Z]+/.exec(ref)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
    return n;
  };
  return xml.replace(/<row [^>]*>[\s\S]*?<\/row>/g, (row) => {
    let previous = 0;
    return row.replace(/<c r="([A-Z]+\d+)"/g, (all, ref: string) => {
      const col = column(ref);
      const keep = col !== previous + 1;
      previous = col;
      return keep ? all : "<c";
    });
  });
}

/** Bytes of an XML part re-encoded in ISO-8859-1, its declaration saying so. */
export function latin1(xml: string): Uint8Array {
  const declared = xml.replace(/encoding="UTF-8"/i, 'encoding="ISO-8859-1"');
  return new Uint8Array(Buffer.from(declared, "latin1"));
}

/** Relationship targets made absolute (/xl/...), as some producers write them. */
export function absoluteTargets(rels: string, folder: string): string {
  return rels.replace(/Target="(?!\/)([^"]+)"/g, (_all, target: string) => {
    const parts = `${folder}/${target}`.split("/");
    const out: string[] = [];
    for (const p of parts) {
      if (p === "..") out.pop();
      else if (p !== "." && p !== "") out.push(p);
    }
    return `Target="/${out.join("/")}"`;
  });
}

/**
 * The workbook with `part` inflating to `inflatedMb` MB: its XML with that much whitespace
 * between two rows, deflated as it is produced (the test's memory never holds it whole).
 */
export async function zipBomb(bytes: Uint8Array, part: string, inflatedMb: number): Promise<Uint8Array> {
  const parts = await partsOf(bytes);
  const xml = text(parts, part);
  const cut = xml.indexOf("</row>") + "</row>".length;
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  for (const [name, data] of Object.entries(parts)) {
    if (name === part) continue;
    const entry = new ZipPassThrough(name);
    zip.add(entry);
    entry.push(typeof data === "string" ? new TextEncoder().encode(data) : data, true);
  }
  const bomb = new ZipDeflate(part, { level: 6 });
  zip.add(bomb);
  bomb.push(new TextEncoder().encode(xml.slice(0, cut)));
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  for (let i = 0; i < inflatedMb; i++) bomb.push(spaces);
  bomb.push(new TextEncoder().encode(xml.slice(cut)), true);
  zip.end();
  if (failure) throw failure;
  return new Uint8Array(Buffer.concat(chunks));
}

/** An OLE compound file as Office writes a password-protected workbook (EncryptionInfo, EncryptedPackage). */
export function encryptedCfb(): Uint8Array {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory at sector 1
  header.writeUInt32LE(4096, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.writeUInt32LE(0, 76); // FAT in sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(0xffffffff, 76 + i * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  fat.writeUInt32LE(0xfffffffe, 8);
  const dir = Buffer.alloc(sector);
  const entry = (i: number, name: string, type: number) => {
    const at = i * 128;
    Buffer.from(name, "utf16le").copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = type;
    dir.writeUInt32LE(0xffffffff, at + 68);
    dir.writeUInt32LE(0xffffffff, at + 72);
    dir.writeUInt32LE(0xffffffff, at + 76);
  };
  entry(0, "Root Entry", 5);
  entry(1, "EncryptionInfo", 2);
  entry(2, "EncryptedPackage", 2);
  dir.writeUInt32LE(1, 76); // root's child
  dir.writeUInt32LE(2, 128 + 72); // right sibling
  const data = Buffer.alloc(sector, 0x5a);
  return new Uint8Array(Buffer.concat([header, fat, dir, data]));
}
