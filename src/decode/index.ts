// Decode: bytes + transport hints → text, the charset chosen by BOM → header → <meta> → statistics.
export type { DecodedText } from "./types.js";
export { decodeBytes } from "./decode.js";
