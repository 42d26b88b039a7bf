// Bytes → string. Minimal for now: BOM, else UTF-8, else GB18030.
import type { DecodedText } from "./types.js";

export function decodeBytes(bytes: Uint8Array, _contentType: string | null = null): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), charset: "utf-8", via: "bom", warnings: [] };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), charset: "utf-8", via: "default", warnings: [] };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), charset: "gb18030", via: "guess", warnings: [] };
  }
}
