/**
 * The CLI's zip codec (see src/workbook/xlsx/codec.ts): Node's zlib, several times faster than a
 * JavaScript inflater or deflater.
 *
 * An entry is deflated as one raw-deflate stream made of independently deflated blocks of about
 * a megabyte, each primed with the 32 KB of input before it (as pigz does): each ends on a sync
 * flush and the last on the final block, so that the joined blocks are the stream of the whole
 * entry, as well compressed, while the text is never held whole.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec, ZipEntryWriter } from "../workbook/xlsx/codec";

/** Input bytes deflated in one call (each call sets up a deflater: a few hundred microseconds). */
const BLOCK = 1 << 20;
/** Deflate's window: the input a block may refer back to. */
const WINDOW = 1 << 15;
const LEVEL = 6;

class ZlibEntry implements ZipEntryWriter {
  size = 0;
  crc = 0;
  readonly compression = 8;
  readonly flag = 0;
  ondata?: ZipEntryWriter["ondata"];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private window: Uint8Array | undefined;

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final = false): void {
    if (chunk.length > 0) {
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      this.size += chunk.length;
      this.crc = crc32(chunk, this.crc);
    }
    if (this.pendingBytes >= BLOCK || final) this.deflate(final);
  }

  private deflate(final: boolean): void {
    const input = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    const out = deflateRawSync(input, {
      level: LEVEL,
      finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      ...(this.window ? { dictionary: this.window } : {}),
    });
    // A copy: the window must not keep the whole block (a Buffer's slice is a view).
    if (input.length >= WINDOW) this.window = Buffer.from(input.subarray(input.length - WINDOW));
    else if (input.length > 0) {
      const joined = this.window ? Buffer.concat([this.window, input]) : Buffer.from(input);
      this.window = joined.subarray(Math.max(0, joined.length - WINDOW));
    }
    this.ondata?.(null, out, final);
  }
}

export const ZLIB_CODEC: ZipCodec = {
  inflateUpTo(data, max) {
    try {
      return inflateRawSync(data, { maxOutputLength: max });
    } catch {
      return undefined;
    }
  },
  deflated: (path) => new ZlibEntry(path),
};
