// decodeUtf8Strict (isUtf8 + transcode) gives what a fatal TextDecoder gives: the same text for valid UTF-8,
// null exactly where TextDecoder throws. latin1Head reads bytes 1:1 as metaCharset needs them.
import { describe, expect, test } from "vitest";
import { decodeUtf8Strict, latin1Head } from "../../src/decode/utf8.js";

const fatal = new TextDecoder("utf-8", { fatal: true });
const viaTextDecoder = (bytes: Uint8Array): string | null => {
  try {
    return fatal.decode(bytes);
  } catch {
    return null;
  }
};
const b = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

const VALID: [string, Uint8Array][] = [
  ["empty", b()],
  ["ASCII", utf8("<p>abc</p>")],
  ["Chinese", utf8("全省开发区第三次“三个一批”活动。")],
  ["NUL and controls", b(0x00, 0x01, 0x7f)],
  ["U+0080 (smallest two-byte)", b(0xc2, 0x80)],
  ["é alone (fits latin1)", utf8("café")],
  ["U+0800 (smallest three-byte)", b(0xe0, 0xa0, 0x80)],
  ["U+D7FF (just below the surrogates)", b(0xed, 0x9f, 0xbf)],
  ["U+E000 (just above the surrogates)", b(0xee, 0x80, 0x80)],
  ["U+FFFF (a noncharacter, still valid)", b(0xef, 0xbf, 0xbf)],
  ["U+10000 (smallest four-byte)", b(0xf0, 0x90, 0x80, 0x80)],
  ["U+10FFFF (the last code point)", b(0xf4, 0x8f, 0xbf, 0xbf)],
  ["an emoji between Han", utf8("开发区😀签约")],
  ["a BOM in the middle stays", utf8("a\ufeffb")],
];
const INVALID: [string, Uint8Array][] = [
  ["a lone continuation byte", b(0x61, 0x80, 0x62)],
  ["overlong '/' (C0 AF)", b(0xc0, 0xaf)],
  ["overlong two-byte C1 BF", b(0xc1, 0xbf)],
  ["overlong three-byte (E0 80 80)", b(0xe0, 0x80, 0x80)],
  ["overlong four-byte (F0 80 80 80)", b(0xf0, 0x80, 0x80, 0x80)],
  ["an encoded high surrogate (ED A0 80)", b(0xed, 0xa0, 0x80)],
  ["an encoded low surrogate (ED BF BF)", b(0xed, 0xbf, 0xbf)],
  ["past U+10FFFF (F4 90 80 80)", b(0xf4, 0x90, 0x80, 0x80)],
  ["F5, never a lead byte", b(0xf5, 0x80, 0x80, 0x80)],
  ["FF", b(0x61, 0xff)],
  ["a three-byte sequence cut at the end", b(0x61, 0xe4, 0xb8)],
  ["a four-byte sequence cut at the end", b(0xf0, 0x9f, 0x98)],
  ["a lead byte followed by ASCII", b(0xe4, 0x61, 0x62)],
  ["GBK bytes of 开发区", b(0xbf, 0xaa, 0xb7, 0xa2, 0xc7, 0xf8)],
];

describe("decodeUtf8Strict agrees with a fatal TextDecoder", () => {
  test.each(VALID)("valid: %s", (_, bytes) => {
    const text = decodeUtf8Strict(bytes);
    expect(text).not.toBeNull();
    expect(text).toBe(viaTextDecoder(bytes));
  });
  test.each(INVALID)("invalid: %s", (_, bytes) => {
    expect(viaTextDecoder(bytes)).toBeNull();
    expect(decodeUtf8Strict(bytes)).toBeNull();
  });
  test("a leading BOM is dropped, as TextDecoder drops it; a second one stays", () => {
    const bytes = b(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61);
    expect(decodeUtf8Strict(bytes)).toBe("\ufeffa");
    expect(decodeUtf8Strict(bytes)).toBe(viaTextDecoder(bytes));
  });
  test("a view into a larger buffer reads only its own bytes", () => {
    const whole = utf8("xx开发区yy");
    const view = whole.subarray(2, 11);
    expect(decodeUtf8Strict(view)).toBe("开发区");
  });
  test("Uint8Array and Buffer give the same text", () => {
    const bytes = utf8("签约项目120个");
    expect(decodeUtf8Strict(Buffer.from(bytes))).toBe(decodeUtf8Strict(bytes));
  });
});

describe("latin1Head", () => {
  test("maps each byte to the code point of its value, 0x80–0x9F included (windows-1252 would not)", () => {
    expect(latin1Head(b(0x3c, 0x80, 0x9f, 0xff), 10)).toBe("<\u0080\u009f\u00ff");
  });
  test("reads at most `length` bytes", () => {
    expect(latin1Head(utf8("<meta charset=gbk>"), 5)).toBe("<meta");
    expect(latin1Head(utf8("abcdef").subarray(2), 3)).toBe("cde");
  });
});
