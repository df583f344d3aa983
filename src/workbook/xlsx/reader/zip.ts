/**
 * The zip container of an .xlsx package, read from its central directory: the entries are
 * listed without inflating anything, and a part is inflated only when asked for, in streaming
 * mode, stopping at MAX_PART_BYTES (and MAX_TOTAL_BYTES for the whole read) whatever size the
 * archive declares. Part names are looked up case-insensitively, as OPC says.
 *
 * A small part (at most QUICK_COMPRESSED bytes stored, and declaring at most QUICK_BYTES) is
 * first inflated whole by the host's codec, into at most QUICK_BYTES: most parts of a workbook
 * are a few kilobytes, and the streamed inflater's set-up costs more than their inflating. What
 * the codec cannot inflate that way (larger than it said, or damaged) is read streamed, which
 * applies the limits and says what is wrong; the declared size only ever chooses the way.
 */
import { Inflate } from "fflate";
import { FFLATE_CODEC, type ZipCodec } from "../codec";
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from "./limits";
import { ReadFailure } from "./failure";

interface Entry {
  /** Name as stored (without a leading slash). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** As the archive declares it: it only chooses how the part is inflated. */
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes handed to the inflater at a time. */
const CHUNK = 1 << 15;
/** A part stored in at most this many bytes may be inflated whole, by the codec. */
const QUICK_COMPRESSED = 1 << 16;
/** ... into at most this many bytes (a bound on the work and memory it may take). */
const QUICK_BYTES = 1 << 20;

function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder("utf-8");

/** An entry name: UTF-8 when the archive says so (bit 11), else the bytes as Latin-1 (ASCII in practice). */
function entryName(b: Uint8Array, at: number, length: number, flags: number): string {
  const bytes = b.subarray(at, at + length);
  if (flags & 0x800) return utf8.decode(bytes);
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

export class ZipPackage {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly codec: ZipCodec = FFLATE_CODEC,
  ) {
    const b = bytes;
    // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment).
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (u32(b, i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ReadFailure("unreadable", undefined, { kind: "zip" });
    const count = u16(b, eocd + 10);
    let at = u32(b, eocd + 16);
    for (let n = 0; n < count; n++) {
      if (at + 46 > b.length || u32(b, at) !== CENTRAL) {
        throw new ReadFailure("unreadable", undefined, { kind: "zip" });
      }
      const flags = u16(b, at + 8);
      const nameLength = u16(b, at + 28);
      const name = entryName(b, at + 46, nameLength, flags).replace(/^\/+/, "");
      const entry: Entry = {
        name,
        method: u16(b, at + 10),
        flags,
        compressedSize: u32(b, at + 20),
        declaredSize: u32(b, at + 24),
        localOffset: u32(b, at + 42),
      };
      if (!name.endsWith("/")) {
        const key = name.toLowerCase();
        if (!this.entries.has(key)) this.entries.set(key, entry);
      }
      at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
    }
  }

  /** Whether the package holds a part (case-insensitive). */
  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** The part's name as the archive spells it, or undefined. */
  spelling(part: string): string | undefined {
    return this.entries.get(part.toLowerCase())?.name;
  }

  /** The inflated bytes of a part, or undefined when the package has no such part. */
  read(part: string): Uint8Array | undefined {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return undefined;
    const { name, method, data } = this.stored(entry);
    if (method === 0) {
      this.count(name, data.length);
      return data;
    }
    return this.quick(entry, data) ?? this.inflate(name, data);
  }

  /**
   * A part's inflated bytes in pieces, as they are inflated (a few hundred kilobytes at a time):
   * each call gives the next piece, undefined at the end. Undefined when there is no such part.
   */
  stream(part: string): (() => Uint8Array | undefined) | undefined {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return undefined;
    const { name, method, data } = this.stored(entry);
    let at = 0;
    if (method === 0) {
      this.count(name, data.length);
      return () => {
        if (at >= data.length) return undefined;
        at += CHUNK * 8;
        return data.subarray(at - CHUNK * 8, Math.min(at, data.length));
      };
    }
    const whole = this.quick(entry, data);
    if (whole !== undefined) {
      let given = false;
      return () => {
        if (given) return undefined;
        given = true;
        return whole;
      };
    }
    const ready: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const inflater = new Inflate((chunk) => {
      if (this.inflated + chunk.length > MAX_TOTAL_BYTES) throw tooLarge(name, MAX_TOTAL_BYTES);
      size += chunk.length;
      if (size > MAX_PART_BYTES) throw tooLarge(name, MAX_PART_BYTES);
      this.inflated += chunk.length;
      if (chunk.length > 0) ready.push(chunk);
    });
    return () => {
      while (ready.length === 0 && !done) {
        const end = Math.min(at + CHUNK, data.length);
        done = end >= data.length;
        try {
          inflater.push(data.subarray(at, end), done);
        } catch (e) {
          if (e instanceof ReadFailure) throw e;
          throw new ReadFailure("damaged", name, { kind: "inflate" });
        }
        at = end;
      }
      return ready.shift();
    };
  }

  /** Where an entry's stored bytes are, and how they are compressed (0 stored, 8 deflated). */
  private stored(entry: Entry): { name: string; method: number; data: Uint8Array } {
    const b = this.bytes;
    const at = entry.localOffset;
    if (at + 30 > b.length || u32(b, at) !== LOCAL) {
      throw new ReadFailure("damaged", entry.name, { kind: "zip" });
    }
    const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ReadFailure("damaged", entry.name, { kind: "zip" });
    if (entry.flags & 1) throw new ReadFailure("damaged", entry.name, { kind: "zip-method" });
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ReadFailure("damaged", entry.name, { kind: "zip-method" });
    }
    return { name: entry.name, method: entry.method, data: b.subarray(start, end) };
  }

  /** A small deflated part inflated whole by the codec (counted), or undefined to stream it. */
  private quick(entry: Entry, data: Uint8Array): Uint8Array | undefined {
    if (data.length > QUICK_COMPRESSED || entry.declaredSize > QUICK_BYTES) return undefined;
    const out = this.codec.inflateUpTo(data, QUICK_BYTES);
    if (out !== undefined) this.count(entry.name, out.length);
    return out;
  }

  private count(part: string, bytes: number): void {
    if (bytes > MAX_PART_BYTES) throw tooLarge(part, MAX_PART_BYTES);
    if (this.inflated + bytes > MAX_TOTAL_BYTES) throw tooLarge(part, MAX_TOTAL_BYTES);
    this.inflated += bytes;
  }

  private inflate(part: string, data: Uint8Array): Uint8Array {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const before = this.inflated;
    const inflater = new Inflate((chunk) => {
      size += chunk.length;
      if (size > MAX_PART_BYTES) throw tooLarge(part, MAX_PART_BYTES);
      if (before + size > MAX_TOTAL_BYTES) throw tooLarge(part, MAX_TOTAL_BYTES);
      if (chunk.length > 0) chunks.push(chunk);
    });
    try {
      if (data.length === 0) inflater.push(data, true);
      for (let i = 0; i < data.length; i += CHUNK) {
        inflater.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length);
      }
    } catch (e) {
      if (e instanceof ReadFailure) throw e;
      throw new ReadFailure("damaged", part, { kind: "inflate" });
    }
    this.inflated = before + size;
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

function tooLarge(part: string, bytes: number): ReadFailure {
  return new ReadFailure("limit", part, undefined, { limit: { kind: "bytes", bytes } });
}
