/**
 * What kind of file the bytes are, before any unzipping: empty, a zip (an OOXML package), or an
 * OLE2 compound file. Excel saves a password-protected workbook as an OLE2 container holding an
 * `EncryptedPackage` stream; an OLE2 file without one is an old .xls (or another Office file).
 */
import { isZip } from "./zip";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** `EncryptedPackage` as the UTF-16LE directory entry name of an OLE2 file. */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);

export type Container = "empty" | "zip" | "encrypted" | "other";

function isOle2(b: Uint8Array): boolean {
  if (b.length < OLE2.length) return false;
  for (let i = 0; i < OLE2.length; i++) if (b[i] !== OLE2[i]) return false;
  return true;
}

/** Whether `needle` occurs in `b`: one pass, the first byte found by indexOf. */
function contains(b: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = b.indexOf(first); i >= 0 && i + needle.length <= b.length; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && b[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

export function containerOf(bytes: Uint8Array): Container {
  if (bytes.length === 0) return "empty";
  if (isZip(bytes)) return "zip";
  if (isOle2(bytes) && contains(bytes, ENCRYPTED_PACKAGE)) return "encrypted";
  return "other";
}
