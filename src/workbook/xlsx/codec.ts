/**
 * How a host inflates and deflates the entries of a package. The default codec (fflate, plain
 * JavaScript) runs anywhere, the page included; the CLI hands the reader and the writer Node's
 * zlib instead (src/cli/zlib-codec.ts), several times faster on the many small parts of a
 * consolidation and on the large sheets of a regional workbook.
 *
 * The reader's limits do not depend on the codec: `inflateUpTo` only ever inflates a part whole
 * up to a few megabytes, and anything larger, or anything it cannot inflate, is read by the
 * reader's own streamed inflater, which applies every limit and words every failure.
 */
import { inflateSync, ZipDeflate, type ZipInputFile } from "fflate";

/** A deflated entry of a zip being written: its bytes are pushed in order, the last with `final`. */
export interface ZipEntryWriter extends ZipInputFile {
  push(chunk: Uint8Array, final?: boolean): void;
}

export interface ZipCodec {
  /**
   * A whole raw-deflate stream, inflated, when it holds at most `max` bytes; undefined when it
   * holds more or does not inflate (the caller then streams it, and says why).
   */
  inflateUpTo(data: Uint8Array, max: number): Uint8Array | undefined;
  /** A new entry of the zip being written, deflated at the usual level (6). */
  deflated(path: string): ZipEntryWriter;
}

/** fflate's inflater writes into this buffer (one per host, reused): no growing of its output. */
let scratch: Uint8Array | undefined;

export const FFLATE_CODEC: ZipCodec = {
  inflateUpTo(data, max) {
    if (scratch === undefined || scratch.length < max + 1) scratch = new Uint8Array(max + 1);
    let out: Uint8Array;
    try {
      // Given a buffer, fflate stops growing it: output past its end is cut, hence one spare byte
      // (a stream that fills it holds more than `max` bytes).
      out = inflateSync(data, { out: scratch.subarray(0, max + 1) });
    } catch {
      return undefined;
    }
    return out.length > max ? undefined : out.slice();
  },
  deflated: (path) => new ZipDeflate(path, { level: 6 }),
};
