// Bytes → string, charset chosen in this order: BOM → Content-Type header → <meta> → statistical guess → UTF-8.
// A declared charset the bytes contradict loses to the sniffed one, with a `charset-mismatch` warning.
import { warning } from "../schema/index.js";
import { canonicalCharset, decodeStrict, guessCharset, hasCjk, headerCharset, metaCharset, sniffBom } from "./charset.js";
import type { DecodedText } from "./types.js";

type Warnings = DecodedText["warnings"];
interface Declared {
  charset: string;
  via: "header" | "meta";
  /** how the declaration reads in a message */
  said: string;
}

export function decodeBytes(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: lenient(bytes.subarray(bom.length), bom.charset), charset: bom.charset, via: "bom", warnings: [] };
  const warnings: Warnings = [];
  const declared = findDeclared(bytes, contentType, warnings);
  return declared ? trustButVerify(bytes, declared, warnings) : sniff(bytes, warnings);
}

/** The header's charset, else the page's own declaration; labels no decoder knows become warnings. */
function findDeclared(bytes: Uint8Array, contentType: string | null, warnings: Warnings): Declared | null {
  const fromHeader = headerCharset(contentType);
  const fromMeta = fromHeader === null || canonicalCharset(fromHeader) === null ? metaCharset(bytes) : null;
  for (const [label, via, said] of [
    [fromHeader, "header", `the Content-Type header says charset=${fromHeader}`],
    [fromMeta, "meta", `the page declares charset=${fromMeta}`],
  ] as const) {
    if (label === null) continue;
    const charset = canonicalCharset(label);
    if (charset) return { charset, via, said };
    warnings.push(warning("unknown-charset", `${said}, which no decoder knows; ignored`));
  }
  return null;
}

function trustButVerify(bytes: Uint8Array, declared: Declared, warnings: Warnings): DecodedText {
  const { charset, via, said } = declared;
  if (charset === "utf-8") {
    const text = decodeStrict(bytes, "utf-8");
    if (text !== null) return { text, charset, via, warnings };
    const sniffed = sniff(bytes, warnings);
    if (sniffed.charset === "utf-8") return sniffed;
    return mismatch(sniffed, `${said} but the bytes are not valid UTF-8; read as ${sniffed.charset}`);
  }
  // a legacy label on bytes that are valid UTF-8 carrying Chinese is a server default, not the truth
  const asUtf8 = hasHighBytes(bytes) ? decodeStrict(bytes, "utf-8") : null;
  if (asUtf8 !== null && hasCjk(asUtf8))
    return mismatch(
      { text: asUtf8, charset: "utf-8", via: "guess", warnings },
      `${said} but the bytes are valid UTF-8 Chinese; read as utf-8`,
    );
  const text = decodeStrict(bytes, charset);
  if (text !== null) return { text, charset, via, warnings };
  const guessed = guessCharset(bytes);
  if (guessed !== null && guessed !== charset) {
    const sniffed = { text: lenient(bytes, guessed), charset: guessed, via: "guess" as const, warnings };
    return mismatch(sniffed, `${said} but the bytes do not decode as ${charset}; read as ${guessed}`);
  }
  warnings.push(warning("charset-errors", `${said} and some bytes do not decode as ${charset}; they became U+FFFD`));
  return { text: lenient(bytes, charset), charset, via, warnings };
}

/** No declaration: valid UTF-8 is UTF-8, anything else gets a statistical guess. */
function sniff(bytes: Uint8Array, warnings: Warnings): DecodedText {
  const asUtf8 = decodeStrict(bytes, "utf-8");
  if (asUtf8 !== null) return { text: asUtf8, charset: "utf-8", via: asUtf8.length === bytes.length ? "default" : "guess", warnings };
  const mostlyUtf8 = nearlyUtf8(bytes);
  if (mostlyUtf8 !== null) {
    warnings.push(warning("charset-errors", `UTF-8 with ${mostlyUtf8.invalid} invalid byte sequence(s); they became U+FFFD`));
    return { text: mostlyUtf8.text, charset: "utf-8", via: "guess", warnings };
  }
  const guessed = guessCharset(bytes);
  if (guessed !== null) return { text: lenient(bytes, guessed), charset: guessed, via: "guess", warnings };
  warnings.push(warning("charset-errors", "the bytes are not valid UTF-8 and no charset fits them; invalid bytes became U+FFFD"));
  return { text: lenient(bytes, "utf-8"), charset: "utf-8", via: "default", warnings };
}

/** at most this share of a page's non-ASCII characters may be broken for it to still count as UTF-8 */
const UTF8_DAMAGE_RATIO = 0.02;

/** A UTF-8 page with a few damaged bytes (a truncated copy, one bad paste) is still UTF-8. */
function nearlyUtf8(bytes: Uint8Array): { text: string; invalid: number } | null {
  // a 4 KB head rules out legacy-charset pages cheaply before the whole page is decoded
  if (bytes.length > 4096 && damage(lenient(bytes.subarray(0, 4096), "utf-8")) === null) return null;
  const text = lenient(bytes, "utf-8");
  const invalid = damage(text);
  return invalid !== null && hasCjk(text) ? { text, invalid } : null;
}

/** How many characters are U+FFFD, or null when that is too many for the text to be UTF-8. */
function damage(text: string): number | null {
  let invalid = 0;
  let nonAscii = 0;
  // one pass of charCodeAt: far cheaper than global regex matches on a 30 KB page
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c > 0x7f) nonAscii++;
  }
  return invalid <= (invalid + nonAscii) * UTF8_DAMAGE_RATIO ? invalid : null;
}

function mismatch(decoded: DecodedText, message: string): DecodedText {
  decoded.warnings.push(warning("charset-mismatch", message));
  return decoded;
}

function lenient(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
