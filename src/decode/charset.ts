// Where a page says (or betrays) its charset: BOM, Content-Type header, <meta>, byte statistics.
// Each step is a small function returning a canonical TextDecoder label, or null when it has no answer.
import { createRequire } from "node:module";
import { decodeUtf8Strict, latin1Head } from "./utf8.js";

// chardet and iconv-lite load when first asked for, not with the stages: a page that is UTF-8 or says its charset
// (nearly every page) needs neither, and each costs ~10 ms of every process's start-up, each worker's too
const require = createRequire(import.meta.url);
let chardetLib: typeof import("chardet") | undefined;
let iconvLib: typeof import("iconv-lite") | undefined;
const chardet = () => (chardetLib ??= require("chardet") as typeof import("chardet"));
const iconv = () => (iconvLib ??= require("iconv-lite") as typeof import("iconv-lite"));

/** GB2312 and GBK are subsets of GB18030; Big5 variants decode with WHATWG big5 (which is big5-hkscs). */
const ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  "windows-936": "gb18030",
  ms936: "gb18030",
  "euc-cn": "gb18030",
  csgb2312: "gb18030",
  "iso-ir-58": "gb18030",
  chinese: "gb18030",
  gb18030: "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "cn-big5": "big5",
  "x-x-big5": "big5",
  csbig5: "big5",
  cp950: "big5",
  utf8: "utf-8",
  "utf-8": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
};

/** The label a decoder should use, or null when TextDecoder does not know it. */
export function canonicalCharset(label: string): string | null {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  if (ALIASES[key]) return ALIASES[key];
  try {
    return new TextDecoder(key).encoding;
  } catch {
    return null;
  }
}

export interface Bom {
  charset: string;
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) return { charset: "gb18030", length: 4 };
  return null;
}

// charset parameter of a Content-Type value: `text/html; charset="GBK"`
const HEADER_CHARSET_RE = /;\s*charset\s*=\s*["']?(?<label>[\w.:-]+)/i;

/** The raw charset label of a Content-Type header, as written. */
export function headerCharset(contentType: string | null): string | null {
  return contentType?.match(HEADER_CHARSET_RE)?.groups?.label ?? null;
}

/** how far into the page a <meta> charset declaration is looked for */
export const META_SCAN_BYTES = 4096;
// <meta charset="gbk">, <meta http-equiv="Content-Type" content="text/html; charset=gb2312">, <?xml encoding="gbk"?>
export const META_CHARSET_RE =
  /<meta\b[^>]*?\bcharset\s*=\s*(?:["']\s*)?(?<meta>[\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<xml>[\w.:-]+)/i;
/** The raw charset label declared in the first few KB of an HTML or XML page. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = latin1Head(bytes, META_SCAN_BYTES);
  const g = head.match(META_CHARSET_RE)?.groups;
  return g?.meta ?? g?.xml ?? null;
}

const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;
const fatalDecoders = new Map<string, TextDecoder>();

/** The text when the bytes decode without errors, else null; `partial` forgives a character cut at the end of a sample. */
export function decodeStrict(bytes: Uint8Array, charset: string, partial = false): string | null {
  if (charset === "utf-8" && !partial) return decodeUtf8Strict(bytes);
  let decoder = fatalDecoders.get(charset);
  if (!decoder) fatalDecoders.set(charset, (decoder = new TextDecoder(charset, { fatal: true })));
  try {
    return decoder.decode(bytes, { stream: partial });
  } catch {
    return null;
  } finally {
    if (partial) resetQuietly(decoder);
  }
}

export function hasCjk(text: string): boolean {
  return CJK_RE.test(text);
}

/** Flushing a stream that ended mid-character throws in fatal mode; the state is reset either way. */
function resetQuietly(decoder: TextDecoder): void {
  try {
    decoder.decode();
  } catch {
    // the cut character is expected in a sample
  }
}

/** chardet reads this much: enough for a confident guess, bounded cost on big pages */
const GUESS_SAMPLE_BYTES = 16 * 1024;
/** chardet must be this sure (0–100) before Big5 wins over GB18030 when both decode cleanly */
const BIG5_CONFIDENCE = 50;

/**
 * A statistical guess for bytes that are not valid UTF-8. GB18030 and Big5 come first (this is a
 * Chinese press pipeline): the one that decodes cleanly, or chardet's pick when both do, leaning
 * to GB18030 on short text where chardet is unsure. Else chardet's best clean charset, else null.
 */
export function guessCharset(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, GUESS_SAMPLE_BYTES);
  const partial = sample.length < bytes.length;
  const clean = (c: string) => decodeStrict(sample, c, partial) !== null;
  const gbClean = clean("gb18030");
  const big5Clean = clean("big5");
  // chardet costs ~1 ms per KB: ask it only when decoding alone cannot tell
  if (gbClean !== big5Clean) return gbClean ? "gb18030" : "big5";
  const ranked = chardet()
    .analyse(sample)
    .flatMap((m) => {
      const charset = canonicalCharset(m.name);
      return charset === null || charset === "utf-8" ? [] : [{ charset, confidence: m.confidence }];
    });
  if (gbClean && big5Clean) {
    const big5 = ranked.find((r) => r.charset === "big5")?.confidence ?? 0;
    const gb = ranked.find((r) => r.charset === "gb18030")?.confidence ?? 0;
    return big5 > gb && big5 >= BIG5_CONFIDENCE ? "big5" : "gb18030";
  }
  return ranked.find((r) => clean(r.charset))?.charset ?? null;
}

/** Text → bytes in a legacy charset (for tests and mojibake repair); TextDecoder cannot encode. */
export function encodeAs(text: string, charset: string): Uint8Array {
  return iconv().encode(text, charset);
}
