// Strict UTF-8 → string without a fatal TextDecoder: simdutf validates (buffer.isUtf8), ICU converts to UTF-16
// (buffer.transcode) and the UTF-16 bytes become the string in one copy. Three times cheaper on a Chinese page,
// and the same answer: both follow the WHATWG decoder, which rejects overlong forms, encoded surrogates
// (ED A0 80), code points past U+10FFFF and truncated sequences (test/decode/utf8.test.ts).
import { isAscii, isUtf8, transcode } from "node:buffer";

const BOM = [0xef, 0xbb, 0xbf];

/** the text of valid UTF-8 bytes, else null; a leading BOM is dropped, as TextDecoder drops it */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const from = bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2] ? 3 : 0;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + from, bytes.byteLength - from);
  // ASCII is latin1 byte for byte: a one-byte string, as TextDecoder would make it
  if (isAscii(view)) return view.toString("latin1");
  return transcode(view, "utf8", "utf16le").toString("utf16le");
}

/** the first `length` bytes as latin1, byte for byte (ASCII markup reads the same in any ASCII-compatible charset) */
export function latin1Head(bytes: Uint8Array, length: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(length, bytes.byteLength)).toString("latin1");
}
